"""Publicity office: campaign drafting, review, scheduling, delivery progress.

Editors (publicity_editor) draft, edit, submit and withdraw; reviewers (publicity_reviewer) approve or reject,
never their own work; either may reschedule (an approved campaign then goes back to review) or cancel; admin may
do everything except approving their own work.
"""

from __future__ import annotations

from datetime import date, timedelta

from aiohttp import web
from pydantic import BaseModel, Field

from campaigns import calendar, menu_stats
from campaigns import service as campaigns_service
from campaigns.models import CampaignStatus
from campaigns.schemas import (
    CalendarResult,
    CampaignCreate,
    CampaignEventRead,
    CampaignRead,
    CampaignUpdate,
    DeliveryStats,
    MenuStats,
    RejectDecision,
    ReminderRead,
    RescheduleRequest,
    ReviewDecision,
)
from core import clock
from core.api import Page, api, ok, page_of, r200, r201, r403, r404, r409, r422
from core.auth import current_staff
from core.errors import InvalidInput
from core.fields import DbId, Int, PageNo, PageSize, Text
from core.keys import ARQ, REDIS
from core.models import StaffRole
from publicity import bot_content

routes = web.RouteTableDef()
EDITOR = StaffRole.PUBLICITY_EDITOR
REVIEWER = StaffRole.PUBLICITY_REVIEWER
BASE = "/api/v1/admin/campaigns"
MENU_STATS_DEFAULT_DAYS = 30
MENU_STATS_MAX_DAYS = 366


class UncertainResend(BaseModel):
    resent: int


class Note(BaseModel):
    note: Text(500) | None = Field(None)


def _read(campaign: object) -> CampaignRead:
    return CampaignRead.model_validate(campaign)


@routes.get(BASE)
@api.and_request
async def list_campaigns(
    request: web.Request, status: Text(24) | None = None, page: PageNo = 1, page_size: PageSize = 20
) -> r200[Page[CampaignRead]]:
    await current_staff(request, EDITOR, REVIEWER)
    if page < 1 or not 1 <= page_size <= 100:
        raise InvalidInput("分页参数有误：page ≥ 1，page_size 为 1—100", code="invalid_page")
    try:
        wanted = CampaignStatus(status) if status else None
    except ValueError:
        raise InvalidInput(f"未知的活动状态：{status}", code="invalid_status") from None
    items, total = await campaigns_service.list_campaigns(status=wanted, page=page, page_size=page_size)
    return ok(Page[CampaignRead](items=[_read(c) for c in items], total=total, page=page, page_size=page_size))


@routes.post(BASE)
@api.and_request
async def create_campaign(request: web.Request, body: CampaignCreate) -> r201[CampaignRead] | r403 | r422:
    staff = await current_staff(request, EDITOR)
    campaign = await campaigns_service.create_draft(actor=staff, data=body)
    return ok(_read(campaign), status=201)


@routes.get(BASE + "/reminders")
@api.and_request
async def list_reminders(request: web.Request, page: PageNo = 1, page_size: PageSize = 50) -> r200[Page[ReminderRead]]:
    await current_staff(request, EDITOR, REVIEWER)
    return ok(page_of([ReminderRead.model_validate(r) for r in await calendar.open_reminders()], page, page_size))


@routes.post(BASE + "/reminders/{reminder_id}/acknowledge")
@api.and_request
async def acknowledge_reminder(request: web.Request, reminder_id: DbId, /) -> r200[ReminderRead] | r404:
    await current_staff(request, EDITOR, REVIEWER)
    return ok(ReminderRead.model_validate(await calendar.acknowledge_reminder(reminder_id, now=clock.now())))


@routes.post(BASE + "/calendar/{year}")
@api.and_request
async def generate_calendar(request: web.Request, year: Int(), /) -> r200[CalendarResult] | r422:
    await current_staff(request, EDITOR)
    return ok(await calendar.generate_year(year))


@routes.get(BASE + "/{campaign_id}")
@api.and_request
async def get_campaign(request: web.Request, campaign_id: DbId, /) -> r200[CampaignRead] | r404:
    await current_staff(request, EDITOR, REVIEWER)
    return ok(_read(await campaigns_service.get(campaign_id)))


@routes.patch(BASE + "/{campaign_id}")
@api.and_request
async def update_campaign(
    request: web.Request, campaign_id: DbId, /, body: CampaignUpdate
) -> r200[CampaignRead] | r404 | r409 | r422:
    staff = await current_staff(request, EDITOR)
    return ok(_read(await campaigns_service.update_draft(actor=staff, campaign_id=campaign_id, data=body)))


@routes.post(BASE + "/{campaign_id}/submit")
@api.and_request
async def submit_campaign(
    request: web.Request, campaign_id: DbId, /, body: Note
) -> r200[CampaignRead] | r404 | r409 | r422:
    staff = await current_staff(request, EDITOR)
    return ok(_read(await campaigns_service.submit(actor=staff, campaign_id=campaign_id, note=body.note)))


