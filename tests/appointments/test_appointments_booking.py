"""Booking: capacity and one active booking per instrument under concurrency, cancel/reschedule, results."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date

import pytest

from appointments import booking as booking_module
from appointments.catalogue import add_months
from appointments.settings import AppointmentSettings
from tests.support.appointments import ADMIN, MINIAPP, AppointmentWorld


def serial_rows(count: int, type_name: str = "电子计价秤") -> str:
    lines = ["器具类型,型号,出厂编号,使用领域"]
    lines += [f"{type_name},ACS-30,RACE{n:04d},贸易结算" for n in range(count)]
    return "\n".join(lines) + "\n"


@pytest.fixture(params=["with-shortcuts", "database-only"])
def fast_refusals(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a race twice: as deployed, and with the read-then-refuse shortcuts off (the database alone decides)."""
    monkeypatch.setattr(booking_module, "FAST_REFUSALS", request.param == "with-shortcuts")


@pytest.mark.usefixtures("fast_refusals")
async def test_200_concurrent_bookings_for_10_places_through_two_workers(world: AppointmentWorld, make_client) -> None:
    company = await world.company()
    await world.import_csv(company, serial_rows(200))
    listed = f"{MINIAPP}/enterprises/{company.id}/instruments"
    pages = [await world.call("GET", f"{listed}?page={n}&page_size=100", company.headers, expect=200) for n in (1, 2)]
    assert [(p["total"], len(p["items"])) for p in pages] == [(200, 100), (200, 100)]
    instruments = pages[0]["items"] + pages[1]["items"]
    assert len({i["id"] for i in instruments}) == 200
    site = await world.site()
    slot = await world.slot(site["id"], capacity=10)

    second_worker = await make_client()
    path = f"{MINIAPP}/enterprises/{company.id}/bookings"

    async def attempt(index: int, instrument_id: int) -> tuple[int, dict]:
        client = world.client if index % 2 else second_worker
        body = {"slot_id": slot["id"], "instrument_ids": [instrument_id]}
        async with client.post(path, json=body, headers=company.headers) as resp:
            return resp.status, await resp.json()

    results = await asyncio.gather(*(attempt(i, inst["id"]) for i, inst in enumerate(instruments)))
    statuses = Counter(status for status, _ in results)
    assert statuses == {201: 10, 409: 190}, statuses
    assert {body["error"]["code"] for status, body in results if status == 409} == {"slot_full"}
    assert all("约满" in body["error"]["message"] for status, body in results if status == 409)
    confirmations = {body["confirmation_no"] for status, body in results if status == 201}
    assert len(confirmations) == 10

    slots = await world.listing(f"{ADMIN}/verification-slots?site_id={site['id']}", await world.officer(), expect=200)
    assert (slots[0]["booked"], slots[0]["available"]) == (10, 0)
    bookings = await world.listing(f"{ADMIN}/verification-bookings?slot_id={slot['id']}", await world.officer())
    assert len(bookings) == 10


@pytest.mark.usefixtures("fast_refusals")
async def test_an_instrument_cannot_be_double_booked_concurrently(world: AppointmentWorld, make_client) -> None:
    company = await world.company()
    instrument = await world.instrument(company)
    site = await world.site()
    slots = [await world.slot(site["id"], capacity=5, hours_ahead=48 + n) for n in range(10)]
    second_worker = await make_client()
    path = f"{MINIAPP}/enterprises/{company.id}/bookings"

    async def attempt(index: int) -> tuple[int, dict]:
        client = world.client if index % 2 else second_worker
        body = {"slot_id": slots[index % len(slots)]["id"], "instrument_ids": [instrument["id"]]}
        async with client.post(path, json=body, headers=company.headers) as resp:
            return resp.status, await resp.json()

    results = await asyncio.gather(*(attempt(i) for i in range(30)))
    assert Counter(s for s, _ in results) == {201: 1, 409: 29}
    assert {b["error"]["code"] for s, b in results if s == 409} == {"instrument_already_booked"}
    officer = await world.officer()
    all_slots = await world.listing(f"{ADMIN}/verification-slots?site_id={site['id']}", officer, expect=200)
    assert sum(s["booked"] for s in all_slots) == 1  # the losers' capacity claims were rolled back


