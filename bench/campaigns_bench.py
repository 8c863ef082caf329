"""Campaign delivery through the WeChat sandbox, on PostgreSQL + Redis, with real `jiliang worker` processes.

    .venv/bin/python -m bench.campaigns_bench [--recipients 100000] [--rate 600] [--kill-recipients 30000]

Run 1: every recipient gets a customer-service message while the sandbox allows `rate` calls per second
(POST /sandbox/rate-limit). The workers share one token bucket set just under that rate. Figures: the achieved
send rate as a fraction of the sandbox's limit (baseline: the limit itself, measured from the sandbox's own
timestamps), 45009 rejections, duplicates and losses.

Run 2: a second campaign while a worker process is SIGKILLed twice at random moments and restarted.
Figures: duplicates (a follower the sandbox saw twice) and losses (a follower the sandbox never saw and our
database does not report as failed or uncertain), plus the uncertain count with how many of those the sandbox
had in fact received.

Needs PostgreSQL and Redis on 127.0.0.1 (JILIANG_BENCH_DATABASE_URL / JILIANG_BENCH_REDIS_URL to override);
creates and drops its own database and claims a free Redis database number the way the tests do.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

import jiliang  # noqa: F401  (installs the components: the models, jobs and demo data)

ROOT = Path(__file__).resolve().parent.parent
REDIS_CLAIM_KEY = "jiliang:test-claim:{}"
FINAL = ("sent", "partially_failed", "cancelled")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_sandbox(port: int) -> None:
    """Child process: the sandbox without an access log (one log line per call would cost more than the call)."""
    from aiohttp import web

    from core.settings import load_settings
    from wechat_sandbox.sandbox import create_sandbox_app, default_apps

    web.run_app(
        create_sandbox_app(default_apps(load_settings(_env_file=None))),
        host="127.0.0.1",
        port=port,
        access_log=None,
        print=None,
    )


def spawn_sandbox(port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.campaigns_bench", "--serve-sandbox", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def claim_redis_db(base: str) -> tuple[str, int]:
    from redis import Redis

    admin = Redis.from_url(base.rstrip("/") + "/0")
    for number in range(15, 0, -1):
        if admin.set(REDIS_CLAIM_KEY.format(number), f"bench-{os.getpid()}", nx=True, ex=3600):
            return f"{base.rstrip('/')}/{number}", number
    raise SystemExit("no free Redis database number (1..15 all claimed)")


def release_redis_db(base: str, url: str, number: int) -> None:
    from redis import Redis

    Redis.from_url(url).flushdb()
    Redis.from_url(base.rstrip("/") + "/0").delete(REDIS_CLAIM_KEY.format(number))


class Workers:
    """`jiliang worker` processes, each in its own process group so SIGKILL takes the whole process."""

    def __init__(self, count: int, env: dict[str, str], log_dir: Path) -> None:
        self.env, self.log_dir = env, log_dir
        self.procs: list[subprocess.Popen[bytes] | None] = [None] * count
        self.starts = 0

    def start(self, index: int) -> None:
        self.starts += 1
        log = open(self.log_dir / f"worker-{index}-{self.starts}.log", "wb")
        self.procs[index] = subprocess.Popen(
            [sys.executable, "-m", "jiliang", "worker"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_all(self) -> None:
        for index in range(len(self.procs)):
            self.start(index)

    def kill(self, index: int) -> None:
        proc = self.procs[index]
        assert proc is not None
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            if proc is not None:
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()


async def sandbox_call(http: aiohttp.ClientSession, base: str, method: str, path: str, **body: Any) -> Any:
    async with http.request(method, base + path, json=body if method == "POST" else None) as resp:
        resp.raise_for_status()
        return await resp.json()


async def seed_subscribers(count: int, *, kill_group: int) -> None:
    from core.models import Subscriber

    now = datetime.now(UTC)
    batch = 5000
    for start in range(0, count, batch):
        await Subscriber.bulk_create(
            [
                Subscriber(
                    openid=f"o-bench-{i:07d}",
                    district="xincheng",
                    tags=["bench", "kill"] if i < kill_group else ["bench"],
                    last_interaction_at=now - timedelta(hours=1),
                )
                for i in range(start, min(count, start + batch))
            ]
        )


async def submitted_campaign(title: str, tag: str) -> tuple[int, Any]:
    """A campaign drafted and submitted by an editor, and the reviewer who will approve it."""
    from campaigns import service
    from campaigns.schemas import CampaignCreate
    from core.auth import create_staff
    from core.models import StaffRole

    suffix = uuid.uuid4().hex[:6]
    editor, _ = await create_staff(
        username=f"bench-ed-{suffix}", display_name="编辑", roles=[StaffRole.PUBLICITY_EDITOR]
    )
    reviewer, _ = await create_staff(
        username=f"bench-rv-{suffix}", display_name="审核", roles=[StaffRole.PUBLICITY_REVIEWER]
    )
    data = CampaignCreate(
        title=title,
        summary="计量与生活息息相关。",
        article_url="https://mp.weixin.qq.com/s/bench",  # type: ignore[arg-type]
        channel="custom",  # type: ignore[arg-type]
        audience={"kind": "all", "tags": [tag]},  # type: ignore[arg-type]
        send_at=datetime.now(UTC),
    )
    campaign = await service.create_draft(actor=editor, data=data)
    await service.submit(actor=editor, campaign_id=campaign.id, note=None)
    return campaign.id, reviewer


async def wait_final(campaign_id: int, *, limit_seconds: float, label: str) -> str:
    from campaigns import service

    deadline = time.monotonic() + limit_seconds
    last_print = 0.0
    while time.monotonic() < deadline:
        stats = await service.stats(campaign_id)
        if stats.status in FINAL and stats.pending == 0:
            return str(stats.status)
        if time.monotonic() - last_print > 5:
            print(f"  [{label}] {stats.status} sent={stats.sent} pending={stats.pending} of {stats.recipients}")
            last_print = time.monotonic()
        await asyncio.sleep(0.5)
    raise SystemExit(f"{label}: not finished within {limit_seconds:.0f} s")


async def run(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from campaigns import service
    from campaigns.models import Delivery, DeliveryStatus
    from core.db import create_postgres_database, drop_postgres_database, tortoise_config
    from core.resources import open_resources
    from core.settings import Settings

    db_base = os.environ.get("JILIANG_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jiliang_bench")
    redis_base = os.environ.get("JILIANG_BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    database_url = f"{db_base.rstrip('/')}_campaigns_{uuid.uuid4().hex[:6]}"
    redis_url, redis_number = claim_redis_db(redis_base)
    port = free_port()
    sandbox_base = f"http://127.0.0.1:{port}"
    sandbox = spawn_sandbox(port)
    log_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"campaigns-bench-{os.getpid()}"
    log_dir.mkdir(parents=True, exist_ok=True)
    bucket_rate = args.rate * args.headroom
    env = {
        **os.environ,
        "JILIANG_DATABASE_URL": database_url,
        "JILIANG_REDIS_URL": redis_url,
        "JILIANG_WECHAT_API_BASE": sandbox_base,
        "JILIANG_CAMPAIGN_SEND_RATE_PER_SECOND": str(bucket_rate),
        "JILIANG_CAMPAIGN_BURST_SECONDS": "0.01",
        "JILIANG_CAMPAIGN_SENDERS": str(args.senders),
        "JILIANG_CAMPAIGN_CONCURRENCY": "12",
        "JILIANG_CAMPAIGN_BATCH_SIZE": "300",
        "JILIANG_CAMPAIGN_LEASE_SECONDS": "6",
        "JILIANG_CAMPAIGN_HEARTBEAT_SECONDS": "3",
        "JILIANG_CAMPAIGN_IDLE_POLL_SECONDS": "0.1",
        "JILIANG_CAMPAIGN_RETRY_BASE_SECONDS": "0.5",
    }
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        redis_url=redis_url,
        wechat_api_base=sandbox_base,
        access_log=False,
    )
    workers = Workers(args.workers, env, log_dir)
    results: dict[str, Any] = {}
    try:
        await create_postgres_database(database_url)
        ctx = await Tortoise.init(config=tortoise_config(database_url))
        await ctx.generate_schemas(safe=True)
        await ctx.close_connections()
        async with aiohttp.ClientSession() as http, open_resources(settings) as res:
            for _ in range(100):
                try:
                    await sandbox_call(http, sandbox_base, "GET", "/sandbox/stats")
                    break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
            t0 = time.monotonic()
            await seed_subscribers(args.recipients, kill_group=args.kill_recipients)
            print(
                f"seeded {args.recipients} followers in {time.monotonic() - t0:.1f} s; sandbox limit {args.rate}/s, "
                f"shared bucket {bucket_rate:.0f}/s, {args.workers} worker processes x {args.senders} senders"
            )

            async def one_run(label: str, tag: str, expected: int, kills: int) -> dict[str, Any]:
                await sandbox_call(http, sandbox_base, "POST", "/sandbox/reset")
                await sandbox_call(http, sandbox_base, "POST", "/sandbox/rate-limit", per_second=args.rate)
                campaign_id, reviewer = await submitted_campaign(f"bench {label}", tag)
                workers.start_all()
                await asyncio.sleep(1.0)  # let the workers connect before the clock starts
                started = time.monotonic()
                await service.approve(
                    actor=reviewer, campaign_id=campaign_id, note=None, arq=res.arq, now=datetime.now(UTC)
                )
                killer = asyncio.create_task(
                    kill_at_random(workers, kills, expected / bucket_rate, res.redis, campaign_id)
                )
                status = await wait_final(campaign_id, limit_seconds=args.timeout, label=label)
                elapsed = time.monotonic() - started
                killed_at = await killer
                workers.stop_all()
                sent_items = (await sandbox_call(http, sandbox_base, "GET", "/sandbox/sent?kind=custom"))["items"]
                calls = (await sandbox_call(http, sandbox_base, "GET", "/sandbox/stats"))["calls"]
                seen = Counter(item["openid"] for item in sent_items)
                times = sorted(item["at"] for item in sent_items)
                stats = await service.stats(campaign_id)
                accounted = set(
                    await Delivery.filter(
                        campaign_id=campaign_id, status__in=[DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN]
                    ).values_list("openid", flat=True)
                )
                uncertain = set(
                    await Delivery.filter(campaign_id=campaign_id, status=DeliveryStatus.UNCERTAIN).values_list(
                        "openid", flat=True
                    )
                )
                everyone = set(await Delivery.filter(campaign_id=campaign_id).values_list("openid", flat=True))
                span = (times[-1] - times[0]) if len(times) > 1 else 0.0
                lo, hi = int(len(times) * 0.05), int(len(times) * 0.95) - 1
                steady = (hi - lo) / (times[hi] - times[lo]) if hi > lo and times[hi] > times[lo] else 0.0
                return {
                    "label": label,
                    "status": status,
                    "recipients": stats.recipients,
                    "expected": expected,
                    "delivered_distinct": len(seen),
                    "duplicates": sum(n - 1 for n in seen.values() if n > 1),
                    "lost": len(everyone - set(seen) - accounted),
                    "missing_rows": expected - stats.recipients,
                    "uncertain": len(uncertain),
                    "uncertain_delivered": len(uncertain & set(seen)),
                    "failed": stats.failed_by_reason,
                    "rejected_45009": calls.get("/cgi-bin/message/custom/send", 0) - len(sent_items),
                    "send_span_s": span,
                    "achieved_rate": (len(times) - 1) / span if span else 0.0,
                    "steady_rate": steady,
                    "wall_s": elapsed,
                    "kills_at_s": killed_at,
                    "worker_starts": workers.starts,
                }

            results["rate"] = await one_run("rate", "bench", args.recipients, kills=0)
            workers.starts = 0
            results["kill"] = await one_run("kill", "kill", args.kill_recipients, kills=2)
    finally:
        workers.stop_all()
        os.killpg(sandbox.pid, signal.SIGTERM)
        sandbox.wait()
        release_redis_db(redis_base, redis_url, redis_number)
        await drop_postgres_database(database_url)

    rate, kill = results["rate"], results["kill"]
    n = args.rate
    kills = ", ".join(f"{t:.1f}" for t in kill["kills_at_s"])
    lines = [
        "",
        "campaign delivery bench (PostgreSQL + Redis, sandbox over loopback)",
        f"  run 1: {rate['recipients']} recipients, sandbox limit N = {n}/s (baseline), bucket {bucket_rate:.0f}/s",
        f"    achieved rate         {rate['achieved_rate']:.1f}/s = {rate['achieved_rate'] / n:.1%} of N (target 90%)",
        f"    steady state          {rate['steady_rate']:.1f}/s = {rate['steady_rate'] / n:.1%} of N (middle 90%)",
        f"    sends spanned         {rate['send_span_s']:.1f} s; campaign wall time {rate['wall_s']:.1f} s",
        f"    45009 rejections      {rate['rejected_45009']} (retried; not counted as sends)",
        f"    duplicates / lost     {rate['duplicates']} / {rate['lost']} (delivered {rate['delivered_distinct']})",
        f"  run 2: {kill['recipients']} recipients, a worker SIGKILLed at {kills} s and restarted",
        f"    duplicates            {kill['duplicates']}",
        f"    lost                  {kill['lost']}",
        f"    uncertain             {kill['uncertain']} (the sandbox received {kill['uncertain_delivered']}; "
        f"{kill['uncertain'] - kill['uncertain_delivered']} not delivered, reported for a staff resend)",
        f"    delivered distinct    {kill['delivered_distinct']} of {kill['expected']}; status {kill['status']}",
        f"    wall time             {kill['wall_s']:.1f} s ({kill['worker_starts']} worker process starts)",
    ]
    print("\n".join(lines))
    if kill["failed"] or rate["failed"]:
        print(f"    failed by reason      run1 {rate['failed']} run2 {kill['failed']}")
    ok = rate["duplicates"] == kill["duplicates"] == rate["lost"] == kill["lost"] == 0
    return 0 if ok else 1


async def kill_at_random(
    workers: Workers, kills: int, expected_seconds: float, redis: Any, campaign_id: int
) -> list[float]:
    """SIGKILL a worker at random moments; preferably one that is sending right now (it has a live sender)."""
    from campaigns.scheduling import heartbeat_key

    started = time.monotonic()
    moments = sorted(random.uniform(0.15, 0.7) * expected_seconds for _ in range(kills))
    done = []
    for moment in moments:
        await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
        senders = await redis.zrange(heartbeat_key(campaign_id), 0, -1)
        sending_pids = {int(member.split(":")[0]) for member in senders if ":" in member}
        busy = [i for i, proc in enumerate(workers.procs) if proc is not None and proc.pid in sending_pids]
        index = random.choice(busy) if busy else random.randrange(len(workers.procs))
        workers.kill(index)
        done.append(time.monotonic() - started)
        workers.start(index)
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--kill-recipients", type=int, default=30_000)
    parser.add_argument("--rate", type=int, default=600, help="the sandbox's limit N, calls per second")
    parser.add_argument("--headroom", type=float, default=0.95, help="shared bucket rate as a fraction of N")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--senders", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--serve-sandbox", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_sandbox:
        serve_sandbox(args.serve_sandbox)
        return 0
    if args.kill_recipients > args.recipients:
        parser.error("--kill-recipients cannot exceed --recipients")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
