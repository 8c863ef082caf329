"""Daily tasks the API offered staff and the console lacked: a handler's verdict on a photo WeChat's check left
for review, an officer's cancellation of a single booking (no-show, site closed)."""

from __future__ import annotations

from datetime import datetime

from appointments.models import Booking, BookingStatus, Site
from appointments.settings import AppointmentSettings
from complaints.models import ComplaintPhoto, PhotoCheck
from core.clock import ZONE as TZ
from core.models import AuditEntry, StaffRole


async def test_a_handler_reviews_a_photo_on_the_case_page(  # type: ignore[no-untyped-def]
    browser_user, console_staff, complaint_api, citizen
) -> None:
    filed = await complaint_api.filed(await citizen(), photos=2)  # 新城区
    first, second = await ComplaintPhoto.filter(complaint_id=filed["id"]).order_by("id")
    await ComplaintPhoto.filter(id=first.id).update(check_status=PhotoCheck.REVIEW)
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, district="xincheng")
    user = browser_user()
    await user.login(handler.username)
    case = f"/console/complaints/{filed['id']}"
    await user.get(case)
    assert "待人工核验" in user.html and f"/photos/{first.id}/check" in user.html

    await user.post(f"{case}/photos/{first.id}/check", {"verdict": "pass"})
    assert "照片已人工核验通过" in user.html
    await user.post(f"{case}/photos/{second.id}/check", {"verdict": "risky"})
    await user.post(f"{case}/photos/{second.id}/check", {"verdict": "delete"})
    assert "请选择" in user.html
    assert [p.check_status for p in await ComplaintPhoto.filter(complaint_id=filed["id"]).order_by("id")] == [
        PhotoCheck.PASS,
        PhotoCheck.RISKY,
    ]
    assert await AuditEntry.filter(action="complaint.photo_review", actor_id=handler.id).count() == 2

    other = browser_user()
    await other.login((await console_staff(StaffRole.COMPLAINT_HANDLER, district="saihan")).username)
    await other.get("/console/")
    await other.post(f"{case}/photos/{first.id}/check", {"verdict": "risky"}, status=404)  # another office's case
    await user.post(f"{case}/photos/999999/check", {"verdict": "pass"}, status=404)


async def test_an_officer_cancels_one_booking_from_the_day_sheet(  # type: ignore[no-untyped-def]
    browser_user, console_staff, world, sandbox_api, settings, run_jobs
) -> None:
    company = await world.company(openid="o-cancel-boss")
    await sandbox_api.subscribe_quota("o-cancel-boss", settings.section(AppointmentSettings).template_booking, count=5)
    await world.subscribe("o-cancel-boss", settings.section(AppointmentSettings).template_booking, count=5)
    site = await world.site()
    slot = await world.slot(site["id"], hours_ahead=72)
    booking = await world.book(company, slot["id"], [(await world.instrument(company))["id"]])
    await run_jobs()
    told = len(await sandbox_api.sent("subscribe", openid="o-cancel-boss"))
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER)
    user = browser_user()
    await user.login(officer.username)
    day = datetime.fromisoformat(slot["starts_at"]).astimezone(TZ).date()
    await user.get(f"/console/appointments/day?site_id={site['id']}&date={day}")
    form = {"site_id": str(site["id"]), "date": str(day)}
    await user.post(f"/console/appointments/bookings/{booking['id']}/cancel", form)
    assert "已取消，已通知企业" in user.html
    assert (await Booking.get(id=booking["id"])).status == BookingStatus.CANCELLED
    await user.post(f"/console/appointments/bookings/{booking['id']}/cancel", form)
    assert "只能取消尚未签到的预约" in user.html
    await run_jobs()
    assert len(await sandbox_api.sent("subscribe", openid="o-cancel-boss")) == told + 1
    assert await AuditEntry.filter(action="booking.cancel", actor_id=officer.id).count() == 1


async def test_an_officer_adds_and_edits_a_verification_site(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER)
    user = browser_user()
    await user.login(officer.username)
    await user.get("/console/appointments/sites")
    new = {"name": "赛罕区计量检定站", "kind": "authorised", "district": "saihan", "address": "赛罕区检定路2号",
           "phone": "0471-1234567", "instrument_types": "price_computing_scale"}  # fmt: skip
    await user.post("/console/appointments/sites", new)
    assert "已新增检定机构：赛罕区计量检定站" in user.html
    site = await Site.get(name="赛罕区计量检定站")
    assert site.district == "saihan" and site.instrument_types == ["price_computing_scale"] and site.active

    await user.post("/console/appointments/sites", {**new, "instrument_types": "no-such-type"})
    assert await Site.filter(name="赛罕区计量检定站").count() == 1 and 'class="flash error"' in user.html
    await user.post("/console/appointments/sites", {**new, "name": "x"})
    assert "请检查：名称" in user.html

    await user.post(
        f"/console/appointments/sites/{site.id}", {"name": "赛罕区计量检定站（新址）", "address": "新址1号"}
    )
    site = await Site.get(id=site.id)
    assert (site.name, site.address, site.active) == ("赛罕区计量检定站（新址）", "新址1号", False)  # unchecked: off
    await user.post(f"/console/appointments/sites/{site.id}", {"active": "1"})
    assert (await Site.get(id=site.id)).active
    assert await AuditEntry.filter(action__in=["site.create", "site.update"], actor_id=officer.id).count() == 3
    await user.post("/console/appointments/sites/999999", {"active": "1"}, status=404)
