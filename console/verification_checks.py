"""核查任务: verification checks of pumps that complaints asked for; an officer records each result once."""

from __future__ import annotations

from aiohttp import web

from appointments import verification_checks
from appointments.models import CheckStatus
from console.pages import VISITOR, flash, form_data, page, redirect, render
from core import audit
from core.errors import ServiceError
from core.models import StaffRole

routes = web.RouteTableDef()
OFFICER = StaffRole.VERIFICATION_OFFICER
PAGE_SIZE = 50


@routes.get("/console/appointments/checks")
@page(OFFICER)
async def checks_page(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    done = request.query.get("status") == "completed"
    cards, total = await verification_checks.list_checks(
        status=CheckStatus.COMPLETED if done else CheckStatus.REQUESTED,
        district=staff.district,
        page=1,
        page_size=PAGE_SIZE,
    )
    return await render(request, "appointments/checks.html", {"checks": cards, "total": total, "done": done})


@routes.post(r"/console/appointments/checks/{check_id:\d+}/result")
@page(OFFICER)
async def record_result(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    check_id = int(request.match_info["check_id"])
    form = await form_data(request)
    try:
        card = await verification_checks.record_result(
            check_id=check_id,
            district=staff.district,
            passed=form.get("passed") == "yes",
            certificate_no=form.get("certificate_no", "")[:64].strip() or None,
            note=form.get("note", "")[:500],
            staff_id=staff.id,
            staff_name=staff.display_name,
        )
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/appointments/checks") from None
    await audit.record(
        request,
        "verification_check.result",
        actor=staff,
        target=f"verification_check:{card.id}",
        details={"via": "console", "passed": card.passed, "source": card.source, "source_ref": card.source_ref},
    )
    await flash(request, f"已录入核查结果：{card.place} {card.unit_no} 号{'合格' if card.passed else '不合格'}")
    raise redirect("/console/appointments/checks")
