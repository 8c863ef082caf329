"""Which complaint regulation applies to a case, its time limits (policy data), and working-day arithmetic.

Time limits are data: the file default (complaints/data/complaint_policy.json) unless staff have recorded a newer
version in the database (DeadlinePolicy). Working days follow the State Council holiday schedule through
chinesecalendar; for years it has no data for, weekends only, and the result is flagged as estimated.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import chinese_calendar

from complaints.models import DeadlinePolicy

POLICY_FILE = Path(__file__).with_name("data") / "complaint_policy.json"


@cache
def policy_data() -> dict[str, Any]:
    return json.loads(POLICY_FILE.read_text(encoding="utf-8"))


def regulations() -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in policy_data()["regulations"]}


def regulation_for(received_on: date) -> dict[str, Any]:
    """总局令第20号 for cases received before its repeal date, 第121号 from then on (facts §4)."""
    for item in policy_data()["regulations"]:
        before = item.get("applies_to_received_before")
        if before and received_on < date.fromisoformat(before):
            return item
    for item in policy_data()["regulations"]:
        since = item.get("applies_from")
        if since and received_on >= date.fromisoformat(since):
            return item
    raise LookupError(f"no complaint regulation covers {received_on}")


def refusal_reasons(regulation: str) -> dict[str, str]:
    return {r["code"]: r["label"] for r in regulations()[regulation]["refusal_reasons"]}


def is_workday(day: date) -> tuple[bool, bool]:
    """(is a working day, known from the official schedule)."""
    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:
        return day.weekday() < 5, False


def add_working_days(start: date, days: int) -> tuple[date, bool]:
    """The day `days` working days after `start` (the start day is not counted); True when estimated."""
    current, counted, estimated = start, 0, False
    while counted < days:
        current += timedelta(days=1)
        workday, known = is_workday(current)
        estimated = estimated or not known
        if workday:
            counted += 1
    return current, estimated


@dataclass(frozen=True)
class AppliedPolicy:
    regulation: str
    regulation_name: str
    accept_working_days: int
    mediation_working_days: int
    source: str  # "file:<version>" or "db:<id>"
    limits_verified: bool
    note: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


async def policy_for(received_on: date) -> AppliedPolicy:
    """The newest staff-configured policy in effect on `received_on`, else the data-file default."""
    regulation = regulation_for(received_on)
    row = (
        await DeadlinePolicy.filter(regulation=regulation["code"], effective_from__lte=received_on)
        .order_by("-effective_from", "-id")
        .first()
    )
    if row is not None:
        return AppliedPolicy(
            regulation=regulation["code"],
            regulation_name=regulation["name"],
            accept_working_days=row.accept_working_days,
            mediation_working_days=row.mediation_working_days,
            source=f"db:{row.id}",
            limits_verified=True,
            note=row.note,
        )
    return AppliedPolicy(
        regulation=regulation["code"],
        regulation_name=regulation["name"],
        accept_working_days=regulation["accept_working_days"],
        mediation_working_days=regulation["mediation_working_days"],
        source=f"file:{policy_data()['version']}",
        limits_verified=bool(regulation["limits_verified"]),
        note=regulation["limits_source"],
    )


async def add_policy_version(
    *,
    regulation: str,
    accept_working_days: int,
    mediation_working_days: int,
    effective_from: date,
    note: str,
    staff_id: int,
) -> DeadlinePolicy:
    """A new version of a regulation's time limits (admins); cases received from `effective_from` use it."""
    from core.errors import InvalidInput

    if regulation not in regulations():
        raise InvalidInput("未知的规定", code="invalid_regulation")
    if not note.strip():
        raise InvalidInput("请写明依据（文件名称和条款）", code="policy_note_required")
    return await DeadlinePolicy.create(
        regulation=regulation,
        accept_working_days=accept_working_days,
        mediation_working_days=mediation_working_days,
        effective_from=effective_from,
        note=note.strip(),
        created_by=staff_id,
    )


async def policy_versions() -> list[DeadlinePolicy]:
    return await DeadlinePolicy.all().order_by("regulation", "-effective_from", "-id")
