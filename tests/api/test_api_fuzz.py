"""A property-based fuzz of every operation in /api/openapi.json against a real `jiliang serve --demo`: zero 5xx.

Schemathesis generates requests that fit the schema and requests that do not (wrong types, out-of-range
numbers, odd strings), sent as an anonymous caller, a citizen and a staff member of every role (admin reaches
every staff route). Bounded in time by JILIANG_FUZZ_SECONDS per run; on the stack of the test run (SQLite +
embedded Redis, or PostgreSQL + Redis with JILIANG_TEST_DATABASE_URL / JILIANG_TEST_REDIS_URL).

Slow, so not part of `make test`: `make fuzz` runs it (marker `fuzz`).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tests.support.paths import ROOT

pytestmark = pytest.mark.fuzz
hypothesis = pytest.importorskip("hypothesis")
schemathesis = pytest.importorskip("schemathesis")

BUDGET_SECONDS = float(os.environ.get("JILIANG_FUZZ_SECONDS", "240"))
CONFORMANCE_SECONDS = float(os.environ.get("JILIANG_CONFORMANCE_SECONDS", "300"))
STAFF_ROLES = ["admin", "complaint_handler", "verification_officer", "publicity_editor", "publicity_reviewer"]
# (identity, which paths, examples per operation and generation mode)
# HEAD operations are left out: aiohttp answers them with the GET handler.
PLAN = [
    ("admin", "/api/v1/admin/", 6),
    ("citizen", "/api/v1/miniapp/", 6),
    ("citizen", "/api/v1/knowledge/", 4),
    ("anonymous", "/", 2),
    *((role, "/api/v1/admin/", 2) for role in STAFF_ROLES[1:]),
]


def _free_port_pair() -> int:
    """A port free together with the next one (`serve --demo` puts its WeChat sandbox there)."""
    while True:
        with socket.socket() as first, socket.socket() as second:
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port


def _post_json(url: str, payload: dict[str, str]) -> dict[str, str]:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as resp:
        return json.loads(resp.read())


@dataclass
class Server:
    base: str
    sandbox: str
    env: dict[str, str]
    cwd: Path
    log: Path

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "jiliang", *args], env=self.env, cwd=self.cwd, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def staff(self, role: str) -> tuple[int, str]:
        """A new staff account of `role`: its id and API token."""
        name = f"fuzz-{role}-{uuid.uuid4().hex[:6]}"
        out = self.cli("staff", "create", "--username", name, "--name", "模糊测试", "--role", role)
        staff_id = re.search(r"created staff #(\d+)", out).group(1)  # type: ignore[union-attr]
        return int(staff_id), re.search(r"API token[^:]*: (\S+)", out).group(1)  # type: ignore[union-attr]

    def citizen_token(self) -> str:
        code = _post_json(f"{self.sandbox}/sandbox/login-code", {"openid": "o-fuzz-citizen"})["code"]
        return _post_json(f"{self.base}/api/v1/miniapp/login", {"code": code})["token"]

    def keep_signed_in(self, who: Identity, session: requests.Session) -> None:
        if who.token is None:
            return
        me = "/api/v1/admin/me" if who.staff_id is not None else "/api/v1/miniapp/me"
        if session.get(self.base + me, headers={"Authorization": f"Bearer {who.token}"}).status_code == 401:
            if who.staff_id is None:
                who.token = self.citizen_token()
            else:
                who.staff_id, who.token = self.staff(who.name)

    def metrics(self) -> Counter[int]:
        with urllib.request.urlopen(f"{self.base}/metrics", timeout=10) as resp:
            text = resp.read().decode()
        by_status: Counter[int] = Counter()
        for m in re.finditer(r'^jiliang_http_requests_total\{.*status="(\d+)"\} (\S+)$', text, re.M):
            by_status[int(m.group(1))] += int(float(m.group(2)))
        return by_status


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from core.db import create_postgres_database, drop_postgres_database

    tmp = tmp_path_factory.mktemp("fuzz")
    port = _free_port_pair()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    env.update(
        JILIANG_ENV="development",
        JILIANG_HOST="127.0.0.1",
        JILIANG_PORT=str(port),
        JILIANG_VAR_DIR=str(tmp / "var"),
        JILIANG_ACCESS_LOG="false",
        PYTHONPATH=str(ROOT),
    )
    pg_base, redis_base = os.environ.get("JILIANG_TEST_DATABASE_URL"), os.environ.get("JILIANG_TEST_REDIS_URL")
    database_url = f"{pg_base.rstrip('/')}_fuzz_{uuid.uuid4().hex[:8]}" if pg_base else f"sqlite://{tmp}/fuzz.sqlite3"
    env["JILIANG_DATABASE_URL"] = database_url
    claim = None
    if pg_base:
        import asyncio

        asyncio.run(create_postgres_database(database_url))
    if redis_base:
        from tests.support.app import REDIS_CLAIM_KEY, _claim_redis_db

        env["JILIANG_REDIS_URL"], admin, number = _claim_redis_db(redis_base)
        env["JILIANG_WORKER_IN_PROCESS"] = "true"
        claim = (admin, number)
    log = tmp / "server.log"
    with log.open("w") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jiliang", "serve", "--demo"], env=env, cwd=tmp, stdout=log_file, stderr=log_file
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, log.read_text()[-3000:]
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.5)
        yield Server(base=base, sandbox=f"http://127.0.0.1:{port + 1}", env=env, cwd=tmp, log=log)
    finally:
        proc.terminate()
        proc.wait(30)
        if claim is not None:
            from redis import Redis

            Redis.from_url(env["JILIANG_REDIS_URL"]).flushdb()
            claim[0].delete(REDIS_CLAIM_KEY.format(claim[1]))
        if pg_base:
            import asyncio

            asyncio.run(drop_postgres_database(database_url))


@dataclass
class Tally:
    sent: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    by_identity: dict[str, Counter[int]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)


@dataclass
class Identity:
    name: str
    token: str | None = None
    staff_id: int | None = None


def _fuzz_operation(operation, mode, examples: int, base: str, who: Identity, tally: Tally, session) -> None:  # type: ignore[no-untyped-def]
    from hypothesis import HealthCheck, Phase, given, settings

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:  # type: ignore[no-untyped-def]
        if who.staff_id is not None and str(who.staff_id) in map(str, (case.path_parameters or {}).values()):
            return  # the fuzzing account must not rotate its own token or deactivate itself
        if who.token:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {who.token}"}
        response = case.call(base_url=base, session=session, timeout=30)
        tally.sent += 1
        tally.statuses[response.status_code] += 1
        tally.by_identity.setdefault(who.name, Counter())[response.status_code] += 1
        if response.status_code == 401 and os.environ.get("FUZZ_DEBUG") and len(tally.failures) < 3:
            tally.failures.append(f"401 {response.text} {case.as_curl_command(base_url=base)}")
        if response.status_code >= 500 and len(tally.failures) < 50:
            tally.failures.append(f"{response.status_code} {who.name}: {case.as_curl_command(base_url=base)}")

    try:
        run()
    except hypothesis.errors.Unsatisfiable:  # e.g. no way to break the schema of an operation without parameters
        pass


def test_no_operation_answers_5xx(server: Server) -> None:
    from schemathesis import GenerationMode

    identities = {"anonymous": Identity("anonymous"), "citizen": Identity("citizen", server.citizen_token())}
    for role in STAFF_ROLES:
        staff_id, token = server.staff(role)
        identities[role] = Identity(role, token, staff_id)
    schema = schemathesis.openapi.from_url(f"{server.base}/api/openapi.json")
    operations = [op for op in (result.ok() for result in schema.get_all_operations()) if op.method.upper() != "HEAD"]
    before = server.metrics()
    tally = Tally()
    deadline = time.monotonic() + BUDGET_SECONDS
    session = requests.Session()
    for identity, prefix, examples in PLAN:
        for operation in operations:
            if not operation.path.startswith(prefix):
                continue
            if time.monotonic() > deadline:
                tally.skipped.append(f"{identity} {operation.label}")
                continue
            server.keep_signed_in(identities[identity], session)  # an operation may have logged it out
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                _fuzz_operation(operation, mode, examples, server.base, identities[identity], tally, session)
            tally.operations.add(operation.label)
    after = server.metrics()
    server_5xx = sum(n - before[s] for s, n in after.items() if s >= 500)
    served = sum(after.values()) - sum(before.values())
    summary = (
        f"fuzz: {len(tally.operations)}/{len(operations)} operations, {tally.sent} requests sent, "
        f"{served} served in all (with sign-in checks), 5xx: {server_5xx}; "
        f"statuses {dict(sorted(tally.statuses.items()))}; "
        f"skipped for time: {len(tally.skipped)}; by identity "
        + "; ".join(f"{who} {dict(sorted(c.items()))}" for who, c in tally.by_identity.items())
    )
    sys.stderr.write(summary + "\n")
    (Path(os.environ.get("JILIANG_FUZZ_REPORT", server.cwd / "fuzz-summary.txt"))).write_text(summary + "\n")
    errors = "\n".join(line for line in server.log.read_text().splitlines() if "Error" in line or "error" in line)
    assert not tally.failures and server_5xx == 0, (
        summary + "\n" + "\n".join(tally.failures) + "\n--- server log ---\n" + errors[-6000:]
    )
    assert len(tally.operations) == len(operations), f"not every operation was reached: {summary}"


# (identity, which paths): the identity a real client of those paths has, then everyone's view as a stranger.
CONFORMANCE_PLAN = [
    ("citizen", "/api/v1/miniapp/"),
    ("citizen", "/api/v1/knowledge/"),
    ("admin", "/api/v1/admin/"),
    ("anonymous", "/"),
]


def _conform_operation(operation, examples: int, base: str, who: Identity, failures: list[str], session) -> int:  # type: ignore[no-untyped-def]
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis import GenerationMode
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [status_code_conformance, content_type_conformance, response_headers_conformance]
    checks.append(response_schema_conformance)
    sent = 0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
    def run(case) -> None:  # type: ignore[no-untyped-def]
        nonlocal sent
        if who.staff_id is not None and str(who.staff_id) in map(str, (case.path_parameters or {}).values()):
            return
        if who.token:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {who.token}"}
        response = case.call(base_url=base, session=session, timeout=30)
        sent += 1
        try:
            case.validate_response(response, checks=checks)
        except (Exception, BaseExceptionGroup) as exc:  # schemathesis: every failed check of a response, in one group
            if len(failures) < 40:
                failures.append(f"{who.name} {operation.label} -> {response.status_code}: {str(exc)[:600]}")

    run()
    return sent


def test_responses_conform_to_the_spec(server: Server) -> None:
    """Real responses (successes and errors) match /api/openapi.json: documented status, content type, headers
    (WWW-Authenticate on 401, Retry-After on 429/503) and body schema, including the shared error schema."""
    identities = {"anonymous": Identity("anonymous"), "citizen": Identity("citizen", server.citizen_token())}
    staff_id, token = server.staff("admin")
    identities["admin"] = Identity("admin", token, staff_id)
    schema = schemathesis.openapi.from_url(f"{server.base}/api/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    failures: list[str] = []
    reached: set[str] = set()
    sent = 0
    deadline = time.monotonic() + CONFORMANCE_SECONDS
    session = requests.Session()
    for identity, prefix in CONFORMANCE_PLAN:
        for operation in operations:
            if not operation.path.startswith(prefix) or time.monotonic() > deadline:
                continue
            server.keep_signed_in(identities[identity], session)
            sent += _conform_operation(operation, 3, server.base, identities[identity], failures, session)
            reached.add(operation.label)
    summary = f"conformance: {len(reached)}/{len(operations)} operations, {sent} responses checked"
    sys.stderr.write(summary + "\n")
    assert not failures, summary + "\n" + "\n\n".join(failures)
    assert len(reached) == len(operations), f"not every operation was reached in time: {summary}"
