"""诚信计量 end to end through the APIs: a fuel station commits online, is inspected through a random draw,
applies for and receives the 示范单位 award after its 公示, and a citizen finds all of it without logging in."""

from __future__ import annotations

import io
from datetime import timedelta

from aiohttp import FormData

from core.clock import today
from core.models import AuditEntry, StaffRole
from credit.models import AwardApplication
from tests.support.appointments import AppointmentWorld
from tests.support.hostile_images import solid_png

MINI = "/api/v1/miniapp/credit"
ADMIN = "/api/v1/admin/credit"
PUBLIC = "/api/v1/public/credit"


def evidence(data: bytes, name: str = "制度.png") -> FormData:
    form = FormData()
    form.add_field("file", io.BytesIO(data), filename=name, content_type="image/png")
    return form


async def test_a_fuel_station_commits_is_inspected_and_becomes_a_demonstration_unit(  # type: ignore[no-untyped-def]
    world: AppointmentWorld, staff_headers
) -> None:
    call = world.call
    station = await world.company(name="呼和浩特市诚信加油站有限公司", district="赛罕区")
    other = await world.company(name="呼和浩特市北郊加油站有限公司", district="赛罕区")

    # The station's manager registers it for 诚信计量 under its enterprise record and signs the current text.
    text = await call("GET", f"{PUBLIC}/commitment-text", {}, expect=200)
    assert text["version"] and len(text["clauses"]) >= 3
    body = {"sector": "fuel_station", "enterprise_id": station.id, "opening_hours": "00:00-24:00"}
    business = await call("POST", f"{MINI}/businesses", station.headers, expect=201, json=body)
    assert business["name"] == "呼和浩特市诚信加油站有限公司" and business["commitment"] is None
    mine = await call("GET", f"{MINI}/businesses", station.headers, expect=200)
    assert [b["business_id"] for b in mine["items"]] == [business["business_id"]] and mine["total"] == 1
    stranger = await world.citizen()
    await call("POST", f"{MINI}/businesses", stranger, expect=404, json=body)  # not a member of that enterprise
    stale = {"signer_name": "王经理", "text_version": "2000-01-v0"}
    refused = await call(
        "POST", f"{MINI}/businesses/{business['business_id']}/commitments", station.headers, 409, json=stale
    )
    assert refused["error"]["code"] == "commitment_text_outdated"
    signed = {"signer_name": "王经理", "text_version": text["version"]}
    path = f"{MINI}/businesses/{business['business_id']}/commitments"
    await call("POST", path, station.headers, expect=201, json=signed)
    await call("POST", path, station.headers, expect=409, json=signed)

    # Staff put the other station in the registry; two inspectors exist; the draw picks both stations.
    staff = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    await call(
        "POST", f"{ADMIN}/businesses", staff, expect=201, json={"sector": "fuel_station", "enterprise_id": other.id}
    )
    inspector_a = await staff_headers(StaffRole.VERIFICATION_OFFICER)
    await staff_headers(StaffRole.VERIFICATION_OFFICER)
    plan = {
        "title": "2026年加油站计量专项检查",
        "target_type": "fuel_station",
        "sample_size": 2,
        "inspectors_per_target": 2,
    }
    campaign = await call("POST", f"{ADMIN}/campaigns", staff, expect=201, json=plan)
    assert len(campaign["seed"]) == 32 and campaign["draw_check"]["ok"]
    assert [row[0] for row in campaign["target_inputs"]] == sorted(row[0] for row in campaign["target_inputs"])
    ours = next(i for i in campaign["inspections"] if i["business_id"] == business["business_id"])
    assert len(ours["inspector_ids"]) == 2

    # Not published yet: not public, and no results can be recorded.
    none_yet = await call("GET", f"{PUBLIC}/inspection-plans", {}, expect=200)
    assert (none_yet["items"], none_yet["total"]) == ([], 0)
    me = await call("GET", "/api/v1/admin/me", inspector_a, expect=200)
    answers = {"dispensers_verified": True, "seals_intact": True, "volume_error": True, "records": True}
    result_path = f"{ADMIN}/inspections/{ours['id']}/result"
    admin = await staff_headers(StaffRole.ADMIN)  # passes the drawn-inspector check whatever the draw picked
    early = await call("POST", result_path, admin, expect=409, json={"answers": answers})
    assert early["error"]["code"] == "campaign_not_published"
    await call("POST", f"{ADMIN}/campaigns/{campaign['id']}/publish", staff, expect=200)
    plans = (await call("GET", f"{PUBLIC}/inspection-plans", {}, expect=200))["items"]
    assert plans[0]["draw"]["seed"] == campaign["seed"] and plans[0]["draw"]["inputs_hash"] == campaign["inputs_hash"]

    # Only a drawn inspector records; a half-filled checklist is refused.
    drawn = me["id"] in ours["inspector_ids"]
    recorder = inspector_a if drawn else staff
    if not drawn:
        refused = await call("POST", result_path, inspector_a, expect=403, json={"answers": answers})
        assert refused["error"]["code"] == "not_assigned_inspector"
        recorder = admin
    partial = await call("POST", result_path, recorder, expect=422, json={"answers": {"records": True}})
    assert "dispensers_verified" in partial["error"]["details"]["errors"]["missing"]
    done = await call(
        "POST", result_path, recorder, expect=200, json={"answers": answers, "findings": "加油机铅封完好"}
    )
    assert done["passed"] is True

    record = await call("GET", f"{ADMIN}/businesses/{business['business_id']}", staff, expect=200)
    keys = {c["key"]: c["points"] for c in record["credit"]["contributions"]}
    assert keys == {"active_commitment": 5, "inspection_passed": 2}
    assert record["credit"]["score"] == 107 and record["credit"]["level"] == "B"
    assert {e["kind"] for e in record["credit"]["events"]} == {"commitment", "inspection"}

    # The award: application with evidence, first review, the same person cannot do the second, another does.
    apply_path = f"{MINI}/businesses/{business['business_id']}/award-applications"
    application = await call("POST", apply_path, station.headers, expect=201, json={"statement": "已建立计量管理制度"})
    app_path = f"{ADMIN}/award-applications/{application['id']}"
    no_evidence = await call("POST", f"{app_path}/first-review", staff, expect=422, json={"approve": True})
    assert no_evidence["error"]["code"] == "evidence_required"
    upload = f"{MINI}/award-applications/{application['id']}/evidence"
    bad = await call("POST", upload, station.headers, expect=422, data=evidence(b"MZ\x90\x00 not an image"))
    assert bad["error"]["code"] == "unsupported_file_type"
    added = await call("POST", upload, station.headers, expect=201, data=evidence(solid_png(1, 1)))
    assert added["evidence"][0]["type"] == "image/png"
    await call("POST", f"{app_path}/first-review", staff, expect=200, json={"approve": True, "note": "材料齐全"})
    same = await call("POST", f"{app_path}/second-review", staff, expect=403, json={"approve": True})
    assert same["error"]["code"] == "second_reviewer_required"
    reviewer = await staff_headers(StaffRole.VERIFICATION_OFFICER)
    publicity = await call("POST", f"{app_path}/second-review", reviewer, expect=200, json={"approve": True})
    assert publicity["status"] == "publicity" and publicity["publicity_ends_on"]
    assert await AuditEntry.filter(action="credit.award_second_review").count() == 2  # the refusal too

    # During the 公示 the public sees it and may object; staff decide the objection; no award before the end.
    units = (await call("GET", f"{PUBLIC}/demonstration-units", {}, expect=200))["items"]
    assert units[0]["status_label"] == "公示中" and units[0]["name"] == "呼和浩特市诚信加油站有限公司"
    objection = {"text": "该站上月加油疑似少量", "contact": ""}
    obj = await call("POST", f"{PUBLIC}/award-applications/{application['id']}/objections", {}, 201, json=objection)
    early = await call("POST", f"{app_path}/finalise", staff, expect=409)
    assert early["error"]["code"] == "publicity_running"
    await call("POST", f"{ADMIN}/objections/{obj['id']}/decide", reviewer, expect=200, json={"upheld": False})

    # Seven days later the 公示 has ended (the dates are moved back rather than the clock forward).
    shift = timedelta(days=8)
    row = await AwardApplication.get(id=application["id"])
    row.publicity_starts_on -= shift  # type: ignore[operator]
    row.publicity_ends_on -= shift  # type: ignore[operator]
    await row.save()
    awarded = await call("POST", f"{app_path}/finalise", staff, expect=200)
    assert awarded["status"] == "awarded" and awarded["awarded_on"] == today().isoformat()
    assert awarded["valid_until"] > (today() + timedelta(days=365 * 2)).isoformat()

    # A citizen, not logged in, finds the station with its commitment, its award and its inspection.
    found = await call("GET", f"{PUBLIC}/businesses?q=诚信加油站", {}, expect=200)
    assert found["total"] == 1 and len(found["items"]) == 1
    status = found["items"][0]
    assert status["commitment"]["text_version"] == text["version"]
    assert status["award"]["valid_until"] == awarded["valid_until"] and status["award_status"] == "诚信计量示范单位"
    assert status["inspections"] == [
        {"campaign": "2026年加油站计量专项检查", "inspected_on": today().isoformat(), "result": "合格"}
    ]
    units = (await call("GET", f"{PUBLIC}/demonstration-units", {}, expect=200))["items"]
    assert [(u["name"], u["status_label"]) for u in units] == [("呼和浩特市诚信加油站有限公司", "诚信计量示范单位")]
    plan_view = await call("GET", f"{PUBLIC}/inspection-plans/{campaign['id']}", {}, expect=200)
    assert {"name": "呼和浩特市诚信加油站有限公司", "result": "合格"}.items() <= next(
        t for t in plan_view["targets"] if t["business_id"] == business["business_id"]
    ).items()

    # Staff revoke the commitment (audited): the public no longer sees it.
    commitment_id = record["commitments"][0]["id"] if "commitments" in record else None
    assert commitment_id is not None
    await call(
        "POST", f"{ADMIN}/commitments/{commitment_id}/revoke", staff, expect=200, json={"reason": "经营者申请注销"}
    )
    assert await AuditEntry.filter(action="credit.commitment_revoke").count() == 1
    after = await call("GET", f"{PUBLIC}/businesses/{business['business_id']}", {}, expect=200)
    assert after["commitment"] is None
