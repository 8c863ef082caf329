"""统计: complaint and verification figures as ECharts charts, every table downloadable as xlsx."""

from __future__ import annotations

import json
from datetime import date

from aiohttp import web

from appointments import stats as appointments_stats
from appointments.catalogue import load as load_catalogue
from complaints import service as complaints_service
from complaints import stats as complaint_stats
from complaints.service import QueueFilters
from console.pages import VISITOR, page, parse_day, render, settings_of
from console.xlsx import csv_to_xlsx, xlsx_response
from core import audit
from core.clock import today
from core.errors import Forbidden, InvalidInput
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()


def _period(request: web.Request) -> tuple[date, date]:
    end = parse_day(request.query.get("date_to"), "结束日期") or today()
    start = parse_day(request.query.get("date_from"), "开始日期") or end.replace(month=1, day=1)
    if start > end:
        raise InvalidInput("开始日期不能晚于结束日期", code="invalid_period")
    return start, end


def _require_any(staff: StaffAccount) -> None:
    if not staff.has_role(StaffRole.COMPLAINT_HANDLER, StaffRole.VERIFICATION_OFFICER):
        raise Forbidden("您的岗位没有访问此页面的权限", code="role_required")


@routes.get("/console/stats")
@page()
async def stats_page(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    _require_any(staff)
    start, end = _period(request)
    context: dict[str, object] = {"date_from": start, "date_to": end, "complaints": None, "rates": None}
    charts: dict[str, object] = {}
    if staff.has_role(StaffRole.COMPLAINT_HANDLER):
        figures = await complaint_stats.statistics(staff=staff, filters=QueueFilters(date_from=start, date_to=end))
        _, overdue_open = await complaints_service.staff_queue(
            staff=staff, filters=QueueFilters(overdue=True), page=1, page_size=1
        )
        figures["overdue_open"] = overdue_open
        context["complaints"] = figures
        charts["by_district"] = [[r["district_name"], r["count"]] for r in figures["by_district"]]
        charts["by_month"] = [[r["month"], r["count"]] for r in figures["by_month"]]
        charts["by_category"] = [[r["category_label"], r["count"]] for r in figures["by_category"]]
        charts["by_kind"] = [[f"{r['track_label']}·{r['kind_label']}", r["count"]] for r in figures["by_kind"]]
    if staff.has_role(StaffRole.VERIFICATION_OFFICER):
        rates = await appointments_stats.verification_rates(date_from=start, date_to=end, district=staff.district)
        names = {
            slug: e.name
            for slug, e in (await load_catalogue(settings_of(request).appointment_catalogue_file)).entries.items()
        }
        context["rates"] = rates
        context["type_names"] = names
        charts["rates"] = [
            [f"{_district(r.district)}·{names.get(r.type_slug, r.type_slug)}", round((r.rate or 0) * 100, 1)]
            for r in rates.rows
        ]
    context["charts_json"] = json.dumps(charts, ensure_ascii=False)
    return await render(request, "stats.html", context)


def _district(slug: str) -> str:
    from console.filters import district_name

    return district_name(slug)


@routes.get("/console/stats/complaints.xlsx")
@page(StaffRole.COMPLAINT_HANDLER)
async def complaints_xlsx(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    start, end = _period(request)
    body = await complaint_stats.export_csv(staff=staff, filters=QueueFilters(date_from=start, date_to=end))
    await audit.record(
        request, "complaint.export", actor=staff, details={"via": "console", "format": "xlsx", "from": start, "to": end}
    )
    return xlsx_response(csv_to_xlsx(body.decode("utf-8"), title="投诉"), f"投诉-{start}-{end}.xlsx")


@routes.get("/console/stats/complaints-by-kind.xlsx")
@page(StaffRole.COMPLAINT_HANDLER)
async def complaints_by_kind_xlsx(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    start, end = _period(request)
    figures = await complaint_stats.statistics(staff=staff, filters=QueueFilters(date_from=start, date_to=end))
    await audit.record(
        request,
        "complaint.export",
        actor=staff,
        details={"via": "console", "format": "xlsx", "list": "by_kind", "from": start, "to": end},
    )
    body = csv_to_xlsx(complaint_stats.by_kind_csv(figures), title="按类别")
    return xlsx_response(body, f"投诉举报按类别-{start}-{end}.xlsx")


@routes.get("/console/stats/verification.xlsx")
@page(StaffRole.VERIFICATION_OFFICER)
async def verification_xlsx(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    start, end = _period(request)
    rates = await appointments_stats.verification_rates(date_from=start, date_to=end, district=staff.district)
    names = {
        slug: e.name
        for slug, e in (await load_catalogue(settings_of(request).appointment_catalogue_file)).entries.items()
    }
    await audit.record(
        request,
        "verification.export",
        actor=staff,
        details={"via": "console", "format": "xlsx", "from": start, "to": end},
    )
    text = appointments_stats.rates_csv(rates, names)
    return xlsx_response(csv_to_xlsx(text, title="受检率"), f"受检率-{start}-{end}.xlsx")
