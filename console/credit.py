"""诚信计量 in the console: businesses and their credit record, commitments, 示范单位 review (two-person),
双随机 campaigns with their recorded draw, inspections on a tablet, and the plan-target statistics."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from aiohttp import web

from console.pages import VISITOR, flash, form_data, page, parse_day, redirect, render, settings_of
from console.xlsx import csv_to_xlsx, xlsx_response
from core import audit, clock
from core.districts import district_slug
from core.errors import InvalidInput, NotFound, ServiceError
from core.limits import large_body
from core.models import StaffAccount, StaffRole
from credit import awards, inspections
from credit import service as credit_service
from credit import stats as credit_stats
from credit.models import AWARD_LABELS, SECTOR_LABELS, AwardStatus, Sector
from credit.policy import award_policy, checklists, target_types
from credit.record import credit_record

routes = web.RouteTableDef()
CREDIT_STAFF = (StaffRole.COMPLAINT_HANDLER, StaffRole.VERIFICATION_OFFICER)
FOLLOW_UP_LABELS = {"": "无", "case": "立案调查", "verification": "责令送检"}


def _int(value: str | None, label: str, *, low: int = 1, high: int = 1000) -> int:
    try:
        number = int(value or "")
    except ValueError:
        raise InvalidInput(f"{label}应为整数", code="invalid_number") from None
    if not low <= number <= high:
        raise InvalidInput(f"{label}应在 {low}–{high} 之间", code="invalid_number")
    return number


async def _act(
    request: web.Request,
    back: str,
    run: Callable[[], Awaitable[Any]],
    *,
    action: str,
    target: str,
    details: dict[str, Any],
    done: str,
) -> web.HTTPFound:
    """Run a workflow step: a refusal is a flash on the page it came from; success is audited."""
    staff: StaffAccount = request[VISITOR].staff
    try:
        await run()
    except ServiceError as exc:
        if exc.status == 404:
            raise
        await flash(request, exc.message, "error")
        return redirect(back)
    await audit.record(request, action, actor=staff, target=target, details={"via": "console", **details})
    await flash(request, done)
    return redirect(back)


# --- businesses and the credit record ----------------------------------------------------------------------


@routes.get("/console/credit")
@page(*CREDIT_STAFF)
async def businesses(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    q = request.query.get("q", "")[:64]
    sector = request.query.get("sector", "")
    rows, total = await credit_service.list_businesses(
        district=district_slug(staff.district),
        sector=Sector(sector) if sector in set(Sector) else None,
        q=q or None,
        page=1,
        page_size=100,
    )
    context = {"items": rows, "total": total, "q": q, "sector": sector, "sectors": SECTOR_LABELS}
    return await render(request, "credit/businesses.html", context)


@routes.get(r"/console/credit/businesses/{business_id:\d+}")
@page(*CREDIT_STAFF)
async def business_page(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    business = await credit_service.get_business(int(request.match_info["business_id"]))
    if district_slug(staff.district) not in (None, business.district):
        raise NotFound("没有找到该经营者", code="business_not_found")
    record = await credit_record(business, on=clock.today())
    context = {
        "business": business,
        "sectors": SECTOR_LABELS,
        "record": record,
        "commitments": await credit_service.commitments_of(business.id),
        "applications": await awards.applications_of(business.id),
        "award_labels": AWARD_LABELS,
    }
    return await render(request, "credit/business.html", context)


@routes.post(r"/console/credit/commitments/{commitment_id:\d+}/revoke")
@page(*CREDIT_STAFF)
async def revoke_commitment(request: web.Request) -> web.StreamResponse:
    commitment_id = int(request.match_info["commitment_id"])
    commitment = await credit_service.get_commitment(commitment_id)
    reason = (await form_data(request)).get("reason", "").strip()[:200]
    staff = request[VISITOR].staff
    raise await _act(
        request,
        f"/console/credit/businesses/{commitment.business_id}",
        lambda: credit_service.revoke_commitment(commitment_id=commitment_id, staff_id=staff.id, reason=reason),
        action="credit.commitment_revoke",
        target=f"commitment:{commitment_id}",
        details={"reason": reason},
        done="承诺已撤销",
    )


# --- 示范单位 review ---------------------------------------------------------------------------------------


@routes.get("/console/credit/awards")
@page(*CREDIT_STAFF)
async def award_list(request: web.Request) -> web.StreamResponse:
    status = request.query.get("status", "")
    rows = await awards.recent_applications(status=AwardStatus(status) if status in set(AwardStatus) else None)
    context = {"items": rows, "status": status, "labels": AWARD_LABELS, "sectors": SECTOR_LABELS}
    return await render(request, "credit/awards.html", context)


@routes.get(r"/console/credit/awards/{application_id:\d+}")
@page(*CREDIT_STAFF)
async def award_page(request: web.Request) -> web.StreamResponse:
    application = await awards.get_application(int(request.match_info["application_id"]))
    names = {s.id: s.display_name for s in await StaffAccount.all()}
    context = {
        "a": application,
        "labels": AWARD_LABELS,
        "sectors": SECTOR_LABELS,
        "objections": await awards.objections_of(application.id),
        "names": names,
        "policy": award_policy(),
        "today": clock.today(),
    }
    return await render(request, "credit/award.html", context)


@routes.get(r"/console/credit/awards/{application_id:\d+}/evidence/{index:\d+}")
@page(*CREDIT_STAFF)
async def evidence_file(request: web.Request) -> web.StreamResponse:
    application = await awards.get_application(int(request.match_info["application_id"]))
    index = int(request.match_info["index"])
    if index >= len(application.evidence):
        raise NotFound("没有找到该材料", code="evidence_not_found")
    entry = application.evidence[index]
    path = awards.evidence_dir(settings_of(request).var_dir, application.id) / entry["file"]
    if not path.is_file():
        raise NotFound("没有找到该材料", code="evidence_not_found")
    await audit.record(
        request,
        "credit.evidence_view",
        actor=request[VISITOR].staff,
        target=f"award:{application.id}",
        details={"file": entry["name"]},
    )
    return web.Response(body=path.read_bytes(), content_type=entry["type"], headers={"Cache-Control": "no-store"})


@routes.post(r"/console/credit/awards/{application_id:\d+}/{step:first-review|second-review|finalise|revoke}")
@page(*CREDIT_STAFF)
async def award_step(request: web.Request) -> web.StreamResponse:
    application_id = int(request.match_info["application_id"])
    step = request.match_info["step"]
    application = await awards.get_application(application_id)
    staff = request[VISITOR].staff
    form = await form_data(request)
    approve = form.get("decision") == "approve"
    note = form.get("note", "").strip()[:500]
    runs: dict[str, Callable[[], Awaitable[Any]]] = {
        "first-review": lambda: awards.first_review(
            application=application, staff_id=staff.id, approve=approve, note=note
        ),
        "second-review": lambda: awards.second_review(
            application=application, staff_id=staff.id, approve=approve, note=note
        ),
        "finalise": lambda: awards.finalise(application=application),
        "revoke": lambda: awards.revoke(application=application, reason=note),
    }
    done = {
        "first-review": "初审完成",
        "second-review": "复核完成" + ("，进入公示" if approve else ""),
        "finalise": "公示期满，已作出授予决定",
        "revoke": "称号已撤销",
    }
    raise await _act(
        request,
        f"/console/credit/awards/{application_id}",
        runs[step],
        action=f"credit.award_{step.replace('-', '_')}",
        target=f"award:{application_id}",
        details={"approve": approve, "note": note},
        done=done[step],
    )


@routes.post(r"/console/credit/objections/{objection_id:\d+}/decide")
@page(*CREDIT_STAFF)
async def decide_objection(request: web.Request) -> web.StreamResponse:
    objection_id = int(request.match_info["objection_id"])
    objection = await awards.get_objection(objection_id)
    upheld = (await form_data(request)).get("upheld") == "yes"
    staff = request[VISITOR].staff
    raise await _act(
        request,
        f"/console/credit/awards/{objection.application_id}",
        lambda: awards.decide_objection(objection_id=objection_id, staff_id=staff.id, upheld=upheld),
        action="credit.objection_decide",
        target=f"objection:{objection_id}",
        details={"upheld": upheld},
        done="异议已处理",
    )


# --- 双随机 campaigns and inspections ----------------------------------------------------------------------


@routes.get("/console/credit/campaigns")
@page(*CREDIT_STAFF)
async def campaigns(request: web.Request) -> web.StreamResponse:
    follow_ups = await inspections.open_follow_ups()
    context = {
        "items": await inspections.list_campaigns(),
        "types": target_types(),
        "follow_ups": follow_ups,
        "follow_up_labels": FOLLOW_UP_LABELS,
    }
    return await render(request, "credit/campaigns.html", context)


@routes.post("/console/credit/campaigns")
@page(*CREDIT_STAFF)
async def plan_campaign(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    created: list[int] = []

    async def run() -> None:
        campaign = await inspections.plan_campaign(
            title=form.get("title", "").strip()[:100] or "双随机抽查",
            target_type=form.get("target_type", ""),
            district=district_slug(staff.district) or district_slug(form.get("district") or None),
            sample_size=_int(form.get("sample_size"), "抽取数量"),
            inspectors_per_target=_int(form.get("inspectors_per_target") or "2", "每个对象的检查人员数", high=5),
            staff_id=staff.id,
        )
        created.append(campaign.id)

    response = await _act(
        request,
        "/console/credit/campaigns",
        run,
        action="credit.campaign_draw",
        target="campaign:new",
        details={"title": form.get("title", "")[:100], "target_type": form.get("target_type", "")[:16]},
        done="已完成随机抽取",
    )
    raise redirect(f"/console/credit/campaigns/{created[0]}") if created else response


@routes.get(r"/console/credit/campaigns/{campaign_id:\d+}")
@page(*CREDIT_STAFF)
async def campaign_page(request: web.Request) -> web.StreamResponse:
    campaign = await inspections.get_campaign(int(request.match_info["campaign_id"]))
    rows = await inspections.campaign_inspections(campaign.id)
    names = {s.id: s.display_name for s in await StaffAccount.all()}
    from credit.draw import canonical_inputs

    context = {
        "c": campaign,
        "rows": rows,
        "names": names,
        "check": inspections.check_draw(campaign),
        "types": target_types(),
        "canonical": canonical_inputs(campaign.target_inputs, campaign.inspector_inputs),
        "me": request[VISITOR].staff.id,
    }
    return await render(request, "credit/campaign.html", context)


@routes.post(r"/console/credit/campaigns/{campaign_id:\d+}/publish")
@page(*CREDIT_STAFF)
async def publish_campaign(request: web.Request) -> web.StreamResponse:
    campaign_id = int(request.match_info["campaign_id"])
    campaign = await inspections.get_campaign(campaign_id)
    raise await _act(
        request,
        f"/console/credit/campaigns/{campaign_id}",
        lambda: inspections.publish(campaign),
        action="credit.campaign_publish",
        target=f"campaign:{campaign_id}",
        details={},
        done="检查计划已向社会公开",
    )


@routes.get(r"/console/credit/inspections/{inspection_id:\d+}")
@page(*CREDIT_STAFF)
async def inspection_page(request: web.Request) -> web.StreamResponse:
    inspection = await inspections.get_inspection(int(request.match_info["inspection_id"]))
    context = {
        "i": inspection,
        "checklist": inspections.checklist_for(inspection.campaign.target_type),
        "version": checklists()["version"],
        "follow_ups": FOLLOW_UP_LABELS,
        "max_photos": inspections.MAX_PHOTOS,
    }
    return await render(request, "credit/inspection.html", context)


@routes.post(r"/console/credit/inspections/{inspection_id:\d+}")
@large_body
@page(*CREDIT_STAFF)
async def record_inspection(request: web.Request) -> web.StreamResponse:
    inspection = await inspections.get_inspection(int(request.match_info["inspection_id"]))
    staff = request[VISITOR].staff
    form = await request.post()
    items = inspections.checklist_for(inspection.campaign.target_type)["items"]
    answers = {
        item["code"]: form.get(f"item_{item['code']}") == "yes"
        for item in items
        if form.get(f"item_{item['code']}") in ("yes", "no")
    }
    files = [
        (str(f.filename or ""), f.file.read(inspections.MAX_PHOTO_BYTES + 1))
        for f in form.getall("photos", [])
        if isinstance(f, web.FileField) and f.filename
    ]
    findings = str(form.get("findings") or "")[:1000]
    follow_up = str(form.get("follow_up") or "")

    async def run() -> None:
        inspections.check_photos(files)
        stored = inspections.store_photos(settings_of(request).var_dir, inspection.id, files) if files else []
        await inspections.record_inspection(
            inspection=inspection, staff=staff, answers=answers, findings=findings, follow_up=follow_up, photos=stored
        )

    raise await _act(
        request,
        f"/console/credit/inspections/{inspection.id}",
        run,
        action="credit.inspection_result",
        target=f"inspection:{inspection.id}",
        details={"answers": answers, "follow_up": follow_up, "photos": len(files)},
        done="检查结果已录入",
    )


# --- statistics ------------------------------------------------------------------------------------------


def _period(request: web.Request) -> tuple[date, date]:
    end = parse_day(request.query.get("date_to"), "结束日期") or clock.today()
    start = parse_day(request.query.get("date_from"), "开始日期") or end.replace(month=1, day=1)
    if start > end:
        raise InvalidInput("开始日期不能晚于结束日期", code="invalid_period")
    return start, end


@routes.get("/console/credit/stats")
@page(*CREDIT_STAFF)
async def stats_page(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    start, end = _period(request)
    figures = await credit_stats.statistics(date_from=start, date_to=end, district=district_slug(staff.district))
    by_district: dict[str, list[int]] = {}
    by_sector: dict[str, int] = {}
    for r in figures["rows"]:
        pair = by_district.setdefault(r["district_name"], [0, 0])
        pair[0] += r["commitments"]
        pair[1] += r["awards"]
        by_sector[r["sector_label"]] = by_sector.get(r["sector_label"], 0) + r["commitments"]
    charts = {
        "commitments_by_district": [[k, v[0]] for k, v in by_district.items()],
        "awards_by_district": [[k, v[1]] for k, v in by_district.items()],
        "commitments_by_sector": list(by_sector.items()),
        "complaints_per_10k": [
            [r["district_name"], r["complaints_per_10k"]] for r in figures["per_district"] if r["businesses"]
        ],
    }
    context = {"f": figures, "date_from": start, "date_to": end, "charts_json": json.dumps(charts, ensure_ascii=False)}
    return await render(request, "credit/stats.html", context)


@routes.get("/console/credit/stats.xlsx")
@page(*CREDIT_STAFF)
async def stats_xlsx(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    start, end = _period(request)
    figures = await credit_stats.statistics(date_from=start, date_to=end, district=district_slug(staff.district))
    await audit.record(
        request,
        "credit.export",
        actor=staff,
        target="credit:stats",
        details={"via": "console", "date_from": start.isoformat(), "date_to": end.isoformat()},
    )
    body = csv_to_xlsx(credit_stats.statistics_csv(figures), title="诚信计量统计")
    return xlsx_response(body, f"诚信计量统计_{start}_{end}.xlsx")
