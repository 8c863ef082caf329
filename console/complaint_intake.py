"""Console side of the intake: the 登记表 form (cases taken by phone or at the counter), the complainant's
identity (masked, full view audited), the 12315 number and export, the 文书 of each decision."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import ValidationError

from complaints import documents, filing, pump_check, registration12315
from complaints import service as complaints_service
from complaints.documents.content import DETAIL_FIELDS, document_kinds
from complaints.identity import masked
from complaints.intake_grounds import refusal_grounds, termination_grounds
from complaints.kinds import KINDS, choices, field_labels
from complaints.models import Complaint
from complaints.schemas import StaffFilingCreate
from complaints.staff_facts import pump_check_id
from console.pages import VISITOR, flash, form_data, page, parse_day, redirect, render
from core import audit
from core.districts import all_districts
from core.errors import InvalidInput, ServiceError
from core.keys import ARQ, REDIS, WECHAT
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()


def _suffix(request: web.Request) -> str:
    """The format a download route was called with: its path's extension (pdf, docx, csv, xlsx)."""
    return request.path.rsplit(".", 1)[-1]


HANDLER = StaffRole.COMPLAINT_HANDLER
CASE = r"/console/complaints/{complaint_id:\d+}"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def intake_context(complaint: Complaint) -> dict[str, Any]:
    """What the case page shows of the intake: identity masked, 12315, issued documents and what can be issued."""
    return {
        "identity": masked(
            name=complaint.complainant_name, phone=complaint.contact_phone, address=complaint.complainant_address
        ),
        "documents": await documents.issued_documents(complaint),
        "document_kinds": document_kinds(),
        "document_details": DETAIL_FIELDS,
        "termination_grounds": termination_grounds(complaint.regulation),
        "refusal_grounds": refusal_grounds(complaint.regulation),
        "pump_case": complaint.kind == "fuel_dispenser",
        "pump_check": await pump_check.check_of(complaint),
    }


async def _case(request: web.Request) -> tuple[StaffAccount, Complaint]:
    staff = request[VISITOR].staff
    complaint = await complaints_service.staff_complaint(
        staff=staff, complaint_id=int(request.match_info["complaint_id"])
    )
    return staff, complaint


async def _back(request: web.Request, complaint: Complaint, message: str, kind: str = "ok") -> web.HTTPFound:
    await flash(request, message, kind)
    return redirect(f"/console/complaints/{complaint.id}")


@routes.post(CASE + "/identity")
@page(HANDLER)
async def show_identity(request: web.Request) -> web.StreamResponse:
    """The complainant's full name, phone and address, on request, recorded in the audit log."""
    staff, complaint = await _case(request)
    await audit.record(
        request,
        "complaint.view_identity",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "tracking_no": complaint.tracking_no},
    )
    return await render(request, "complaints/_identity.html", {"complaint": complaint})


@routes.post(CASE + "/registration-12315")
@page(HANDLER)
async def record_12315(request: web.Request) -> web.StreamResponse:
    staff, complaint = await _case(request)
    form = await form_data(request)
    try:
        done = await registration12315.record(complaint=complaint, staff=staff, number=form.get("number", "")[:32])
    except ServiceError as exc:
        raise await _back(request, complaint, exc.message, "error") from None
    await audit.record(
        request,
        "complaint.register_12315",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "number": done.registration_12315},
    )
    raise await _back(request, complaint, f"已记录12315登记号 {done.registration_12315}")


@routes.post(CASE + "/pump-check")
@page(HANDLER)
async def request_pump_check(request: web.Request) -> web.StreamResponse:
    """Ask for the verification check of the pump a 加油机/加气机 case names (a second click changes nothing)."""
    staff, complaint = await _case(request)
    form = await form_data(request)
    try:
        planned_on = parse_day(form.get("planned_on"), "计划核查日期")
        done = await pump_check.request(complaint=complaint, staff=staff, planned_on=planned_on)
    except ServiceError as exc:
        raise await _back(request, complaint, exc.message, "error") from None
    await audit.record(
        request,
        "complaint.pump_check",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "check_id": pump_check_id(done)},
    )
    raise await _back(request, complaint, "已安排对该加油（加气）机的检定核查，结果由检定人员录入后在此显示")


