"""投诉处理: the queue with filters, the case page, every workflow action as a form, the audited "show full" phone."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ValidationError

from complaints import service as complaints_service
from complaints import stats, workflow
from complaints.assessment import VERDICT_LABELS, categories
from complaints.deadlines import refusal_reasons
from complaints.kinds import KINDS
from complaints.models import OPEN_STATUSES, STATUS_LABELS, Complaint, ComplaintStatus
from complaints.schemas import read_fields
from complaints.service import QueueFilters
from console.complaint_intake import intake_context
from console.pages import VISITOR, flash, form_data, page, parse_day, redirect, render, settings_of
from core import audit
from core.districts import all_districts
from core.errors import InvalidInput, NotFound, ServiceError
from core.keys import ARQ
from core.models import StaffAccount, StaffRole
from core.privacy import mask_phone

routes = web.RouteTableDef()
HANDLER = StaffRole.COMPLAINT_HANDLER
PAGE_SIZE = 20
CASE = r"/console/complaints/{complaint_id:\d+}"


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def queue_filters(query: dict[str, str]) -> QueueFilters:
    status = query.get("status") or None
    if status and status not in {s.value for s in ComplaintStatus}:
        raise InvalidInput("状态无效", code="invalid_status")
    deadline = query.get("deadline", "")
    return QueueFilters(
        status=ComplaintStatus(status) if status else None,
        district=query.get("district") or None,
        overdue=True if deadline == "overdue" else None,
        due_soon=True if deadline == "soon" else None,
        market_id=_int(query.get("market_id")),
        merchant=query.get("merchant") or None,
        tracking_no=query.get("tracking_no") or None,
        date_from=parse_day(query.get("date_from"), "开始日期"),
        date_to=parse_day(query.get("date_to"), "结束日期"),
        category=query.get("category") or None,
        kind=query.get("kind") or None,
        track=query.get("track") or None,
    )


@routes.get("/console/complaints")
@page(HANDLER)
async def queue(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    query = dict(request.query)
    filters = queue_filters(query)
    page_no = max(_int(query.get("page")) or 1, 1)
    items, total = await complaints_service.staff_queue(staff=staff, filters=filters, page=page_no, page_size=PAGE_SIZE)
    context = {
        "items": items,
        "total": total,
        "page": page_no,
        "pages": max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1),
        "query": query,
        "statuses": STATUS_LABELS,
        "districts": all_districts(),
        "markets": await complaints_service.active_markets(),
        "categories": categories(),
        "kinds": KINDS,
        "mask_phone": mask_phone,
        "verdicts": VERDICT_LABELS,
    }
    return await render(request, "complaints/queue.html", context)


async def _case(request: web.Request) -> tuple[StaffAccount, Complaint]:
    staff = request[VISITOR].staff
    complaint = await complaints_service.staff_complaint(
        staff=staff, complaint_id=int(request.match_info["complaint_id"])
    )
    return staff, complaint


async def case_context(complaint: Complaint) -> dict[str, Any]:
    photos, events = await complaints_service.complaint_details(complaint)
    merchant = await stats.merchant_history(merchant_id=complaint.merchant_id) if complaint.merchant_id else None  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
    market = await stats.market_history(market_id=complaint.market_id) if complaint.market_id else None  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
    return {
        "c": read_fields(complaint, photos=photos, events=events, for_staff=True),
        "complaint": complaint,
        "assigned_district": complaint.assigned_district,
        "masked_phone": mask_phone(complaint.contact_phone),
        "merchant": merchant,
        "market": market,
        "reasons": refusal_reasons(complaint.regulation),
        "districts": all_districts(),
        "is_open": complaint.status in OPEN_STATUSES,
        "Status": ComplaintStatus,
        **await intake_context(complaint),
    }


@routes.get(CASE)
@page(HANDLER)
async def case_page(request: web.Request) -> web.StreamResponse:
    _, complaint = await _case(request)
    return await render(request, "complaints/case.html", await case_context(complaint))


@routes.post(CASE + "/contact")
@page(HANDLER)
async def show_contact(request: web.Request) -> web.StreamResponse:
    """The full phone number, on request, recorded in the audit log (an htmx fragment or the whole page)."""
    staff, complaint = await _case(request)
    await audit.record(
        request,
        "complaint.view_personal",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "field": "contact_phone", "tracking_no": complaint.tracking_no},
    )
    if request.headers.get("HX-Request"):
        return await render(request, "complaints/_phone.html", {"phone": complaint.contact_phone})
    context = await case_context(complaint)
    return await render(request, "complaints/case.html", {**context, "full_phone": complaint.contact_phone})


@routes.get(CASE + r"/photos/{photo_id:\d+}")
@page(HANDLER)
async def photo(request: web.Request) -> web.StreamResponse:
    _, complaint = await _case(request)
    path, content_type = await complaints_service.photo_file(
        var_dir=settings_of(request).var_dir, complaint=complaint, photo_id=int(request.match_info["photo_id"])
    )
    return web.FileResponse(path, headers={"Content-Type": content_type, "Cache-Control": "private, max-age=3600"})


def _parse(model: type[BaseModel], form: dict[str, str]) -> Any:
    try:
        return model.model_validate({k: v for k, v in form.items() if k != "csrf_token" and v != ""})
    except ValidationError as exc:
        fields = "、".join(dict.fromkeys(str(e["loc"][0]) for e in exc.errors() if e["loc"]))
        raise InvalidInput(f"提交的内容不符合要求：{fields}", code="invalid_input") from None


@routes.post(CASE + "/{action:accept|refuse|mediation|outcome|assign}")
@page(HANDLER)
async def workflow_action(request: web.Request) -> web.StreamResponse:
    """Each workflow step as a form, through the same service calls as the admin API, then back to the case."""
    staff, complaint = await _case(request)
    action = request.match_info["action"]
    form = await form_data(request)
    step = workflow.Step(action)
    before = complaint.status.value
    try:
        done = await workflow.perform(
            step,
            _parse(workflow.BODIES[step], form),
            complaint=complaint,
            staff=staff,
            arq=request.config_dict[ARQ],
            settings=settings_of(request),
        )
    except (InvalidInput, ServiceError) as exc:
        if isinstance(exc, NotFound):
            raise
        await flash(request, exc.message, "error")
        raise redirect(f"/console/complaints/{complaint.id}") from None
    await audit.record(
        request,
        workflow.AUDIT_ACTIONS[step],
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={
            "via": "console",
            "tracking_no": complaint.tracking_no,
            "from": before,
            "to": done.status.value,
            "form": {k: v for k, v in form.items() if k != "csrf_token"},
        },
    )
    await flash(request, f"已{workflow.VERBS[step]}：{complaint.tracking_no}，当前状态“{done.status_label}”")
    if step is workflow.Step.ASSIGN and staff.district and done.assigned_district != staff.district:
        raise redirect("/console/complaints")  # the case has left this office's scope
    raise redirect(f"/console/complaints/{complaint.id}")
