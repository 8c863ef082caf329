"""Issuing a 文书: the checks that the case is in a state the document records, the number, the snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise import Tortoise

from complaints.documents.content import DETAIL_FIELDS, DocumentContent, build, document_data, document_kinds
from complaints.documents.render import docx_bytes, pdf_bytes
from complaints.intake_grounds import refusal_grounds, termination_grounds
from complaints.models import Complaint, ComplaintDocument, ComplaintStatus
from core.clock import now_local
from core.errors import InvalidInput, InvalidTransition, NotFound
from core.models import StaffAccount

S = ComplaintStatus
# The statuses a case must be in for the document to record something that happened.
ALLOWED_STATUSES: dict[str, tuple[ComplaintStatus, ...]] = {
    "identity_notice": (S.PENDING,),
    "acceptance": (S.ACCEPTED, S.MEDIATING, S.MEDIATED, S.TERMINATED),
    "refusal": (S.REFUSED,),
    "mediation_notice": (S.ACCEPTED, S.MEDIATING),
    "termination": (S.TERMINATED,),
    "mediation_agreement": (S.MEDIATING, S.MEDIATED),
    "report_result": (S.ACCEPTED, S.MEDIATING, S.MEDIATED, S.TERMINATED, S.REFUSED),
    "registration_form": tuple(ComplaintStatus),
}


async def next_number(kind: str, year: int) -> int:
    """The next number in the bureau's series of `kind` in `year`: one atomic upsert, so two decisions issued at
    the same moment never share a number (the unique (kind, year, sequence) on the documents guards it again)."""
    conn = Tortoise.get_connection("default")
    mark = "$1" if conn.capabilities.dialect == "postgres" else "?"
    sql = (
        "INSERT INTO complaint_document_sequence (key, last_value) VALUES ("
        + mark
        + ", 1) ON CONFLICT (key) DO UPDATE SET last_value = complaint_document_sequence.last_value + 1"
        " RETURNING last_value"
    )
    rows = await conn.execute_query_dict(sql, [f"{year}:{kind}"])
    return int(rows[0]["last_value"])


def format_number(kind: str, year: int, sequence: int) -> str:
    """呼市监受〔2026〕第3号 (the bureau's prefix, the kind's code, the year, the number)."""
    return f"{document_data()['number_prefix']}{document_kinds()[kind]['code']}〔{year}〕第{sequence}号"


def _check_allowed(kind: str, complaint: Complaint) -> None:
    spec = document_kinds().get(kind)
    if spec is None:
        names = "、".join(f"{k}（{v['title']}）" for k, v in document_kinds().items())
        raise InvalidInput(f"文书种类无效，可选：{names}", code="invalid_document_kind")
    if spec["track"] not in ("any", complaint.track):
        raise InvalidInput(f"{spec['title']}不适用于该案件", code="document_not_applicable")
    if kind == "report_result" and complaint.anonymous:
        raise InvalidInput("匿名举报不告知处理结果", code="anonymous_report")
    if complaint.status not in ALLOWED_STATUSES[kind]:
        raise InvalidTransition(
            f"该案件当前为“{complaint.status_label}”，不能出具{spec['title']}", code="invalid_transition"
        )


def _check_ground(kind: str, complaint: Complaint, ground: str | None) -> str | None:
    if kind == "refusal":
        ground = ground or complaint.refusal_reason
        grounds = refusal_grounds(complaint.regulation)
    elif kind == "termination":
        grounds = termination_grounds(complaint.regulation)
    else:
        return None
    if ground not in grounds:
        choices = "；".join(f"{code}：{label}" for code, label in grounds.items())
        raise InvalidInput(f"请选择适用的情形：{choices}", code="invalid_ground")
    return ground


def _check_details(kind: str, details: dict[str, str]) -> dict[str, str]:
    allowed = DETAIL_FIELDS[kind]
    unknown = [key for key in details if key not in allowed]
    if unknown:
        names = "、".join(f"{k}（{v}）" for k, v in allowed.items())
        raise InvalidInput(f"该文书可填写的内容为：{names}", code="invalid_document_details")
    return {key: value.strip() for key, value in details.items()}


async def issue(
    *, complaint: Complaint, kind: str, staff: StaffAccount, ground: str | None, details: dict[str, str]
) -> ComplaintDocument:
    _check_allowed(kind, complaint)
    ground = _check_ground(kind, complaint, ground)
    details = _check_details(kind, details)
    today = now_local().date()
    sequence = await next_number(kind, today.year)
    number = format_number(kind, today.year, sequence)
    content = build(kind=kind, complaint=complaint, number=number, ground=ground, details=details, today=today)
    return await ComplaintDocument.create(
        complaint_id=complaint.id,
        kind=kind,
        year=today.year,
        sequence=sequence,
        number=number,
        ground=ground,
        fields_snapshot=content.as_dict(),
        issued_by=staff.id,
        issued_by_name=staff.display_name,
    )


async def issued_documents(complaint: Complaint) -> list[ComplaintDocument]:
    return await ComplaintDocument.filter(complaint_id=complaint.id).order_by("id")


@dataclass(frozen=True)
class RenderedDocument:
    body: bytes
    content_type: str
    filename: str


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def render(*, complaint: Complaint, document_id: int, fmt: str) -> RenderedDocument:
    document = await ComplaintDocument.get_or_none(id=document_id, complaint_id=complaint.id)
    if document is None:
        raise NotFound("没有找到该文书", code="document_not_found")
    content = DocumentContent.from_dict(document.fields_snapshot)
    stem = f"{complaint.tracking_no}-{document.kind}-{document.year}-{document.sequence}"
    if fmt == "pdf":
        return RenderedDocument(pdf_bytes(content), "application/pdf", f"{stem}.pdf")
    if fmt == "docx" and document_kinds()[document.kind].get("docx"):
        return RenderedDocument(docx_bytes(content), DOCX_TYPE, f"{stem}.docx")
    raise NotFound("该文书没有可编辑的 Word 版本", code="document_format_unavailable")