async def test_booking_rules_cancel_and_reschedule(world: AppointmentWorld) -> None:
    company = await world.company()
    scale = await world.instrument(company)
    dispenser = await world.instrument(company, type="加油机", model="税控加油机", serial_no="JYJ-1")
    site = await world.site()
    lab = await world.slot(site["id"], capacity=3)
    onsite = await world.slot(site["id"], capacity=3, mode="onsite")
    soon = await world.slot(site["id"], capacity=3, hours_ahead=5)

    wrong_mode = await world.book(company, lab["id"], [dispenser["id"]], expect=422)
    assert "现场检定" in wrong_mode["error"]["message"]
    booked = await world.book(company, onsite["id"], [dispenser["id"]])
    assert booked["onsite_address"] == "赛罕区大学东街1号" and booked["slot"]["mode"] == "onsite"

    too_many = await world.book(company, lab["id"], [scale["id"], scale["id"]], expect=201)
    assert too_many["instrument_count"] == 1  # duplicates collapse

    # Inside the 24-hour cutoff nothing can be cancelled online.
    other = await world.instrument(company, serial_no="LATE-1")
    late = await world.book(company, soon["id"], [other["id"]])
    base = f"{MINIAPP}/enterprises/{company.id}/bookings"
    refused = await world.call("POST", f"{base}/{late['id']}/cancel", company.headers, expect=409)
    assert refused["error"]["code"] == "past_cutoff"

    # Reschedule moves capacity from one slot to the other.
    later = await world.slot(site["id"], capacity=1, hours_ahead=96)
    moved = await world.call(
        "POST", f"{base}/{too_many['id']}/reschedule", company.headers, expect=200, json={"slot_id": later["id"]}
    )
    assert moved["slot_id"] == later["id"]
    full = await world.call(
        "POST", f"{base}/{booked['id']}/reschedule", company.headers, expect=422, json={"slot_id": later["id"]}
    )
    assert full["error"]["code"] == "instrument_not_bookable"  # the dispenser needs an on-site slot

    cancelled = await world.call("POST", f"{base}/{moved['id']}/cancel", company.headers, expect=200)
    assert cancelled["status"] == "cancelled"
    officer = await world.officer()
    slots = {s["id"]: s for s in await world.listing(f"{ADMIN}/verification-slots", officer, expect=200)}
    assert slots[lab["id"]]["booked"] == 0 and slots[later["id"]]["booked"] == 0
    # The instrument is free again.
    again = await world.book(company, later["id"], [scale["id"]])
    assert again["status"] == "booked"
    # The capacity cannot drop below what is booked.
    shrink = await world.call(
        "PATCH", f"{ADMIN}/verification-slots/{later['id']}", officer, expect=409, json={"capacity": 0}
    )
    assert shrink["error"]["code"] == "capacity_below_booked"


