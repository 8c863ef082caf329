"""Booking edges through the API: partly-full slots, on-site reschedules, closed sites and slots, the cut-off to the
second, no-show lapse, and what is refused with which message."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from appointments import booking as booking_module
from appointments.models import Booking, Slot
from core.clock import today
from core.models import StaffRole
from tests.support.appointments import ADMIN, MINIAPP, AppointmentWorld, Company


@pytest.fixture(params=["with-shortcuts", "database-only"])
def fast_refusals(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """As deployed, and with the read-then-refuse shortcuts off (the conditional UPDATE alone decides)."""
    monkeypatch.setattr(booking_module, "FAST_REFUSALS", request.param == "with-shortcuts")


def bookings_path(company: Company) -> str:
    return f"{MINIAPP}/enterprises/{company.id}/bookings"


async def slot_counts(world: AppointmentWorld, *slots: dict[str, Any]) -> list[tuple[int, int]]:
    listed = {s["id"]: s for s in await world.listing(f"{ADMIN}/verification-slots", await world.officer())}
    return [(listed[s["id"]]["booked"], listed[s["id"]]["available"]) for s in slots]


async def scales(world: AppointmentWorld, company: Company, count: int) -> list[int]:
    return [(await world.instrument(company, serial_no=f"P{n}"))["id"] for n in range(count)]


@pytest.mark.usefixtures("fast_refusals")
async def test_a_partly_full_slot_says_how_many_places_are_left(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 6)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=3)
    first = await world.book(company, slot["id"], ids[:2])
    assert first["instrument_count"] == 2 and len(first["items"]) == 2
    assert await slot_counts(world, slot) == [(2, 1)]

    refused = await world.book(company, slot["id"], ids[2:4], expect=409)
    assert refused["error"] == {
        "code": "slot_full",
        "message": "该时段仅剩1台件的名额，您选择了2台件",
        "details": {"available": 1},
    }
    await world.book(company, slot["id"], [ids[2]])  # exactly the last place
    assert await slot_counts(world, slot) == [(3, 0)]
    full = await world.book(company, slot["id"], [ids[3]], expect=409)
    assert full["error"] == {
        "code": "slot_full",
        "message": "该时段已约满，请选择其他时段",
        "details": {"available": 0},
    }
    held = await world.book(company, slot["id"], [ids[0]], expect=409)  # full, and the instrument already booked
    assert held["error"]["code"] == "slot_full"  # the same answer with or without the shortcuts

    whole = await world.slot(site["id"], capacity=2, hours_ahead=100)
    await world.book(company, whole["id"], ids[4:6])  # a booking may fill a slot in one go
    assert await slot_counts(world, whole) == [(2, 0)]


async def test_cancelling_gives_back_every_place_once(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 3)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    booking = await world.book(company, slot["id"], ids)
    assert await slot_counts(world, slot) == [(3, 2)]
    path = f"{bookings_path(company)}/{booking['id']}/cancel"
    assert (await world.call("POST", path, company.headers, expect=200))["status"] == "cancelled"
    assert await slot_counts(world, slot) == [(0, 5)]
    again = await world.call("POST", path, company.headers, expect=409)
    assert again["error"]["code"] == "booking_not_cancellable"
    assert await slot_counts(world, slot) == [(0, 5)]
    assert (await world.book(company, slot["id"], ids))["status"] == "booked"  # the instruments are free again


async def test_rescheduling_an_on_site_booking_keeps_its_address(world: AppointmentWorld) -> None:
    company = await world.company()
    dispenser = await world.instrument(company, type="fuel_dispenser", serial_no="JYJ-7")
    site = await world.site()
    first = await world.slot(site["id"], capacity=2, mode="onsite")
    second = await world.slot(site["id"], capacity=2, mode="onsite", hours_ahead=120)
    body = {"slot_id": first["id"], "instrument_ids": [dispenser["id"]], "onsite_address": "  赛罕区加油站院内 "}
    booked = await world.call("POST", bookings_path(company), company.headers, expect=201, json=body)
    assert booked["onsite_address"] == "赛罕区加油站院内"
    path = f"{bookings_path(company)}/{booked['id']}/reschedule"
    moved = await world.call("POST", path, company.headers, expect=200, json={"slot_id": second["id"]})
    assert (moved["slot_id"], moved["onsite_address"], moved["slot"]["mode"]) == (
        second["id"],
        "赛罕区加油站院内",
        "onsite",
    )
    assert await slot_counts(world, first, second) == [(0, 2), (1, 1)]


async def test_rescheduling_onto_an_on_site_slot_after_the_catalogue_changed(
    world: AppointmentWorld, staff_headers
) -> None:
    """A type moved from 送检 to 现场检定 by local practice: its lab booking moves on site, at the company's address."""
    company = await world.company()
    scale = await world.instrument(company)
    site = await world.site()
    lab = await world.slot(site["id"], capacity=2)
    onsite = await world.slot(site["id"], capacity=2, mode="onsite", hours_ahead=96)
    booked = await world.book(company, lab["id"], [scale["id"]])
    assert booked["onsite_address"] is None
    admin = await staff_headers(StaffRole.ADMIN)
    await world.call("PUT", f"{ADMIN}/catalogue/price_computing_scale", admin, expect=200, json={"place": "site"})
    path = f"{bookings_path(company)}/{booked['id']}/reschedule"
    moved = await world.call("POST", path, company.headers, expect=200, json={"slot_id": onsite["id"]})
    assert (moved["slot_id"], moved["onsite_address"]) == (onsite["id"], "赛罕区大学东街1号")
    assert await slot_counts(world, lab, onsite) == [(0, 2), (1, 1)]


