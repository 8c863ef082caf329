"""Channel: the staff JSON API (/api/v1/admin/...), every route role-checked, every action audited."""

from aiohttp import web

from admin_api import appointments, campaigns, complaint_intake, complaint_rules, complaints, credit, knowledge, staff
from admin_api.audit import audit_middleware

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


def setup(app: web.Application) -> None:
    app.middlewares.append(audit_middleware)
