"""The campaign's dispatch job on arq's queue, and the Redis keys the senders share.

arq keeps one job per id: `enqueue_job` with an id that already exists (queued, running, or with a kept result)
returns None and changes nothing, so it cannot move a deferred job. A reschedule therefore moves the existing
job in place: the job's payload is only the campaign id, so changing its score in the queue's sorted set (and
the expiry of its payload) is the whole move. arq's worker re-reads the score before starting a job and skips
it when the score lies in the future, so a worker that had already listed the job will not start it early.
The dispatch job also checks `send_at` itself and defers again if it runs early.
"""

from __future__ import annotations

from datetime import datetime

from arq.connections import ArqRedis
from arq.constants import in_progress_key_prefix, job_key_prefix, result_key_prefix
from arq.utils import to_unix_ms
from redis.asyncio import Redis

from core.jobs import QUEUE_NAME, enqueue

EXPIRES_EXTRA_MS = 86_400_000  # arq's default: a queued job's payload outlives its run time by a day
LEDGER_TTL_SECONDS = 30 * 86_400
MASS_GROUP_TTL_SECONDS = 23 * 3600  # WeChat dedupes a clientmsgid for 24 h; never repeat a group after that


def dispatch_job_id(campaign_id: int) -> str:
    return f"campaigns:dispatch:{campaign_id}"


# KEYS: job, in-progress, result, queue. ARGV: job id, score (ms), payload expiry (unix ms).
_MOVE_JOB = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 'running' end
redis.call('DEL', KEYS[3])
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
  redis.call('PEXPIREAT', KEYS[1], ARGV[3])
  return 'moved'
end
redis.call('ZREM', KEYS[4], ARGV[1])
return 'absent'
"""

# KEYS: job, in-progress, result, queue. ARGV: job id.
_REMOVE_JOB = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 'running' end
redis.call('ZREM', KEYS[4], ARGV[1])
redis.call('DEL', KEYS[1], KEYS[3])
return 'removed'
"""


def _keys(job_id: str) -> list[str]:
    return [job_key_prefix + job_id, in_progress_key_prefix + job_id, result_key_prefix + job_id, QUEUE_NAME]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


async def schedule_dispatch(arq: ArqRedis, campaign_id: int, send_at: datetime) -> bool:
    """Queue (or move) the campaign's one dispatch job to `send_at`; False if it is already running."""
    job_id = dispatch_job_id(campaign_id)
    score = to_unix_ms(send_at)
    for _ in range(3):  # a concurrent enqueue between our check and our enqueue: look again
        outcome = _text(await arq.eval(_MOVE_JOB, 4, *_keys(job_id), job_id, score, score + EXPIRES_EXTRA_MS))
        if outcome == "running":
            return False
        if outcome == "moved":
            return True
        job = await arq.enqueue_job(
            "dispatch_campaign", campaign_id, _job_id=job_id, _queue_name=QUEUE_NAME, _defer_until=send_at
        )
        if job is not None:
            return True
    return True


async def unschedule_dispatch(arq: ArqRedis, campaign_id: int) -> bool:
    """Remove the campaign's queued dispatch job; False if a worker is running it right now."""
    job_id = dispatch_job_id(campaign_id)
    return _text(await arq.eval(_REMOVE_JOB, 4, *_keys(job_id), job_id)) == "removed"


async def queued_dispatch_jobs(arq: ArqRedis, campaign_id: int) -> list[tuple[str, float]]:
    """(job id, score) of every queued job that dispatches this campaign: for tests and the admin view."""
    prefix = dispatch_job_id(campaign_id)
    found = []
    for member, score in await arq.zrange(QUEUE_NAME, 0, -1, withscores=True):
        name = _text(member)
        if name == prefix or name.startswith(prefix + ":"):
            found.append((name, score))
    return found


async def start_senders(arq: ArqRedis, campaign_id: int, *, senders: int, generation: str) -> None:
    """Sender jobs of one generation; extra senders are harmless (claims are atomic), missing ones are not."""
    for slot in range(senders):
        await enqueue(
            arq, "send_campaign", campaign_id, slot, job_id=f"campaigns:send:{campaign_id}:{generation}:{slot}"
        )


# --- keys shared by senders ---------------------------------------------------------------------------


def ledger_key(campaign_id: int) -> str:
    """Hash delivery id -> last attempt's state, written the moment WeChat answers (see delivery.py)."""
    return f"campaigns:ledger:{campaign_id}"


def mass_group_key(campaign_id: int, group_id: str) -> str:
    """JSON [[delivery id, openid], ...] of one mass send, kept so a crashed send can be repeated exactly."""
    return f"campaigns:massgroup:{campaign_id}:{group_id}"


def heartbeat_key(campaign_id: int) -> str:
    return f"campaigns:senders:{campaign_id}"


def cancelled_key(campaign_id: int) -> str:
    return f"campaigns:cancelled:{campaign_id}"


async def mark_cancelled(redis: Redis, campaign_id: int) -> None:
    await redis.set(cancelled_key(campaign_id), "1", ex=LEDGER_TTL_SECONDS)


async def forget_ledger(redis: Redis, campaign_id: int, delivery_ids: list[int]) -> None:
    if delivery_ids:
        await redis.hdel(ledger_key(campaign_id), *[str(i) for i in delivery_ids])