@pytest.mark.usefixtures("fast_refusals")
async def test_rescheduling_onto_a_partly_full_slot_changes_nothing(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 3)
    site = await world.site()
    origin = await world.slot(site["id"], capacity=5)
    target = await world.slot(site["id"], capacity=2, hours_ahead=96)
    booking = await world.book(company, origin["id"], ids[:2])
    await world.book(company, target["id"], [ids[2]])
    path = f"{bookings_path(company)}/{booking['id']}/reschedule"
    refused = await world.call("POST", path, company.headers, expect=409, json={"slot_id": target["id"]})
    assert refused["error"]["message"] == "该时段仅剩1台件的名额，您选择了2台件"
    assert await slot_counts(world, origin, target) == [(2, 3), (1, 1)]
    mine = await world.call("GET", f"{bookings_path(company)}/{booking['id']}", company.headers, expect=200)
    assert mine["slot_id"] == origin["id"]


async def test_reschedule_refusals(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 2)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    other = await world.slot(site["id"], capacity=5, hours_ahead=100)
    soon = await world.slot(site["id"], capacity=5, hours_ahead=5)
    booking = await world.book(company, slot["id"], [ids[0]])
    path = f"{bookings_path(company)}/{booking['id']}/reschedule"
    same = await world.call("POST", path, company.headers, expect=422, json={"slot_id": slot["id"]})
    assert same["error"] == {"code": "same_slot", "message": "新时段与原时段相同", "details": {}}
    late = await world.book(company, soon["id"], [ids[1]])
    late_path = f"{bookings_path(company)}/{late['id']}/reschedule"
    cutoff = await world.call("POST", late_path, company.headers, expect=409, json={"slot_id": other["id"]})
    assert cutoff["error"]["message"] == "距检定开始已不足24小时，不能在线改约，请直接联系检定机构"
    await world.call("POST", f"{bookings_path(company)}/{booking['id']}/cancel", company.headers, expect=200)
    gone = await world.call("POST", path, company.headers, expect=409, json={"slot_id": other["id"]})
    assert gone["error"]["code"] == "booking_not_reschedulable"
    assert await slot_counts(world, slot, other) == [(0, 5), (0, 5)]


