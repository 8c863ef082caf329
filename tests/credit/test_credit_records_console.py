"""The credit record built from the complaints domain (upheld complaints per stall and per market), the level's
reasons, and the console pages for it: record, commitment revocation (audited), statistics and xlsx export."""

from __future__ import annotations

from core.models import AuditEntry, StaffRole
from tests.support.console import ConsoleUser

COMPLAINTS = "/api/v1/admin/complaints"
MINI = "/api/v1/miniapp/credit"
ADMIN = "/api/v1/admin/credit"


async def _close_upheld(client, staff, case_id: int) -> None:  # type: ignore[no-untyped-def]
    for step in ("accept", "mediation"):
        assert (await client.post(f"{COMPLAINTS}/{case_id}/{step}", json={}, headers=staff)).status == 200
    body = {"result": "mediated", "substantiated": True}
    assert (await client.post(f"{COMPLAINTS}/{case_id}/outcome", json=body, headers=staff)).status == 200


async def test_upheld_complaints_lower_a_stalls_level_and_show_why(  # type: ignore[no-untyped-def]
    client, complaint_api, citizen, staff_headers, console_staff, browser_user
) -> None:
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    market = await (
        await client.post(
            f"{COMPLAINTS}/markets", json={"name": "东瓦窑农贸市场", "district": "新城区"}, headers=handler
        )
    ).json()
    owner = await citizen()
    body = {"sector": "market_stall", "market_id": market["id"], "name": "张记蔬菜 12号摊位"}
    resp = await client.post(f"{MINI}/businesses", json=body, headers=owner)
    stall = await resp.json()
    assert resp.status == 201 and stall["district"] == "xincheng"
    text = await (await client.get("/api/v1/public/credit/commitment-text")).json()
    signed = {"signer_name": "张三", "text_version": text["version"]}
    assert (
        await client.post(f"{MINI}/businesses/{stall['business_id']}/commitments", json=signed, headers=owner)
    ).status == 201

    for name in ("张记蔬菜12号摊位", "张记蔬菜 12号摊位", "李家肉铺"):
        case = await complaint_api.filed(await citizen(), market_id=market["id"], merchant_name=name)
        await _close_upheld(client, handler, case["id"])

    record = await (await client.get(f"{ADMIN}/businesses/{stall['business_id']}", headers=handler)).json()
    credit = record["credit"]
    assert {c["key"]: (c["count"], c["points"]) for c in credit["contributions"]} == {
        "upheld_complaint": (2, -20),
        "active_commitment": (1, 5),
    }
    assert credit["score"] == 85 and credit["level"] == "C" and credit["rule_version"]
    refused = await client.post(
        f"{MINI}/businesses/{stall['business_id']}/award-applications", json={"statement": "申请"}, headers=owner
    )
    assert refused.status == 422 and (await refused.json())["error"]["code"] == "credit_level_too_low"

    # The market as a whole carries all three upheld complaints.
    plan = {"title": "市场抽查", "target_type": "market", "sample_size": 1, "inspectors_per_target": 1}
    campaign = await (await client.post(f"{ADMIN}/campaigns", json=plan, headers=handler)).json()
    market_business = campaign["inspections"][0]["business_id"]
    market_record = await (await client.get(f"{ADMIN}/businesses/{market_business}", headers=handler)).json()
    assert [c["count"] for c in market_record["credit"]["contributions"] if c["key"] == "upheld_complaint"] == [3]

    # In the console: the record with its reasons, the commitment revoked (audited), statistics exported.
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER)
    user: ConsoleUser = browser_user()
    await user.login(staff.username)
    page = await user.get(f"/console/credit/businesses/{stall['business_id']}")
    assert "C级 关注" in page and "投诉查实" in page and "-20" in page
    commitment_id = record["commitments"][0]["id"]
    short = await user.post(f"/console/credit/commitments/{commitment_id}/revoke", {"reason": "x"})
    assert "请填写撤销理由（至少2个字）" in short and "已撤销" not in short
    done = await user.post(f"/console/credit/commitments/{commitment_id}/revoke", {"reason": "摊位已转让"})
    assert "承诺已撤销" in done and "已撤销：摊位已转让" in done
    assert [e.details["reason"] for e in await AuditEntry.filter(action="credit.commitment_revoke")] == ["摊位已转让"]
    stats = await user.get("/console/credit/stats")
    assert "受检率" in stats and "每万户投诉件数" in stats
    async with user.client.get("/console/credit/stats.xlsx") as resp:
        assert resp.status == 200 and resp.content_type.endswith("spreadsheetml.sheet")
        assert (await resp.read())[:2] == b"PK"
    assert await AuditEntry.filter(action="credit.export").count() == 1
    other = await console_staff(StaffRole.PUBLICITY_EDITOR)
    outsider = browser_user()
    await outsider.login(other.username)
    await outsider.get("/console/credit", status=403)
