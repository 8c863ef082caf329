"""The handling workflow through the staff and citizen APIs: transitions, events, races, visibility, roles."""

from __future__ import annotations

import asyncio
import logging

import pytest

from complaints.models import Complaint, ComplaintEvent
from core.models import StaffRole

HANDLER = StaffRole.COMPLAINT_HANDLER
ADMIN = "/api/v1/admin/complaints"
MINE = "/api/v1/miniapp/complaints"


async def test_full_workflow_records_every_transition(client, complaint_api, citizen, staff_headers):
    owner = await citizen()
    case = await complaint_api.filed(owner)
    staff = await staff_headers(HANDLER)
    assert case["accept_due_on"] and case["due_on"] == case["accept_due_on"]

    resp = await client.post(f"{ADMIN}/{case['id']}/accept", json={"note": "材料齐全"}, headers=staff)
    assert resp.status == 200, await resp.text()
    accepted = await resp.json()
    assert accepted["status_label"] == "已受理"
    assert accepted["mediation_due_on"] and accepted["due_on"] == accepted["mediation_due_on"]

    resp = await client.post(f"{ADMIN}/{case['id']}/mediation", json={"note": "电话联系商户"}, headers=staff)
    assert (await resp.json())["status"] == "mediating"
    resp = await client.post(
        f"{ADMIN}/{case['id']}/outcome",
        json={"result": "mediated", "refund_amount": "5.00", "compensation_amount": "500.00", "note": "退一赔三"},
        headers=staff,
    )
    assert resp.status == 200, await resp.text()
    closed = await resp.json()
    assert closed["status_label"] == "调解成功"
    assert closed["refund_amount"] == "5.00" and closed["compensation_amount"] == "500.00"
    assert closed["substantiated"] is True  # defaults to the assessment (150 g short exceeds 40 g)
    assert closed["due_on"] is None and closed["closed_at"]
    actions = [(e["action"], e["to_status"]) for e in closed["events"]]
    assert actions == [
        ("file", "pending"),
        ("accept", "accepted"),
        ("start_mediation", "mediating"),
        ("mediated", "mediated"),
    ]
    assert all(e["actor"] for e in closed["events"][1:])

    # The citizen sees the timeline without staff names, then rates once.
    mine = await (await client.get(f"{MINE}/{case['id']}", headers=owner)).json()
    assert {e["actor"] for e in mine["events"][1:]} == {"工作人员"}
    resp = await client.post(f"{MINE}/{case['id']}/rating", json={"rating": 5, "comment": "处理及时"}, headers=owner)
    assert resp.status == 200 and (await resp.json())["rating"] == 5
    resp = await client.post(f"{MINE}/{case['id']}/rating", json={"rating": 1}, headers=owner)
    assert resp.status == 409
    assert (await resp.json())["error"]["code"] == "already_rated"


async def test_refusal_needs_a_reason_from_the_cases_regulation(client, complaint_api, citizen, staff_headers):
    case = await complaint_api.filed(await citizen())
    staff = await staff_headers(HANDLER)
    resp = await client.post(f"{ADMIN}/{case['id']}/refuse", json={"reason": "i_dont_like_it"}, headers=staff)
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "invalid_refusal_reason"
    # identity_misused exists only in 第121号, which applies to a case received now.
    resp = await client.post(f"{ADMIN}/{case['id']}/refuse", json={"reason": "identity_misused"}, headers=staff)
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["status_label"] == "不予受理"
    assert body["refusal_reason_label"] == "冒用他人名义投诉或者拒绝配合身份核验"


async def test_invalid_transitions_are_409(client, complaint_api, citizen, staff_headers):
    case = await complaint_api.filed(await citizen())
    staff = await staff_headers(HANDLER)
    resp = await client.post(f"{ADMIN}/{case['id']}/mediation", json={}, headers=staff)
    assert resp.status == 409
    error = (await resp.json())["error"]
    assert error["code"] == "invalid_transition" and "待受理" in error["message"]
    resp = await client.post(
        f"{ADMIN}/{case['id']}/outcome", json={"result": "terminated"}, headers=staff
    )  # no reason and wrong state
    assert resp.status in (409, 422)