async def test_closed_sites_inactive_and_started_slots_cannot_be_booked(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 2)
    officer = await world.officer()
    open_site, closed_site = await world.site(), await world.site(name="呼和浩特市某授权站")
    good = await world.slot(open_site["id"], capacity=5)
    at_closed = await world.slot(closed_site["id"], capacity=5, hours_ahead=80)
    inactive = await world.slot(open_site["id"], capacity=5, hours_ahead=90)
    await world.call(
        "PATCH", f"{ADMIN}/verification-sites/{closed_site['id']}", officer, expect=200, json={"active": False}
    )
    await world.call(
        "PATCH", f"{ADMIN}/verification-slots/{inactive['id']}", officer, expect=200, json={"active": False}
    )
    for slot in (at_closed, inactive):
        refused = await world.book(company, slot["id"], [ids[0]], expect=404)
        assert refused["error"]["code"] == "slot_not_found"
        assert refused["error"]["message"] == "没有找到该预约时段"
    booking = await world.book(company, good["id"], [ids[0]])
    path = f"{bookings_path(company)}/{booking['id']}/reschedule"
    for slot in (at_closed, inactive):
        refused = await world.call("POST", path, company.headers, expect=404, json={"slot_id": slot["id"]})
        assert refused["error"]["code"] == "slot_not_found"
    assert await slot_counts(world, good, at_closed, inactive) == [(1, 4), (0, 5), (0, 5)]

    started = await world.slot(open_site["id"], capacity=5, hours_ahead=50)
    await Slot.filter(id=started["id"]).update(starts_at=datetime.now(UTC) - timedelta(minutes=1))
    late = await world.book(company, started["id"], [ids[1]], expect=409)
    assert late["error"] == {"code": "slot_started", "message": "该时段已经开始，不能再预约", "details": {}}


