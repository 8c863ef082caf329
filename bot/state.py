"""What the bot keeps in Redis: delivery claims with their stored replies (retry dedupe) and the numbered
suggestions a user may pick from."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from typing import Any

from hiredis import pack_command
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from bot.protocol import TIMESTAMP_WINDOW_SECONDS
from bot.push import Push

log = logging.getLogger(__name__)

PENDING = "\x00pending"  # claimed, reply not stored yet
SUCCESS = "success"  # the body WeChat takes as "no reply"
# A claim must outlive every timestamp still accepted: a push dated TIMESTAMP_WINDOW_SECONDS in the future stays
# acceptable until that long in the past, so a replay can come up to twice the window after the first delivery.
CLAIM_MARGIN_SECONDS = 60
CLAIM_TTL_SECONDS = 2 * TIMESTAMP_WINDOW_SECONDS + CLAIM_MARGIN_SECONDS
SUGGESTION_TTL_SECONDS = 600
_POLL_SECONDS = (0.01, 0.02, 0.05, 0.1)
# Batches go out one at a time: a connection that stops answering must not hold every later claim behind it.
BATCH_TIMEOUT_SECONDS = 5.0


def delivery_key(message: Push) -> str:
    """MsgId for messages; FromUserName+CreateTime+Event+EventKey for events (two events can share a second), plus
    the MsgID of a job's receipt (two mass sends of one campaign can finish in the same second)."""
    if not message.is_event and message.id:
        return f"bot:seen:msg:{message.id}"
    job = message.fields.get("MsgID") if message.is_event else None
    raw = f"{message.source}\n{message.time}\n{message.event or message.type}\n{message.key or ''}"
    if job is not None:
        raw += f"\n{job}"
    return "bot:seen:ev:" + hashlib.sha1(raw.encode()).hexdigest()


# Every SET of a batch in one command: KEYS are the keys; ARGV holds, per key, the count of its SET arguments and
# then the arguments. Each SET keeps its own semantics (an error or a refused NX/XX concerns that key only).
# The loop's bound is how many KEYS are SET: the watch variant SETs all but the last key and then returns the value
# of the last one (a watched key, read in the same round trip).
_SET_LOOP = """
local results, a = {}, 1
for i = 1, %s do
  local n = tonumber(ARGV[a])
  local reply = redis.pcall("SET", KEYS[i], unpack(ARGV, a + 1, a + n))
  a = a + n + 1
  if type(reply) == "table" and reply.err then
    results[i] = "!" .. reply.err
  elseif reply then
    results[i] = 1
  else
    results[i] = 0
  end
end
"""
_SET_BATCH_SCRIPT = _SET_LOOP % "#KEYS" + "return results\n"
_SET_BATCH_WATCH_SCRIPT = _SET_LOOP % "#KEYS - 1" + 'results[#KEYS] = redis.call("GET", KEYS[#KEYS])\nreturn results\n'
# A watched value older than this is not used (the caller reads the key itself): a message is handled within
# moments of its own claim, whose batch read the key after it.
WATCH_FRESH_SECONDS = 1.0


