"""Staff told by WeChat: binding a console account to an official-account openid, template messages to staff,
and the delivery receipts WeChat pushes back for them.

Binding: the console shows a one-time code (and the QR scene `staff-bind:<token>` for a parametric QR code); the
staff member sends `绑定 <code>` to the official account (or scans the code) and /wechat calls `bind`. Codes live
10 minutes in Redis, a new one replaces the old, and an openid gets a few wrong codes an hour (a code is short).

Sending respects the quota twice: our own daily share (`JILIANG_STAFF_TEMPLATE_DAILY_QUOTA`, counted in Redis
across workers) and WeChat's 45009, after which nothing more is sent that day. Each message is a StaffMessage row
whose unique `dedupe_key` keeps a digest or a handover notice from going out twice.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime

from arq.connections import ArqRedis
from redis.asyncio import Redis
from tortoise.exceptions import IntegrityError

from core import audit, clock
from core.jobs import enqueue
from core.models import StaffAccount, StaffMessage
from core.settings import Settings
from core.wechat import WeChatError, WeChatGateway, WeChatRateLimited

log = logging.getLogger(__name__)
CODE_TTL_SECONDS = 600
CODE_PREFIX = "staff:wechat-bind:code:"
TOKEN_PREFIX = "staff:wechat-bind:token:"
CURRENT_PREFIX = "staff:wechat-bind:current:"
FAILURE_PREFIX = "staff:wechat-bind:failures:"
MAX_FAILURES_PER_HOUR = 5
QUOTA_PREFIX = "staff:wechat:quota:"
QUOTA_HIT_PREFIX = "staff:wechat:quota-hit:"
IMMEDIATE_PREFIX = "staff:wechat:immediate:"
SCENE_PREFIX = "staff-bind:"
DAY_SECONDS = 86_400


@dataclass(frozen=True)
class BindCode:
    code: str  # six digits, sent as "绑定 <code>"
    scene: str  # staff-bind:<token>, the scene of a parametric QR code
    expires_in: int


async def issue_bind_code(redis: Redis, *, staff_id: int) -> BindCode:
    """A fresh code for `staff_id`; the previous one stops working."""
    previous = await redis.get(CURRENT_PREFIX + str(staff_id))
    if previous:
        code, token = (previous.decode() if isinstance(previous, bytes) else previous).split(":", 1)
        await redis.delete(CODE_PREFIX + code, TOKEN_PREFIX + token)
    while True:
        code = f"{secrets.randbelow(1_000_000):06d}"
        if await redis.set(CODE_PREFIX + code, staff_id, ex=CODE_TTL_SECONDS, nx=True):
            break
    token = secrets.token_urlsafe(16)
    await redis.set(TOKEN_PREFIX + token, staff_id, ex=CODE_TTL_SECONDS)
    await redis.set(CURRENT_PREFIX + str(staff_id), f"{code}:{token}", ex=CODE_TTL_SECONDS)
    return BindCode(code=code, scene=SCENE_PREFIX + token, expires_in=CODE_TTL_SECONDS)


@dataclass(frozen=True)
class BindOutcome:
    staff: StaffAccount | None
    message: str  # the reply the follower gets, in Chinese


async def bind(redis: Redis, *, openid: str, code: str | None = None, scene: str | None = None) -> BindOutcome:
    """Bind the console account behind `code` (or QR `scene`) to `openid`; audited."""
    failures_key = FAILURE_PREFIX + openid
    if int(await redis.get(failures_key) or 0) >= MAX_FAILURES_PER_HOUR:
        return BindOutcome(None, "尝试次数过多，请一小时后再试。")
    key = CODE_PREFIX + (code or "") if code else TOKEN_PREFIX + (scene or "").removeprefix(SCENE_PREFIX)
    raw = await redis.getdel(key)
    staff = await StaffAccount.get_or_none(id=int(raw), active=True) if raw else None
    if staff is None:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.incr(failures_key)
            pipe.expire(failures_key, 3600)
            await pipe.execute()
        return BindOutcome(None, "绑定码无效或已过期，请在计量工作台“我的账号”页重新获取。")
    await redis.delete(CURRENT_PREFIX + str(staff.id))
    other = await StaffAccount.get_or_none(wechat_openid=openid)
    if other is not None and other.id != staff.id:
        await StaffAccount.filter(id=other.id).update(wechat_openid=None, wechat_bound_at=None)
        await audit.append("staff.wechat_unbind", actor=other, ip="wechat", target=f"staff:{other.id}",
                           details={"via": "wechat", "reason": "bound to another account"})  # fmt: skip
    await StaffAccount.filter(id=staff.id).update(wechat_openid=openid, wechat_bound_at=datetime.now(UTC))
    await audit.append(
        "staff.wechat_bind",
        actor=staff,
        ip="wechat",
        target=f"staff:{staff.id}",
        details={"via": "wechat", "openid": mask_openid(openid), "by": "qr" if scene else "code"},
    )
    await staff.refresh_from_db()
    return BindOutcome(
        staff, f"已绑定计量工作台账号“{staff.display_name}”。新案件、转派和临期提醒将通过本公众号通知您。"
    )


async def unbind(staff: StaffAccount) -> bool:
    """Forget the staff member's openid; False when none was bound. The caller audits (it knows the request)."""
    return bool(
        await StaffAccount.filter(id=staff.id, wechat_openid__isnull=False).update(
            wechat_openid=None, wechat_bound_at=None
        )
    )


