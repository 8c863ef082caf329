"""The registry of compulsory-verification instruments as staff list and export it: approved enterprises'
instruments filtered by district, category, enterprise, due state and status, in one stable order."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from appointments import stats
from appointments.models import DueKind, EnterpriseStatus, Instrument, InstrumentStatus
from core.districts import find_district
from core.privacy import mask_phone
from core.spreadsheet import safe_cell

DUE_SOON_DAYS = 30
ORDER = ("enterprise__district", "type_slug", "enterprise_id", "id")


@dataclass(frozen=True)
class RegistryFilters:
    district: str | None
    type_slug: str | None
    enterprise: str | None
    due: str  # "overdue", "soon" or "" (all)
    status: InstrumentStatus | None


def _query(f: RegistryFilters, on: date) -> QuerySet[Instrument]:
    query = Instrument.filter(enterprise__status=EnterpriseStatus.APPROVED)
    if f.district:
        query = query.filter(enterprise__district=f.district)
    if f.type_slug:
        query = query.filter(type_slug=f.type_slug)
    if f.enterprise:
        query = query.filter(enterprise__name__icontains=f.enterprise)
    if f.status:
        query = query.filter(status=f.status)
    if f.due == "overdue":  # as the overdue list: past the due date, or never verified since registration
        never = Q(next_due_on__isnull=True, due_kind=DueKind.INITIAL)
        query = query.filter(Q(next_due_on__lt=on) | never, status__not=InstrumentStatus.RETIRED)
    elif f.due == "soon":
        query = query.filter(
            status__not=InstrumentStatus.RETIRED, next_due_on__gte=on, next_due_on__lte=on + timedelta(DUE_SOON_DAYS)
        )
    return query


async def registry_page(f: RegistryFilters, *, on: date, page: int, page_size: int) -> tuple[list[Instrument], int]:
    """One page of the registry (with each instrument's enterprise) and the number of matching instruments."""
    query = _query(f, on)
    total = await query.count()
    items = await query.prefetch_related("enterprise").order_by(*ORDER).offset((page - 1) * page_size).limit(page_size)
    return list(items), total


async def registry_rows(f: RegistryFilters, *, on: date, limit: int) -> list[Instrument]:
    return list(await _query(f, on).prefetch_related("enterprise").order_by(*ORDER).limit(limit))


def _district_name(slug: str) -> str:
    district = find_district(slug)
    return district.name if district else slug


def registry_csv(items: list[Instrument], type_names: dict[str, str]) -> str:
    """The registry as the CSV exports are written: phones masked, user text neutralised against formulas."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["企业", "区县", "联系电话", "器具类型", "型号", "出厂编号", "安装位置", "状态", "上次检定",
                     "到期事项", "下次检定"])  # fmt: skip
    for i in items:
        e = i.enterprise
        writer.writerow([
            safe_cell(e.name), _district_name(e.district), mask_phone(e.contact_phone) or "",
            type_names.get(i.type_slug, i.type_slug), safe_cell(i.model), safe_cell(i.serial_no),
            safe_cell(i.location), stats.STATUS_LABELS[i.status],
            i.last_verified_on.isoformat() if i.last_verified_on else "",
            stats.DUE_KIND_LABELS[i.due_kind], i.next_due_on.isoformat() if i.next_due_on else "",
        ])  # fmt: skip
    return "\ufeff" + out.getvalue()
