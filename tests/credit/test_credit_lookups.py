"""诚信计量 public look-ups and their guards: 扫码验真 codes (signed, forged and altered ones refused), the draw
reproduced from its recorded seed, 公平秤 markets in GCJ-02, rate limits and bounded inputs, revocation by policy."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient
from pydantic import SecretStr

from complaints.models import Market
from core.clock import today
from core.models import StaffRole
from credit import verify_code
from credit.awards import daily_pass
from credit.coords import wgs84_to_gcj02
from credit.draw import inputs_hash, run_draw
from credit.inspections import check_draw, get_campaign, plan_campaign, publish, record_inspection
from credit.models import AwardApplication, AwardStatus, Business, Commitment, Inspection, Sector
from tests.support.appointments import AppointmentWorld

ADMIN = "/api/v1/admin/credit"
PUBLIC = "/api/v1/public/credit"


async def _verified_dispenser(world: AppointmentWorld) -> tuple[AppointmentWorld, dict, dict, object]:  # type: ignore[type-arg]
    company = await world.company(name="呼和浩特市验真加油站有限公司")
    dispenser = await world.instrument(company, type="price_computing_scale", serial_no="JYJ-0042", model="CS2238")
    site = await world.site()
    slot = await world.slot(site["id"])
    booking = await world.book(company, slot["id"], [dispenser["id"]])
    officer = await world.officer()
    base = f"/api/v1/admin/verification-bookings/{booking['id']}"
    await world.call("POST", f"{base}/check-in", officer, expect=200)
    item = {"instrument_id": dispenser["id"], "passed": True, "certificate_no": "JD2026-0042"}
    await world.call("POST", f"{base}/results", officer, expect=200, json={"items": [item]})
    return world, dispenser, {"company": company}, officer


async def test_verify_code_shows_the_instrument_and_refuses_forgeries(world: AppointmentWorld) -> None:
    _, dispenser, ctx, officer = await _verified_dispenser(world)
    company = ctx["company"]
    listed = await world.call(
        "GET", f"/api/v1/miniapp/credit/enterprises/{company.id}/verify-codes", company.headers, 200
    )
    assert (listed["total"], listed["page"]) == (1, 1)
    codes = listed["items"]
    code = codes[0]["code"]
    assert len(code) <= 40 and code == code.upper()
    staff_view = await world.call("GET", f"{ADMIN}/verify-codes/{codes[0]['result_id']}", officer, expect=200)
    assert staff_view["code"] == code
    instrument = await world.call(
        "GET", f"/api/v1/miniapp/enterprises/{company.id}/instruments/{dispenser['id']}", company.headers, 200
    )

    shown = await world.call("GET", f"{PUBLIC}/verify?code={code}", {}, expect=200)
    assert shown["instrument"]["serial_no"] == "JYJ-0042" and shown["instrument"]["model"] == "CS2238"
    assert shown["result"] == "合格" and shown["certificate_no"] == "JD2026-0042"
    assert shown["due_on"] == instrument["next_due_on"] and shown["due_on"] > today().isoformat()
    assert shown["verified_on"] == today().isoformat()

    prefix, kid, ident, mac = code.split(".")
    altered_id = f"{prefix}.{kid}.{verify_code._b36(int(ident, 36) + 1)}.{mac}"
    flipped = mac[:-1] + ("A" if mac[-1] != "A" else "B")
    forged = verify_code.sign(item_id=int(ident, 36), key_id=kid, secret=b"a guessed secret")
    unknown_key = verify_code.sign(item_id=int(ident, 36), key_id="K9", secret=b"demo-secret-change-me")
    for bad in (altered_id, f"{prefix}.{kid}.{ident}.{flipped}", forged, unknown_key, "JV1.K1.1.AAAA", "hello"):
        refused = await world.call("GET", f"{PUBLIC}/verify?code={bad}", {}, expect=404)
        assert refused["error"]["code"] == "verify_code_invalid", bad
    await world.call("GET", f"{PUBLIC}/verify?code={'X' * 49}", {}, expect=422)


async def test_verify_codes_follow_key_rotation(make_client, world: AppointmentWorld) -> None:  # type: ignore[no-untyped-def]
    _, _, ctx, _ = await _verified_dispenser(world)
    company = ctx["company"]
    codes = await world.call(
        "GET", f"/api/v1/miniapp/credit/enterprises/{company.id}/verify-codes", company.headers, 200
    )
    old = codes["items"][0]["code"]
    rotated = await make_client(
        verify_code_secret=SecretStr("a-new-secret-for-2027"),
        verify_code_key_id="K2",
        verify_code_retired_keys={"K1": SecretStr("demo-secret-change-me")},
    )
    new = await (
        await rotated.get(f"/api/v1/miniapp/credit/enterprises/{company.id}/verify-codes", headers=company.headers)
    ).json()
    assert new["items"][0]["code"].startswith("JV1.K2.")
    for code in (old, new["items"][0]["code"]):
        assert (await rotated.get(f"{PUBLIC}/verify?code={code}")).status == 200
    retired = await make_client(verify_code_secret=SecretStr("a-new-secret-for-2027"), verify_code_key_id="K2")
    assert (await retired.get(f"{PUBLIC}/verify?code={old}")).status == 404


def test_the_draw_is_a_function_of_seed_and_inputs() -> None:
    targets = [[i, f"加油站{i}"] for i in range(1, 31)]
    inspectors = [[100 + i, f"检查员{i}"] for i in range(6)]
    first = run_draw(seed="ab" * 16, targets=targets, inspectors=inspectors, sample_size=5, inspectors_per_target=2)
    again = run_draw(
        seed="ab" * 16, targets=list(reversed(targets)), inspectors=inspectors, sample_size=5, inspectors_per_target=2
    )
    other = run_draw(seed="cd" * 16, targets=targets, inspectors=inspectors, sample_size=5, inspectors_per_target=2)
    assert first.assignments == again.assignments and len(first.assignments) == 5
    assert first.assignments != other.assignments
    assert all(len(set(a["inspector_ids"])) == 2 for a in first.assignments)  # type: ignore[arg-type]
    assert first.inputs_hash == inputs_hash(targets, inspectors) != inputs_hash(targets[:-1], inspectors)


async def test_a_recorded_draw_reproduces_and_tampering_shows(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    for i in range(12):
        await Business.create(name=f"眼镜店{i:02d}", sector=Sector.OPTICIAN, district="xincheng")
    headers = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    for _ in range(3):
        await staff_headers(StaffRole.VERIFICATION_OFFICER)
    plan = {"title": "眼镜店双随机", "target_type": "optician", "sample_size": 4}
    created = await (await client.post(f"{ADMIN}/campaigns", json=plan, headers=headers)).json()
    campaign = await get_campaign(created["id"])
    rerun = run_draw(
        seed=campaign.seed,
        targets=campaign.target_inputs,
        inspectors=campaign.inspector_inputs,
        sample_size=4,
        inspectors_per_target=2,
    )
    assert rerun.assignments == campaign.result and rerun.inputs_hash == campaign.inputs_hash
    assert sorted(i.business_id for i in await Inspection.filter(campaign_id=campaign.id)) == sorted(
        a["business_id"]
        for a in campaign.result  # type: ignore[index]
    )
    assert check_draw(campaign).ok
    campaign.result = [{**campaign.result[0], "business_id": 999999}, *campaign.result[1:]]  # type: ignore[dict-item]
    assert not check_draw(campaign).result_ok
    campaign.target_inputs = campaign.target_inputs[1:]
    assert not check_draw(campaign).inputs_hash_ok


async def test_fair_scale_markets_in_gcj02_with_opening_hours_nearest_first(client: TestClient) -> None:
    near = await Market.create(
        name="东瓦窑农贸市场", district="xincheng", fair_scale=True, latitude=40.8424, longitude=111.7490
    )
    await Market.create(name="远郊市场", district="saihan", fair_scale=True, latitude=40.70, longitude=111.90)
    await Market.create(name="无公平秤市场", district="saihan", fair_scale=False, latitude=40.8420, longitude=111.7480)
    await Business.create(
        name=near.name, sector=Sector.MARKET, district="xincheng", market_id=near.id, opening_hours="06:00-19:00"
    )
    gcj_lat, gcj_lon = wgs84_to_gcj02(40.8424, 111.7490)
    assert 0.0005 < abs(gcj_lat - 40.8424) < 0.01 and 0.003 < abs(gcj_lon - 111.7490) < 0.01
    resp = await client.get(f"{PUBLIC}/fair-scale-markets?lat={gcj_lat}&lon={gcj_lon}")
    listed = await resp.json()
    rows = listed["items"]
    assert [r["name"] for r in rows] == ["东瓦窑农贸市场", "远郊市场"] and listed["total"] == 2
    assert rows[0]["distance_m"] == 0 and rows[0]["coordinate_system"] == "gcj02"
    assert rows[0]["opening_hours"] == "06:00-19:00"
    assert (rows[0]["latitude"], rows[0]["longitude"]) == (round(gcj_lat, 6), round(gcj_lon, 6))
    second = await (
        await client.get(f"{PUBLIC}/fair-scale-markets?lat={gcj_lat}&lon={gcj_lon}&page=2&page_size=1")
    ).json()
    assert ([r["name"] for r in second["items"]], second["total"], second["page_size"]) == (["远郊市场"], 2, 1)
    for bad in ("lat=91&lon=111", "lat=abc&lon=1", "page_size=0", "page_size=101", "page=0"):
        assert (await client.get(f"{PUBLIC}/fair-scale-markets?{bad}")).status == 422, bad
    assert (await client.get(f"{PUBLIC}/businesses?q={'店' * 65}")).status == 422


async def test_public_look_ups_are_rate_limited(make_client) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(rate_limit_public_lookups_per_client="3/60", rate_limit_objections_per_client="1/3600")
    statuses = [(await client.get(f"{PUBLIC}/demonstration-units")).status for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    body = {"text": "异议内容测试"}
    first = await client.post(f"{PUBLIC}/award-applications/999/objections", json=body)
    second = await client.post(f"{PUBLIC}/award-applications/999/objections", json=body)
    assert first.status == 404 and second.status == 429 and second.headers["Retry-After"]


async def test_an_award_is_revoked_when_failed_inspections_cross_the_policy_threshold(staff_headers) -> None:  # type: ignore[no-untyped-def]
    from core.models import StaffAccount

    business = await Business.create(name="城西加油站", sector=Sector.FUEL_STATION, district="yuquan")
    await Commitment.create(business=business, text_version="2026-12-v1", signer_name="李", user_id=1)
    award = await AwardApplication.create(
        business=business,
        user_id=1,
        statement="s",
        policy_version="2026-12-v1",
        status=AwardStatus.AWARDED,
        awarded_on=today() - timedelta(days=30),
        valid_until=today() + timedelta(days=900),
    )
    await staff_headers(StaffRole.VERIFICATION_OFFICER)
    inspector = await StaffAccount.get(username__startswith="staff-")
    campaign = await plan_campaign(
        title="抽查",
        target_type="fuel_station",
        district=None,
        sample_size=1,
        inspectors_per_target=1,
        staff_id=inspector.id,
    )
    await publish(campaign)
    inspection = await Inspection.get(campaign_id=campaign.id).prefetch_related("business", "campaign")
    answers = {"dispensers_verified": True, "seals_intact": False, "volume_error": True, "records": True}
    await record_inspection(
        inspection=inspection, staff=inspector, answers=answers, findings="铅封破损", follow_up="case"
    )
    counts = await daily_pass(on=today())
    assert counts["revoked"] == 1
    award = await AwardApplication.get(id=award.id)
    assert award.status == AwardStatus.REVOKED and "监督检查不合格" in award.decision_note
    assert award.revoked_on == today()


async def test_plan_target_statistics(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    stations = [
        await Business.create(name=f"赛罕加油站{i}", sector=Sector.FUEL_STATION, district="saihan") for i in range(2)
    ]
    await Business.create(name="新城眼镜店", sector=Sector.OPTICIAN, district="xincheng")
    await Commitment.create(business=stations[0], text_version="2026-12-v1", signer_name="王", user_id=1)
    headers = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    plan = {"title": "抽查", "target_type": "fuel_station", "sample_size": 2, "inspectors_per_target": 1}
    campaign = await (await client.post(f"{ADMIN}/campaigns", json=plan, headers=headers)).json()
    await client.post(f"{ADMIN}/campaigns/{campaign['id']}/publish", headers=headers)
    answers = {"dispensers_verified": True, "seals_intact": True, "volume_error": True, "records": True}
    first = campaign["inspections"][0]["id"]
    assert (
        await client.post(f"{ADMIN}/inspections/{first}/result", json={"answers": answers}, headers=headers)
    ).status == 200

    figures = await (await client.get(f"{ADMIN}/stats", headers=headers)).json()
    assert (figures["businesses"], figures["commitments"], figures["awards"]) == (3, 1, 0)
    assert (figures["inspections_planned"], figures["inspections_done"]) == (2, 1)
    assert figures["inspection_rate"] == 0.5 and figures["coverage"] == round(1 / 3, 4) and figures["pass_rate"] == 1.0
    rows = {(r["district"], r["sector"]): r for r in figures["rows"]}
    assert rows[("saihan", "fuel_station")] | {} == {
        "district": "saihan",
        "district_name": "赛罕区",
        "sector": "fuel_station",
        "sector_label": "加油站",
        "businesses": 2,
        "commitments": 1,
        "awards": 0,
        "inspected": 1,
    }
    per = {r["district"]: r for r in figures["per_district"]}
    assert per["saihan"]["businesses"] == 2 and per["saihan"]["complaints_per_10k"] == 0.0
    assert per["huimin"]["complaints_per_10k"] is None
    bad = await client.get(f"{ADMIN}/stats?date_from=2026-12-31&date_to=2026-01-01", headers=headers)
    assert bad.status == 422


async def test_public_routes_answer_hostile_input_with_4xx(client: TestClient) -> None:
    probes = [
        ("GET", f"{PUBLIC}/fair-scale-markets?lat=NaN&lon=1"),
        ("GET", f"{PUBLIC}/fair-scale-markets?lat=1e309&lon=1"),
        ("GET", f"{PUBLIC}/fair-scale-markets?page_size=99999999999999999999"),
        ("GET", f"{PUBLIC}/demonstration-units?page_size=101"),
        ("GET", f"{PUBLIC}/verification-sites?page=0"),
        ("GET", f"{PUBLIC}/inspection-plans?page_size=-1"),
        ("GET", f"{PUBLIC}/businesses?q=%00"),
        ("GET", f"{PUBLIC}/businesses?q="),
        ("GET", f"{PUBLIC}/businesses/0"),
        ("GET", f"{PUBLIC}/businesses/99999999999"),
        ("GET", f"{PUBLIC}/inspection-plans/2147483648"),
        ("GET", f"{PUBLIC}/verify?code=JV1.K1.ZZZZZZZ.AAAAAAAAAAAAAAAA"),
        ("GET", f"{PUBLIC}/verify?code=%ED%A0%80"),
        ("POST", f"{PUBLIC}/award-applications/1/objections"),
    ]
    for method, url in probes:
        resp = await client.request(
            method, url, data=b'{"text": ["x"], "contact": 5}', headers={"Content-Type": "application/json"}
        )
        assert 400 <= resp.status < 500, (url, resp.status, await resp.text())
        assert (await resp.json())["error"]["message"]