async def test_two_handlers_clicking_at_once_only_one_wins(client, make_client, complaint_api, citizen, staff_headers):
    case = await complaint_api.filed(await citizen())
    second = await make_client()
    first_staff, second_staff = await staff_headers(HANDLER), await staff_headers(HANDLER)
    accept, refuse = await asyncio.gather(
        client.post(f"{ADMIN}/{case['id']}/accept", json={}, headers=first_staff),
        second.post(f"{ADMIN}/{case['id']}/refuse", json={"reason": "outside_remit"}, headers=second_staff),
    )
    assert sorted([accept.status, refuse.status]) == [200, 409]
    transitions = await ComplaintEvent.filter(complaint_id=case["id"]).exclude(action="file").count()
    assert transitions == 1
    final = await Complaint.get(id=case["id"])
    winner = "accepted" if accept.status == 200 else "refused"
    assert final.status == winner


async def test_many_concurrent_accepts_succeed_once(client, make_client, complaint_api, citizen, staff_headers):
    case = await complaint_api.filed(await citizen())
    workers = [client, await make_client(), await make_client()]
    staff = await staff_headers(HANDLER)
    responses = await asyncio.gather(
        *(workers[i % 3].post(f"{ADMIN}/{case['id']}/accept", json={}, headers=staff) for i in range(6))
    )
    assert sorted(r.status for r in responses) == [200, 409, 409, 409, 409, 409]
    assert await ComplaintEvent.filter(complaint_id=case["id"], action="accept").count() == 1


async def test_citizen_cannot_see_or_change_anothers_case(client, complaint_api, citizen):
    owner, stranger = await citizen(), await citizen()
    case = await complaint_api.filed(owner)
    for method, path, body in (
        ("GET", f"{MINE}/{case['id']}", None),
        ("POST", f"{MINE}/{case['id']}/withdraw", {}),
        ("POST", f"{MINE}/{case['id']}/rating", {"rating": 1}),
        ("GET", f"{MINE}/{case['id']}/photos/{case['photos'][0]['id']}", None),
    ):
        resp = await client.request(method, path, json=body, headers=stranger)
        assert resp.status == 404, (path, await resp.text())
        assert (await resp.json())["error"]["code"] == "complaint_not_found"
    missing = await client.get(f"{MINE}/999999", headers=stranger)
    assert (await missing.json())["error"] == (
        await (await client.get(f"{MINE}/{case['id']}", headers=stranger)).json()
    )["error"]
    listing = await (await client.get(MINE, headers=stranger)).json()
    assert listing["total"] == 0
    assert (await Complaint.get(id=case["id"])).status == "pending"
    own_photo = await client.get(f"{MINE}/{case['id']}/photos/{case['photos'][0]['id']}", headers=owner)
    assert own_photo.status == 200 and own_photo.headers["Content-Type"] == "image/jpeg"


async def test_citizen_list_is_paginated_and_masks_phones(client, complaint_api, citizen):
    owner = await citizen()
    for _ in range(3):
        await complaint_api.filed(owner)
    page = await (await client.get(MINE, params={"page": 2, "page_size": 2}, headers=owner)).json()
    assert page["total"] == 3 and len(page["items"]) == 1 and page["page"] == 2
    assert all(item["contact_phone"] == "139****5678" for item in page["items"])


async def test_withdraw_before_closure_only(client, complaint_api, citizen, staff_headers):
    owner = await citizen()
    case = await complaint_api.filed(owner)
    resp = await client.post(f"{MINE}/{case['id']}/withdraw", json={"note": "已和商户协商退款"}, headers=owner)
    assert resp.status == 200
    body = await resp.json()
    assert body["status_label"] == "已撤回"
    assert body["events"][-1]["actor"] == "您"
    again = await client.post(f"{MINE}/{case['id']}/withdraw", json={}, headers=owner)
    assert again.status == 409
    staff = await staff_headers(HANDLER)
    assert (await client.post(f"{ADMIN}/{case['id']}/accept", json={}, headers=staff)).status == 409
    # Rating needs a handled case, not a withdrawn one.
    assert (await client.post(f"{MINE}/{case['id']}/rating", json={"rating": 3}, headers=owner)).status == 409