async def test_the_cancel_cutoff_holds_to_the_second(world: AppointmentWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    company = await world.company()
    ids = await scales(world, company, 1)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    booking = await world.book(company, slot["id"], ids)
    starts = datetime(2030, 5, 20, 9, 0, tzinfo=UTC)
    await Slot.filter(id=slot["id"]).update(starts_at=starts, ends_at=starts + timedelta(hours=2))
    path = f"{bookings_path(company)}/{booking['id']}/cancel"
    monkeypatch.setattr(booking_module, "now", lambda: starts - timedelta(hours=24, microseconds=-1))
    refused = await world.call("POST", path, company.headers, expect=409)
    assert refused["error"]["message"] == "距检定开始已不足24小时，不能在线取消，请直接联系检定机构"
    monkeypatch.setattr(booking_module, "now", lambda: starts - timedelta(hours=24))  # exactly 24 h before: allowed
    assert (await world.call("POST", path, company.headers, expect=200))["status"] == "cancelled"


async def test_a_slot_starting_this_very_second_is_closed(world: AppointmentWorld, monkeypatch) -> None:
    company = await world.company()
    ids = await scales(world, company, 1)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    starts = datetime(2030, 5, 20, 9, 0, tzinfo=UTC)
    await Slot.filter(id=slot["id"]).update(starts_at=starts, ends_at=starts + timedelta(hours=2))
    monkeypatch.setattr(booking_module, "now", lambda: starts)
    assert (await world.book(company, slot["id"], ids, expect=409))["error"]["code"] == "slot_started"
    monkeypatch.setattr(booking_module, "now", lambda: starts - timedelta(seconds=1))
    await world.book(company, slot["id"], ids)


async def test_no_shows_lapse_only_after_the_grace_period(world: AppointmentWorld, monkeypatch) -> None:
    company = await world.company()
    ids = await scales(world, company, 3)
    site = await world.site()
    slots = [await world.slot(site["id"], capacity=5, hours_ahead=60 + n) for n in range(3)]
    bookings = [await world.book(company, s["id"], [i]) for s, i in zip(slots, ids, strict=True)]
    officer = await world.officer()
    await world.call("POST", f"{ADMIN}/verification-bookings/{bookings[2]['id']}/check-in", officer, expect=200)
    frozen = datetime(2030, 1, 10, 12, 0, tzinfo=UTC)
    ends = [frozen - timedelta(hours=24), frozen - timedelta(hours=24, seconds=1), frozen - timedelta(days=3)]
    for slot, end in zip(slots, ends, strict=True):
        await Slot.filter(id=slot["id"]).update(starts_at=end - timedelta(hours=2), ends_at=end)
    monkeypatch.setattr(booking_module, "now", lambda: frozen)
    assert await booking_module.expire_no_shows(grace_hours=24) == 1  # only the one past 24 h; checked-in stays
    statuses = [
        (await world.call("GET", f"{bookings_path(company)}/{b['id']}", company.headers))["status"] for b in bookings
    ]
    assert statuses == ["booked", "no_show", "checked_in"]
    assert await booking_module.expire_no_shows(grace_hours=24) == 0
    monkeypatch.undo()
    fresh = await world.slot(site["id"], capacity=5, hours_ahead=200)
    await world.book(company, fresh["id"], [ids[1]])  # the lapsed booking released its instrument
    await world.book(company, fresh["id"], [ids[0]], expect=409)  # the other is still held


async def test_why_an_instrument_cannot_be_booked_is_spelt_out(world: AppointmentWorld, staff_headers) -> None:
    company = await world.company()
    scale = await world.instrument(company, serial_no="S-1")
    dispenser = await world.instrument(company, type="fuel_dispenser", serial_no="J-1")
    meter = await world.instrument(company, type="gas_meter", serial_no="G-1", model="G2.5")
    site = await world.site()  # verifies scales, dispensers, truck scales, small water meters
    lab = await world.slot(site["id"], capacity=5)
    onsite = await world.slot(site["id"], capacity=5, mode="onsite", hours_ahead=90)
    both = await world.book(company, lab["id"], [scale["id"], dispenser["id"], meter["id"]], expect=422)
    assert both["error"]["code"] == "instrument_not_bookable"
    assert both["error"]["details"]["errors"] == [
        "燃油加油机（出厂编号J-1）需要现场检定，请选择“现场检定”时段",
        "呼和浩特市计量测试所不检定燃气表（居民，天然气），请选择其他检定机构",
    ]
    assert both["error"]["message"] == "；".join(both["error"]["details"]["errors"])
    wrong = await world.book(company, onsite["id"], [scale["id"]], expect=422)
    assert wrong["error"]["details"]["errors"] == ["电子计价秤（出厂编号S-1）需要送检，请选择送检时段"]

    admin = await staff_headers(StaffRole.ADMIN)
    await world.call("PUT", f"{ADMIN}/catalogue/price_computing_scale", admin, expect=200, json={"mode": "none"})
    dropped = await world.book(company, lab["id"], [scale["id"]], expect=422)
    assert dropped["error"]["details"]["errors"] == [f"器具{scale['serial_no']}的类型已不在强制检定目录中"]


async def test_a_first_only_meter_that_failed_may_be_verified_again(world: AppointmentWorld) -> None:
    company = await world.company()
    meter = await world.instrument(company, type="water_meter_dn25", serial_no="W-9", model="LXS-15")
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    booking = await world.book(company, slot["id"], [meter["id"]])
    officer = await world.officer()
    base = f"{ADMIN}/verification-bookings/{booking['id']}"
    await world.call("POST", f"{base}/check-in", officer, expect=200)
    items = [{"instrument_id": meter["id"], "passed": False, "note": "示值误差超差"}]
    await world.call("POST", f"{base}/results", officer, expect=200, json={"items": items})
    again = await world.slot(site["id"], capacity=5, hours_ahead=150)
    assert (await world.book(company, again["id"], [meter["id"]]))["status"] == "booked"


async def test_results_are_checked_item_by_item(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 3)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    booking = await world.book(company, slot["id"], ids[:2])
    officer = await world.officer()
    base = f"{ADMIN}/verification-bookings/{booking['id']}"
    await world.call("POST", f"{base}/check-in", officer, expect=200)
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    items = [
        {"instrument_id": ids[2], "passed": False},
        {"instrument_id": ids[0], "passed": True, "certificate_no": "JD-1", "verified_on": tomorrow},
        {"instrument_id": ids[1], "passed": False},
        {"instrument_id": ids[1], "passed": False},
    ]
    refused = await world.call("POST", f"{base}/results", officer, expect=422, json={"items": items})
    assert refused["error"]["details"]["errors"] == [
        f"器具{ids[2]}不在本次预约中",
        f"器具{ids[0]}的检定日期不能晚于今天",
        f"器具{ids[1]}重复出现",
    ]
    ok = [{"instrument_id": ids[1], "passed": False}]
    partial = await world.call("POST", f"{base}/results", officer, expect=200, json={"items": ok})
    assert partial["status"] == "checked_in"
    twice = await world.call("POST", f"{base}/results", officer, expect=422, json={"items": ok})
    assert twice["error"]["details"]["errors"] == [f"器具{ids[1]}的检定结果已录入"]
    done = [{"instrument_id": ids[0], "passed": True, "certificate_no": " JD-2 "}]
    completed = await world.call("POST", f"{base}/results", officer, expect=200, json={"items": done})
    assert completed["status"] == "completed"
    assert {i["instrument_id"]: i["certificate_no"] for i in completed["items"]} == {ids[0]: "JD-2", ids[1]: None}


async def test_staff_lists_filter_by_status_slot_and_site(world: AppointmentWorld) -> None:
    company = await world.company()
    ids = await scales(world, company, 3)
    site, other_site = await world.site(), await world.site(name="呼和浩特市某授权站")
    first = await world.slot(site["id"], capacity=5)
    second = await world.slot(other_site["id"], capacity=5, hours_ahead=100)
    a = await world.book(company, first["id"], [ids[0]])
    b = await world.book(company, second["id"], [ids[1]])
    c = await world.book(company, second["id"], [ids[2]])
    officer = await world.officer()
    await world.call("POST", f"{ADMIN}/verification-bookings/{c['id']}/cancel", officer, expect=200)

    async def listed(query: str) -> list[int]:
        return [x["id"] for x in await world.listing(f"{ADMIN}/verification-bookings{query}", officer, expect=200)]

    assert await listed("") == [c["id"], b["id"], a["id"]]  # newest first
    assert await listed("?status=booked") == [b["id"], a["id"]]
    assert await listed("?status=cancelled") == [c["id"]]
    assert await listed(f"?slot_id={second['id']}") == [c["id"], b["id"]]
    assert await listed(f"?site_id={site['id']}") == [a["id"]]
    mine = await world.listing(bookings_path(company), company.headers)
    assert [x["id"] for x in mine] == [c["id"], b["id"], a["id"]]
    stranger = await world.company()
    assert await world.listing(bookings_path(stranger), stranger.headers) == []


async def test_confirmation_numbers_read_as_printed(world: AppointmentWorld) -> None:
    """JD + the day (yymmdd, Beijing time) + 8 characters without look-alikes (no 0/O, 1/I)."""
    company = await world.company()
    ids = await scales(world, company, 2)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    numbers = [(await world.book(company, slot["id"], [i]))["confirmation_no"] for i in ids]
    for number in numbers:
        assert re.fullmatch(rf"JD{today():%y%m%d}[2-9A-HJ-NP-Z]{{8}}", number), number
    assert numbers[0] != numbers[1]


async def test_a_result_verified_today_is_accepted(world: AppointmentWorld, monkeypatch) -> None:
    company = await world.company()
    ids = await scales(world, company, 1)
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    booking = await world.book(company, slot["id"], ids)
    officer = await world.officer()
    base = f"{ADMIN}/verification-bookings/{booking['id']}"
    await world.call("POST", f"{base}/check-in", officer, expect=200)
    day = date(2030, 3, 15)
    monkeypatch.setattr(booking_module, "today", lambda: day)
    items = [{"instrument_id": ids[0], "passed": True, "certificate_no": "JD-T", "verified_on": "2030-03-15"}]
    done = await world.call("POST", f"{base}/results", officer, expect=200, json={"items": items})
    assert done["status"] == "completed"
    instruments = await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", company.headers)
    assert instruments[0]["next_due_on"] == "2031-03-15"


async def test_staff_lists_page_through_every_booking_newest_first(world: AppointmentWorld) -> None:
    company = await world.company()
    site = await world.site()
    slot = await world.slot(site["id"], capacity=500)
    await Booking.bulk_create(
        [
            Booking(
                confirmation_no=f"JDTEST{n:05d}",
                enterprise_id=company.id,
                slot_id=slot["id"],
                instrument_count=1,
                created_by=1,
            )
            for n in range(201)
        ]
    )
    officer = await world.officer()
    first = await world.call("GET", f"{ADMIN}/verification-bookings?page_size=100", officer, expect=200)
    third = await world.call("GET", f"{ADMIN}/verification-bookings?page=3&page_size=100", officer, expect=200)
    assert first["total"] == third["total"] == 201 and len(first["items"]) == 100
    assert first["items"][0]["confirmation_no"] == "JDTEST00200"  # newest first, every one reachable by page
    assert [b["confirmation_no"] for b in third["items"]] == ["JDTEST00000"]
    too_big = await world.call("GET", f"{ADMIN}/verification-bookings?page_size=101", officer, expect=422)
    assert too_big["error"]["details"]["fields"][0]["loc"] == ["page_size"]
