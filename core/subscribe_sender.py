"""The one sender of mini-program subscribe messages: the quota users grant, WeChat's answer, retries, a record.

Every domain that tells a mini-program user something (complaint status changes, appointment notices and
reminders) sends through `send`, which owns the rules the platform sets (wechat-platform notes §3.3):

* **Quota.** Each accept in wx.requestSubscribeMessage grants one send of that template; the mini-program
  reports the accepted templates (POST /api/v1/miniapp/subscriptions -> `grant`), the subscribe_msg_* pushes
  keep the record in step (`record_choice`). A send consumes one unit first (a conditional decrement, so two
  concurrent jobs cannot both spend the last one); with none on record nothing is sent (`NO_QUOTA`).
* **WeChat's errors.** 43101 (the user refused, or WeChat holds no grant) zeroes our record: it was out of date
  (`REFUSED`). Any other error gives the unit back, since WeChat did not deliver: transient ones (busy, rate
  limited, no answer) are tried again under the caller's core.wechat_retry policy (`RETRY`), the rest (40003 /
  43104 an openid this app cannot reach, 47003 invalid data, 40037 unknown template...) are `FAILED`.
* **A record of each attempt** (core.models.SubscribeAttempt), whatever the outcome.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from core.models import MiniappUser, SubscribeAttempt, SubscribeQuota
from core.wechat import WeChatError, WeChatGateway, WeChatQuotaExceeded
from core.wechat_retry import RetryPolicy

log = logging.getLogger(__name__)
MAX_QUOTA_PER_TEMPLATE = 50  # one-time grants pile up; beyond this a client is misreporting


# --- the quota users grant ------------------------------------------------------------------------------


async def grant(*, user_id: int, template_ids: list[str]) -> dict[str, int]:
    """Add one send per accepted template; returns the quota now held per template."""
    result: dict[str, int] = {}
    for template_id in dict.fromkeys(t.strip() for t in template_ids if t.strip()):
        query = SubscribeQuota.filter(user_id=user_id, template_id=template_id)
        more = {"remaining": F("remaining") + 1, "accepted": True}
        if await query.filter(remaining__lt=MAX_QUOTA_PER_TEMPLATE).update(**more) == 0:
            try:
                await SubscribeQuota.create(user_id=user_id, template_id=template_id, remaining=1)
            except IntegrityError:  # created concurrently, or already at the cap
                await query.filter(remaining__lt=MAX_QUOTA_PER_TEMPLATE).update(**more)
        row = await query.first()
        result[template_id] = row.remaining if row else 0
    return result


class SubscriptionChoice(StrEnum):
    """What WeChat reports about a user and a template (subscribe_msg_popup/change/sent events)."""

    ACCEPTED = "accepted"  # accepted in the pop-up: one more send, and the template is wanted
    REJECTED = "rejected"  # rejected in the pop-up: not wanted (sends already granted stay usable)
    CANCELLED = "cancelled"  # switched off in the settings: nothing can be sent any more
    SEND_REFUSED = "send_refused"  # WeChat refused one of our sends for lack of permission (43101)


async def record_choice(*, unionid: str, template_id: str, choice: SubscriptionChoice) -> int:
    """Bring the quota and grant state of the mini-program users behind `unionid` in step with what WeChat
    reported; returns how many users it concerned (0: nobody we know)."""
    template_id = template_id.strip()[:64]
    found = await MiniappUser.filter(unionid=unionid).values_list("id", flat=True) if unionid else []
    user_ids = cast(list[int], found)
    for user_id in user_ids:
        if choice is SubscriptionChoice.ACCEPTED:
            await grant(user_id=user_id, template_ids=[template_id])
            continue
        values: dict[str, Any] = {"accepted": False}
        if choice is not SubscriptionChoice.REJECTED:
            values["remaining"] = 0
        if not await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(**values):
            try:
                await SubscribeQuota.create(user_id=user_id, template_id=template_id, **values)
            except IntegrityError:  # created concurrently
                await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(**values)
    return len(user_ids)


async def quotas(*, user_id: int) -> dict[str, int]:
    return {q.template_id: q.remaining for q in await SubscribeQuota.filter(user_id=user_id)}


async def _consume(*, user_id: int, template_id: str) -> bool:
    spent = await SubscribeQuota.filter(user_id=user_id, template_id=template_id, remaining__gt=0).update(
        remaining=F("remaining") - 1
    )
    return spent == 1


async def _give_back(*, user_id: int, template_id: str) -> None:
    await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(remaining=F("remaining") + 1)


# --- sending --------------------------------------------------------------------------------------------


class Outcome(StrEnum):
    SENT = "sent"
    NO_QUOTA = "no_quota"  # no grant on record: nothing was sent
    REFUSED = "refused"  # 43101: WeChat holds no grant for this user and template; our record is zeroed
    RETRY = "retry"  # a transient error the policy retries: the grant is given back, the caller's job runs again
    FAILED = "failed"  # a permanent error, or a transient one on the last attempt: the grant is given back


@dataclass(frozen=True)
class SubscribeMessage:
    template_id: str
    data: dict[str, str]  # {"thing1": "文字", ...}; core.wechat clips thing/name values
    page: str | None = None


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    error: WeChatError | None = None

    @property
    def errcode(self) -> int | None:
        return self.error.errcode if self.error is not None else None

    @property
    def errmsg(self) -> str | None:
        if self.error is None:
            return None
        return (self.error.errmsg or type(self.error).__name__)[:200]

    def retry_job(self, policy: RetryPolicy, attempt: int) -> None:
        """Raise arq's Retry (after the policy's delay) when the outcome is RETRY; return otherwise."""
        if self.outcome is Outcome.RETRY and self.error is not None:
            policy.retry(self.error, attempt)


async def send(
    wechat: WeChatGateway,
    *,
    user_id: int,
    openid: str,
    message: SubscribeMessage,
    purpose: str,
    attempt: int,
    policy: RetryPolicy,
) -> SendResult:
    """Send `message` to one user under the quota they granted; never raises for WeChat's errors (see the
    module docstring for what each outcome means). `purpose` names what the message is about in the record;
    `attempt` is the job's try (arq job_try), which `policy` weighs for transient errors."""
    template_id = message.template_id
    if not await _consume(user_id=user_id, template_id=template_id):
        result = SendResult(Outcome.NO_QUOTA)
    else:
        try:
            await wechat.send_subscribe_message(
                openid=openid, template_id=template_id, data=message.data, page=message.page
            )
        except WeChatError as exc:
            result = await _failed(exc, user_id=user_id, template_id=template_id, attempt=attempt, policy=policy)
        else:
            result = SendResult(Outcome.SENT)
    await SubscribeAttempt.create(
        user_id=user_id,
        template_id=template_id,
        purpose=purpose[:100],
        attempt=attempt,
        outcome=result.outcome.value,
        errcode=result.errcode,
        errmsg=result.errmsg,
    )
    if result.error is not None:
        log.info(
            "subscribe message %s (%s): WeChat error %s -> %s", purpose, template_id, result.errcode, result.outcome
        )
    return result


async def _failed(exc: WeChatError, *, user_id: int, template_id: str, attempt: int, policy: RetryPolicy) -> SendResult:
    if isinstance(exc, WeChatQuotaExceeded):  # 43101: WeChat holds no grant, so ours was out of date
        await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(remaining=0, accepted=False)
        return SendResult(Outcome.REFUSED, exc)
    await _give_back(user_id=user_id, template_id=template_id)  # not delivered: the grant is still unused
    return SendResult(Outcome.RETRY if policy.should_retry(exc, attempt) else Outcome.FAILED, exc)
