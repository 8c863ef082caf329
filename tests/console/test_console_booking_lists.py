"""The officers' booking lists in the console over HTTP: the day sheet of one site, the home page's bookings of
today in the officer's district, the cancelled-booking notices; what each includes, excludes and caps."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from appointments.models import Booking, BookingStatus, Slot
from core.clock import ZONE as TZ
from core.clock import today
from core.models import StaffRole
from tests.support.appointments import ADMIN, AppointmentWorld, Company

SAIHAN_SITE = {"name": "赛罕区计量检定站", "district": "赛罕区", "address": "赛罕区检定路2号"}


def local_day(slot: dict[str, Any]) -> str:
    return datetime.fromisoformat(slot["starts_at"]).astimezone(TZ).date().isoformat()


async def book_one(world: AppointmentWorld, company: Company, slot: dict[str, Any]) -> dict[str, Any]:
    instrument = await world.instrument(company)
    return await world.book(company, slot["id"], [instrument["id"]])


async def copies(booking: dict[str, Any], count: int, **fields: Any) -> list[str]:
    """`count` more bookings like `booking` (same slot and enterprise), straight into the table; their numbers."""
    row = await Booking.get(id=booking["id"])
    numbers = [f"CAP{booking['id']}X{n:04d}" for n in range(count)]
    base = {"enterprise_id": row.enterprise_id, "slot_id": row.slot_id, "instrument_count": 1}  # type: ignore[attr-defined]
    rows = [Booking(confirmation_no=no, created_by=row.created_by, **base, **fields) for no in numbers]
    await Booking.bulk_create(rows)
    return numbers


async def test_the_day_sheet_holds_one_site_and_one_day(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    site, other_site = await world.site(), await world.site(name="新城区第二检定站")
    on_the_day = await book_one(world, company, slot := await world.slot(site["id"], hours_ahead=72))
    other_site_same_day = await book_one(world, company, await world.slot(other_site["id"], hours_ahead=72))
    next_day = await book_one(world, company, await world.slot(site["id"], hours_ahead=96))

    user = browser_user()
    await user.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
    await user.get(f"/console/appointments/day?site_id={site['id']}&date={local_day(slot)}")
    assert on_the_day["confirmation_no"] in user.html
    assert other_site_same_day["confirmation_no"] not in user.html
    assert next_day["confirmation_no"] not in user.html


async def test_the_day_sheet_lists_the_first_500_bookings(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    site = await world.site()
    first = await book_one(world, company, slot := await world.slot(site["id"], hours_ahead=72))
    numbers = await copies(first, 500)  # 501 in all

    user = browser_user()
    await user.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
    await user.get(f"/console/appointments/day?site_id={site['id']}&date={local_day(slot)}")
    assert user.html.count('class="card booking"') == 500
    assert first["confirmation_no"] in user.html and numbers[-2] in user.html and numbers[-1] not in user.html


async def test_the_day_sheet_runs_midnight_to_midnight_in_hohhot_whatever_offset_a_slot_was_written_in(  # type: ignore[no-untyped-def]
    browser_user, console_staff, world
) -> None:
    company = await world.company()
    site = await world.site()
    first = await book_one(world, company, await world.slot(site["id"], hours_ahead=72))
    row = await Booking.get(id=first["id"])
    day = today() + timedelta(days=5)
    utc, local = UTC, TZ  # the two offsets slot times are written in

    async def booked_at(hour: int, minute: int, *, on: date, written_in: Any) -> str:
        starts = datetime.combine(on, time(hour, minute), TZ).astimezone(written_in)
        slot = await Slot.create(site_id=site["id"], starts_at=starts, ends_at=starts + timedelta(hours=1), capacity=5)
        await Slot.filter(id=slot.id).update(starts_at=starts)  # stored as written (create converts to +08:00)
        number = f"MID{slot.id:05d}"
        await Booking.create(
            confirmation_no=number,
            enterprise_id=row.enterprise_id,
            slot=slot,
            instrument_count=1,
            created_by=row.created_by,  # type: ignore[attr-defined]
        )
        return number

    eve_late = await booked_at(23, 59, on=day - timedelta(days=1), written_in=local)
    eve_late_utc = await booked_at(23, 59, on=day - timedelta(days=1), written_in=utc)
    late = await booked_at(23, 59, on=day, written_in=local)
    late_utc = await booked_at(23, 58, on=day, written_in=utc)
    seven_thirty_utc = await booked_at(7, 30, on=day, written_in=utc)  # its text sorts before 07:00 in +08:00
    seven = await booked_at(7, 0, on=day, written_in=local)
    midnight_utc = await booked_at(0, 0, on=day, written_in=utc)
    midnight = await booked_at(0, 0, on=day, written_in=local)
    next_midnight = await booked_at(0, 0, on=day + timedelta(days=1), written_in=local)
    next_midnight_utc = await booked_at(0, 0, on=day + timedelta(days=1), written_in=utc)
    next_early_utc = await booked_at(0, 30, on=day + timedelta(days=1), written_in=utc)

    user = browser_user()
    await user.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)

    async def sheet(on: date) -> list[str]:
        await user.get(f"/console/appointments/day?site_id={site['id']}&date={on}")
        return list(dict.fromkeys(re.findall(r"MID\d{5}", user.html)))  # the numbers in page order, once each

    assert await sheet(day) == [midnight_utc, midnight, seven, seven_thirty_utc, late_utc, late]
    assert await sheet(day - timedelta(days=1)) == [eve_late, eve_late_utc]
    assert await sheet(day + timedelta(days=1)) == [next_midnight, next_midnight_utc, next_early_utc]


async def test_home_lists_todays_bookings_in_the_officers_district(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    xincheng = await book_one(world, company, await world.slot((await world.site())["id"], hours_ahead=72))
    saihan = await book_one(world, company, await world.slot((await world.site(**SAIHAN_SITE))["id"], hours_ahead=72))
    noon_today = datetime.combine(today(), time(12), TZ)
    for booking in (xincheng, saihan):
        await Slot.filter(id=booking["slot_id"]).update(starts_at=noon_today)

    district_officer = browser_user()
    await district_officer.login((await console_staff(StaffRole.VERIFICATION_OFFICER, district="xincheng")).username)
    await district_officer.get("/console/")
    assert xincheng["confirmation_no"] in district_officer.html
    assert saihan["confirmation_no"] not in district_officer.html

    city_officer = browser_user()
    await city_officer.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
    await city_officer.get("/console/")
    assert xincheng["confirmation_no"] in city_officer.html and saihan["confirmation_no"] in city_officer.html


async def test_cancellation_notices_are_the_districts_latest_50(browser_user, console_staff, world, client) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    xincheng = await book_one(world, company, await world.slot((await world.site())["id"], hours_ahead=72))
    saihan = await book_one(world, company, await world.slot((await world.site(**SAIHAN_SITE))["id"], hours_ahead=72))
    for booking in (xincheng, saihan):
        path = f"{ADMIN}/verification-bookings/{booking['id']}/cancel"
        assert (await client.post(path, headers=await world.officer())).status == 200

    district_officer = browser_user()
    await district_officer.login((await console_staff(StaffRole.VERIFICATION_OFFICER, district="xincheng")).username)
    await district_officer.get("/console/notifications")
    assert xincheng["confirmation_no"] in district_officer.html
    assert saihan["confirmation_no"] not in district_officer.html

    city_officer = browser_user()
    await city_officer.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
    await city_officer.get("/console/notifications/badge")
    assert 'id="notice-count">2<' in city_officer.html

    # 50 more cancelled in 新城区, an hour ago and earlier (51 in all): the newest 50 are listed, the oldest is not.
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)  # stored as the app stores it
    numbers = await copies(xincheng, 50, status=BookingStatus.CANCELLED, cancelled_at=an_hour_ago)
    for minutes, number in enumerate(numbers):
        await Booking.filter(confirmation_no=number).update(cancelled_at=an_hour_ago - timedelta(minutes=minutes))
    watcher = browser_user()
    await watcher.login((await console_staff(StaffRole.VERIFICATION_OFFICER, district="xincheng")).username)
    await watcher.get("/console/notifications/badge")
    assert 'id="notice-count">50<' in watcher.html
    await watcher.get("/console/notifications")
    assert xincheng["confirmation_no"] in watcher.html and numbers[-2] in watcher.html
    assert numbers[-1] not in watcher.html


async def test_a_cancellation_after_the_last_look_is_a_notice(browser_user, console_staff, world, client) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    booking = await book_one(world, company, await world.slot((await world.site())["id"], hours_ahead=72))
    user = browser_user()
    await user.login((await console_staff(StaffRole.VERIFICATION_OFFICER)).username)
    await user.get("/console/notifications")  # seen up to now
    path = f"{ADMIN}/verification-bookings/{booking['id']}/cancel"
    assert (await client.post(path, headers=await world.officer())).status == 200
    await user.get("/console/notifications/badge")
    assert 'id="notice-count">1<' in user.html  # was 0 on SQLite: a local-time bound against UTC-stored text