@pytest.mark.parametrize("role", [None, StaffRole.VERIFICATION_OFFICER, StaffRole.PUBLICITY_EDITOR])
async def test_every_staff_route_enforces_roles(client, complaint_api, citizen, staff_headers, role):
    case = await complaint_api.filed(await citizen())
    headers = await staff_headers(role) if role else {}
    cid = case["id"]
    routes = [
        ("GET", ADMIN, None),
        ("GET", f"{ADMIN}/deadlines", None),
        ("GET", f"{ADMIN}/{cid}", None),
        ("GET", f"{ADMIN}/{cid}/photos/{case['photos'][0]['id']}", None),
        ("POST", f"{ADMIN}/{cid}/photos/{case['photos'][0]['id']}/check", {"status": "pass"}),
        ("POST", f"{ADMIN}/{cid}/assign", {"district": "回民区"}),
        ("POST", f"{ADMIN}/{cid}/accept", {}),
        ("POST", f"{ADMIN}/{cid}/refuse", {"reason": "outside_remit"}),
        ("POST", f"{ADMIN}/{cid}/mediation", {}),
        ("POST", f"{ADMIN}/{cid}/outcome", {"result": "mediated"}),
        ("GET", f"{ADMIN}/statistics", None),
        ("GET", f"{ADMIN}/export.csv", None),
        ("GET", f"{ADMIN}/merchants/1", None),
        ("GET", f"{ADMIN}/merchants/ranking", None),
        ("GET", f"{ADMIN}/markets", None),
        ("POST", f"{ADMIN}/markets", {"name": "测试市场", "district": "新城区"}),
        ("GET", f"{ADMIN}/markets/1", None),
        ("GET", f"{ADMIN}/policy", None),
        (
            "POST",
            f"{ADMIN}/policy",
            {
                "regulation": "samr-121",
                "accept_working_days": 5,
                "mediation_working_days": 30,
                "effective_from": "2026-12-01",
                "note": "x",
            },
        ),
    ]
    expected = 403 if role else 401
    for method, path, body in routes:
        resp = await client.request(method, path, json=body, headers=headers)
        assert resp.status == expected, (method, path, resp.status, await resp.text())
    # A citizen's session token is not a staff token either.
    resp = await client.get(ADMIN, headers=await citizen())
    assert resp.status == 401
    assert (await Complaint.get(id=cid)).status == "pending"


async def test_policy_changes_are_admin_only(client, staff_headers):
    handler = await staff_headers(HANDLER)
    body = {
        "regulation": "samr-121",
        "accept_working_days": 5,
        "mediation_working_days": 30,
        "effective_from": "2026-12-01",
        "note": "第121号第十九条",
    }
    assert (await client.post(f"{ADMIN}/policy", json=body, headers=handler)).status == 403
    admin = await staff_headers(StaffRole.ADMIN)
    assert (await client.post(f"{ADMIN}/policy", json=body, headers=admin)).status == 201


async def test_district_staff_see_only_their_district(client, complaint_api, citizen, staff_headers):
    xincheng = await complaint_api.filed(await citizen())
    saihan = await complaint_api.filed(await citizen(), district="赛罕区", location="大学路菜市场")
    xincheng_staff = await staff_headers(HANDLER, district="xincheng")
    city_staff = await staff_headers(HANDLER)

    queue = await (await client.get(ADMIN, headers=xincheng_staff)).json()
    assert [c["id"] for c in queue["items"]] == [xincheng["id"]]
    assert (await client.get(f"{ADMIN}/{saihan['id']}", headers=xincheng_staff)).status == 404
    assert (await client.post(f"{ADMIN}/{saihan['id']}/accept", json={}, headers=xincheng_staff)).status == 404
    assert (await (await client.get(ADMIN, headers=city_staff)).json())["total"] == 2

    # Transferred to 赛罕区's office, the case leaves 新城区's queue.
    resp = await client.post(
        f"{ADMIN}/{xincheng['id']}/assign",
        json={"district": "赛罕", "note": "商户实际在赛罕区"},
        headers=xincheng_staff,
    )
    assert resp.status == 200 and (await resp.json())["assigned_district"] == "saihan"
    assert (await (await client.get(ADMIN, headers=xincheng_staff)).json())["total"] == 0
    resp = await client.post(f"{ADMIN}/{saihan['id']}/assign", json={"district": "朝阳区"}, headers=city_staff)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "invalid_district"


