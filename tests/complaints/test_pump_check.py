"""A 加油机/加气机 complaint routes to a verification check of that pump: staff create it from the case (once, however
often they click), a verification officer records the result, and the case shows it."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

from appointments.models import VerificationCheck
from complaints.models import ComplaintEvent
from core.audit import AuditEntry
from core.clock import today
from tests.support.intake import FACTS, FILE, kind_form, post

ADMIN = "/api/v1/admin/complaints"
CHECKS = "/api/v1/admin/verification-checks"
HANDLER = "complaint_handler"
OFFICER = "verification_officer"


async def _fuel_case(client, staff, **facts):
    form = kind_form("fuel_dispenser", {**FACTS["fuel_dispenser"], **facts}, intake_channel="counter")
    resp = await client.post(f"{ADMIN}/intake", json=form, headers=staff)
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def test_pump_complaint_creates_one_check_and_shows_the_officers_result(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _fuel_case(client, handler)
    assert case["pump_check"] is None

    # A double click, and a retried request racing the first: one check.
    planned = (today() + timedelta(days=3)).isoformat()
    url = f"{ADMIN}/{case['id']}/pump-check"
    first, second = await asyncio.gather(
        client.post(url, json={"planned_on": planned}, headers=handler),
        client.post(url, json={"planned_on": planned}, headers=handler),
    )
    assert first.status == second.status == 200, await first.text()
    third = await client.post(url, json={}, headers=handler)
    assert third.status == 200
    checks = [(await r.json())["pump_check"] for r in (first, second, third)]
    assert len({c["id"] for c in checks}) == 1
    check = checks[0]
    assert await VerificationCheck.all().count() == 1
    assert await ComplaintEvent.filter(complaint_id=case["id"], action="pump_check").count() == 1
    assert check["type_slug"] == "fuel_dispenser" and check["place"] == "新华大街加油站" and check["unit_no"] == "3-2"
    assert check["status"] == "requested" and check["passed"] is None and check["planned_on"] == planned
    assert check["source"] == "complaint" and check["source_ref"] == case["tracking_no"]
    assert await AuditEntry.filter(action="complaint.pump_check").count() == 3

    # The officer of the pump's district sees it among the checks waiting; another district's officer does not.
    officer = await staff_headers(OFFICER, district=check["district"])
    elsewhere = await staff_headers(OFFICER, district="赛罕区" if check["district"] != "saihan" else "新城区")
    waiting = await (await client.get(CHECKS, params={"status": "requested"}, headers=officer)).json()
    assert [k["id"] for k in waiting["items"]] == [check["id"]] and waiting["total"] == 1
    assert (await (await client.get(CHECKS, headers=elsewhere)).json())["total"] == 0
    resp = await client.post(f"{CHECKS}/{check['id']}/result", json={"passed": True}, headers=elsewhere)
    assert resp.status == 404
    # A complaint handler does not record verification results.
    resp = await client.post(f"{CHECKS}/{check['id']}/result", json={"passed": True}, headers=handler)
    assert resp.status == 403

    # A failed check needs a note; then it is recorded once.
    resp = await client.post(f"{CHECKS}/{check['id']}/result", json={"passed": False}, headers=officer)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "note_required"
    result = {"passed": False, "certificate_no": "HJ-2026-0099", "note": "示值误差 +0.62%，超出 ±0.3%"}
    resp = await client.post(f"{CHECKS}/{check['id']}/result", json=result, headers=officer)
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["status"] == "completed"
    resp = await client.post(f"{CHECKS}/{check['id']}/result", json={"passed": True}, headers=officer)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "check_already_recorded"
    # Recorded: the handler's refused attempt (403) and the officer's result; not the refusals by validation.
    audited = await AuditEntry.filter(action="verification_check.result").order_by("id")
    assert [e.details["status"] for e in audited] == [403, 200]

    # The case shows the check and its result.
    detail = await (await client.get(f"{ADMIN}/{case['id']}/intake", headers=handler)).json()
    shown = detail["pump_check"]
    assert shown["status"] == "completed" and shown["passed"] is False
    assert shown["certificate_no"] == "HJ-2026-0099" and "0.62" in shown["result_note"]
    assert shown["recorded_by_name"]
    done = await (await client.get(CHECKS, params={"status": "completed"}, headers=officer)).json()
    assert [k["id"] for k in done["items"]] == [check["id"]]


async def test_gas_pump_is_a_gas_dispenser_and_other_kinds_have_no_pump(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _fuel_case(client, handler, fuel="lpg", station="金桥加气站")
    resp = await client.post(f"{ADMIN}/{case['id']}/pump-check", json={}, headers=handler)
    assert resp.status == 200
    assert (await resp.json())["pump_check"]["type_slug"] == "gas_dispenser"

    other = await client.post(f"{ADMIN}/intake", json=kind_form("ev_charger", intake_channel="phone"), headers=handler)
    assert other.status == 201
    resp = await client.post(f"{ADMIN}/{(await other.json())['id']}/pump-check", json={}, headers=handler)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "not_a_pump_case"
    assert "充电桩" in (await resp.json())["error"]["message"]


async def test_pump_check_input_is_checked(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _fuel_case(client, handler)
    url = f"{ADMIN}/{case['id']}/pump-check"
    yesterday = (today() - timedelta(days=1)).isoformat()
    resp = await client.post(url, json={"planned_on": yesterday}, headers=handler)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "date_in_past"
    resp = await client.post(url, json={"planned_on": "明天"}, headers=handler)
    assert resp.status == 422
    assert await VerificationCheck.all().count() == 0
    officer = await staff_headers(OFFICER)
    resp = await client.post(f"{CHECKS}/999/result", json={"passed": True}, headers=officer)
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "check_not_found"


async def test_the_citizen_follows_the_check_of_the_pump_they_complained_about(
    client, complaint_api, citizen, staff_headers
):
    headers = await citizen()
    photo = await complaint_api.photo_id(headers)
    facts = {**FACTS["fuel_dispenser"], "receipt_photo_id": photo}
    resp = await post(client, headers, kind_form("fuel_dispenser", facts, photo_ids=[photo]))
    assert resp.status == 201, await resp.text()
    case = (await resp.json())["complaint"]
    mine = f"{FILE}/{case['id']}"
    assert (await (await client.get(mine, headers=headers)).json())["pump_check_progress"] is None

    handler = await staff_headers(HANDLER)
    planned = (today() + timedelta(days=2)).isoformat()
    resp = await client.post(f"{ADMIN}/{case['id']}/pump-check", json={"planned_on": planned}, headers=handler)
    assert resp.status == 200, await resp.text()
    check = (await resp.json())["pump_check"]
    seen = (await (await client.get(mine, headers=headers)).json())["pump_check_progress"]
    assert seen == {"status_label": "待核查", "planned_on": planned, "result_label": None, "recorded_on": None}

    officer = await staff_headers(OFFICER, district=check["district"])
    result = {"passed": False, "certificate_no": "HJ-2026-0100", "note": "示值误差 +0.5%，内部备注"}
    resp = await client.post(f"{CHECKS}/{check['id']}/result", json=result, headers=officer)
    assert resp.status == 200, await resp.text()
    body = await (await client.get(mine, headers=headers)).json()
    assert body["pump_check_progress"] == {
        "status_label": "已出结果",
        "planned_on": planned,
        "result_label": "不合格",
        "recorded_on": today().isoformat(),
    }
    # The officer's note and names stay with staff.
    assert "内部备注" not in json.dumps(body, ensure_ascii=False)