@routes.post(BASE + "/{campaign_id}/approve")
@api.and_request
async def approve_campaign(
    request: web.Request, campaign_id: DbId, /, body: ReviewDecision
) -> r200[CampaignRead] | r403 | r404 | r409:
    staff = await current_staff(request, REVIEWER)
    campaign = await campaigns_service.approve(
        actor=staff, campaign_id=campaign_id, note=body.note, arq=request.config_dict[ARQ], now=clock.now()
    )
    return ok(_read(campaign))


@routes.post(BASE + "/{campaign_id}/reject")
@api.and_request
async def reject_campaign(
    request: web.Request, campaign_id: DbId, /, body: RejectDecision
) -> r200[CampaignRead] | r403 | r404 | r409:
    staff = await current_staff(request, REVIEWER)
    return ok(_read(await campaigns_service.reject(actor=staff, campaign_id=campaign_id, note=body.note)))


@routes.post(BASE + "/{campaign_id}/withdraw")
@api.and_request
async def withdraw_campaign(request: web.Request, campaign_id: DbId, /, body: Note) -> r200[CampaignRead] | r404 | r409:
    staff = await current_staff(request, EDITOR, REVIEWER)
    campaign = await campaigns_service.withdraw(
        actor=staff, campaign_id=campaign_id, note=body.note, arq=request.config_dict[ARQ]
    )
    return ok(_read(campaign))


@routes.post(BASE + "/{campaign_id}/reschedule")
@api.and_request
async def reschedule_campaign(
    request: web.Request, campaign_id: DbId, /, body: RescheduleRequest
) -> r200[CampaignRead] | r404 | r409 | r422:
    staff = await current_staff(request, EDITOR, REVIEWER)
    campaign = await campaigns_service.reschedule(
        actor=staff,
        campaign_id=campaign_id,
        send_at=body.send_at,
        note=body.note,
        arq=request.config_dict[ARQ],
        now=clock.now(),
    )
    return ok(_read(campaign))


@routes.post(BASE + "/{campaign_id}/cancel")
@api.and_request
async def cancel_campaign(request: web.Request, campaign_id: DbId, /, body: Note) -> r200[CampaignRead] | r404 | r409:
    staff = await current_staff(request, EDITOR, REVIEWER)
    campaign = await campaigns_service.cancel(
        actor=staff,
        campaign_id=campaign_id,
        note=body.note,
        arq=request.config_dict[ARQ],
        redis=request.config_dict[REDIS],
    )
    return ok(_read(campaign))


@routes.post(BASE + "/{campaign_id}/resend-uncertain")
@api.and_request
async def resend_uncertain(
    request: web.Request, campaign_id: DbId, /, body: Note
) -> r200[UncertainResend] | r404 | r409:
    staff = await current_staff(request, REVIEWER)
    count = await campaigns_service.resend_uncertain(
        actor=staff,
        campaign_id=campaign_id,
        note=body.note,
        redis=request.config_dict[REDIS],
        arq=request.config_dict[ARQ],
    )
    return ok(UncertainResend(resent=count))


@routes.get(BASE + "/{campaign_id}/events")
@api.and_request
async def campaign_events(
    request: web.Request, campaign_id: DbId, /, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[CampaignEventRead]] | r404:
    await current_staff(request, EDITOR, REVIEWER)
    events = [CampaignEventRead.model_validate(e) for e in await campaigns_service.events(campaign_id)]
    return ok(page_of(events, page, page_size))


@routes.get(BASE + "/{campaign_id}/stats")
@api.and_request
async def campaign_stats(request: web.Request, campaign_id: DbId, /) -> r200[DeliveryStats] | r404:
    await current_staff(request, EDITOR, REVIEWER)
    return ok(await campaigns_service.stats(campaign_id))


@routes.get("/api/v1/admin/menu/stats")
@api.and_request
async def menu_usage(
    request: web.Request, date_from: date | None = None, date_to: date | None = None
) -> r200[MenuStats] | r403 | r422:
    """Uses of each item of the official account's menu, per day (default: the last 30 days), named by the live
    menu's labels."""
    await current_staff(request, EDITOR, REVIEWER)
    date_to = date_to or clock.now_local().date()
    date_from = date_from or date_to - timedelta(days=MENU_STATS_DEFAULT_DAYS - 1)
    if date_from > date_to or (date_to - date_from).days >= MENU_STATS_MAX_DAYS:
        raise InvalidInput(
            f"统计区间须为 1 至 {MENU_STATS_MAX_DAYS} 天", code="invalid_period", max_days=MENU_STATS_MAX_DAYS
        )
    stats = await menu_stats.menu_stats(request.config_dict[REDIS], start=date_from, end=date_to)
    bot_content.label_menu_items(await bot_content.live_content_now(), stats.items)
    return ok(stats)
