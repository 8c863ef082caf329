"""Staff are told, not left to poll: a badge (htmx, refreshed every minute) and a list of what is new for me.

New cases in my office (filed or handed over), cases within two working days of their deadline, bookings
cancelled at my district's sites. "New" is relative to the last time the list was opened (kept in Redis).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiohttp import web

from appointments import booking as booking_service
from complaints import service as complaints_service
from console.pages import VISITOR, page, redis_of, render
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()
SEEN_PREFIX = "staff:console:notices-seen:"
FIRST_LOOK_BACK = timedelta(days=7)  # someone who never opened the list sees the last week


async def _last_seen(request: web.Request, staff: StaffAccount) -> datetime:
    raw = await redis_of(request).get(SEEN_PREFIX + str(staff.id))
    if raw is None:
        return datetime.now(UTC) - FIRST_LOOK_BACK
    return datetime.fromtimestamp(float(raw), UTC)


async def notices(staff: StaffAccount, since: datetime) -> dict[str, list]:
    found: dict[str, list] = {"new_cases": [], "near_deadline": [], "cancelled": []}
    if staff.has_role(StaffRole.COMPLAINT_HANDLER):
        found["new_cases"] = await complaints_service.new_cases(staff=staff, since=since)
        found["near_deadline"] = await complaints_service.cases_near_deadline(staff=staff)
    if staff.has_role(StaffRole.VERIFICATION_OFFICER):
        found["cancelled"] = await booking_service.cancelled_since(since=since, district=staff.district)
    return found


@routes.get("/console/notifications/badge")
@page()
async def badge(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    found = await notices(staff, await _last_seen(request, staff))
    count = sum(len(items) for items in found.values())
    return await render(request, "notifications_badge.html", {"count": count})


@routes.get("/console/notifications")
@page()
async def notification_list(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    since = await _last_seen(request, staff)
    found = await notices(staff, since)
    await redis_of(request).set(SEEN_PREFIX + str(staff.id), datetime.now(UTC).timestamp())
    return await render(request, "notifications.html", {**found, "since": since})
