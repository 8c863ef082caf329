"""Channel: the staff JSON API (/api/v1/admin/...), every route role-checked, every action audited."""

from aiohttp import web

from admin_api import appointments, campaigns, complaint_intake, complaint_rules, complaints, credit, knowledge, staff
from admin_api.audit import audit_middleware
from core.components import OperationDocs
from core.openapi_contract import DOCX, PHOTO_TYPES, XLSX, binary_content, text_content

ROUTE_TABLES = [
    staff.routes,
    knowledge.routes,
    complaints.routes,
    complaint_rules.routes,
    complaint_intake.routes,
    appointments.routes,
    campaigns.routes,
    credit.routes,
]

CSV = "CSV（UTF-8 带 BOM）"
# What the generated spec cannot see of these operations: files and CSV answers, 204, extra errors.
OPERATION_DOCS = OperationDocs(
    success={
        "staffComplaintPhoto": {"200": {"description": "照片", "content": binary_content(*PHOTO_TYPES)}},
        "staffExportComplaints": {"200": {"description": CSV, "content": text_content("text/csv")}},
        "staffVerificationStatsCsv": {"200": {"description": CSV, "content": text_content("text/csv")}},
        "staffOverdueCsv": {"200": {"description": CSV, "content": text_content("text/csv")}},
        "staffDeleteEntry": {"204": {"description": "已删除"}},
        **{
            f"staffExport12315{scope}{kind}": {"200": {"description": description, "content": content}}
            for scope in ("Case", "Bulk")
            for kind, description, content in (
                ("Csv", "12315 登记字段，CSV（UTF-8 带 BOM）", text_content("text/csv")),
                ("Xlsx", "12315 登记字段，Excel", binary_content(XLSX)),
            )
        },
        "staffDownloadDocumentPdf": {"200": {"description": "文书 PDF", "content": binary_content("application/pdf")}},
        "staffDownloadDocumentDocx": {"200": {"description": "文书 Word（可编辑）", "content": binary_content(DOCX)}},
    },
    extra_errors={"staffListBookings": frozenset({404})},  # a confirmation_no look-up that finds no booking
)


def setup(app: web.Application) -> None:
    app.middlewares.append(audit_middleware)