async def test_queue_filters_and_pagination(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers(HANDLER)
    market = await (
        await client.post(f"{ADMIN}/markets", json={"name": "东瓦窑农贸市场", "district": "新城区"}, headers=staff)
    ).json()
    with_market = await complaint_api.filed(await citizen(), market_id=market["id"])
    other = await complaint_api.filed(await citizen(), merchant_name="王记水果", goods="苹果")
    await client.post(f"{ADMIN}/{other['id']}/accept", json={}, headers=staff)

    async def ids(**params):
        body = await (await client.get(ADMIN, params=params, headers=staff)).json()
        return {c["id"] for c in body["items"]}

    assert await ids(market_id=market["id"]) == {with_market["id"]}
    assert await ids(merchant="王记") == {other["id"]}
    assert await ids(status="accepted") == {other["id"]}
    assert await ids(district="新城区") == {with_market["id"], other["id"]}
    assert await ids(overdue="false") == {with_market["id"], other["id"]}
    assert await ids(overdue="true") == set()
    page = await (await client.get(ADMIN, params={"page_size": 1, "page": 2}, headers=staff)).json()
    assert page["total"] == 2 and len(page["items"]) == 1
    bad = await client.get(ADMIN, params={"status": "lost"}, headers=staff)
    assert bad.status == 422


async def test_overdue_and_due_soon_lists(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers(HANDLER)
    late = await complaint_api.filed(await citizen())
    soon = await complaint_api.filed(await citizen())
    relaxed = await complaint_api.filed(await citizen())
    from datetime import timedelta

    from core.clock import now_local

    today = now_local().date()
    await Complaint.filter(id=late["id"]).update(due_on=today - timedelta(days=1))
    await Complaint.filter(id=soon["id"]).update(due_on=today + timedelta(days=1))
    await Complaint.filter(id=relaxed["id"]).update(due_on=today + timedelta(days=20))
    body = await (await client.get(f"{ADMIN}/deadlines", headers=staff)).json()
    assert [c["id"] for c in body["overdue"]] == [late["id"]] and body["overdue"][0]["overdue"] is True
    assert [c["id"] for c in body["due_soon"]] == [soon["id"]]
    assert {
        c["id"] for c in (await (await client.get(ADMIN, params={"overdue": "true"}, headers=staff)).json())["items"]
    } == {late["id"]}


async def test_staff_detail_shows_phone_but_lists_and_logs_mask_it(
    client, complaint_api, citizen, staff_headers, caplog
):
    caplog.set_level(logging.DEBUG)
    case = await complaint_api.filed(await citizen())
    staff = await staff_headers(HANDLER)
    detail = await (await client.get(f"{ADMIN}/{case['id']}", headers=staff)).json()
    assert detail["contact_phone_full"] == "13912345678"
    assert detail["contact_phone"] == "139****5678"
    queue = await client.get(ADMIN, headers=staff)
    assert "13912345678" not in await queue.text()
    from core.logging import JsonFormatter

    formatter = JsonFormatter()
    assert all("13912345678" not in formatter.format(record) for record in caplog.records)


async def test_queue_puts_the_nearest_deadline_first_and_closed_cases_last(
    client, complaint_api, citizen, staff_headers
):
    staff = await staff_headers(HANDLER)
    closed = await complaint_api.filed(await citizen())
    later = await complaint_api.filed(await citizen())
    sooner = await complaint_api.filed(await citizen())
    await client.post(f"{ADMIN}/{closed['id']}/refuse", json={"reason": "outside_remit"}, headers=staff)
    from datetime import timedelta

    from core.clock import now_local

    await Complaint.filter(id=sooner["id"]).update(due_on=now_local().date() + timedelta(days=1))
    await Complaint.filter(id=later["id"]).update(due_on=now_local().date() + timedelta(days=5))
    queue = await (await client.get(ADMIN, headers=staff)).json()
    assert [c["id"] for c in queue["items"]] == [sooner["id"], later["id"], closed["id"]]