@routes.post(CASE + "/documents")
@page(HANDLER)
async def issue_document(request: web.Request) -> web.StreamResponse:
    staff, complaint = await _case(request)
    form = await form_data(request)
    kind = form.get("kind", "")
    details = {key: form[key][:500] for key in DETAIL_FIELDS.get(kind, {}) if form.get(key)}
    try:
        document = await documents.issue(
            complaint=complaint, kind=kind, staff=staff, ground=form.get("ground") or None, details=details
        )
    except ServiceError as exc:
        raise await _back(request, complaint, exc.message, "error") from None
    await audit.record(
        request,
        "complaint.document_issue",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "kind": kind, "number": document.number},
    )
    raise await _back(request, complaint, f"已出具 {document.number}")


@routes.get(CASE + r"/documents/{document_id:\d+}.pdf")
@routes.get(CASE + r"/documents/{document_id:\d+}.docx")
@page(HANDLER)
async def download_document(request: web.Request) -> web.StreamResponse:
    staff, complaint = await _case(request)
    rendered = await documents.render(
        complaint=complaint, document_id=int(request.match_info["document_id"]), fmt=_suffix(request)
    )
    await audit.record(
        request,
        "complaint.document_download",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "file": rendered.filename},
    )
    return web.Response(
        body=rendered.body,
        headers={
            "Content-Type": rendered.content_type,
            "Content-Disposition": f'attachment; filename="{rendered.filename}"',
        },
    )


@routes.get(CASE + "/registration-12315.csv")
@routes.get(CASE + "/registration-12315.xlsx")
@page(HANDLER)
async def export_12315(request: web.Request) -> web.StreamResponse:
    staff, complaint = await _case(request)
    fmt = _suffix(request)
    await audit.record(
        request,
        "complaint.export_12315",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "format": fmt},
    )
    body = registration12315.as_xlsx([complaint]) if fmt == "xlsx" else registration12315.as_csv([complaint])
    content_type = XLSX_TYPE if fmt == "xlsx" else "text/csv; charset=utf-8"
    disposition = f'attachment; filename="12315-{complaint.tracking_no}.{fmt}"'
    return web.Response(body=body, headers={"Content-Type": content_type, "Content-Disposition": disposition})


def _form_context(form: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "kinds": KINDS,
        "kind_fields": {slug: field_labels(kind) for slug, kind in KINDS.items()},
        "kind_choices": {slug: choices(kind) for slug, kind in KINDS.items()},
        "districts": all_districts(),
        "form": form or {},
    }


@routes.get("/console/complaints/intake")
@page(HANDLER)
async def intake_form(request: web.Request) -> web.StreamResponse:
    """The 投诉/举报登记表 for a case taken by phone or at the counter."""
    return await render(request, "complaints/intake.html", _form_context({"kind": request.query.get("kind", "")}))


def _filing(form: dict[str, str]) -> StaffFilingCreate:
    kind = KINDS.get(form.get("kind", ""))
    facts = {name[6:]: value for name, value in form.items() if name.startswith("facts.") and value != ""}
    if kind is not None:
        facts = {name: value for name, value in facts.items() if name in kind.facts.model_fields}
    common: dict[str, object] = {
        key: value
        for key, value in form.items()
        if key in StaffFilingCreate.model_fields and key not in ("facts", "anonymous") and value != ""
    }
    common["track"] = kind.track if kind else "complaint"
    common["anonymous"] = form.get("anonymous") == "on"
    try:
        return StaffFilingCreate.model_validate({**common, "facts": facts})
    except ValidationError as exc:
        fields = "、".join(dict.fromkeys(str(e["loc"][0]) for e in exc.errors() if e["loc"]))
        raise InvalidInput(f"登记表填写有误：{fields}", code="invalid_input") from None


@routes.post("/console/complaints/intake")
@page(HANDLER)
async def intake_submit(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    app = request.config_dict
    services = filing.Services(wechat=app[WECHAT], redis=app[REDIS], arq=app[ARQ])
    try:
        complaint = await filing.file_by_staff(staff=staff, data=_filing(form), services=services)
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        return await render(request, "complaints/intake.html", _form_context(form))
    await audit.record(
        request,
        "complaint.file_by_staff",
        actor=staff,
        target=f"complaint:{complaint.id}",
        details={"via": "console", "tracking_no": complaint.tracking_no, "kind": complaint.kind,
                 "channel": complaint.intake_channel},
    )  # fmt: skip
    await flash(request, f"已登记：{complaint.tracking_no}")
    raise redirect(f"/console/complaints/{complaint.id}")
