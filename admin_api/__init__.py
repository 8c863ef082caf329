"""Channel: the staff JSON API (/api/v1/admin/...), every route role-checked."""

from admin_api import appointments, campaigns, complaints, knowledge, staff

ROUTE_TABLES = [staff.routes, knowledge.routes, complaints.routes, appointments.routes, campaigns.routes]
