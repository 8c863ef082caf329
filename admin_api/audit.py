"""Every staff action through the JSON API lands in the audit log, from this one middleware.

A request is recorded when it changes something (POST/PUT/PATCH/DELETE) or reads personal data or an export
(the GET routes in SENSITIVE_READS), and a staff account was authenticated for it (core.auth.current_staff
sets STAFF_ACCOUNT). Successful actions and refusals for lack of permission are both recorded, with the route,
the target ids from the path and the JSON body (secrets redacted) as "what changed".
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from core import audit
from core.auth import STAFF_ACCOUNT
from core.errors import Handler, ServiceError

PREFIX = "/api/v1/admin/"
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
MAX_BODY_IN_LOG = 4096
C = "/api/v1/admin/complaints/{complaint_id}"
B = "/api/v1/admin/verification-bookings/{booking_id}"
E = "/api/v1/admin/enterprises/{enterprise_id}"
CR = "/api/v1/admin/credit"
CREDIT_ACTIONS = {
    ("POST", CR + "/businesses"): "credit.business_create",
    ("POST", CR + "/commitments/{commitment_id}/revoke"): "credit.commitment_revoke",
    ("POST", CR + "/award-applications/{application_id}/first-review"): "credit.award_first_review",
    ("POST", CR + "/award-applications/{application_id}/second-review"): "credit.award_second_review",
    ("POST", CR + "/award-applications/{application_id}/finalise"): "credit.award_finalise",
    ("POST", CR + "/award-applications/{application_id}/revoke"): "credit.award_revoke",
    ("POST", CR + "/objections/{objection_id}/decide"): "credit.objection_decide",
    ("POST", CR + "/campaigns"): "credit.campaign_draw",
    ("POST", CR + "/campaigns/{campaign_id}/publish"): "credit.campaign_publish",
    ("POST", CR + "/inspections/{inspection_id}/result"): "credit.inspection_result",
}
ACTIONS = {
    ("POST", "/api/v1/admin/staff"): "staff.create",
    ("PATCH", "/api/v1/admin/staff/{staff_id}"): "staff.update",
    ("POST", "/api/v1/admin/staff/{staff_id}/token"): "staff.token",
    ("GET", C): "complaint.view_personal",
    ("POST", C + "/accept"): "complaint.accept",
    ("POST", C + "/refuse"): "complaint.refuse",
    ("POST", C + "/mediation"): "complaint.mediation",
    ("POST", C + "/outcome"): "complaint.outcome",
    ("POST", C + "/assign"): "complaint.assign",
    ("POST", C + "/photos/{photo_id}/check"): "complaint.photo_review",
    ("GET", "/api/v1/admin/complaints/export.csv"): "complaint.export",
    ("POST", "/api/v1/admin/complaints/intake"): "complaint.file_by_staff",
    ("GET", C + "/identity"): "complaint.view_identity",
    ("GET", C + "/intake"): "complaint.view_personal",
    ("POST", C + "/registration-12315"): "complaint.register_12315",
    ("GET", C + "/registration-12315.csv"): "complaint.export_12315",
    ("GET", C + "/registration-12315.xlsx"): "complaint.export_12315",
    ("GET", "/api/v1/admin/complaints/registration-12315.csv"): "complaint.export_12315",
    ("GET", "/api/v1/admin/complaints/registration-12315.xlsx"): "complaint.export_12315",
    ("POST", C + "/documents"): "complaint.document_issue",
    ("GET", C + "/documents/{document_id}.pdf"): "complaint.document_download",
    ("GET", C + "/documents/{document_id}.docx"): "complaint.document_download",
    ("POST", C + "/staff-facts"): "complaint.staff_facts",
    ("POST", C + "/pump-check"): "complaint.pump_check",
    ("POST", "/api/v1/admin/complaints/policy"): "complaint.policy",
    ("POST", "/api/v1/admin/complaints/policy/{policy_id}/confirm"): "complaint.policy_confirm",
    ("POST", C + "/column-override"): "complaint.column_override",
    ("POST", "/api/v1/admin/complaints/markets/{market_id}/fair-scales"): "complaint.fair_scale",
    ("PUT", "/api/v1/admin/complaints/markets/{market_id}/fair-scales/{scale_id}"): "complaint.fair_scale",
    ("POST", E + "/approve"): "enterprise.approve",
    ("POST", E + "/reject"): "enterprise.reject",
    ("POST", B + "/check-in"): "booking.check_in",
    ("POST", B + "/results"): "booking.results",
    ("POST", B + "/cancel"): "booking.cancel",
    ("POST", "/api/v1/admin/verification-checks/{check_id}/result"): "verification_check.result",
    ("GET", "/api/v1/admin/verification-stats.csv"): "verification.export",
    ("GET", "/api/v1/admin/verification-overdue.csv"): "verification.export",
    **CREDIT_ACTIONS,
}
SENSITIVE_READS = {path for method, path in ACTIONS if method == "GET"}


def _route(request: web.Request) -> str | None:
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else None


def _target(match: dict[str, str]) -> str:
    return ",".join(f"{key.removesuffix('_id')}:{value}" for key, value in match.items())


async def _body(request: web.Request) -> Any:
    if request.content_type != "application/json" or not request.body_exists:
        return None
    raw = await request.read()  # aiohttp keeps the body the handler read
    if len(raw) > MAX_BODY_IN_LOG:
        return {"omitted_bytes": len(raw)}
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _audited(request: web.Request, route: str | None) -> bool:
    if not request.path.startswith(PREFIX) or route is None:
        return False
    return request.method in WRITE_METHODS or (request.method == "GET" and route in SENSITIVE_READS)


@web.middleware
async def audit_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    route = _route(request)
    if not _audited(request, route):
        return await handler(request)
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except ServiceError as exc:
        status = exc.status
        raise
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        staff = request.get(STAFF_ACCOUNT)
        if staff is not None and (status < 400 or status == 403):
            action = ACTIONS.get((request.method, route or ""), "api.write")
            await audit.record(
                request,
                action,
                actor=staff,
                target=_target(dict(request.match_info)),
                details={
                    "via": "api",
                    "route": f"{request.method} {route}",
                    "status": status,
                    "body": await _body(request),
                },
            )
