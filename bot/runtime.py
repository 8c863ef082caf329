"""The bot's per-app runtime: retry dedupe, the reply deadline with its customer-service follow-up, and the
background tasks that outlive a request (follow-ups, unionid look-ups), drained on shutdown."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web
from pydantic import SecretStr

from bot import handlers, state
from bot.push import Push, render_text_reply
from core import clock, subscribers
from core.keys import METRICS, REDIS, SETTINGS, WECHAT
from core.models import Subscriber
from core.settings import Settings
from core.wechat_retry import RetryPolicy
from knowledge.keys import KNOWLEDGE
from publicity.bot_content import VERSION_KEY as CONTENT_VERSION_KEY

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from core.metrics import Metrics
    from core.wechat import WeChatGateway
    from knowledge.runtime import Answer, EntryView, KnowledgeHolder

log = logging.getLogger(__name__)
SHUTDOWN_GRACE_SECONDS = 5.0
FOLLOW_UP_ATTEMPTS = 3
FOLLOW_UP_RETRY = RetryPolicy(base_seconds=0.5, max_attempts=FOLLOW_UP_ATTEMPTS, backoff=2)  # 0.5 s, then 1 s
USER_INFO_TIMEOUT_SECONDS = 3.0
NO_UNIONID_RETRY_SECONDS = 600
ANSWER_CACHE_SIZE = 4096
# last_interaction_at is written at most this often per follower and worker: the 48-hour window does not need
# second precision, and a write per message would make the database the callback's bottleneck.
INTERACTION_WRITE_INTERVAL_SECONDS = 60.0
INTERACTION_MEMO_SIZE = 100_000


@dataclass(frozen=True)
class CallbackKeys:
    token: str
    appid: str
    aes_key: str | None
    previous_aes_key: str | None

    @classmethod
    def of(cls, settings: Settings) -> CallbackKeys:
        def secret(value: SecretStr | None) -> str | None:
            return value.get_secret_value() if value is not None else None

        return cls(
            token=settings.mp_token.get_secret_value(),
            appid=settings.mp_appid,
            aes_key=secret(settings.mp_aes_key),
            previous_aes_key=secret(settings.mp_aes_key_previous),
        )


class BotRuntime:
    def __init__(
        self,
        *,
        settings: Settings,
        redis: Redis,
        wechat: WeChatGateway,
        knowledge: KnowledgeHolder,
        metrics: Metrics | None = None,
    ) -> None:
        self.settings = settings
        self.redis = redis
        self.wechat = wechat
        self.knowledge = knowledge
        self.metrics = metrics
        self.keys = CallbackKeys.of(settings)
        self.budget = settings.mp_reply_budget_seconds
        # Claims also read the live bot content's version key (same round trip): no GET per message for it.
        self.sets = state.SetBatcher(redis, watch=CONTENT_VERSION_KEY)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._answers: OrderedDict[str, Answer] = OrderedDict()
        self._rendered: dict[str, str] = {}
        self._answers_index: object | None = None
        self._interaction_written: dict[str, float] = {}

    # --- the reply path ----------------------------------------------------------------------------------

    async def respond(self, message: Push, *, started: float) -> str | None:
        """The reply XML for a push (None: answer `success`), at most once per delivery key.

        The first delivery produces the reply within the budget (measured from `started`, time.monotonic) or
        answers `success` and sends the reply later as a customer-service message. A retry gets the reply the
        first delivery stored, waiting for it while the first is still running; it never runs the handlers.
        """
        key = state.delivery_key(message)
        deadline = started + self.budget
        if not await state.claim(self.sets, key):
            self.count("delivery", "retry")
            stored = await state.wait_for_reply(self.redis, key, deadline=deadline)
            return None if stored in (None, state.SUCCESS) else stored

        task = asyncio.create_task(handlers.produce(self, message))
        try:
            done = await _done_by(task, deadline)
        except BaseException:  # our request was cancelled: the work goes on and its answer follows up
            self.spawn(state.store_reply(self.sets, key, state.SUCCESS), name=f"settle {key}")
            self.spawn(self._follow_up(task, message), name=f"follow-up {key}")
            raise
        if not done:
            await state.store_reply(self.sets, key, state.SUCCESS)
            self.count("delivery", "late")
            self.spawn(self._follow_up(task, message), name=f"follow-up {key}")
            return None
        try:
            text = task.result()
        except BaseException:
            await state.store_reply(self.sets, key, state.SUCCESS)
            raise
        reply = render_text_reply(message, text) if text else None
        state.store_reply_soon(self.sets, key, reply or state.SUCCESS)
        return reply

    async def _follow_up(self, task: asyncio.Task[str | None], message: Push) -> None:
        """Send the late answer through the customer-service API (allowed within 48 h of the user's message)."""
        try:
            text = await task
        except Exception:
            log.exception("late handler failed for MsgId=%s from %s", message.id, message.source)
            return
        if not text:
            return
        await self.send_custom_text(message.source, text, reason=f"MsgId={message.id}")

    async def send_custom_text(self, openid: str, text: str, *, reason: str) -> bool:
        from core.wechat import WeChatError

        try:
            await FOLLOW_UP_RETRY.call(lambda: self.wechat.send_custom_message(openid=openid, text=text))
        except WeChatError as exc:
            log.warning("follow-up to %s (%s) not sent: %s", openid, reason, exc)
            self.count("follow_up", f"error_{exc.errcode}")
            return False
        self.count("follow_up", "sent")
        return True

    # --- helpers for handlers ----------------------------------------------------------------------------

    async def ask(self, text: str) -> Answer:
        """The knowledge engine's answer, with confident answers cached per index (popular questions repeat;
        the search costs far more than the rest of the callback). Other bands always reach the engine, which
        records them for staff."""
        index = self._current_index()
        key = text.strip()
        if (cached := self._answers.get(key)) is not None:
            self._answers.move_to_end(key)
            return cached
        answer = await self.knowledge.answer(text, channel="mp")
        if answer.band == "confident" and index is not None and index is self.knowledge.current:
            self._answers[key] = answer
            if len(self._answers) > ANSWER_CACHE_SIZE:
                self._answers.popitem(last=False)
        return answer

    def _current_index(self) -> object | None:
        index = self.knowledge.current
        if index is not self._answers_index:  # reloaded: the caches belong to the old index
            self._answers.clear()
            self._rendered.clear()
            self._answers_index = index
        return index

    def entry_reply(self, faq_id: str) -> str | None:
        """An FAQ entry rendered as a reply (answer plus links), cached per index."""
        self._current_index()
        if (cached := self._rendered.get(faq_id)) is not None:
            return cached
        entry = self.knowledge_entry(faq_id)
        if entry is None:
            return None
        reply = handlers.render_entry(self, entry)
        if len(self._rendered) < ANSWER_CACHE_SIZE:
            self._rendered[faq_id] = reply
        return reply

    async def record_message(self, openid: str) -> None:
        """Note a user message on the follower (the 48-hour customer-service window)."""
        moment = time.monotonic()
        last = self._interaction_written.get(openid)
        if last is not None and moment - last < INTERACTION_WRITE_INTERVAL_SECONDS:
            return
        await subscribers.record_message(openid=openid, now=clock.now())
        if len(self._interaction_written) >= INTERACTION_MEMO_SIZE:
            self._interaction_written.clear()
        self._interaction_written[openid] = moment

    def forget_interaction(self, openid: str) -> None:
        """After (un)subscribe the row was reset: the next message must be written."""
        self._interaction_written.pop(openid, None)

    def knowledge_entry(self, faq_id: str) -> EntryView | None:
        return self.knowledge.get_entry(faq_id)

    async def unionid_of(self, openid: str) -> str | None:
        subscriber = await Subscriber.get_or_none(openid=openid)
        if subscriber is not None and subscriber.unionid:
            return subscriber.unionid
        # A follower without a unionid asking again and again must not turn into a user_info call each time.
        if await self.redis.exists(f"bot:no-unionid:{openid}"):
            return None
        unionid = await self.fetch_unionid(openid)
        if unionid is None:
            await self.redis.set(f"bot:no-unionid:{openid}", "1", ex=NO_UNIONID_RETRY_SECONDS)
        return unionid

    async def fetch_unionid(self, openid: str) -> str | None:
        """Best effort: the follower's unionid from the gateway, remembered on the Subscriber row."""
        try:
            async with asyncio.timeout(USER_INFO_TIMEOUT_SECONDS):
                info = await self.wechat.user_info(openid)
        except Exception as exc:  # any failure only means we cannot link this follower yet
            log.info("user_info for %s failed: %s", openid, exc)
            return None
        unionid = info.get("unionid") if isinstance(info, dict) else None
        if unionid:
            await subscribers.set_unionid(openid=openid, unionid=str(unionid))
        return str(unionid) if unionid else None

    def count(self, kind: str, outcome: str) -> None:
        if self.metrics is not None:
            self.metrics.count(f"bot_{kind}", outcome)

    # --- background tasks --------------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        task = asyncio.create_task(self._guarded(coro, name), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    @staticmethod
    async def _guarded(coro: Coroutine[Any, Any, Any], name: str) -> None:
        try:
            await coro
        except Exception:
            log.exception("bot background task %r failed", name)

    async def drain(self, grace_seconds: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Let running background tasks finish (up to `grace_seconds`), then cancel the rest."""
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=grace_seconds)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


async def _done_by(task: asyncio.Task[Any], deadline: float) -> bool:
    """Whether `task` finished by `deadline` (time.monotonic), without cancelling it: asyncio.wait for one task,
    minus the sets, the counter and the callbacks it builds per call on the path every message takes."""
    if task.done():
        return True
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()

    def wake(_: object = None) -> None:
        if not waiter.done():
            waiter.set_result(None)

    timer = loop.call_later(max(0.0, deadline - time.monotonic()), wake)
    task.add_done_callback(wake)
    try:
        await waiter
    finally:
        timer.cancel()
        task.remove_done_callback(wake)
    return task.done()


BOT = web.AppKey("bot", BotRuntime)


async def bot_ctx(app: web.Application) -> AsyncIterator[None]:
    runtime = BotRuntime(
        settings=app[SETTINGS], redis=app[REDIS], wechat=app[WECHAT], knowledge=app[KNOWLEDGE], metrics=app[METRICS]
    )
    app[BOT] = runtime
    # Everything loaded by now (the knowledge index, jieba's dictionary: hundreds of thousands of objects) lives
    # as long as the process. Taken out of the cyclic collector's sight, a full collection no longer stalls the
    # callback for tens of milliseconds. Not in tests, where many short-lived apps share one process.
    if app[SETTINGS].env != "test":
        gc.freeze()
    try:
        yield
    finally:
        await runtime.drain()