async def test_results_set_next_due_and_failures_stop_use(world: AppointmentWorld) -> None:
    company = await world.company()
    scale = await world.instrument(company, serial_no="S-PASS")
    broken = await world.instrument(company, serial_no="S-FAIL")
    meter = await world.instrument(company, type="water_meter_dn25", serial_no="W-1", model="LXS-15")
    site = await world.site()
    slot = await world.slot(site["id"], capacity=5)
    booking = await world.book(company, slot["id"], [scale["id"], broken["id"], meter["id"]])
    officer = await world.officer()
    base = f"{ADMIN}/verification-bookings/{booking['id']}"

    early = await world.call(
        "POST",
        f"{base}/results",
        officer,
        expect=409,
        json={"items": [{"instrument_id": scale["id"], "passed": True, "certificate_no": "JD-1"}]},
    )
    assert early["error"]["code"] == "booking_not_checked_in"
    found = await world.listing(f"{ADMIN}/verification-bookings?confirmation_no={booking['confirmation_no']}", officer)
    assert found[0]["id"] == booking["id"]
    await world.call("POST", f"{base}/check-in", officer, expect=200)

    no_cert = await world.call(
        "POST", f"{base}/results", officer, expect=422, json={"items": [{"instrument_id": scale["id"], "passed": True}]}
    )
    assert "证书编号" in no_cert["error"]["message"]
    verified_on = date(2026, 1, 31)
    partial = await world.call(
        "POST",
        f"{base}/results",
        officer,
        expect=200,
        json={
            "items": [
                {
                    "instrument_id": scale["id"],
                    "passed": True,
                    "certificate_no": "JD2026-001",
                    "verified_on": str(verified_on),
                },
                {"instrument_id": broken["id"], "passed": False, "note": "示值误差超差"},
            ]
        },
    )
    assert partial["status"] == "checked_in"
    done = await world.call(
        "POST",
        f"{base}/results",
        officer,
        expect=200,
        json={
            "items": [
                {
                    "instrument_id": meter["id"],
                    "passed": True,
                    "certificate_no": "JD2026-002",
                    "verified_on": str(verified_on),
                },
            ]
        },
    )
    assert done["status"] == "completed"

    path = f"{MINIAPP}/enterprises/{company.id}/instruments"
    by_id = {i["id"]: i for i in await world.listing(path, company.headers)}
    assert by_id[scale["id"]]["next_due_on"] == "2027-01-31" and by_id[scale["id"]]["due_kind"] == "reverify"
    assert by_id[scale["id"]]["status"] == "in_use"
    assert by_id[broken["id"]]["status"] == "stopped"  # 停止使用 until it passes again
    assert by_id[meter["id"]]["due_kind"] == "replace"  # 首检·限期·轮换: a replacement date
    assert by_id[meter["id"]]["next_due_on"] == str(add_months(verified_on, 72))

    # The failed one may be booked again; the verified water meter may not (it is replaced, not re-verified).
    slot2 = await world.slot(site["id"], capacity=5, hours_ahead=120)
    await world.book(company, slot2["id"], [broken["id"]])
    refused = await world.book(company, slot2["id"], [meter["id"]], expect=422)
    assert "轮换" in refused["error"]["message"]

    mine = await world.call("GET", f"{MINIAPP}/enterprises/{company.id}/bookings/{booking['id']}", company.headers)
    assert {i["certificate_no"] for i in mine["items"]} == {"JD2026-001", "JD2026-002", None}


async def test_booking_notice_goes_to_members_through_the_gateway(
    world: AppointmentWorld, run_jobs, sandbox_api, settings
) -> None:
    company = await world.company(openid="o-boss")
    await sandbox_api.subscribe_quota("o-boss", settings.section(AppointmentSettings).template_booking, count=2)
    await world.subscribe("o-boss", settings.section(AppointmentSettings).template_booking, count=2)
    scale = await world.instrument(company)
    site = await world.site()
    slot = await world.slot(site["id"])
    booking = await world.book(company, slot["id"], [scale["id"]])
    assert await run_jobs() >= 1
    sent = (await sandbox_api.get("/sandbox/sent", kind="subscribe"))["items"]
    assert len(sent) == 1
    assert sent[0]["openid"] == "o-boss" and sent[0]["data"]["character_string2"] == booking["confirmation_no"]


