"""Complaint filing and listing throughput / latency on PostgreSQL with several app worker processes.

    .venv/bin/python -m bench.complaints_bench [--workers 3] [--filings 300] [--concurrency 24]

Starts, on loopback: the WeChat sandbox (`jiliang sandbox`) and N `jiliang serve` processes sharing one throw-away
PostgreSQL database (JILIANG_BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jiliang_bench_<rand>,
created and dropped) and a real Redis (JILIANG_BENCH_REDIS_URL, default redis://127.0.0.1:6379; a free database
number is claimed the way the test suite claims one). Requests are spread round-robin over the workers.

Phases, each measured the same way and compared with the baseline of the same run:
- baseline: GET /healthz (no database, no Redis);
- upload:   POST /complaints/photos (Pillow re-encode of a small JPEG, one row);
- file:     POST /complaints (msgSecCheck through the sandbox, tracking-number upsert, transaction);
- list:     GET /complaints (a citizen's own list) and GET /admin/complaints (the staff queue, page 1).
The whole run is cut off after 110 seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

import aiohttp
from PIL import Image
from redis import Redis as SyncRedis
from tortoise import Tortoise

import jiliang  # noqa: F401  (installs the components: the models, jobs and demo data)
from core import clock
from core.auth import create_session, create_staff
from core.db import create_postgres_database, drop_postgres_database, tortoise_config
from core.models import MiniappUser, StaffRole

TIME_LIMIT_SECONDS = 110
PHASE_LIMIT_SECONDS = 20
REDIS_CLAIM_KEY = "jiliang:test-claim:{}"  # shared with tests/support/app.py so runs never share a database number


@dataclass
class Result:
    name: str
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    def pct(self, p: float) -> float:
        lat = sorted(self.latencies_ms)
        return lat[min(len(lat) - 1, int(p * len(lat)))] if lat else float("nan")

    def line(self, baseline: Result | None) -> str:
        lat = self.latencies_ms
        rel = f"  x{self.rate / baseline.rate:.2f} of baseline req/s" if baseline and baseline.rate else ""
        return (
            f"{self.name:<12} {len(lat):>5} req {self.rate:>8.1f} req/s  p50 {statistics.median(lat):>7.1f} ms  "
            f"p99 {self.pct(0.99):>7.1f} ms  max {max(lat):>7.1f} ms  statuses {dict(sorted(self.statuses.items()))}"
            f"{rel}"
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def claim_redis_db(base: str) -> tuple[str, int]:
    admin = SyncRedis.from_url(base.rstrip("/") + "/0")
    for number in range(1, 16):
        if admin.set(REDIS_CLAIM_KEY.format(number), f"bench-{os.getpid()}", nx=True, ex=600):
            return f"{base.rstrip('/')}/{number}", number
    raise RuntimeError("no free Redis database (1..15 all claimed)")


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (180, 90, 30)).save(out, format="JPEG", quality=85)
    return out.getvalue()


async def wait_ready(url: str, deadline: float) -> None:
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(url) as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def start_processes(env: dict[str, str], sandbox_port: int, ports: list[int]) -> list[subprocess.Popen[bytes]]:
    """The sandbox and the app workers, their output in one log file under the temp directory."""
    jiliang_command = os.path.join(os.path.dirname(sys.executable), "jiliang")
    log_path = os.path.join(tempfile.gettempdir(), f"jiliang-bench-{os.getpid()}.log")
    with open(log_path, "wb") as logs:
        out = {"stdout": logs, "stderr": subprocess.STDOUT}
        started = [subprocess.Popen([jiliang_command, "sandbox", "--port", str(sandbox_port)], env=env, **out)]
        for port in ports:
            started.append(subprocess.Popen([jiliang_command, "serve"], env={**env, "JILIANG_PORT": str(port)}, **out))
    return started


async def run_phase(name: str, count: int, concurrency: int, make: Callable[[int], Awaitable[int]]) -> Result:
    result = Result(name)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(i)
    started = time.perf_counter()
    stop_at = started + PHASE_LIMIT_SECONDS

    async def worker() -> None:
        while not queue.empty() and time.perf_counter() < stop_at:
            i = queue.get_nowait()
            t0 = time.perf_counter()
            try:
                status = await make(i)
            except aiohttp.ClientError:
                status = 0
            result.latencies_ms.append((time.perf_counter() - t0) * 1000)
            result.statuses[status] += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


async def bench(args: argparse.Namespace) -> None:
    db_url = os.environ.get("JILIANG_BENCH_DATABASE_URL") or (
        f"postgres://postgres@127.0.0.1:5432/jiliang_bench_{uuid.uuid4().hex[:8]}"
    )
    redis_url, redis_number = claim_redis_db(os.environ.get("JILIANG_BENCH_REDIS_URL", "redis://127.0.0.1:6379"))
    await create_postgres_database(db_url)
    processes: list[subprocess.Popen[bytes]] = []
    ctx = await Tortoise.init(config=tortoise_config(db_url), _enable_global_fallback=True)
    try:
        await ctx.generate_schemas(safe=True)
        sandbox_port = free_port()
        ports = [free_port() for _ in range(args.workers)]
        env = {
            **os.environ,
            "JILIANG_DATABASE_URL": db_url,
            "JILIANG_REDIS_URL": redis_url,
            "JILIANG_WECHAT_API_BASE": f"http://127.0.0.1:{sandbox_port}",
            "JILIANG_WORKER_IN_PROCESS": "false",
            "JILIANG_VAR_DIR": f"/tmp/jiliang-bench-{os.getpid()}",
        }
        processes.extend(start_processes(env, sandbox_port, ports))
        deadline = time.monotonic() + 45
        for port in [sandbox_port, *ports]:
            path = "/sandbox/stats" if port == sandbox_port else "/healthz"
            await wait_ready(f"http://127.0.0.1:{port}{path}", deadline)

        # Citizens with sessions (the filing limit is per user per hour, so spread filings over many users).
        from core.redis import RedisEndpoint

        redis = RedisEndpoint(redis_url).client()
        users = []
        for n in range(max(args.filings // 5, 1)):
            user = await MiniappUser.create(openid=f"o-bench-{n}-{uuid.uuid4().hex[:6]}")
            token = await create_session(redis, user_id=user.id, openid=user.openid, ttl_seconds=3600)
            users.append({"Authorization": f"Bearer {token}"})
        _, staff_token = await create_staff(username="bench-staff", display_name="压测", roles=[StaffRole.ADMIN])
        await redis.aclose()
        staff = {"Authorization": f"Bearer {staff_token}"}
        bases = [f"http://127.0.0.1:{p}" for p in ports]
        photo = jpeg()
        photo_ids: list[int] = [0] * args.filings

        connector = aiohttp.TCPConnector(limit=args.concurrency * 2)
        async with aiohttp.ClientSession(connector=connector) as http:

            def base(i: int) -> str:
                return bases[i % len(bases)]

            async def healthz(i: int) -> int:
                async with http.get(base(i) + "/healthz") as resp:
                    await resp.read()
                    return resp.status

            async def upload(i: int) -> int:
                form = aiohttp.FormData()
                form.add_field("file", photo, filename="p.jpg", content_type="image/jpeg")
                async with http.post(
                    base(i) + "/api/v1/miniapp/complaints/photos", data=form, headers=users[i % len(users)]
                ) as resp:
                    body = await resp.json()
                    if resp.status == 201:
                        photo_ids[i] = body["id"]
                    return resp.status

            purchased = (clock.now_local() - timedelta(hours=1)).isoformat()

            async def file(i: int) -> int:
                form = {
                    "merchant_name": f"压测摊位{i % 40}号",
                    "location": "压测农贸市场",
                    "district": ["新城区", "赛罕区", "回民区", "玉泉区"][i % 4],
                    "goods": "西红柿",
                    "category": "grain_veg_fruit",
                    "unit_price": "2.50",
                    "price_unit": "jin",
                    "amount_paid": "5.00",
                    "charged_weight_g": "1000",
                    "found_weight_g": str(900 + i % 100),
                    "reweigh_method": "fair_scale",
                    "purchased_at": purchased,
                    "description": "商家称1千克，公平秤复称明显不足。",
                    "contact_phone": "13912345678",
                    "photo_ids": [photo_ids[i]],
                }
                headers = {**users[i % len(users)], "Idempotency-Key": f"bench-{i}-{uuid.uuid4().hex}"}
                async with http.post(base(i) + "/api/v1/miniapp/complaints", json=form, headers=headers) as resp:
                    await resp.read()
                    return resp.status

            async def my_list(i: int) -> int:
                async with http.get(base(i) + "/api/v1/miniapp/complaints", headers=users[i % len(users)]) as resp:
                    await resp.read()
                    return resp.status

            async def staff_queue(i: int) -> int:
                params = {"page": str(1 + i % 5), "page_size": "20"}
                async with http.get(base(i) + "/api/v1/admin/complaints", params=params, headers=staff) as resp:
                    await resp.read()
                    return resp.status

            n, c = args.filings, args.concurrency
            await run_phase("warm-up", 2 * len(bases), len(bases), healthz)
            results = [await run_phase("baseline", n * 2, c, healthz)]
            results.append(await run_phase("upload", n, c, upload))
            results.append(await run_phase("file", n, c, file))
            results.append(await run_phase("list-mine", n, c, my_list))
            results.append(await run_phase("staff-queue", n, c, staff_queue))

        print(
            f"complaints bench: {args.workers} worker processes, PostgreSQL, Redis db {redis_number}, "
            f"concurrency {args.concurrency}, {os.cpu_count()} CPUs (shared)"
        )
        baseline = results[0]
        for result in results:
            print(result.line(None if result is baseline else baseline))
        filed = results[2]
        if filed.statuses.get(201, 0) != len(filed.latencies_ms):
            print("WARNING: not every filing succeeded:", dict(filed.statuses))
        from complaints.models import Complaint

        numbers = await Complaint.all().values_list("tracking_no", flat=True)
        print(f"filed cases: {len(numbers)}, distinct tracking numbers: {len(set(numbers))}")
    finally:
        for proc in processes:
            proc.send_signal(signal.SIGTERM)
        for proc in processes:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        await ctx.close_connections()
        await drop_postgres_database(db_url)
        SyncRedis.from_url(redis_url).flushdb()
        SyncRedis.from_url(redis_url.rsplit("/", 1)[0] + "/0").delete(REDIS_CLAIM_KEY.format(redis_number))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--filings", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=24)
    args = parser.parse_args()
    asyncio.run(asyncio.wait_for(bench(args), TIME_LIMIT_SECONDS))


if __name__ == "__main__":
    main()
