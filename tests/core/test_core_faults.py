"""Faults under traffic: Redis killed and restarted, Redis frozen, database connections terminated.

Redis runs as a private `redis-server` the test owns (never the shared test server); the app runs its job
worker in-process, as `serve` does with the embedded Redis.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from core.auth import create_session, create_staff
from core.jobs import QUEUE_NAME
from core.keys import ARQ, REDIS, WORKER
from core.models import MiniappUser, StaffRole
from tests.support.complaints import ComplaintApi
from tests.support.redis_process import RedisProcess

DEFERRED_JOBS = 5


@pytest.fixture
def private_redis(tmp_path: Path) -> Any:
    server = RedisProcess(tmp_path / "private-redis")
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def faulty_client(make_client: Callable[..., Awaitable[TestClient]], private_redis: RedisProcess) -> TestClient:
    return await make_client(
        redis_url=private_redis.url, worker_in_process=True, worker_retry_max_seconds=0.5, worker_stall_seconds=1.0
    )


async def _citizen(client: TestClient) -> dict[str, str]:
    openid = f"o-fault-{uuid.uuid4().hex[:8]}"
    user, _ = await MiniappUser.get_or_create(openid=openid)
    token = await create_session(client.server.app[REDIS], user_id=user.id, openid=openid, ttl_seconds=3600)
    return {"Authorization": f"Bearer {token}"}


async def _wait_until(predicate: Callable[[], Awaitable[bool]], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await predicate():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Traffic:
    """A citizen filing complaints (photo upload, filing) and reading the list, a handler accepting them (which
    notifies the citizen), in a loop, counting statuses."""

    def __init__(self, client: TestClient, headers: dict[str, str], staff: dict[str, str]) -> None:
        self.api = ComplaintApi(client)
        self.client = client
        self.headers = headers
        self.staff = staff
        self.to_accept: list[int] = []
        self.statuses: Counter[int] = Counter()
        self.bodies_5xx: list[str] = []
        self.filed_ids: list[int] = []
        self._stop = asyncio.Event()

    async def run(self) -> None:
        while not self._stop.is_set():
            for resp in await self._one_round():
                self.statuses[resp[0]] += 1
                if resp[0] >= 500 and resp[0] != 503:
                    self.bodies_5xx.append(resp[1])
            await asyncio.sleep(0.02)

    async def _one_round(self) -> list[tuple[int, str]]:
        results = []
        upload = await self.api.upload(self.headers)
        results.append((upload.status, await upload.text()))
        if upload.status == 503:
            assert upload.headers["Retry-After"]
            assert (await upload.json())["error"]["code"] == "service_unavailable"
        if upload.status == 201:
            photo_id = (await upload.json())["id"]
            filing = await self.api.file(self.headers, photo_ids=[photo_id])
            results.append((filing.status, await filing.text()))
            if filing.status == 201:
                self.filed_ids.append((await filing.json())["complaint"]["id"])
                self.to_accept.append(self.filed_ids[-1])
        if self.to_accept:
            case_id = self.to_accept.pop(0)
            accept = await self.client.post(
                f"/api/v1/admin/complaints/{case_id}/accept", json={"note": "已受理"}, headers=self.staff
            )
            results.append((accept.status, await accept.text()))
            if accept.status != 200:
                self.to_accept.append(case_id)
        listing = await self.client.get("/api/v1/miniapp/complaints", headers=self.headers)
        results.append((listing.status, await listing.text()))
        return results

    def stop(self) -> None:
        self._stop.set()


async def test_redis_killed_and_restarted_under_traffic(faulty_client: TestClient, private_redis: RedisProcess) -> None:
    app = faulty_client.server.app
    arq = app[ARQ]
    await _wait_until(lambda: _ready(faulty_client), 10, "the app to be ready")
    headers = await _citizen(faulty_client)
    _, staff_token = await create_staff(username="handler", display_name="办案员", roles=[StaffRole.COMPLAINT_HANDLER])
    # Acknowledged before the outage, due after it: these must still run once Redis is back.
    for n in range(DEFERRED_JOBS):
        await arq.enqueue_job("purge_orphan_photos", _job_id=f"before-outage-{n}", _queue_name=QUEUE_NAME, _defer_by=2)

    traffic = Traffic(faulty_client, headers, {"Authorization": f"Bearer {staff_token}"})
    running = asyncio.create_task(traffic.run())
    await _wait_until(lambda: _async(len(traffic.filed_ids) >= 2), 20, "filings before the outage")
    filed_before = len(traffic.filed_ids)

    private_redis.kill()
    await _wait_until(lambda: _async(traffic.statuses[503] >= 3), 15, "503s during the outage")
    await _wait_until(lambda: _worker_reported(faulty_client), 10, "/readyz to report the worker")

    private_redis.start()
    await _wait_until(lambda: _async(len(traffic.filed_ids) >= filed_before + 2), 30, "filings after the restart")
    await _wait_until(lambda: _ready(faulty_client), 20, "/readyz to be green again")
    traffic.stop()
    await running

    assert traffic.bodies_5xx == [], traffic.bodies_5xx[:3]
    assert traffic.statuses[500] == 0
    assert traffic.statuses[200] >= 1  # lists and accepts answered too
    assert app[WORKER].restarts >= 1

    async def deferred_jobs_ran() -> bool:
        return all([await arq.exists(f"arq:result:before-outage-{n}") for n in range(DEFERRED_JOBS)])

    await _wait_until(deferred_jobs_ran, 20, "jobs queued before the outage to run")

    async def photo_checks_ran() -> bool:  # the worker runs what was filed after the restart, too
        return all([await arq.exists(f"arq:result:complaint-photos:{i}") for i in traffic.filed_ids[-2:]])

    await _wait_until(photo_checks_ran, 20, "jobs queued after the restart to run")
    metrics = await (await faulty_client.get("/metrics")).text()
    assert 'jiliang_worker_restarts_total{reason="redis"}' in metrics


async def test_a_frozen_redis_shows_as_a_stalled_worker_and_recovers(
    faulty_client: TestClient, private_redis: RedisProcess
) -> None:
    await _wait_until(lambda: _ready(faulty_client), 10, "the app to be ready")
    private_redis.freeze()  # accepts connections, answers nothing: the worker's poll hangs
    try:
        await asyncio.sleep(1.5)
        resp = await faulty_client.get("/readyz")
        assert resp.status == 503
        body = await resp.json()
        assert body["error"]["details"]["worker"]["state"] == "stalled"
        assert "后台任务处理器长时间无进展" in body["error"]["message"]
    finally:
        private_redis.thaw()
    await _wait_until(lambda: _ready(faulty_client), 10, "/readyz to be green after the thaw")


async def test_a_dead_worker_makes_the_process_not_ready(faulty_client: TestClient) -> None:
    await _wait_until(lambda: _ready(faulty_client), 10, "the app to be ready")
    supervisor = faulty_client.server.app[WORKER]
    assert supervisor.task is not None
    supervisor.task.cancel()
    await asyncio.gather(supervisor.task, return_exceptions=True)
    resp = await faulty_client.get("/readyz")
    assert resp.status == 503
    assert (await resp.json())["error"]["details"]["worker"]["state"] == "dead"


async def test_database_connections_terminated_answer_503_or_succeed_and_recover(
    backends: Any, client: TestClient, citizen_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    if not backends.postgres:
        pytest.skip("PostgreSQL only: pg_terminate_backend drops the app's database connections")
    import asyncpg

    headers = await citizen_headers()
    api = ComplaintApi(client)
    await api.filed(headers)
    admin = await asyncpg.connect(backends.database_url)
    database = backends.database_url.rsplit("/", 1)[-1]
    statuses: Counter[int] = Counter()
    try:
        for _ in range(5):
            terminated = await admin.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = $1 AND pid <> pg_backend_pid()",
                database,
            )
            assert terminated >= 1
            for _ in range(3):
                resp = await client.get("/api/v1/miniapp/complaints", headers=headers)
                statuses[resp.status] += 1
                assert resp.status in (200, 503), await resp.text()
                if resp.status == 503:
                    assert resp.headers["Retry-After"]
    finally:
        await admin.close()
    assert (await client.get("/api/v1/miniapp/complaints", headers=headers)).status == 200
    assert (await client.get("/readyz")).status == 200
    assert statuses[200] >= 1


async def _worker_reported(client: TestClient) -> bool:
    resp = await client.get("/readyz")
    return resp.status == 503 and "worker" in (await resp.json())["error"]["details"]["failed"]


async def _ready(client: TestClient) -> bool:
    return (await client.get("/readyz")).status == 200


async def _async(value: bool) -> bool:
    return value


async def test_the_standalone_worker_survives_a_redis_restart_and_stops_on_sigterm(
    tmp_path: Path, private_redis: RedisProcess
) -> None:
    import os
    import sys

    from arq.connections import ArqRedis

    env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    env.update(
        JILIANG_ENV="test",
        JILIANG_REDIS_URL=private_redis.url,
        JILIANG_DATABASE_URL=f"sqlite://{tmp_path / 'worker.sqlite3'}",
        JILIANG_VAR_DIR=str(tmp_path / "var"),
        JILIANG_WORKER_RETRY_MAX_SECONDS="0.5",
    )
    jiliang = str(Path(sys.executable).with_name("jiliang"))
    upgrade = await asyncio.create_subprocess_exec(jiliang, "db", "upgrade", env=env, cwd=tmp_path)
    assert await upgrade.wait() == 0
    log = (tmp_path / "worker.log").open("wb")
    worker = await asyncio.create_subprocess_exec(jiliang, "worker", env=env, cwd=tmp_path, stdout=log, stderr=log)
    arq = ArqRedis.from_url(private_redis.url)
    try:

        async def ran(job_id: str) -> bool:
            try:
                return bool(await arq.exists(f"arq:result:{job_id}"))
            except OSError:
                return False

        await arq.enqueue_job("purge_orphan_photos", _job_id="standalone-before", _queue_name=QUEUE_NAME)
        await _wait_until(lambda: ran("standalone-before"), 30, "the worker's first job")
        await arq.enqueue_job("purge_orphan_photos", _job_id="standalone-deferred", _queue_name=QUEUE_NAME, _defer_by=2)
        private_redis.kill()
        await asyncio.sleep(1.0)
        assert worker.returncode is None  # still alive, waiting for Redis
        private_redis.start()
        await _wait_until(lambda: ran("standalone-deferred"), 30, "the job queued before the outage")
        await arq.enqueue_job("purge_orphan_photos", _job_id="standalone-after", _queue_name=QUEUE_NAME)
        await _wait_until(lambda: ran("standalone-after"), 30, "a job queued after the restart")
        worker.terminate()
        assert await asyncio.wait_for(worker.wait(), 20) == 0
    finally:
        if worker.returncode is None:
            worker.kill()
            await worker.wait()
        await arq.aclose()
    assert "restarting" in (tmp_path / "worker.log").read_text()
