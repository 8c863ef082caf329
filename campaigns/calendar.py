"""The annual campaign calendar (versioned data in data/calendar.json): drafts for a year, reminders to staff.

Themes are copied into a draft only when the data marks them verified (V) or single-source (S, with a note
to check); themes from memory (M) or not yet published are left empty for staff to fill, and such a draft
cannot be submitted for review until they do (`theme_required`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from tortoise.exceptions import IntegrityError

from campaigns.models import Campaign, CampaignEvent, CampaignReminder, CampaignStatus, Channel
from campaigns.schemas import CalendarResult
from core import clock
from core.errors import InvalidInput

DATA_FILE = Path(__file__).with_name("data") / "calendar.json"
TRUSTED_CERTAINTY = {"V", "S"}
MIN_YEAR, MAX_YEAR = 2020, 2100


@dataclass(frozen=True)
class CalendarEvent:
    key: str
    title: str
    summary: str
    month: int
    day: int
    window_days: int
    send_time: time
    channel: Channel
    remind_days_before: tuple[int, ...]
    theme_required: bool
    theme_source: str
    themes: dict[str, dict[str, Any]]
    first_year: int | None


@dataclass(frozen=True)
class Calendar:
    version: str
    events: tuple[CalendarEvent, ...]


@cache
def load_calendar() -> Calendar:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    events = tuple(
        CalendarEvent(
            key=e["key"],
            title=e["title"],
            summary=e["summary"],
            month=e["month"],
            day=e["day"],
            window_days=e["window_days"],
            send_time=time.fromisoformat(e["send_time"]),
            channel=Channel(e["channel"]),
            remind_days_before=tuple(sorted(e["remind_days_before"], reverse=True)),
            theme_required=e["theme_required"],
            theme_source=e["theme_source"],
            themes=e["themes"],
            first_year=e.get("first_year"),
        )
        for e in raw["events"]
    )
    return Calendar(version=raw["version"], events=events)


def _theme_for(event: CalendarEvent, year: int) -> tuple[str | None, str]:
    """(theme to fill, note for staff)."""
    entry = event.themes.get(str(year))
    if entry is None:
        return None, f"{year}年{event.theme_source}尚未收录，请按官方发布填写"
    theme, certainty = entry.get("theme"), entry.get("certainty", "M")
    notes = [entry["note"]] if entry.get("note") else []
    if entry.get("english_theme"):
        notes.append(f"英文主题：{entry['english_theme']}")
    if entry.get("china_theme"):
        notes.append(f"中国主题：{entry['china_theme']}")
    if theme and certainty in TRUSTED_CERTAINTY:
        if certainty == "S":
            notes.append("该主题仅有单一来源，发布前请核实")
        return theme, "；".join(notes) or f"主题来源：{entry.get('source', '已核实')}"
    if theme:
        notes.append(f"资料中的主题“{theme}”未经核实，请核对后填写")
    return None, "；".join(notes) or "请填写今年的主题"


def event_date(event: CalendarEvent, year: int) -> date:
    return date(year, event.month, event.day)


async def generate_year(year: int, *, advance: Callable[[int], object] | None = None) -> CalendarResult:
    """Create the year's calendar drafts; running it again creates nothing new (unique calendar_key + year)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(f"年份须在 {MIN_YEAR}—{MAX_YEAR} 之间", code="invalid_year")
    calendar = load_calendar()
    created: list[int] = []
    existing: list[int] = []
    skipped: list[str] = []
    for event in calendar.events:
        if advance is not None:
            advance(1)
        if event.first_year and year < event.first_year:
            skipped.append(event.key)
            continue
        found = await Campaign.get_or_none(calendar_key=event.key, calendar_year=year)
        if found:
            existing.append(found.id)
            continue
        starts = event_date(event, year)
        theme, note = _theme_for(event, year)
        try:
            campaign = await Campaign.create(
                title=f"{year}年{event.title}",
                summary=event.summary,
                theme=theme,
                theme_required=event.theme_required,
                channel=event.channel,
                audience={"kind": "all", "districts": [], "tags": []},
                send_at=datetime.combine(starts, event.send_time, tzinfo=clock.ZONE),
                starts_on=starts,
                ends_on=starts + timedelta(days=event.window_days - 1),
                calendar_key=event.key,
                calendar_year=year,
                calendar_version=calendar.version,
            )
        except IntegrityError:  # another run created it a moment ago
            found = await Campaign.get(calendar_key=event.key, calendar_year=year)
            existing.append(found.id)
            continue
        await CampaignEvent.create(
            campaign_id=campaign.id,
            action="created_from_calendar",
            to_status=CampaignStatus.DRAFT,
            note=f"日历版本 {calendar.version}；{note}；正文或文章链接待编辑补充",
        )
        created.append(campaign.id)
    return CalendarResult(
        year=year, calendar_version=calendar.version, created=created, existing=existing, skipped=skipped
    )


async def record_reminders(*, now: datetime) -> list[CampaignReminder]:
    """For calendar campaigns not yet approved: one reminder per threshold passed (30, 14, 7 days before ...).

    A day the cron missed is caught up on the next run; a threshold already reminded is not repeated.
    """
    today = now.astimezone(clock.ZONE).date()
    by_key = {event.key: event for event in load_calendar().events}
    horizon = max((max(e.remind_days_before, default=0) for e in by_key.values()), default=0)
    waiting = await Campaign.filter(
        status__in=[CampaignStatus.DRAFT, CampaignStatus.IN_REVIEW],
        calendar_key__not_isnull=True,
        starts_on__gte=today,
        starts_on__lte=today + timedelta(days=horizon),
    )
    made: list[CampaignReminder] = []
    for campaign in waiting:
        event = by_key.get(campaign.calendar_key or "")
        if event is None or campaign.starts_on is None:
            continue
        days_left = (campaign.starts_on - today).days
        due = [d for d in event.remind_days_before if d >= days_left]
        if not due:
            continue
        state = "待审核" if campaign.status == CampaignStatus.IN_REVIEW else "仍是草稿"
        message = f"“{campaign.title}”还有 {days_left} 天开始，{state}，请尽快完成"
        if campaign.theme_required and not campaign.theme:
            message += "（年度主题未填写）"
        try:
            reminder = await CampaignReminder.create(
                campaign_id=campaign.id, remind_on=today, days_before=min(due), message=message[:200]
            )
        except IntegrityError:
            continue  # this threshold was reminded already
        await CampaignEvent.create(campaign_id=campaign.id, action="reminded", note=message)
        made.append(reminder)
    return made


async def open_reminders() -> list[CampaignReminder]:
    return list(await CampaignReminder.filter(acknowledged_at__isnull=True).order_by("-remind_on", "-id").limit(100))


async def acknowledge_reminder(reminder_id: int, *, now: datetime) -> CampaignReminder:
    from core.errors import NotFound

    reminder = await CampaignReminder.get_or_none(id=reminder_id)
    if reminder is None:
        raise NotFound("没有找到该提醒", code="reminder_not_found")
    await CampaignReminder.filter(id=reminder_id, acknowledged_at__isnull=True).update(acknowledged_at=now)
    return await CampaignReminder.get(id=reminder_id)
