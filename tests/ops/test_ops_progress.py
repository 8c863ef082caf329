"""Long CLI work shows progress on a person's terminal, and nothing in pipes or in JSON-log mode."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT


def run_on_terminal(args: list[str], env: dict[str, str], timeout: float = 120) -> str:
    """Run with stdout and stderr on a pseudo-terminal, as in an operator's shell; returns what it showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            process.kill()
            raise AssertionError(f"no output for {timeout} s: {shown!r}")
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=30) == 0, shown
    return shown.decode(errors="replace")


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    return env | {"JILIANG_VAR_DIR": str(tmp_path)} | extra


def test_kb_import_and_calendar_show_progress_on_a_terminal_only(tmp_path: Path) -> None:
    env = environment(tmp_path)
    assert subprocess.run([sys.executable, "-m", "jiliang", "db", "upgrade"], cwd=ROOT, env=env).returncode == 0

    on_terminal = run_on_terminal([sys.executable, "-m", "jiliang", "kb", "import"], env)
    assert "导入知识库" in on_terminal and "条" in on_terminal  # the bar, with its unit
    calendar = run_on_terminal([sys.executable, "-m", "jiliang", "campaigns", "calendar", "--year", "2027"], env)
    assert "生成活动日历" in calendar

    piped = subprocess.run(
        [sys.executable, "-m", "jiliang", "kb", "import"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert piped.returncode == 0 and "导入知识库" not in piped.stdout + piped.stderr

    json_logs = run_on_terminal(
        [sys.executable, "-m", "jiliang", "kb", "import"], {**env, "JILIANG_LOG_FORMAT": "json"}
    )
    assert "导入知识库" not in json_logs and "imported" in json_logs
