"""Verification checks of instruments in service that another part of the bureau's work names: a complaint about a
fuel or gas pump asks for a check of that pump; a verification officer records the result later.

The one module other domains' channels call (admin_api and console connect a complaint to its check): small
functions taking and returning plain values. The caller keeps the check's id; `source` + `source_ref` make asking
twice (a double click, a retried request) return the one check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tortoise.exceptions import IntegrityError

from appointments.models import CheckStatus, VerificationCheck
from core.clock import now_local
from core.errors import Conflict, InvalidInput, NotFound

CHECKABLE_TYPES = {"fuel_dispenser": "燃油加油机", "gas_dispenser": "加气机"}
STATUS_LABELS = {CheckStatus.REQUESTED: "待核查", CheckStatus.COMPLETED: "已出结果"}


@dataclass(frozen=True)
class CheckCard:
    id: int
    source: str
    source_ref: str
    type_slug: str
    type_name: str
    place: str
    unit_no: str
    district: str
    planned_on: date | None
    status: str
    status_label: str
    requested_by_name: str
    created_at: datetime
    passed: bool | None
    certificate_no: str | None
    result_note: str
    recorded_by_name: str | None
    recorded_at: datetime | None


def _card(check: VerificationCheck) -> CheckCard:
    return CheckCard(
        id=check.id,
        source=check.source,
        source_ref=check.source_ref,
        type_slug=check.type_slug,
        type_name=CHECKABLE_TYPES.get(check.type_slug, check.type_slug),
        place=check.place,
        unit_no=check.unit_no,
        district=check.district,
        planned_on=check.planned_on,
        status=check.status.value,
        status_label=STATUS_LABELS[check.status],
        requested_by_name=check.requested_by_name,
        created_at=check.created_at,
        passed=check.passed,
        certificate_no=check.certificate_no,
        result_note=check.result_note,
        recorded_by_name=check.recorded_by_name,
        recorded_at=check.recorded_at,
    )


async def request_check(
    *,
    source: str,
    source_ref: str,
    type_slug: str,
    place: str,
    unit_no: str,
    district: str,
    planned_on: date | None,
    staff_id: int,
    staff_name: str,
) -> tuple[CheckCard, bool]:
    """The check of one pump asked for by `source`/`source_ref`, and whether this call created it."""
    if type_slug not in CHECKABLE_TYPES:
        raise InvalidInput("该类计量器具不能通过此方式安排核查", code="not_checkable")
    if planned_on is not None and planned_on < now_local().date():
        raise InvalidInput("计划核查日期不能早于今天", code="date_in_past")
    existing = await VerificationCheck.get_or_none(source=source, source_ref=source_ref)
    if existing is not None:
        return _card(existing), False
    try:
        check = await VerificationCheck.create(
            source=source,
            source_ref=source_ref,
            type_slug=type_slug,
            place=place[:128],
            unit_no=unit_no[:32],
            district=district,
            planned_on=planned_on,
            requested_by=staff_id,
            requested_by_name=staff_name[:64],
        )
    except IntegrityError:  # a concurrent request created it first: that one is the check
        return _card(await VerificationCheck.get(source=source, source_ref=source_ref)), False
    return _card(check), True


async def check_for(*, source: str, source_ref: str) -> CheckCard | None:
    check = await VerificationCheck.get_or_none(source=source, source_ref=source_ref)
    return _card(check) if check else None


async def _get(check_id: int, district: str | None) -> VerificationCheck:
    query = VerificationCheck.filter(id=check_id)
    if district is not None:
        query = query.filter(district=district)  # another district's check does not exist for a district office
    check = await query.first()
    if check is None:
        raise NotFound("没有找到该核查任务", code="check_not_found")
    return check


async def get_check(*, check_id: int, district: str | None) -> CheckCard:
    return _card(await _get(check_id, district))


async def list_checks(
    *, status: CheckStatus | None, district: str | None, page: int, page_size: int
) -> tuple[list[CheckCard], int]:
    query = VerificationCheck.all()
    if status is not None:
        query = query.filter(status=status)
    if district is not None:
        query = query.filter(district=district)
    total = await query.count()
    rows = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    return [_card(c) for c in rows], total


async def record_result(
    *,
    check_id: int,
    district: str | None,
    passed: bool,
    certificate_no: str | None,
    note: str,
    staff_id: int,
    staff_name: str,
) -> CheckCard:
    """The officer's result, recorded once (a second attempt is a 409 naming the first)."""
    check = await _get(check_id, district)
    if not passed and not note.strip():
        raise InvalidInput("核查不合格时请填写说明（如 示值误差、封印情况）", code="note_required")
    changed = await VerificationCheck.filter(id=check.id, status=CheckStatus.REQUESTED).update(
        status=CheckStatus.COMPLETED,
        passed=passed,
        certificate_no=certificate_no or None,
        result_note=note.strip(),
        recorded_by=staff_id,
        recorded_by_name=staff_name[:64],
        recorded_at=now_local(),
    )
    if not changed:
        raise Conflict("该核查已记录结果，不能重复录入", code="check_already_recorded")
    return _card(await VerificationCheck.get(id=check.id))
