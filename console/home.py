"""工作台: my queue, cases near or past their deadline, counts per state, today's bookings at my sites."""

from __future__ import annotations

from aiohttp import web

from appointments import booking as booking_service
from complaints import service as complaints_service
from complaints.models import OPEN_STATUSES, STATUS_LABELS, Complaint, ComplaintStatus
from complaints.service import QueueFilters
from console.pages import VISITOR, page, render
from core.clock import today
from core.models import StaffRole

routes = web.RouteTableDef()
QUEUE_SIZE = 15


@routes.get("/console/")
@page()
async def home(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    context: dict[str, object] = {"counts": [], "queue": [], "queue_total": 0, "urgent": [], "bookings": None}
    if staff.has_role(StaffRole.COMPLAINT_HANDLER):
        counts = []
        for status in ComplaintStatus:
            _, total = await complaints_service.staff_queue(
                staff=staff, filters=QueueFilters(status=status), page=1, page_size=1
            )
            counts.append({"status": status.value, "label": STATUS_LABELS[status], "count": total})
        queue: list[Complaint] = []
        queue_total = 0
        for status in OPEN_STATUSES:
            items, total = await complaints_service.staff_queue(
                staff=staff, filters=QueueFilters(status=status), page=1, page_size=QUEUE_SIZE
            )
            queue.extend(items)
            queue_total += total
        queue.sort(key=lambda c: (c.due_on is None, c.due_on, c.id))
        urgent_over, _ = await complaints_service.staff_queue(
            staff=staff, filters=QueueFilters(overdue=True), page=1, page_size=QUEUE_SIZE
        )
        urgent_soon, _ = await complaints_service.staff_queue(
            staff=staff, filters=QueueFilters(due_soon=True), page=1, page_size=QUEUE_SIZE
        )
        context.update(
            counts=counts,
            queue=queue[:QUEUE_SIZE],
            queue_total=queue_total,
            urgent=[c for c in [*urgent_over, *urgent_soon] if c.due_on is not None],
        )
    if staff.has_role(StaffRole.VERIFICATION_OFFICER):
        context["bookings"] = await booking_service.bookings_on(day=today(), district=staff.district)
    return await render(request, "home.html", {**context, "today": today()})
