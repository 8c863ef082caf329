"""Which complaint regulation applies to a case, its time limits (policy data), and working-day arithmetic.

Time limits are data: the file default (complaints/data/complaint_policy.json) unless staff have recorded a newer
version in the database (DeadlinePolicy). Working days follow the State Council holiday schedule through
chinesecalendar; for years it has no data for, weekends only, and the result is flagged as estimated.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
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


UNITS = ("working_days", "calendar_days")


def add_days(start: date, days: int, unit: str) -> tuple[date, bool]:
    """The day a limit of `days` in `unit` ends (the start day is not counted); True when estimated.

    Calendar days ignore holidays entirely (第121号's 60 days of mediation); working days follow the schedule.
    """
    if unit == "calendar_days":
        return start + timedelta(days=days), False
    if unit != "working_days":
        raise ValueError(f"unknown time-limit unit {unit!r}")
    return add_working_days(start, days)


def unit_label(unit: str) -> str:
    return policy_data()["units"][unit]


@dataclass(frozen=True)
class AppliedPolicy:
    regulation: str
    regulation_name: str
    accept_days: int
    accept_unit: str
    mediation_days: int
    mediation_unit: str
    source: str  # "file:<version>" or "db:<id>"
    limits_verified: bool
    note: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def snapshot_limit(policy: dict[str, Any], name: str) -> tuple[int, str]:
    """(days, unit) of the `accept` or `mediation` limit in a case's policy snapshot; snapshots taken before
    limits had units name the days `<name>_working_days`."""
    if f"{name}_days" in policy:
        return int(policy[f"{name}_days"]), str(policy[f"{name}_unit"])
    return int(policy[f"{name}_working_days"]), "working_days"


async def policy_for(received_on: date) -> AppliedPolicy:
    """The newest confirmed staff policy in effect on `received_on`, else the data-file default."""
    regulation = regulation_for(received_on)
    row = (
        await DeadlinePolicy.filter(
            regulation=regulation["code"], effective_from__lte=received_on, confirmed_at__isnull=False
        )
        .order_by("-effective_from", "-id")
        .first()
    )
    if row is not None:
        return AppliedPolicy(
            regulation=regulation["code"],
            regulation_name=regulation["name"],
            accept_days=row.accept_working_days,
            accept_unit=row.accept_unit,
            mediation_days=row.mediation_working_days,
            mediation_unit=row.mediation_unit,
            source=f"db:{row.id}",
            limits_verified=True,
            note=row.note,
        )
    limits = regulation["limits"]
    return AppliedPolicy(
        regulation=regulation["code"],
        regulation_name=regulation["name"],
        accept_days=limits["accept"]["days"],
        accept_unit=limits["accept"]["unit"],
        mediation_days=limits["mediation"]["days"],
        mediation_unit=limits["mediation"]["unit"],
        source=f"file:{policy_data()['version']}",
        limits_verified=bool(regulation["limits_verified"]),
        note=regulation["limits_source"],
    )


async def add_policy_version(
    *,
    regulation: str,
    accept_days: int,
    mediation_days: int,
    effective_from: date,
    note: str,
    staff_id: int,
    accept_unit: str = "working_days",
    mediation_unit: str = "working_days",
    confirm: bool = True,
) -> DeadlinePolicy:
    """A new version of a regulation's time limits (admins). Confirmed (the default), cases received from
    `effective_from` use it; a provisional version waits for an administrator to confirm it."""
    from core.errors import InvalidInput

    if regulation not in regulations():
        raise InvalidInput("未知的规定", code="invalid_regulation")
    if not note.strip():
        raise InvalidInput("请写明依据（文件名称和条款）", code="policy_note_required")
    return await DeadlinePolicy.create(
        regulation=regulation,
        accept_working_days=accept_days,
        accept_unit=accept_unit,
        mediation_working_days=mediation_days,
        mediation_unit=mediation_unit,
        effective_from=effective_from,
        note=note.strip(),
        created_by=staff_id,
        confirmed_at=datetime.now(UTC) if confirm else None,
        confirmed_by=staff_id if confirm else None,
    )


async def policy_versions() -> list[DeadlinePolicy]:
    return await DeadlinePolicy.all().order_by("regulation", "-effective_from", "-id")