class SetBatcher:
    """Redis SETs go out in batches, each batch as one server-side script. Under load every request claims and
    stores a key; one send, one round trip and one reply per batch instead of per command is most of what the
    callback spends outside its own work (redis-py's per-reply read costs more than the SET itself). One batch is
    in flight at a time: what is queued meanwhile goes out together as soon as it returns, so batches grow with
    the load (when idle, a SET goes out on the next event-loop turn).

    With `watch`, every batch also reads that key in the same script (the bot's content version key: a message
    then knows the live version as of its own claim without a round trip of its own)."""

    def __init__(self, redis: Redis, *, watch: str | None = None) -> None:
        self.redis = redis
        self.watch = watch
        self._watched: tuple[float, str | None] | None = None  # (time.monotonic() of the read, the value)
        self._pending: list[tuple[tuple[str, str], dict[str, Any], asyncio.Future[Any]]] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._in_flight = False

    def watched(self) -> tuple[bool, str | None]:
        """(True, value) when a batch read the watched key less than WATCH_FRESH_SECONDS ago; (False, None) else."""
        if self._watched is None or time.monotonic() - self._watched[0] > WATCH_FRESH_SECONDS:
            return False, None
        return True, self._watched[1]

    async def set(self, key: str, value: str, **options: Any) -> Any:
        return await self.queue(key, value, **options)

    def queue(self, key: str, value: str, **options: Any) -> asyncio.Future[Any]:
        """Queue a SET for the next batch; the future resolves with its result."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        if not self._pending and not self._in_flight:
            loop.call_soon(self._flush)
        self._pending.append(((key, value), options, future))
        return future

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        self._in_flight = True
        task = asyncio.create_task(self._run(batch))
        self._tasks.add(task)
        task.add_done_callback(self._batch_done)

    def _batch_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        self._in_flight = False
        if self._pending:
            self._flush()

    async def _run(self, batch: list[tuple[tuple[str, str], dict[str, Any], asyncio.Future[Any]]]) -> None:
        try:
            async with asyncio.timeout(BATCH_TIMEOUT_SECONDS):
                results = await self._send([_set_command(*args, **options) for args, options, _ in batch])
        except BaseException as exc:
            for _, _, future in batch:
                if not future.done():
                    future.set_exception(
                        exc if isinstance(exc, Exception) else ConnectionError("redis batch cancelled")
                    )
            if not isinstance(exc, Exception):
                raise
            return
        for (_, _, future), result in zip(batch, results, strict=True):
            if future.done():
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)

    async def _send(self, commands: list[tuple[Any, ...]]) -> list[Any]:
        """The SETs (key, *arguments) in one script call down one pooled connection; per SET: True when set, None
        when NX/XX refused it, or the ResponseError it got.

        Packed by hiredis (C) and read as one reply, without redis-py's Pipeline machinery. A connection left in
        an unknown state (an error or cancellation mid-exchange) is disconnected before it goes back to the pool.
        """
        arguments: list[Any] = []
        for command in commands:
            arguments += (len(command) - 1, *command[1:])
        keys = [command[0] for command in commands]
        script = _SET_BATCH_SCRIPT
        if self.watch is not None:
            keys.append(self.watch)
            script = _SET_BATCH_WATCH_SCRIPT
        script_call = ("EVAL", script, len(keys), *keys, *arguments)
        pool = self.redis.connection_pool
        connection = await pool.get_connection()
        try:
            await connection.send_packed_command(pack_command(script_call))
            replies = await connection.read_response()
        except BaseException:
            await connection.disconnect()
            raise
        finally:
            await pool.release(connection)
        if self.watch is not None:
            value = replies.pop()
            self._watched = (time.monotonic(), value.decode() if isinstance(value, bytes) else value)
        return [_set_result(reply) for reply in replies]


def _set_result(reply: Any) -> Any:
    if isinstance(reply, str | bytes):
        message = reply.decode() if isinstance(reply, bytes) else reply
        return ResponseError(message.removeprefix("!"))
    return True if reply == 1 else None


def _set_command(
    key: str, value: str, *, nx: bool = False, xx: bool = False, ex: int | None = None, keepttl: bool = False
) -> tuple[Any, ...]:
    command: list[Any] = [key, value]
    if nx:
        command.append("NX")
    if xx:
        command.append("XX")
    if ex is not None:
        command += ["EX", ex]
    if keepttl:
        command.append("KEEPTTL")
    return tuple(command)


async def claim(redis: Redis | SetBatcher, key: str) -> bool:
    """True for the first delivery of a message; retries (even concurrent ones) get False."""
    return bool(await redis.set(key, PENDING, nx=True, ex=CLAIM_TTL_SECONDS))


async def store_reply(redis: Redis | SetBatcher, key: str, reply: str) -> None:
    await redis.set(key, reply, xx=True, keepttl=True)


def store_reply_soon(batcher: SetBatcher, key: str, reply: str) -> None:
    """Store the reply without holding the response for it: a retry that comes before it lands finds the claim
    still pending and waits the few milliseconds; a failure is only logged (the retry then answers success)."""

    def log_failure(future: asyncio.Future[Any]) -> None:
        if not future.cancelled() and (exc := future.exception()) is not None:
            log.warning("reply for %s not stored: %s", key, exc)

    batcher.queue(key, reply, xx=True, keepttl=True).add_done_callback(log_failure)


async def wait_for_reply(redis: Redis, key: str, *, deadline: float) -> str | None:
    """The reply stored by the first delivery, waiting for it until `deadline` (time.monotonic); None if the
    first delivery has not finished by then."""
    attempt = 0
    while True:
        value = await redis.get(key)
        if value is not None and value != PENDING:
            return value
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        await asyncio.sleep(min(_POLL_SECONDS[min(attempt, len(_POLL_SECONDS) - 1)], remaining))
        attempt += 1


def _suggestion_key(openid: str) -> str:
    return f"bot:suggest:{openid}"


async def save_suggestions(redis: Redis, openid: str, faq_ids: list[str]) -> None:
    await redis.set(_suggestion_key(openid), json.dumps(faq_ids), ex=SUGGESTION_TTL_SECONDS)


async def load_suggestions(redis: Redis, openid: str) -> list[str] | None:
    raw = await redis.get(_suggestion_key(openid))
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return [str(v) for v in value] if isinstance(value, list) else None


async def forget_user(redis: Redis, openid: str) -> None:
    await redis.delete(_suggestion_key(openid))
