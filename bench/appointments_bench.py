"""Booking throughput and latency under contention, against a no-contention baseline in the same run.

    .venv/bin/python -m bench.appointments_bench [--requests 400] [--concurrency 50]

Runs two app processes (two real workers) on loopback against PostgreSQL (JILIANG_BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/jiliang_bench; a throw-away database is created and dropped) and an
embedded Redis. Every request books one distinct instrument, so only the slot is contended:
- baseline: each request targets its own slot (no two requests touch the same row);
- slot contention: all requests target 3 slots of capacity 10 (30 succeed, the rest get 409 slot_full);
- instrument race: requests for 5 instruments spread over free slots (5 succeed, the rest get 409).
Rejected requests end early (no reload of the booking), so compare the p50 of 201s between phases as well.
Bounded: the whole run is cut off after 110 seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
import statistics
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from tortoise import Tortoise

from appointments.models import (
    Enterprise,
    EnterpriseMember,
    EnterpriseStatus,
    Instrument,
    MemberRole,
    Site,
    SiteKind,
    Slot,
)
from core.auth import create_session
from core.db import create_postgres_database, drop_postgres_database, tortoise_config
from core.models import MiniappUser
from core.redis import EmbeddedRedis
from core.settings import Settings
from jiliang.app import create_app

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/jiliang_bench"
TIME_LIMIT_SECONDS = 110
HOT_INSTRUMENTS = 5


@dataclass
class Result:
    name: str
    seconds: float
    latencies_ms: list[float]
    statuses: Counter[int]
    by_status: dict[int, list[float]]

    @property
    def throughput(self) -> float:
        return len(self.latencies_ms) / self.seconds

    def line(self) -> str:
        lat = sorted(self.latencies_ms)
        pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]  # noqa: E731
        split = "  ".join(
            f"p50[{status}] {statistics.median(values):.1f} ms" for status, values in sorted(self.by_status.items())
        )
        return (
            f"{self.name:<18} {len(lat):>5} req  {self.throughput:>7.1f} req/s  "
            f"p50 {statistics.median(lat):>6.1f} ms  p95 {pct(0.95):>6.1f} ms  p99 {pct(0.99):>6.1f} ms  "
            f"max {lat[-1]:>6.1f} ms  statuses {dict(sorted(self.statuses.items()))}  {split}"
        )


async def seed(requests: int) -> tuple[int, list[int], list[int], list[int], list[int], int]:
    user = await MiniappUser.create(openid=f"o-bench-{uuid.uuid4().hex[:8]}")
    enterprise = await Enterprise.create(
        name="压测企业",
        uscc="91150105MA0N1C2D5Y",
        district="saihan",
        address="赛罕区",
        contact_name="压测",
        contact_phone="13900000000",
        status=EnterpriseStatus.APPROVED,
        registered_by=user.id,
    )
    await EnterpriseMember.create(enterprise=enterprise, user_id=user.id, role=MemberRole.ADMIN)
    await Instrument.bulk_create(
        [
            Instrument(
                enterprise=enterprise,
                type_slug="price_computing_scale",
                model="ACS-30",
                serial_no=f"B{n:06d}",
                use_area="trade",
                created_by=user.id,
            )
            for n in range(2 * requests + HOT_INSTRUMENTS)
        ]
    )
    ids = list(await Instrument.filter(enterprise=enterprise).order_by("id").values_list("id", flat=True))
    site = await Site.create(
        name="压测检定所",
        kind=SiteKind.INSTITUTE,
        district="xincheng",
        address="新城区",
        instrument_types=["price_computing_scale"],
    )
    start = datetime.now(UTC) + timedelta(days=3)

    async def slots(count: int, capacity: int) -> list[int]:
        made = await Slot.bulk_create(
            [
                Slot(
                    site=site,
                    starts_at=start + timedelta(minutes=n),
                    ends_at=start + timedelta(minutes=n + 30),
                    capacity=capacity,
                )
                for n in range(count)
            ]
        )
        del made
        return list(await Slot.filter(site=site, capacity=capacity).order_by("id").values_list("id", flat=True))[
            -count:
        ]

    baseline_slots = await slots(requests, 1)
    contended_slots = await slots(3, 10)
    spare_slots = await slots(requests, 5)
    return enterprise.id, ids, baseline_slots, contended_slots, spare_slots, user.id


async def run_phase(
    name: str,
    urls: list[str],
    headers: dict[str, str],
    jobs: list[tuple[int, int]],
    concurrency: int,
) -> Result:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    by_status: dict[int, list[float]] = {}
    queue: asyncio.Queue[tuple[int, tuple[int, int]]] = asyncio.Queue()
    for index, job in enumerate(jobs):
        queue.put_nowait((index, job))

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency * 2)) as http:

        async def client() -> None:
            while not queue.empty():
                index, (slot_id, instrument_id) = queue.get_nowait()
                url = urls[index % len(urls)]
                started = time.perf_counter()
                async with http.post(
                    url, json={"slot_id": slot_id, "instrument_ids": [instrument_id]}, headers=headers
                ) as resp:
                    await resp.read()
                    statuses[resp.status] += 1
                elapsed = (time.perf_counter() - started) * 1000
                latencies.append(elapsed)
                by_status.setdefault(resp.status, []).append(elapsed)

        began = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(concurrency)))
        seconds = time.perf_counter() - began
    return Result(name, seconds, latencies, statuses, by_status)


def serve(overrides: dict[str, object], port: int) -> None:
    """One app instance in its own process: a real second worker (own event loop, own connection pool)."""
    from aiohttp import web

    settings = Settings(_env_file=None, **overrides)  # type: ignore[call-arg]
    web.run_app(create_app(settings), host="127.0.0.1", port=port, print=None, access_log=None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_ready(urls: list[str]) -> None:
    async with aiohttp.ClientSession() as http:
        for url in urls:
            for _ in range(200):
                try:
                    async with http.get(url + "/readyz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            else:
                raise RuntimeError(f"app at {url} did not start")


async def main(requests: int, concurrency: int, pool: int, workers: int) -> None:
    base = os.environ.get("JILIANG_BENCH_DATABASE_URL", DEFAULT_DB)
    database_url = f"{base}_{uuid.uuid4().hex[:8]}?maxsize={pool}"
    await create_postgres_database(database_url)
    ctx = await Tortoise.init(config=tortoise_config(database_url))
    await ctx.generate_schemas(safe=True)
    await ctx.close_connections()
    tmp = Path(tempfile.mkdtemp(prefix="jiliang-bench-"))
    redis = EmbeddedRedis(tmp / "redis")
    endpoint = redis.start()
    processes: list[multiprocessing.process.BaseProcess] = []
    try:
        overrides: dict[str, object] = {
            "env": "test",
            "database_url": database_url,
            "redis_url": endpoint.url,
            "var_dir": str(tmp),
            "worker_in_process": False,
            "access_log": False,
        }
        spawn = multiprocessing.get_context("spawn")
        ports = [free_port() for _ in range(workers)]
        for port in ports:
            process = spawn.Process(target=serve, args=(overrides, port), daemon=True)
            process.start()
            processes.append(process)
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        await wait_ready(bases)
        orm = await Tortoise.init(config=tortoise_config(database_url))
        enterprise_id, instruments, baseline_slots, contended_slots, spare_slots, user_id = await seed(requests)
        client_redis = endpoint.client()
        token = await create_session(client_redis, user_id=user_id, openid="o-bench", ttl_seconds=3600)
        await client_redis.aclose()
        headers = {"Authorization": f"Bearer {token}"}
        urls = [f"{b}/api/v1/miniapp/enterprises/{enterprise_id}/bookings" for b in bases]

        print(
            f"appointments booking bench: {requests} requests per phase, {concurrency} concurrent clients, "
            f"{workers} app processes, PostgreSQL (pool max {pool} connections each)"
        )
        baseline = await run_phase(
            "baseline", urls, headers, list(zip(baseline_slots, instruments[:requests], strict=True)), concurrency
        )
        contended_jobs = [(contended_slots[i % 3], instruments[requests + i]) for i in range(requests)]
        contention = await run_phase("slot contention", urls, headers, contended_jobs, concurrency)
        hot = instruments[2 * requests :]
        hot_jobs = [(spare_slots[i], hot[i % HOT_INSTRUMENTS]) for i in range(requests)]
        instrument_race = await run_phase("instrument race", urls, headers, hot_jobs, concurrency)
        for result in (baseline, contention, instrument_race):
            print(result.line())
        booked = sum(await Slot.filter(id__in=contended_slots).values_list("booked", flat=True))
        print(f"contended slots booked {booked}/30 (capacity never exceeded: {booked <= 30})")
        print(f"instrument race: {instrument_race.statuses[201]} bookings for {HOT_INSTRUMENTS} instruments")
        for result in (contention, instrument_race):
            print(f"{result.name}: throughput {result.throughput / baseline.throughput:.2f} x baseline")
        await orm.close_connections()
    finally:
        for process in processes:
            process.terminate()
            process.join(5)
        redis.stop()
        await drop_postgres_database(database_url)


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--pool", type=int, default=10, help="asyncpg pool size per process (tortoise's default: 5)")
    parser.add_argument("--workers", type=int, default=2, help="app processes")
    args = parser.parse_args()
    asyncio.run(asyncio.wait_for(main(args.requests, args.concurrency, args.pool, args.workers), TIME_LIMIT_SECONDS))


if __name__ == "__main__":
    cli()