async def test_no_shows_lapse_and_staff_can_cancel(world: AppointmentWorld, app) -> None:
    from datetime import UTC, datetime, timedelta

    from appointments.jobs import expire_no_show_bookings
    from appointments.models import Slot
    from core.jobs import job_context
    from core.keys import RESOURCES

    company = await world.company()
    scale = await world.instrument(company, serial_no="NS-1")
    other = await world.instrument(company, serial_no="NS-2")
    site = await world.site()
    slot = await world.slot(site["id"])
    booking = await world.book(company, slot["id"], [scale["id"]])
    retire = await world.call(
        "PATCH",
        f"{MINIAPP}/enterprises/{company.id}/instruments/{scale['id']}",
        company.headers,
        expect=409,
        json={"retired": True},
    )
    assert retire["error"]["code"] == "instrument_booked"

    # The slot passes without a check-in: the daily job releases the instrument.
    past = datetime.now(UTC) - timedelta(days=3)
    await Slot.filter(id=slot["id"]).update(starts_at=past, ends_at=past + timedelta(hours=2))
    ctx = job_context(app[RESOURCES])
    assert await expire_no_show_bookings(ctx) == 1
    assert await expire_no_show_bookings(ctx) == 0
    lapsed = await world.call("GET", f"{MINIAPP}/enterprises/{company.id}/bookings/{booking['id']}", company.headers)
    assert lapsed["status"] == "no_show"
    slot2 = await world.slot(site["id"], hours_ahead=10)  # inside the cutoff: only staff can cancel now
    rebooked = await world.book(company, slot2["id"], [scale["id"], other["id"]])

    officer = await world.officer()
    refused = await world.call(
        "POST", f"{MINIAPP}/enterprises/{company.id}/bookings/{rebooked['id']}/cancel", company.headers, expect=409
    )
    assert refused["error"]["code"] == "past_cutoff"
    cancelled = await world.call("POST", f"{ADMIN}/verification-bookings/{rebooked['id']}/cancel", officer, expect=200)
    assert cancelled["status"] == "cancelled"
    slots = {s["id"]: s for s in await world.listing(f"{ADMIN}/verification-slots", officer)}
    assert slots[slot2["id"]]["booked"] == 0
    retired = await world.call(
        "PATCH",
        f"{MINIAPP}/enterprises/{company.id}/instruments/{scale['id']}",
        company.headers,
        expect=200,
        json={"retired": True},
    )
    assert retired["status"] == "retired"
    refused = await world.book(company, slot2["id"], [scale["id"]], expect=422)
    assert "报废" in refused["error"]["message"]


async def test_only_officers_check_in_and_record_results(world: AppointmentWorld, staff_headers) -> None:
    from core.models import StaffRole

    company = await world.company()
    scale = await world.instrument(company)
    site = await world.site()
    slot = await world.slot(site["id"])
    booking = await world.book(company, slot["id"], [scale["id"]])
    base = f"{ADMIN}/verification-bookings/{booking['id']}"
    await world.call("POST", f"{base}/check-in", company.headers, expect=401)
    publicity = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    await world.call("POST", f"{base}/check-in", publicity, expect=403)
    site_body = {
        "name": "某所",
        "kind": "authorised",
        "district": "玉泉区",
        "address": "玉泉区某路",
        "instrument_types": ["压力表"],
    }
    await world.call("POST", f"{ADMIN}/verification-sites", publicity, expect=403, json=site_body)
    # Another enterprise's member cannot see or cancel this booking.
    stranger = await world.company()
    await world.call(
        "GET", f"{MINIAPP}/enterprises/{stranger.id}/bookings/{booking['id']}", stranger.headers, expect=404
    )
    await world.call(
        "POST", f"{MINIAPP}/enterprises/{stranger.id}/bookings/{booking['id']}/cancel", stranger.headers, expect=404
    )
    foreign = await world.book(stranger, slot["id"], [scale["id"]], expect=404)
    assert foreign["error"]["code"] == "instrument_not_found"
    await world.call("POST", f"{base}/check-in", await world.officer(), expect=200)
    again = await world.call("POST", f"{base}/check-in", await world.officer(), expect=409)
    assert again["error"]["code"] == "booking_not_checkinable"
