"""Staff side of the intake: cases taken by phone or at the counter, the complainant's identity (full view
audited), 12315 registration and its export, the 文书 of each decision, and per-kind follow-up records."""

from __future__ import annotations

from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from admin_api.complaints import staff_read
from appointments.schemas import VerificationCheckRead
from complaints import documents, filing, pump_check, registration12315, staff_facts
from complaints import service as complaints_service
from complaints.documents.content import document_kinds
from complaints.models import Complaint, ComplaintDocument, ComplaintStatus
from complaints.schemas import DocumentRead, StaffComplaintRead, StaffFilingCreate
from complaints.service import QueueFilters
from core.api import api, ok, r200, r201
from core.auth import current_staff
from core.errors import InvalidInput
from core.fields import Day, DbId, Text
from core.keys import ARQ, REDIS, WECHAT
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()


def _suffix(request: web.Request) -> str:
    """The format a download route was called with: its path's extension (pdf, docx, csv, xlsx)."""
    return request.path.rsplit(".", 1)[-1]


BULK_LIMIT = 5000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Registration12315Body(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    number: Text(32, min_length=6) = Field(description="全国12315平台登记号")


class DocumentIssue(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    kind: Text(32) = Field(description="文书种类，如 acceptance、refusal、termination、mediation_agreement")
    ground: Text(64) | None = Field(None, description="不予受理或终止调解的情形编码")
    details: dict[Text(32), Text(500)] = Field(default_factory=dict, max_length=6, description="需填写的内容")


class IntakeRead(StaffComplaintRead):
    pump_check: VerificationCheckRead | None = Field(
        None, description="加油机/加气机投诉：安排的检定核查及其结果（其他类别为 null）"
    )


class PumpCheckBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    planned_on: Day | None = Field(None, description="计划核查日期（可不填）")


class IdentityRead(BaseModel):
    complainant_name: str
    contact_phone: str
    complainant_address: str
    anonymous: bool


async def _staff(request: web.Request) -> StaffAccount:
    return await current_staff(request, StaffRole.COMPLAINT_HANDLER)


async def _case(request: web.Request, complaint_id: int) -> tuple[StaffAccount, Complaint]:
    staff = await _staff(request)
    return staff, await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)


def document_read(document: ComplaintDocument) -> DocumentRead:
    spec = document_kinds().get(document.kind, {})
    return DocumentRead(
        id=document.id,
        kind=document.kind,
        title=document.fields_snapshot.get("title", spec.get("title", document.kind)),
        number=document.number,
        ground=document.ground,
        issued_by_name=document.issued_by_name,
        created_at=document.created_at,
        docx=bool(spec.get("docx")),
    )


async def pump_check_read(complaint: Complaint) -> VerificationCheckRead | None:
    card = await pump_check.check_of(complaint)
    return VerificationCheckRead.model_validate(card) if card else None


async def intake_read(complaint: Complaint) -> IntakeRead:
    read = await staff_read(complaint)
    issued = [document_read(d) for d in await documents.issued_documents(complaint)]
    return IntakeRead.model_validate(
        {
            **read.model_dump(),
            "staff_facts": complaint.staff_facts or {},
            "documents": issued,
            "user_id": None if complaint.anonymous else complaint.user_id,  # type: ignore[attr-defined]
            "pump_check": await pump_check_read(complaint),
        }
    )


@routes.post("/api/v1/admin/complaints/intake")
@api.and_request
async def file_by_staff(request: web.Request, body: StaffFilingCreate) -> r201[IntakeRead]:
    """Record a complaint or report taken by phone or at the counter (投诉/举报登记表); same checks as online."""
    staff = await _staff(request)
    app = request.config_dict
    services = filing.Services(wechat=app[WECHAT], redis=app[REDIS], arq=app[ARQ])
    complaint = await filing.file_by_staff(staff=staff, data=body, services=services)
    return ok(await intake_read(complaint), status=201)


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/identity")
@api.and_request
async def complaint_identity(request: web.Request, complaint_id: DbId, /) -> r200[IdentityRead]:
    """The complainant's full name, phone and address (every read is in the audit log)."""
    _, complaint = await _case(request, complaint_id)
    return ok(
        IdentityRead(
            complainant_name=complaint.complainant_name,
            contact_phone=complaint.contact_phone,
            complainant_address=complaint.complainant_address,
            anonymous=complaint.anonymous,
        )
    )


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/intake")
@api.and_request
async def complaint_intake_detail(request: web.Request, complaint_id: DbId, /) -> r200[IntakeRead]:
    """The case with its kind's facts, staff records and issued documents (identity masked)."""
    _, complaint = await _case(request, complaint_id)
    return ok(await intake_read(complaint))


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/registration-12315")
@api.and_request
async def record_12315(request: web.Request, complaint_id: DbId, /, body: Registration12315Body) -> r200[IntakeRead]:
    """Record the case's number on the national 12315 platform (the citizen then sees it is registered there)."""
    staff, complaint = await _case(request, complaint_id)
    complaint = await registration12315.record(complaint=complaint, staff=staff, number=body.number)
    return ok(await intake_read(complaint))


def _export(body: bytes, fmt: str, stem: str) -> web.Response:
    content_type = XLSX_TYPE if fmt == "xlsx" else "text/csv; charset=utf-8"
    return web.Response(
        body=body, headers={"Content-Type": content_type, "Content-Disposition": f'attachment; filename="{stem}.{fmt}"'}
    )


def _render(cases: list[Complaint], fmt: str) -> bytes:
    return registration12315.as_xlsx(cases) if fmt == "xlsx" else registration12315.as_csv(cases)


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/registration-12315.csv")
@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/registration-12315.xlsx")
@api.and_request
async def export_12315_case(request: web.Request, complaint_id: DbId, /) -> web.Response:
    """What the 12315 registration asks for, for one case (full identity: audited)."""
    fmt = _suffix(request)
    _, complaint = await _case(request, complaint_id)
    return _export(_render([complaint], fmt), fmt, f"12315-{complaint.tracking_no}")


@routes.get("/api/v1/admin/complaints/registration-12315.csv")
@routes.get("/api/v1/admin/complaints/registration-12315.xlsx")
@api.and_request
async def export_12315_bulk(
    request: web.Request,
    status: Literal["pending", "accepted", "refused", "mediating", "mediated", "terminated", "withdrawn"] | None = None,
    district: Text(32) | None = None,
    kind: Text(24) | None = None,
    track: Literal["complaint", "report"] | None = None,
    unregistered: bool = False,
    date_from: Day | None = None,
    date_to: Day | None = None,
) -> web.Response:
    """The 12315 registration fields of the filtered cases (at most 5000; `unregistered=true`: not yet there)."""
    fmt = _suffix(request)
    staff = await _staff(request)
    filters = QueueFilters(
        status=ComplaintStatus(status) if status else None,
        district=district,
        kind=kind,
        track=track,
        date_from=date_from,
        date_to=date_to,
    )
    query = complaints_service.filtered(staff, filters)
    if unregistered:
        query = query.filter(registration_12315__isnull=True)
    cases = await query.order_by("id").limit(BULK_LIMIT)
    return _export(_render(cases, fmt), fmt, "12315-registration")


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/documents")
@api.and_request
async def issue_document(request: web.Request, complaint_id: DbId, /, body: DocumentIssue) -> r201[DocumentRead]:
    """Issue the 文书 of a decision, numbered in the bureau's series of its kind and year."""
    staff, complaint = await _case(request, complaint_id)
    document = await documents.issue(
        complaint=complaint, kind=body.kind, staff=staff, ground=body.ground, details=body.details
    )
    return ok(document_read(document), status=201)


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/documents/{document_id:\d+}.pdf")
@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/documents/{document_id:\d+}.docx")
@api.and_request
async def download_document(request: web.Request, complaint_id: DbId, document_id: DbId, /) -> web.Response:
    """The document as PDF, or DOCX where staff edit it before printing (every download audited)."""
    _, complaint = await _case(request, complaint_id)
    rendered = await documents.render(complaint=complaint, document_id=document_id, fmt=_suffix(request))
    return web.Response(
        body=rendered.body,
        headers={
            "Content-Type": rendered.content_type,
            "Content-Disposition": f'attachment; filename="{rendered.filename}"',
        },
    )


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/staff-facts")
@api.and_request
async def record_staff_facts(request: web.Request, complaint_id: DbId, /) -> r200[IntakeRead]:
    """Per-kind follow-up: 眼镜 lens measured, 民用四表 meter test requested and its result, charger/taximeter
    verification check (a pump gets a real check: pump-check). Body: the record's fields (see the case's kind)."""
    staff, complaint = await _case(request, complaint_id)
    from core.limits import read_json

    raw: Any = await read_json(request)
    if not isinstance(raw, dict):
        raise InvalidInput("请求内容应为 JSON 对象", code="invalid_input")
    complaint = await staff_facts.record(complaint=complaint, staff=staff, raw=raw)
    return ok(await intake_read(complaint))


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/pump-check")
@api.and_request
async def create_pump_check(request: web.Request, complaint_id: DbId, /, body: PumpCheckBody) -> r200[IntakeRead]:
    """A 加油机/加气机 case: ask for a verification check of that pump (asking again returns the same check); a
    verification officer records its result, which the case then shows."""
    staff, complaint = await _case(request, complaint_id)
    complaint = await pump_check.request(complaint=complaint, staff=staff, planned_on=body.planned_on)
    return ok(await intake_read(complaint))
