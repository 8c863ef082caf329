"""The slot calendar and the instrument registry in the console over HTTP; the day sheet of slots before 08:00."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, time, timedelta

from openpyxl import load_workbook

from appointments.models import Booking, BookingStatus, Instrument, Slot
from appointments.settings import AppointmentSettings
from console.slots import chosen_days
from core.clock import ZONE as TZ
from core.clock import today
from core.models import AuditEntry, StaffRole
from tests.support.appointments import ADMIN

SAIHAN_SITE = {"name": "赛罕区计量检定站", "district": "赛罕区", "address": "赛罕区检定路2号"}


def test_working_days_follow_the_official_calendar() -> None:
    # 2025: 1-8 October is the National Day holiday; Sunday 28 September and Saturday 11 October are worked (调休).
    days = chosen_days(date(2025, 9, 27), date(2025, 10, 12), weekdays=set(), working_days=True)
    assert date(2025, 9, 28) in days and date(2025, 10, 11) in days and date(2025, 9, 30) in days
    assert not any(date(2025, 10, n) in days for n in range(1, 9)) and date(2025, 10, 12) not in days
    tuesdays = chosen_days(date(2026, 12, 1), date(2026, 12, 31), weekdays={1}, working_days=False)
    assert [d.day for d in tuesdays] == [1, 8, 15, 22, 29]


async def test_an_officer_opens_changes_and_closes_slots(  # type: ignore[no-untyped-def]
    browser_user, console_staff, world, sandbox_api, settings, run_jobs
) -> None:
    company = await world.company(openid="o-slot-boss")
    await sandbox_api.subscribe_quota("o-slot-boss", settings.section(AppointmentSettings).template_booking, count=5)
    await world.subscribe("o-slot-boss", settings.section(AppointmentSettings).template_booking, count=5)
    site = await world.site()
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检定")
    user = browser_user()
    await user.login(officer.username)
    start = today() + timedelta(days=7)
    end = start + timedelta(days=13)
    calendar = f"/console/appointments/slots?site_id={site['id']}&date_from={start}&date_to={end}"
    await user.get(calendar)
    assert "没有时段" in user.html

    form = {"open_from": str(start), "open_to": str(end), "starts": "07:30", "ends": "09:00", "capacity": "5",
            "mode": "lab", "working_days": "0", "weekday-0": "1", "weekday-2": "1",
            "date_from": str(start), "date_to": str(end)}  # fmt: skip
    await user.post(f"/console/appointments/slots/open/{site['id']}", form)
    mondays_wednesdays = [d for d in (start + timedelta(n) for n in range(14)) if d.weekday() in (0, 2)]
    assert f"已开放 {len(mondays_wednesdays)} 个时段" in user.html
    slots = await Slot.filter(site_id=site["id"]).order_by("starts_at")
    assert [s.starts_at.astimezone(TZ).date() for s in slots] == mondays_wednesdays
    assert all(s.starts_at.astimezone(TZ).time() == time(7, 30) and s.capacity == 5 for s in slots)
    await user.post(f"/console/appointments/slots/open/{site['id']}", form)  # the same again: nothing doubled
    assert "已开放 0 个时段" in user.html and await Slot.filter(site_id=site["id"]).count() == len(slots)

    first = slots[0]
    booking = await world.book(company, first.id, [(await world.instrument(company))["id"]])
    await user.get(calendar)
    assert booking["confirmation_no"] in user.html and "1 / 5" in user.html

    await user.post(f"/console/appointments/slots/{first.id}/capacity", {"capacity": "0"})
    assert "容量不能低于已预约的台件数" in user.html
    await user.post(f"/console/appointments/slots/{first.id}/capacity", {"capacity": "8"})
    assert "容量已改为 8 台件" in user.html and (await Slot.get(id=first.id)).capacity == 8

    await user.post(f"/console/appointments/slots/{first.id}/close")  # bookings: asked first
    assert "确定关闭吗" in user.html and booking["confirmation_no"] in user.html
    assert (await Slot.get(id=first.id)).active
    await run_jobs()
    before = len(await sandbox_api.sent("subscribe", openid="o-slot-boss"))
    await user.post(f"/console/appointments/slots/{first.id}/close", {"confirm": "1"})
    assert "已取消 1 个预约并通知企业" in user.html
    assert not (await Slot.get(id=first.id)).active
    assert (await Booking.get(id=booking["id"])).status == BookingStatus.CANCELLED
    await run_jobs()
    assert len(await sandbox_api.sent("subscribe", openid="o-slot-boss")) == before + 1  # the enterprise is told

    await user.post(f"/console/appointments/slots/{slots[1].id}/close")  # no bookings: closed at once
    assert not (await Slot.get(id=slots[1].id)).active
    await user.post(f"/console/appointments/slots/{slots[1].id}/reopen")
    assert (await Slot.get(id=slots[1].id)).active
    actions = [e.action for e in await AuditEntry.filter(actor_id=officer.id).order_by("seq")]
    assert actions.count("slot.open") == 2 and {"slot.capacity", "slot.close", "slot.reopen"} <= set(actions)


async def test_slot_forms_refuse_bad_input_in_chinese(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    site = await world.site()
    user = browser_user()
    await user.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
    await user.get(f"/console/appointments/slots?site_id={site['id']}")
    base = {"open_from": str(today() + timedelta(1)), "open_to": str(today() + timedelta(30)), "starts": "09:00",
            "ends": "11:00", "capacity": "5", "working_days": "1"}  # fmt: skip
    for change, message in (
        ({"starts": "9点"}, "开始时间格式"),
        ({"capacity": "-1"}, "容量应为1至10000之间的整数"),
        ({"open_to": str(today() + timedelta(200))}, "日期范围最多92天"),
        ({"working_days": "0"}, "没有符合条件的日期"),
        ({"ends": "08:00"}, "结束时间必须晚于开始时间"),
    ):
        await user.post(f"/console/appointments/slots/open/{site['id']}", {**base, **change})
        assert message in user.html, change
    await user.get("/console/appointments/slots?date_from=2026-13-01", status=422)
    handler = browser_user()
    await handler.login((await console_staff(StaffRole.COMPLAINT_HANDLER)).username)
    await handler.get("/console/appointments/slots", status=403)


async def test_the_day_sheet_keeps_slots_before_eight_in_the_morning(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    site = await world.site()
    slot = await world.slot(site["id"], hours_ahead=72)
    booking = await world.book(company, slot["id"], [(await world.instrument(company))["id"]])
    day = today() + timedelta(days=4)
    early = datetime.combine(day, time(7, 0), TZ)
    for stored in (early.astimezone(UTC), early):  # written in UTC by some writers, in +08:00 by others
        await Slot.filter(id=slot["id"]).update(starts_at=stored, ends_at=stored + timedelta(hours=1))
        user = browser_user()
        await user.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
        await user.get(f"/console/appointments/day?site_id={site['id']}&date={day}")
        assert booking["confirmation_no"] in user.html
        await user.get(f"/console/appointments/day?site_id={site['id']}&date={day - timedelta(days=1)}")
        assert booking["confirmation_no"] not in user.html


async def test_the_registry_filters_pages_exports_and_shows_history(  # type: ignore[no-untyped-def]
    browser_user, console_staff, world, client
) -> None:
    xincheng_co = await world.company(name="新城示例商贸有限公司", district="新城区", contact_phone="13912345678")
    saihan_co = await world.company(name="赛罕示例加油站", district="赛罕区")
    scale = await world.instrument(xincheng_co, serial_no="=HYPERLINK(1)")
    for n in range(55):
        await world.instrument(xincheng_co, serial_no=f"P{n:03d}")
    await world.instrument(saihan_co, serial_no="S-1")
    await Instrument.filter(serial_no="P000").update(next_due_on=today() - timedelta(days=3), due_kind="reverify")
    await (
        Instrument.filter(serial_no__startswith="P")
        .exclude(serial_no="P000")
        .update(next_due_on=today() + timedelta(days=200), due_kind="reverify")
    )

    # A verification with a result, so the enterprise page has history.
    site = await world.site()
    slot = await world.slot(site["id"], hours_ahead=72)
    booking = await world.book(xincheng_co, slot["id"], [scale["id"]])
    officer_headers = await world.officer()
    await client.post(f"{ADMIN}/verification-bookings/{booking['id']}/check-in", headers=officer_headers)
    body = {"items": [{"instrument_id": scale["id"], "passed": True, "certificate_no": "JD-REG-1"}]}
    resp = await client.post(
        f"{ADMIN}/verification-bookings/{booking['id']}/results", json=body, headers=officer_headers
    )
    assert resp.status == 200, await resp.text()

    district_officer = browser_user()
    await district_officer.login((await console_staff(StaffRole.VERIFICATION_OFFICER, district="xincheng")).username)
    await district_officer.get("/console/appointments/registry?district=saihan")  # its own district whatever asked
    assert "共 56 台件" in district_officer.html and "S-1" not in district_officer.html
    assert district_officer.html.count("<tr") == 1 + 50 and "第 1 / 2 页" in district_officer.html
    await district_officer.get("/console/appointments/registry?page=2")
    assert district_officer.html.count("<tr") == 1 + 6
    await district_officer.get("/console/appointments/registry?due=overdue")
    assert "共 1 台件" in district_officer.html and "P000" in district_officer.html
    await district_officer.get("/console/appointments/registry?due=soon&enterprise=新城")
    assert "共 0 台件" in district_officer.html
    await district_officer.get("/console/appointments/registry?status=stopped")
    assert "共 0 台件" in district_officer.html

    async with district_officer.client.get("/console/appointments/registry.xlsx?due=overdue") as resp:
        assert resp.status == 200 and "spreadsheetml" in resp.content_type
        sheet = load_workbook(io.BytesIO(await resp.read())).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["企业", "区县", "联系电话"] and len(rows) == 2
    assert rows[1][2] == "139****5678" and "13912345678" not in str(rows)
    async with district_officer.client.get("/console/appointments/registry.xlsx") as resp:
        rows = [[c.value for c in row] for row in load_workbook(io.BytesIO(await resp.read())).active.iter_rows()]
    assert "'=HYPERLINK(1)" in [r[5] for r in rows]  # formulas neutralised as in the CSV exports
    exported = await AuditEntry.filter(action="verification.export").order_by("seq")
    assert [e.details["list"] for e in exported] == ["registry", "registry"]

    enterprise_id = (await Instrument.get(id=scale["id"]).prefetch_related("enterprise")).enterprise.id
    await district_officer.get(f"/console/appointments/registry/enterprises/{enterprise_id}")
    assert "JD-REG-1" in district_officer.html and "合格" in district_officer.html
    assert "139****5678" in district_officer.html and "13912345678" not in district_officer.html
    assert re.search(r"P054", district_officer.html)
    saihan_id = (await Instrument.get(serial_no="S-1").prefetch_related("enterprise")).enterprise.id
    await district_officer.get(f"/console/appointments/registry/enterprises/{saihan_id}", status=404)
