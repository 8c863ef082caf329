"""强检预约 → 器具台账: the registry of compulsory-verification instruments by district and category, filtered
(enterprise, category, due / overdue, status), paged, exported to xlsx with the CSV's masking (contact phones
masked, formula-looking text neutralised); each enterprise's instruments and their verification history.

Scoping as the overdue list: a district office sees its district's enterprises only, city-wide staff choose.
"""

from __future__ import annotations

from urllib.parse import urlencode

from aiohttp import web

from appointments import registry as instrument_registry
from appointments import service as appointments_service
from appointments import stats as appointments_stats
from appointments.catalogue import configured as configured_catalogue
from appointments.models import BookingItem, InstrumentStatus
from appointments.registry import RegistryFilters
from console.pages import VISITOR, page, render, settings_of
from console.xlsx import csv_to_xlsx, xlsx_response
from core import audit
from core.clock import today
from core.districts import all_districts, resolve_district
from core.models import StaffAccount, StaffRole
from core.privacy import mask_phone

routes = web.RouteTableDef()
OFFICER = StaffRole.VERIFICATION_OFFICER
BASE = "/console/appointments/registry"
PAGE_SIZE = 50
EXPORT_LIMIT = 20_000
DUE_CHOICES = {"overdue": "已逾期", "soon": f"{instrument_registry.DUE_SOON_DAYS}天内到期", "": "全部"}
MAX_QUERY_CHARS = 64


def _filters(request: web.Request) -> tuple[RegistryFilters, int]:
    """The list's filters (a district office's staff: their district) and the page number."""
    staff = request[VISITOR].staff
    q = request.query
    district = staff.district or (resolve_district(q["district"]).slug if q.get("district") else None)
    status = q.get("status", "")
    page_no = q.get("page", "1")
    filters = RegistryFilters(
        district=district,
        type_slug=(q.get("type") or "").strip()[:MAX_QUERY_CHARS] or None,
        enterprise=(q.get("enterprise") or "").strip()[:MAX_QUERY_CHARS] or None,
        due=q.get("due", "") if q.get("due", "") in DUE_CHOICES else "",
        status=InstrumentStatus(status) if status in {s.value for s in InstrumentStatus} else None,
    )
    return filters, int(page_no) if page_no.isdigit() and 0 < int(page_no) <= 100_000 else 1


async def _type_names(request: web.Request) -> dict[str, str]:
    catalogue = await configured_catalogue(settings_of(request))
    return {slug: entry.name for slug, entry in catalogue.entries.items()}


@routes.get(BASE)
@page(OFFICER)
async def registry(request: web.Request) -> web.StreamResponse:
    f, page_no = _filters(request)
    on = today()
    items, total = await instrument_registry.registry_page(f, on=on, page=page_no, page_size=PAGE_SIZE)
    query_string = urlencode([(k, v) for k, v in request.query.items() if k != "page"])
    context = {
        "items": items, "total": total, "f": f, "page_no": page_no, "pages": max(1, -(-total // PAGE_SIZE)),
        "today": on,
        "type_names": await _type_names(request), "districts": all_districts(), "due_choices": DUE_CHOICES,
        "status_labels": appointments_stats.STATUS_LABELS, "due_kind_labels": appointments_stats.DUE_KIND_LABELS,
        "query_string": query_string, "fixed_district": request[VISITOR].staff.district,
    }  # fmt: skip
    return await render(request, "appointments/registry.html", context)


@routes.get(BASE + ".xlsx")
@page(OFFICER)
async def registry_xlsx(request: web.Request) -> web.StreamResponse:
    f, _ = _filters(request)
    items = await instrument_registry.registry_rows(f, on=today(), limit=EXPORT_LIMIT)
    await audit.record(
        request, "verification.export", actor=request[VISITOR].staff,
        details={"via": "console", "format": "xlsx", "list": "registry", "district": f.district, "type": f.type_slug,
                 "enterprise": f.enterprise, "due": f.due, "status": f.status, "rows": len(items)},
    )  # fmt: skip
    body = csv_to_xlsx(instrument_registry.registry_csv(items, await _type_names(request)), title="器具台账")
    return xlsx_response(body, f"器具台账-{today()}.xlsx")


@routes.get(BASE + r"/enterprises/{enterprise_id:\d+}")
@page(OFFICER)
async def enterprise_instruments(request: web.Request) -> web.StreamResponse:
    """One enterprise's instruments, each with its verification history (newest first)."""
    staff = request[VISITOR].staff
    enterprise = await appointments_service.enterprise_for_staff(
        enterprise_id=int(request.match_info["enterprise_id"]), district=staff.district
    )  # another district's: the same 404
    instruments, history = await appointments_service.instruments_with_history(enterprise)
    by_instrument: dict[int, list[BookingItem]] = {}
    for item in history:
        by_instrument.setdefault(item.instrument_id, []).append(item)  # type: ignore[attr-defined]
    people = {item.recorded_by for item in history if item.recorded_by}
    names = dict(await StaffAccount.filter(id__in=list(people)).values_list("id", "display_name"))
    context = {
        "enterprise": enterprise, "instruments": instruments, "history": by_instrument, "staff_names": names,
        "type_names": await _type_names(request), "status_labels": appointments_stats.STATUS_LABELS,
        "due_kind_labels": appointments_stats.DUE_KIND_LABELS, "masked_phone": mask_phone(enterprise.contact_phone),
        "today": today(),
    }  # fmt: skip
    return await render(request, "appointments/registry_enterprise.html", context)
