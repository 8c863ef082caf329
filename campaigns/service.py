"""Campaign services: drafting, two-person review, scheduling, cancelling, statistics, the bot's current campaign.

Every state change is a conditional UPDATE (`WHERE status = <expected>`), so two staff clicking at once cannot
both win, and every change writes a CampaignEvent (actor, time, note).

INTERFACE used by the bot: `current_campaign(now=...)`, `record_delivery_receipt(...)`, `record_menu_event(...)`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from arq.connections import ArqRedis
from pydantic import ValidationError
from redis.asyncio import Redis

from campaigns import receipts, scheduling
from campaigns.menu_stats import menu_stats, record_menu_event
from campaigns.models import (
    FINAL_STATUSES,
    Campaign,
    CampaignEvent,
    CampaignStatus,
    Channel,
    Delivery,
    DeliveryStatus,
)
from campaigns.receipts import record_delivery_receipt
from campaigns.schemas import CampaignCreate, CampaignUpdate, DeliveryStats
from core import clock
from core.errors import Forbidden, InvalidInput, InvalidTransition, NotFound
from core.jobs import enqueue
from core.models import StaffAccount

DEFAULT_WINDOW_DAYS = 7  # a campaign without explicit dates is "current" for a week from its send date
UPCOMING_DAYS = 30
LATE_APPROVAL_GRACE = timedelta(minutes=5)

STATUS_NAMES = {
    CampaignStatus.DRAFT: "草稿",
    CampaignStatus.IN_REVIEW: "待审核",
    CampaignStatus.SCHEDULED: "已排期",
    CampaignStatus.SENDING: "发送中",
    CampaignStatus.SENT: "已发送",
    CampaignStatus.PARTIALLY_FAILED: "部分失败",
    CampaignStatus.CANCELLED: "已取消",
}


@dataclass(frozen=True)
class CurrentCampaign:
    title: str
    summary: str
    url: str | None


# --- reading -----------------------------------------------------------------------------------------


async def get(campaign_id: int) -> Campaign:
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None:
        raise NotFound("没有找到该活动", code="campaign_not_found")
    return campaign


async def campaigns_of_year(year: int) -> list[Campaign]:
    """The campaigns sent (or to be sent) in a year, by send time (the bureau's calendar year)."""
    start = datetime(year, 1, 1, tzinfo=clock.ZONE)
    return await Campaign.filter(send_at__gte=start, send_at__lt=start.replace(year=year + 1)).order_by("send_at")


async def undated_drafts() -> list[Campaign]:
    return await Campaign.filter(send_at__isnull=True, status=CampaignStatus.DRAFT).order_by("id")


async def list_campaigns(*, status: CampaignStatus | None, page: int, page_size: int) -> tuple[list[Campaign], int]:
    query = Campaign.all() if status is None else Campaign.filter(status=status)
    total = await query.count()
    items = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    return list(items), total


async def events(campaign_id: int) -> list[CampaignEvent]:
    await get(campaign_id)
    return list(await CampaignEvent.filter(campaign_id=campaign_id).order_by("id"))


async def record_event(
    campaign_id: int,
    *,
    actor: StaffAccount | None,
    action: str,
    from_status: str | None = None,
    to_status: str | None = None,
    note: str | None = None,
) -> CampaignEvent:
    return await CampaignEvent.create(
        campaign_id=campaign_id,
        actor_id=actor.id if actor else None,
        action=action,
        from_status=from_status,
        to_status=to_status,
        note=note,
    )


async def _transition(
    campaign: Campaign,
    *,
    actor: StaffAccount | None,
    action: str,
    allowed_from: tuple[CampaignStatus, ...],
    to: CampaignStatus,
    note: str | None = None,
    **changes: Any,
) -> Campaign:
    """Move `campaign` to `to` only if it is still in one of `allowed_from` in the database."""
    current = CampaignStatus(campaign.status)
    for _ in range(3):  # the status may move under us (a worker starts sending): look again
        if current not in allowed_from:
            raise _wrong_state(current, action)
        if await Campaign.filter(id=campaign.id, status=current).update(status=to, **changes) == 1:
            await record_event(campaign.id, actor=actor, action=action, from_status=current, to_status=to, note=note)
            return await get(campaign.id)
        current = CampaignStatus((await get(campaign.id)).status)
    raise _wrong_state(current, action)


def _wrong_state(status: CampaignStatus, action: str) -> InvalidTransition:
    return InvalidTransition(
        f"活动当前为“{STATUS_NAMES[status]}”，不能执行此操作", code="invalid_transition", status=status, action=action
    )


# --- drafting ------------------------------------------------------------------------------------------


def _content_fields(data: CampaignCreate | CampaignUpdate, *, only_set: bool) -> dict[str, Any]:
    raw = data.model_dump(exclude_unset=only_set, exclude={"note"} if isinstance(data, CampaignUpdate) else None)
    fields: dict[str, Any] = {}
    for key, value in raw.items():
        if key in ("article_url", "cover_url") and value is not None:
            value = str(value)
        fields[key] = value
    return fields


async def create_draft(*, actor: StaffAccount, data: CampaignCreate) -> Campaign:
    campaign = await Campaign.create(**_content_fields(data, only_set=False), created_by_id=actor.id)
    await record_event(campaign.id, actor=actor, action="created", to_status=CampaignStatus.DRAFT)
    return campaign


async def update_draft(*, actor: StaffAccount, campaign_id: int, data: CampaignUpdate) -> Campaign:
    campaign = await get(campaign_id)
    if campaign.status != CampaignStatus.DRAFT:
        raise InvalidTransition(
            "只有草稿可以修改；待审核或已排期的活动请先撤回", code="not_a_draft", status=campaign.status
        )
    changes = _content_fields(data, only_set=True)
    if not changes:
        raise InvalidInput("没有需要修改的内容", code="nothing_to_change")
    # A draft may be incomplete while it is being written (calendar drafts start without text); submit checks it.
    updated = await Campaign.filter(id=campaign.id, status=CampaignStatus.DRAFT).update(**changes)
    if updated != 1:
        raise _wrong_state(CampaignStatus((await get(campaign.id)).status), "update")
    await record_event(
        campaign.id, actor=actor, action="edited", note=data.note or "修改字段：" + "、".join(sorted(changes))
    )
    return await get(campaign.id)


def _as_create_dict(campaign: Campaign) -> dict[str, Any]:
    return {name: getattr(campaign, name) for name in CampaignCreate.model_fields}


async def submit(*, actor: StaffAccount, campaign_id: int, note: str | None) -> Campaign:
    campaign = await get(campaign_id)
    if campaign.theme_required and not campaign.theme:
        raise InvalidInput("请先填写今年的活动主题再提交审核", code="theme_missing")
    if campaign.send_at is None:
        raise InvalidInput("请先设置发送时间再提交审核", code="send_at_missing")
    try:
        CampaignCreate.model_validate(_as_create_dict(campaign))
    except ValidationError as exc:
        problems = "；".join(str(err["msg"]).removeprefix("Value error, ") for err in exc.errors())
        raise InvalidInput(f"活动内容不完整：{problems}", code="campaign_incomplete") from None
    return await _transition(
        campaign,
        actor=actor,
        action="submitted",
        allowed_from=(CampaignStatus.DRAFT,),
        to=CampaignStatus.IN_REVIEW,
        note=note,
        submitted_by_id=actor.id,
    )


# --- review -------------------------------------------------------------------------------------------


AUTHORING_ACTIONS = ("created", "edited", "submitted", "rescheduled")


async def _check_not_own_work(campaign: Campaign, reviewer: StaffAccount) -> None:
    """The reviewer must be a second pair of eyes: not the author, nor anyone who edited, submitted or moved it."""
    authored = (
        reviewer.id in (campaign.created_by_id, campaign.submitted_by_id)
        or await CampaignEvent.filter(
            campaign_id=campaign.id, actor_id=reviewer.id, action__in=AUTHORING_ACTIONS
        ).exists()
    )
    if authored:
        raise Forbidden("不能审核自己起草、修改或提交的活动，请由另一位审核人员审核", code="self_review_forbidden")


async def approve(*, actor: StaffAccount, campaign_id: int, note: str | None, arq: ArqRedis, now: datetime) -> Campaign:
    """Second person approves; the campaign is scheduled and its dispatch job queued for send_at."""
    campaign = await get(campaign_id)
    await _check_not_own_work(campaign, actor)
    if campaign.status != CampaignStatus.IN_REVIEW:
        raise _wrong_state(CampaignStatus(campaign.status), "approve")
    assert campaign.send_at is not None  # submit requires it
    if campaign.send_at < now - LATE_APPROVAL_GRACE:
        raise InvalidTransition("发送时间已过，请退回起草人改期后再审核", code="send_at_passed")
    window = _default_window(campaign)
    campaign = await _transition(
        campaign,
        actor=actor,
        action="approved",
        allowed_from=(CampaignStatus.IN_REVIEW,),
        to=CampaignStatus.SCHEDULED,
        note=note,
        approved_by_id=actor.id,
        **window,
    )
    await scheduling.schedule_dispatch(arq, campaign.id, campaign.send_at)
    return campaign


def _default_window(campaign: Campaign) -> dict[str, date]:
    """The period the bot shows the campaign as current; a week from the send date unless staff set it."""
    start = campaign.starts_on or (campaign.send_at.astimezone(clock.ZONE).date() if campaign.send_at else None)
    if start is None:
        return {}
    return {"starts_on": start, "ends_on": campaign.ends_on or start + timedelta(days=DEFAULT_WINDOW_DAYS - 1)}


async def reject(*, actor: StaffAccount, campaign_id: int, note: str) -> Campaign:
    campaign = await get(campaign_id)
    await _check_not_own_work(campaign, actor)
    return await _transition(
        campaign,
        actor=actor,
        action="rejected",
        allowed_from=(CampaignStatus.IN_REVIEW,),
        to=CampaignStatus.DRAFT,
        note=note,
        approved_by_id=None,
    )


async def withdraw(*, actor: StaffAccount, campaign_id: int, note: str | None, arq: ArqRedis) -> Campaign:
    """Back to draft (to edit it): from review, or from the schedule before sending began; needs a new review."""
    campaign = await get(campaign_id)
    if campaign.status == CampaignStatus.SCHEDULED:
        await _unschedule_or_conflict(arq, campaign)
    return await _transition(
        campaign,
        actor=actor,
        action="withdrawn",
        allowed_from=(CampaignStatus.IN_REVIEW, CampaignStatus.SCHEDULED),
        to=CampaignStatus.DRAFT,
        note=note,
        approved_by_id=None,
    )


async def _unschedule_or_conflict(arq: ArqRedis, campaign: Campaign) -> None:
    if not await scheduling.unschedule_dispatch(arq, campaign.id):
        raise InvalidTransition("活动正在开始发送，请稍后刷新；如需停止请取消发送", code="dispatch_running")


async def reschedule(
    *, actor: StaffAccount, campaign_id: int, send_at: datetime, note: str | None, arq: ArqRedis, now: datetime
) -> Campaign:
    """Move the send time of a campaign in review or on the schedule. An approved campaign goes back to review:
    its dispatch job is taken off the queue and only a reviewer's approval (not this actor's) schedules it again.
    """
    if send_at < now - LATE_APPROVAL_GRACE:
        raise InvalidInput("新的发送时间不能早于现在", code="send_at_in_past")
    campaign = await get(campaign_id)
    old = campaign.send_at
    text = f"发送时间 {_fmt(old)} → {_fmt(send_at)}"
    note = f"{text}；{note}" if note else text
    if campaign.status == CampaignStatus.SCHEDULED:
        await _unschedule_or_conflict(arq, campaign)
        return await _transition(
            campaign,
            actor=actor,
            action="rescheduled",
            allowed_from=(CampaignStatus.SCHEDULED,),
            to=CampaignStatus.IN_REVIEW,
            note=f"{note}（已退回审核）",
            send_at=send_at,
            approved_by_id=None,
        )
    if campaign.status != CampaignStatus.IN_REVIEW:
        raise _wrong_state(CampaignStatus(campaign.status), "reschedule")
    updated = await Campaign.filter(id=campaign.id, status=CampaignStatus.IN_REVIEW).update(send_at=send_at)
    if updated != 1:
        raise _wrong_state(CampaignStatus((await get(campaign.id)).status), "reschedule")
    await record_event(campaign.id, actor=actor, action="rescheduled", note=note)
    return await get(campaign.id)


def _fmt(value: datetime | None) -> str:
    return value.astimezone(clock.ZONE).strftime("%Y-%m-%d %H:%M") if value else "未设置"


async def cancel(*, actor: StaffAccount, campaign_id: int, note: str | None, arq: ArqRedis, redis: Redis) -> Campaign:
    """Cancel before or during sending. Messages already handed to WeChat stay sent; the rest are not sent."""
    campaign = await get(campaign_id)
    if campaign.status == CampaignStatus.SCHEDULED:
        await scheduling.unschedule_dispatch(arq, campaign.id)  # a dispatch that already started sees the cancel
    campaign = await _transition(
        campaign,
        actor=actor,
        action="cancelled",
        allowed_from=(CampaignStatus.DRAFT, CampaignStatus.IN_REVIEW, CampaignStatus.SCHEDULED, CampaignStatus.SENDING),
        to=CampaignStatus.CANCELLED,
        note=note,
    )
    await scheduling.mark_cancelled(redis, campaign.id)
    await Delivery.filter(campaign_id=campaign.id, status=DeliveryStatus.PENDING).update(
        status=DeliveryStatus.CANCELLED
    )
    return campaign


# --- statistics ------------------------------------------------------------------------------------------


async def stats(campaign_id: int) -> DeliveryStats:
    campaign = await get(campaign_id)
    rows = (
        await Delivery.filter(campaign_id=campaign_id)
        .group_by("status", "error_reason")
        .annotate(n=_count())
        .values("status", "error_reason", "n")
    )
    by_status = dict.fromkeys(DeliveryStatus, 0)
    failed_by_reason: dict[str, int] = {}
    skipped_by_reason: dict[str, int] = {}
    for row in rows:
        status = DeliveryStatus(row["status"])
        by_status[status] += row["n"]
        reason = row["error_reason"] or "unknown"
        if status == DeliveryStatus.FAILED:
            failed_by_reason[reason] = failed_by_reason.get(reason, 0) + row["n"]
        elif status == DeliveryStatus.SKIPPED:
            skipped_by_reason[reason] = skipped_by_reason.get(reason, 0) + row["n"]
    total = sum(by_status.values())
    pending = by_status[DeliveryStatus.PENDING] + by_status[DeliveryStatus.CLAIMED]
    return DeliveryStats(
        campaign_id=campaign_id,
        status=CampaignStatus(campaign.status),
        recipients=total,
        audience_complete=campaign.audience_frozen,
        by_status=by_status,
        sent=by_status[DeliveryStatus.SENT],
        pending=pending,
        failed=by_status[DeliveryStatus.FAILED],
        failed_by_reason=failed_by_reason,
        uncertain=by_status[DeliveryStatus.UNCERTAIN],
        skipped_by_reason=skipped_by_reason,
        progress=round((total - pending) / total, 4) if total else 0.0,
        receipts=await receipts.receipt_stats(campaign_id),
    )


def _count() -> Any:
    from tortoise.functions import Count

    return Count("id")


async def resend_uncertain(
    *, actor: StaffAccount, campaign_id: int, note: str | None, redis: Redis, arq: ArqRedis
) -> int:
    """Staff decide to resend recipients whose delivery is unknown (their worker died mid-request)."""
    campaign = await get(campaign_id)
    if campaign.status not in (CampaignStatus.SENDING, CampaignStatus.PARTIALLY_FAILED):
        raise _wrong_state(CampaignStatus(campaign.status), "resend_uncertain")
    ids = await Delivery.filter(campaign_id=campaign_id, status=DeliveryStatus.UNCERTAIN).values_list("id", flat=True)
    if not ids:
        raise InvalidTransition("没有发送结果不确定的对象", code="nothing_uncertain")
    await scheduling.forget_ledger(redis, campaign_id, list(ids))
    count = await Delivery.filter(id__in=list(ids), status=DeliveryStatus.UNCERTAIN).update(
        status=DeliveryStatus.PENDING, next_attempt_at=None, error_reason=None, error_code=None
    )
    if campaign.status == CampaignStatus.PARTIALLY_FAILED:
        await _transition(
            campaign,
            actor=actor,
            action="resend_uncertain",
            allowed_from=(CampaignStatus.PARTIALLY_FAILED,),
            to=CampaignStatus.SENDING,
            note=note or f"重发 {count} 个结果不确定的对象",
            finished_at=None,
        )
    else:
        await record_event(campaign_id, actor=actor, action="resend_uncertain", note=note or f"重发 {count} 个对象")
    await enqueue(arq, "resume_campaign", campaign_id, job_id=f"campaigns:resume:{campaign_id}:u{time.time_ns()}")
    return count


# --- the bot's "活动 / 世界计量日" intent ------------------------------------------------------------------


async def current_campaign(*, now: datetime) -> CurrentCampaign | None:
    """The campaign running (or next within 30 days) at `now`, for the bot's 活动 intent."""
    today = now.astimezone(clock.ZONE).date()
    running = (
        await Campaign.filter(
            status__in=[CampaignStatus.SENDING, CampaignStatus.SENT, CampaignStatus.PARTIALLY_FAILED],
            starts_on__lte=today,
            ends_on__gte=today,
        )
        .order_by("-send_at", "-id")
        .first()
    )
    if running is None:
        running = (
            await Campaign.filter(
                status=CampaignStatus.SCHEDULED, send_at__gte=now, send_at__lte=now + timedelta(days=UPCOMING_DAYS)
            )
            .order_by("send_at", "id")
            .first()
        )
    if running is None:
        return None
    summary = running.summary
    if running.theme:
        summary = f"{summary}\n今年的主题：{running.theme}"
    if running.status == CampaignStatus.SCHEDULED and running.send_at:
        summary = f"{summary}\n（{running.send_at.astimezone(clock.ZONE):%m月%d日}开始）"
    return CurrentCampaign(title=running.title, summary=summary, url=running.article_url)


__all__ = [
    "FINAL_STATUSES",
    "Channel",
    "CurrentCampaign",
    "approve",
    "cancel",
    "create_draft",
    "current_campaign",
    "get",
    "menu_stats",
    "record_delivery_receipt",
    "record_menu_event",
    "reject",
    "reschedule",
    "stats",
    "submit",
    "update_draft",
    "withdraw",
]
