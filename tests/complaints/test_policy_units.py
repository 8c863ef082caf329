"""Time limits with units (第121号: 60 calendar days of mediation), confirming a policy version recomputes open
cases, the grounds as data, the 公平秤 registry and the staff column override, through the real app."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from complaints.deadlines import add_days, policy_data, snapshot_limit, unit_label
from complaints.grounds import ground, refusal_grounds, termination_grounds
from complaints.models import Complaint, ComplaintEvent, DeadlinePolicy
from core.models import AuditEntry, StaffRole

ADMIN = "/api/v1/admin/complaints"
HANDLER = StaffRole.COMPLAINT_HANDLER


@pytest.mark.parametrize(
    ("start", "days", "unit", "due", "estimated"),
    [
        # Spring Festival 2026 (02-15..02-23 off): 60 calendar days ignore it, working days do not.
        (date(2026, 2, 10), 60, "calendar_days", date(2026, 4, 11), False),
        (date(2026, 2, 14), 1, "calendar_days", date(2026, 2, 15), False),  # the holiday's first day counts
        (date(2026, 2, 10), 10, "working_days", date(2026, 3, 2), False),  # 11, 12, 13, 14 (Sat), 24..28, 03-02
        (date(2026, 12, 31), 60, "calendar_days", date(2027, 3, 1), False),  # no 2027 schedule needed
        (date(2027, 1, 29), 30, "calendar_days", date(2027, 2, 28), False),
        (date(2026, 12, 31), 1, "working_days", date(2027, 1, 1), True),  # 2027: weekdays only, estimated
        (date(2026, 11, 4), 0, "calendar_days", date(2026, 11, 4), False),
    ],
)
def test_limits_in_their_unit(start: date, days: int, unit: str, due: date, estimated: bool) -> None:
    assert add_days(start, days, unit) == (due, estimated)


def test_an_unknown_unit_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown time-limit unit"):
        add_days(date(2026, 1, 1), 1, "fortnights")


def test_unit_labels_and_old_snapshots() -> None:
    assert (unit_label("working_days"), unit_label("calendar_days")) == ("个工作日", "日（自然日）")
    old = {"accept_working_days": 7, "mediation_working_days": 45}  # cases filed before limits had units
    assert snapshot_limit(old, "mediation") == (45, "working_days")
    new = {"accept_days": 7, "accept_unit": "working_days", "mediation_days": 60, "mediation_unit": "calendar_days"}
    assert snapshot_limit(new, "mediation") == (60, "calendar_days")
    assert snapshot_limit(new, "accept") == (7, "working_days")


def test_121_limits_ship_provisional_with_source_and_label() -> None:
    regulation = next(r for r in policy_data()["regulations"] if r["code"] == "samr-121")
    mediation, accept = regulation["limits"]["mediation"], regulation["limits"]["accept"]
    assert (mediation["days"], mediation["unit"], mediation["label"]) == (60, "calendar_days", "S")
    assert "Art. 23" in mediation["source"]
    assert (accept["unit"], accept["label"]) == ("working_days", "U") and "10 working days" in accept["source"]
    assert regulation["limits_verified"] is False and "PROVISIONAL" in regulation["limits_source"]


def test_refusal_and_termination_grounds_per_regulation() -> None:
    refusal = refusal_grounds("samr-121")
    assert [g.code for g in refusal] == [
        "outside_remit",
        "handled_elsewhere",
        "not_consumer_dispute",
        "time_barred",
        "materials_false_or_missing",
        "identity_misused",
        "other_statutory",
    ]
    assert (refusal[5].article, refusal[5].certainty, refusal[5].numbered[:3]) == ("第十六条", "S", "（六）")
    termination = termination_grounds({"regulation": "samr-121"})
    assert len(termination) == 8 and termination[0].article == "第二十三条第一款"
    in_time = ground(termination, "no_agreement_60_days")
    assert in_time is not None and in_time.number == 5 and "六十日" in in_time.label
    assert ground(termination, "nope") is None
    old = termination_grounds("samr-20")
    assert len(old) == 7 and "四十五个工作日" in ground(old, "no_agreement_45_working_days").label  # type: ignore[union-attr]
    assert old[0].certainty == "U" and refusal_grounds("samr-20")[0].certainty == "V"


async def test_accepting_a_121_case_gives_60_calendar_days(client, complaint_api, citizen, staff_headers) -> None:
    case = await complaint_api.filed(await citizen())
    assert case["regulation"] == "samr-121"
    staff = await staff_headers(HANDLER)
    accepted = await (await client.post(f"{ADMIN}/{case['id']}/accept", json={"note": "ok"}, headers=staff)).json()
    row = await Complaint.get(id=case["id"])
    assert row.mediation_due_on == date.fromisoformat(accepted["mediation_due_on"])
    assert row.mediation_due_on - (await _accept_day(row.id)) == timedelta(days=60)
    assert row.policy["mediation_unit"] == "calendar_days"


async def _accept_day(complaint_id: int) -> date:
    from zoneinfo import ZoneInfo

    event = await ComplaintEvent.get(complaint_id=complaint_id, action="accept")
    return event.created_at.astimezone(ZoneInfo("Asia/Shanghai")).date()


async def test_confirming_a_version_recomputes_open_cases(client, complaint_api, citizen, staff_headers) -> None:
    owner = await citizen()
    pending = await complaint_api.filed(owner)
    accepted = await complaint_api.filed(owner)
    closed = await complaint_api.filed(owner)
    handler = await staff_headers(HANDLER)
    await client.post(f"{ADMIN}/{accepted['id']}/accept", json={"note": "ok"}, headers=handler)
    await client.post(f"{ADMIN}/{closed['id']}/refuse", json={"reason": "outside_remit", "note": ""}, headers=handler)
    admin = await staff_headers(StaffRole.ADMIN)
    body = {
        "regulation": "samr-121",
        "accept_days": 10,
        "accept_unit": "working_days",
        "mediation_days": 30,
        "mediation_unit": "calendar_days",
        "effective_from": "2026-04-15",
        "note": "总局令第121号 第十五条、第二十三条（官方文本核对）",
        "confirm": False,
    }
    resp = await client.post(f"{ADMIN}/policy", json=body, headers=admin)
    assert resp.status == 201, await resp.text()
    created = await resp.json()
    assert (created["confirmed"], created["recomputed"]) == (False, [])
    before = await Complaint.get(id=pending["id"])
    assert before.policy["source"].startswith("file:")  # a provisional version is not applied

    listed = await (await client.get(f"{ADMIN}/policy", headers=admin)).json()
    version = next(v for v in listed["versions"] if v["id"] == created["id"])
    assert (version["confirmed"], version["mediation_unit"], version["mediation_days"]) == (False, "calendar_days", 30)

    handler_try = await client.post(f"{ADMIN}/policy/{created['id']}/confirm", headers=handler)
    assert handler_try.status == 403
    resp = await client.post(f"{ADMIN}/policy/{created['id']}/confirm", headers=admin)
    assert resp.status == 200, await resp.text()
    result = await resp.json()
    moved = {row["complaint_id"]: row for row in result["recomputed"]}
    assert set(moved) == {pending["id"], accepted["id"]}  # the refused case is closed: untouched
    after_pending = await Complaint.get(id=pending["id"])
    assert after_pending.policy["source"] == f"db:{created['id']}" and after_pending.policy["accept_days"] == 10
    assert after_pending.due_on == add_days(after_pending.received_on, 10, "working_days")[0]
    after_accepted = await Complaint.get(id=accepted["id"])
    assert after_accepted.due_on == await _accept_day(accepted["id"]) + timedelta(days=30)
    assert moved[accepted["id"]]["due_after"] == after_accepted.due_on.isoformat()
    assert (await Complaint.get(id=closed["id"])).due_on is None

    entry = await AuditEntry.filter(action="complaint.policy_recompute").order_by("-seq").first()
    assert entry is not None and entry.target == f"policy:{created['id']}" and entry.details["count"] == 2
    assert {c["tracking_no"] for c in entry.details["cases"]} == {pending["tracking_no"], accepted["tracking_no"]}
    assert await AuditEntry.exists(action="complaint.policy_confirm", actor_id=entry.actor_id)

    again = await client.post(f"{ADMIN}/policy/{created['id']}/confirm", headers=admin)
    assert again.status == 409
    assert (await client.post(f"{ADMIN}/policy/999999/confirm", headers=admin)).status == 404


async def test_a_confirmed_version_recomputes_at_once(client, complaint_api, citizen, staff_headers) -> None:
    case = await complaint_api.filed(await citizen())
    admin = await staff_headers(StaffRole.ADMIN)
    body = {
        "regulation": "samr-121",
        "accept_working_days": 3,  # the old field names still work: working days
        "mediation_working_days": 45,
        "effective_from": "2026-04-15",
        "note": "核对",
    }
    created = await (await client.post(f"{ADMIN}/policy", json=body, headers=admin)).json()
    assert created["confirmed"] is True and [r["complaint_id"] for r in created["recomputed"]] == [case["id"]]
    row = await DeadlinePolicy.get(id=created["id"])
    assert (row.accept_working_days, row.accept_unit, row.mediation_unit) == (3, "working_days", "working_days")
    bad = await client.post(f"{ADMIN}/policy", json={**body, "accept_unit": "weeks"}, headers=admin)
    assert bad.status == 422


async def test_case_grounds_endpoint(client, complaint_api, citizen, staff_headers) -> None:
    case = await complaint_api.filed(await citizen())
    staff = await staff_headers(HANDLER)
    data = await (await client.get(f"{ADMIN}/{case['id']}/grounds", headers=staff)).json()
    assert data["regulation"] == "samr-121" and len(data["refusal"]) == 7 and len(data["termination"]) == 8
    assert data["termination"][4]["numbered"].startswith("（五）自投诉受理之日起六十日内")


async def test_fair_scale_registry_decides_the_method(client, complaint_api, citizen, staff_headers) -> None:
    staff = await staff_headers(HANDLER)
    market = await (
        await client.post(f"{ADMIN}/markets", json={"name": "东瓦窑农贸市场", "district": "新城区"}, headers=staff)
    ).json()
    scales = f"{ADMIN}/markets/{market['id']}/fair-scales"
    today = date.today()
    scale = {
        "name": "东门公平秤",
        "accuracy_class": "III",
        "division_g": "5",
        "max_capacity_g": "30000",
        "verified_on": (today - timedelta(days=30)).isoformat(),
        "valid_until": (today + timedelta(days=300)).isoformat(),
        "certificate_no": "NMJL-2026-0001",
    }
    bad = await client.post(scales, json={**scale, "valid_until": "2020-01-01"}, headers=staff)
    assert bad.status == 422
    resp = await client.post(scales, json=scale, headers=staff)
    assert resp.status == 201, await resp.text()
    created = await resp.json()
    assert created["accuracy_class_label"] == "中准确度级Ⅲ"
    assert (await (await client.get(f"{ADMIN}/markets", headers=staff)).json())["items"][0]["fair_scale"] is True
    assert await AuditEntry.exists(action="complaint.fair_scale")

    # Grain 1 kg (20 g): e = 5 g at 200e -> MPE 2.5 g, 3 x 2.5 ≤ 20: the more accurate method, 1x.
    owner = await citizen()
    case = await complaint_api.filed(owner, market_id=market["id"], reweigh_method="fair_scale", found_weight_g="975")
    assert (case["assessment"]["factor"], case["verdict"]) == (1, "exceeds")

    # Taken out of use: nothing registered any more, both readings for staff.
    resp = await client.put(f"{scales}/{created['id']}", json={**scale, "active": False}, headers=staff)
    assert resp.status == 200 and (await resp.json())["active"] is False
    case = await complaint_api.filed(owner, market_id=market["id"], reweigh_method="fair_scale", found_weight_g="975")
    assert case["verdict"] == "manual" and len(case["assessment"]["alternatives"]) == 2
    listed = await (await client.get(scales, headers=staff)).json()
    assert [s["certificate_no"] for s in listed["items"]] == ["NMJL-2026-0001"] and listed["total"] == 1
    assert (await client.put(f"{scales}/999999", json=scale, headers=staff)).status == 404
    assert (await client.get(f"{ADMIN}/markets/999999/fair-scales", headers=staff)).status == 404


async def test_staff_override_the_column_with_a_reason(client, complaint_api, citizen, staff_headers) -> None:
    # Fruit at 60 元/斤 (120 元/kg): category column 40 g, price column 2 g; 10 g short.
    case = await complaint_api.filed(
        await citizen(), unit_price="60.00", amount_paid="180.00", charged_weight_g="1500", found_weight_g="1490"
    )
    assert (case["verdict"], case["assessment"]["tier"]) == ("exceeds", "premium_gt100")
    staff = await staff_headers(HANDLER)
    url = f"{ADMIN}/{case['id']}/column-override"
    bad = await client.post(url, json={"tier": "gold", "reason": "不适用"}, headers=staff)
    assert bad.status == 422 and (await bad.json())["error"]["code"] == "invalid_column_override"
    resp = await client.post(url, json={"tier": "grain_veg_fruit", "reason": "水果按类别认定"}, headers=staff)
    assert resp.status == 200, await resp.text()
    data = await resp.json()
    assert data["verdict"] == "within" and data["assessment"]["override"]["reason"] == "水果按类别认定"
    assert data["assessment"]["override"]["previous_verdict"] == "exceeds"
    event = await ComplaintEvent.get(complaint_id=case["id"], action="column_override")
    assert "水果按类别认定" in event.note
    assert await AuditEntry.exists(action="complaint.column_override", target__contains=str(case["id"]))
    single = await complaint_api.filed(await citizen())
    resp = await client.post(
        f"{ADMIN}/{single['id']}/column-override", json={"tier": "grain_veg_fruit", "reason": "x理由"}, headers=staff
    )
    assert resp.status == 422


async def test_console_fair_scale_form(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    from complaints.models import FairScale, Market

    market = await Market.create(name="东瓦窑农贸市场", district="xincheng")
    handler = await console_staff(HANDLER)
    user = browser_user()
    await user.login(handler.username)
    path = f"/console/complaints/markets/{market.id}/fair-scales"
    await user.get(path)
    assert "尚未登记公平秤" in user.html
    form = {
        "name": "东门公平秤",
        "accuracy_class": "III",
        "division_g": "5",
        "max_capacity_g": "30000",
        "verified_on": "2026-06-01",
        "valid_until": "2027-05-31",
        "certificate_no": "NMJL-1",
        "active": "1",
    }
    await user.post(path, {**form, "valid_until": "2026-01-01"})
    assert "提交的内容不符合要求" in user.html
    await user.get(path)
    await user.post(path, form)
    assert "已保存公平秤“东门公平秤”" in user.html and "中准确度级Ⅲ" in user.html
    scale = await FairScale.get(market_id=market.id)
    assert (scale.accuracy_class, scale.division_g, scale.active) == ("III", 5, True)
    assert (await Market.get(id=market.id)).fair_scale is True
    await user.post(path, {**form, "scale_id": str(scale.id), "division_g": "2"})
    assert "已保存" in user.html
    assert (await FairScale.get(id=scale.id)).division_g == 2
    entry = await AuditEntry.filter(action="complaint.fair_scale").order_by("-seq").first()
    assert entry is not None and entry.actor_id == handler.id and entry.details["via"] == "console"
    await user.get("/console/complaints/markets/999999/fair-scales", status=404)


async def test_policy_version_defaults_and_who_confirmed(client) -> None:  # type: ignore[no-untyped-def]
    from complaints.deadlines import add_policy_version, policy_for

    del client  # the ORM must be up
    kept = await add_policy_version(
        regulation="samr-20", accept_days=6, mediation_days=40, effective_from=date(2026, 1, 1), note="核对", staff_id=7
    )
    assert (kept.accept_unit, kept.mediation_unit, kept.confirmed_by) == ("working_days", "working_days", 7)
    assert kept.confirmed_at is not None
    applied = await policy_for(date(2026, 2, 1))
    assert (applied.accept_days, applied.accept_unit, applied.mediation_days, applied.mediation_unit) == (
        6,
        "working_days",
        40,
        "working_days",
    )
    draft = await add_policy_version(
        regulation="samr-20",
        accept_days=5,
        mediation_days=30,
        mediation_unit="calendar_days",
        effective_from=date(2026, 1, 2),
        note="草稿",
        staff_id=7,
        confirm=False,
    )
    assert (draft.confirmed_at, draft.confirmed_by, draft.mediation_unit) == (None, None, "calendar_days")
    assert (await policy_for(date(2026, 2, 1))).source == f"db:{kept.id}"  # the draft is not applied


async def test_console_column_override(browser_user, console_staff, complaint_api, citizen) -> None:  # type: ignore[no-untyped-def]
    case = await complaint_api.filed(
        await citizen(), unit_price="60.00", amount_paid="180.00", charged_weight_g="1500", found_weight_g="1490"
    )
    handler = await console_staff(HANDLER)
    user = browser_user()
    await user.login(handler.username)
    await user.get(f"/console/complaints/{case['id']}")
    assert 'id="form-column-override"' in user.html and "单价高于100元/千克的食品（2 克）" in user.html
    await user.post(f"/console/complaints/{case['id']}/column-override", {"tier": "grain_veg_fruit", "reason": ""})
    assert "请选择档次并写明理由" in user.html
    await user.post(
        f"/console/complaints/{case['id']}/column-override", {"tier": "grain_veg_fruit", "reason": "水果按类别认定"}
    )
    assert "已改按所选档次重新判定" in user.html and "理由：水果按类别认定" in user.html
    row = await Complaint.get(id=case["id"])
    assert (row.assessment_verdict, row.assessment["tier"]) == ("within", "grain_veg_fruit")
    entry = await AuditEntry.filter(action="complaint.column_override").order_by("-seq").first()
    assert entry is not None and entry.details["via"] == "console" and entry.actor_id == handler.id