def mask_openid(openid: str) -> str:
    return openid[:4] + "…" + openid[-4:] if len(openid) > 10 else "…"


# --- sending ----------------------------------------------------------------------------------------------


def local_day(now: datetime) -> date:
    return now.astimezone(clock.ZONE).date()


async def _quota_left(redis: Redis, settings: Settings, day: date) -> bool:
    if await redis.exists(QUOTA_HIT_PREFIX + day.isoformat()):
        return False
    key = QUOTA_PREFIX + day.isoformat()
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(key)
        pipe.expire(key, 2 * DAY_SECONDS)
        used, _ = await pipe.execute()
    return int(used) <= settings.staff_template_daily_quota


async def take_immediate_allowance(redis: Redis, settings: Settings, *, staff_id: int, now: datetime) -> bool:
    """Whether `staff_id` may get one more immediate message today (beyond the cap: the digest only)."""
    key = f"{IMMEDIATE_PREFIX}{local_day(now).isoformat()}:{staff_id}"
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(key)
        pipe.expire(key, 2 * DAY_SECONDS)
        used, _ = await pipe.execute()
    return int(used) <= settings.staff_immediate_daily_cap


async def send(
    gateway: WeChatGateway,
    redis: Redis,
    settings: Settings,
    *,
    staff: StaffAccount,
    kind: str,
    dedupe_key: str,
    title: str,
    summary: str,
    now: datetime,
    path: str = "/console/notifications",
) -> StaffMessage | None:
    """One template message to `staff`; None when they have no WeChat bound, it was sent already, or the quota
    is used up / WeChat is unreachable (the row is dropped so a later run tries again)."""
    if not staff.wechat_openid:
        return None
    day = local_day(now)
    try:
        message = await StaffMessage.create(
            staff_id=staff.id, kind=kind, day=day, dedupe_key=dedupe_key[:96], openid=staff.wechat_openid,
            summary=summary[:200],
        )  # fmt: skip
    except IntegrityError:
        return None
    if not await _quota_left(redis, settings, day):
        log.warning("staff template quota used up for %s: %s not sent", day, dedupe_key)
        await message.delete()
        return None
    data = {"thing1": title, "thing2": summary, "time3": now.astimezone(clock.ZONE).strftime("%Y-%m-%d %H:%M")}
    try:
        msg_id = await gateway.send_template_message(
            openid=staff.wechat_openid,
            template_id=settings.staff_template_id,
            data=data,
            url=settings.public_base_url.rstrip("/") + path,
        )
    except WeChatError as exc:
        if isinstance(exc, WeChatRateLimited) and exc.errcode == 45009:
            await redis.set(QUOTA_HIT_PREFIX + day.isoformat(), 1, ex=2 * DAY_SECONDS)
        if exc.transient:
            log.info("staff message %s deferred: %s", dedupe_key, exc)
            await message.delete()
            return None
        log.warning("staff message %s refused: errcode %s", dedupe_key, exc.errcode)
        await StaffMessage.filter(id=message.id).update(status="failed", errcode=exc.errcode)
        return await StaffMessage.get(id=message.id)
    await StaffMessage.filter(id=message.id).update(status="sent", msg_id=msg_id, sent_at=datetime.now(UTC))
    return await StaffMessage.get(id=message.id)


async def record_receipt(*, msg_id: int, status: str | None, now: datetime) -> StaffMessage | None:
    """TEMPLATESENDJOBFINISH for one of our staff messages; None when `msg_id` is not one of them."""
    delivered = (status or "").strip().lower() == "success"
    updated = await StaffMessage.filter(msg_id=msg_id).update(
        status="delivered" if delivered else "undelivered", receipt=(status or "")[:64] or None, reported_at=now
    )
    return await StaffMessage.get(msg_id=msg_id) if updated else None


async def queue_handover_notice(arq: ArqRedis, *, complaint_id: int, tracking_no: str, district: str | None) -> None:
    """After a case was handed to `district`: its handlers are told at once (console.jobs.notify_staff_handover)."""
    if district:
        await enqueue(arq, "notify_staff_handover", complaint_id, tracking_no, district)
