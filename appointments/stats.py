"""Supervision figures: 受检率 (实际受检台件数 ÷ 应检台件数, facts §8) by district and type; overdue lists; CSV.

For a period [from, to]:
- verified: instruments with a verification result (pass or fail) recorded with a date in the period;
- due: the verified ones, plus every instrument still in service that is not verified in the period and whose
  re-verification date falls on or before `to`, that was never verified (首次检定 outstanding) or that failed
  (停止使用). 首检·限期·轮换 instruments are due for replacement, not verification, and count only when verified.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date

from tortoise.expressions import Q

from appointments.models import BookingItem, DueKind, EnterpriseStatus, Instrument, InstrumentStatus
from appointments.schemas import OverdueRow, RateRow, StatsRead
from core.districts import find_district
from core.privacy import mask_phone
from core.spreadsheet import safe_cell


def _rate(verified: int, due: int) -> float | None:
    return round(verified / due, 4) if due else None


async def verification_rates(*, date_from: date, date_to: date, district: str | None) -> StatsRead:
    instruments = Instrument.filter(enterprise__status=EnterpriseStatus.APPROVED)
    if district:
        instruments = instruments.filter(enterprise__district=district)
    rows = await instruments.values(
        "id", "type_slug", "status", "due_kind", "next_due_on", "enterprise__district", "created_at"
    )
    verified_ids = set(
        await BookingItem.filter(
            verified_on__gte=date_from, verified_on__lte=date_to, instrument_id__in=[r["id"] for r in rows]
        ).values_list("instrument_id", flat=True)
    )
    due: dict[tuple[str, str], int] = defaultdict(int)
    verified: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        key = (row["enterprise__district"], row["type_slug"])
        if row["id"] in verified_ids:
            due[key] += 1
            verified[key] += 1
            continue
        if row["status"] == InstrumentStatus.RETIRED or row["created_at"].date() > date_to:
            continue
        outstanding = (
            row["status"] == InstrumentStatus.STOPPED
            or row["due_kind"] == DueKind.INITIAL
            or (
                row["due_kind"] == DueKind.REVERIFY and row["next_due_on"] is not None and row["next_due_on"] <= date_to
            )
        )
        if outstanding:
            due[key] += 1
    result = [
        RateRow(district=d, type_slug=t, due=n, verified=verified[(d, t)], rate=_rate(verified[(d, t)], n))
        for (d, t), n in sorted(due.items())
    ]
    total_due, total_verified = sum(due.values()), sum(verified.values())
    return StatsRead(
        period_from=date_from,
        period_to=date_to,
        rows=result,
        total_due=total_due,
        total_verified=total_verified,
        total_rate=_rate(total_verified, total_due),
    )


async def overdue(*, on: date, district: str | None, type_slug: str | None, limit: int = 5000) -> list[OverdueRow]:
    """Instruments in service past their date, never verified, or stopped after failing (most overdue first)."""
    query = Instrument.filter(
        Q(next_due_on__lt=on) | Q(due_kind=DueKind.INITIAL) | Q(status=InstrumentStatus.STOPPED),
        enterprise__status=EnterpriseStatus.APPROVED,
        status__in=[InstrumentStatus.IN_USE, InstrumentStatus.STOPPED],
    ).prefetch_related("enterprise")
    if district:
        query = query.filter(enterprise__district=district)
    if type_slug:
        query = query.filter(type_slug=type_slug)
    rows = []
    for instrument in await query.order_by("next_due_on", "id").limit(limit):
        late = instrument.next_due_on is not None and instrument.next_due_on < on
        enterprise = instrument.enterprise
        rows.append(
            OverdueRow(
                instrument_id=instrument.id,
                enterprise_id=enterprise.id,
                enterprise_name=enterprise.name,
                district=enterprise.district,
                contact_phone=mask_phone(enterprise.contact_phone),
                type_slug=instrument.type_slug,
                serial_no=instrument.serial_no,
                status=instrument.status,
                due_kind=instrument.due_kind,
                next_due_on=instrument.next_due_on,
                days_overdue=(on - instrument.next_due_on).days if late and instrument.next_due_on else None,
            )
        )
    rows.sort(key=lambda r: -(r.days_overdue or 0))
    return rows[:limit]


def _district_name(slug: str) -> str:
    district = find_district(slug)
    return district.name if district else slug


def rates_csv(stats: StatsRead, type_names: dict[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["区县", "器具类型", "应检台件数", "实检台件数", "受检率"])
    for row in stats.rows:
        rate = "" if row.rate is None else f"{row.rate * 100:.1f}%"
        writer.writerow(
            [_district_name(row.district), type_names.get(row.type_slug, row.type_slug), row.due, row.verified, rate]
        )
    total = "" if stats.total_rate is None else f"{stats.total_rate * 100:.1f}%"
    writer.writerow(["合计", "", stats.total_due, stats.total_verified, total])
    return "\ufeff" + out.getvalue()  # the BOM makes Excel read UTF-8 Chinese correctly


DUE_KIND_LABELS = {DueKind.INITIAL: "未做首次检定", DueKind.REVERIFY: "周期检定", DueKind.REPLACE: "到期轮换"}
STATUS_LABELS = {
    InstrumentStatus.IN_USE: "在用",
    InstrumentStatus.STOPPED: "停止使用",
    InstrumentStatus.RETIRED: "已报废",
}


def overdue_csv(rows: list[OverdueRow], type_names: dict[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["企业", "区县", "联系电话", "器具类型", "出厂编号", "状态", "到期事项", "到期日期", "逾期天数"])
    for row in rows:
        writer.writerow(
            [
                safe_cell(row.enterprise_name),
                _district_name(row.district),
                row.contact_phone or "",
                type_names.get(row.type_slug, row.type_slug),
                safe_cell(row.serial_no),
                STATUS_LABELS[row.status],
                DUE_KIND_LABELS[row.due_kind],
                row.next_due_on.isoformat() if row.next_due_on else "",
                row.days_overdue if row.days_overdue is not None else "",
            ]
        )
    return "\ufeff" + out.getvalue()
