"""Statistics, merchant/market histories, CSV export, the bot's public status and the QR-scan prefill."""

from __future__ import annotations

import csv
import io

from complaints.service import public_status
from core.models import MiniappUser, Subscriber

ADMIN = "/api/v1/admin/complaints"
MINE = "/api/v1/miniapp/complaints"


async def _close(client, staff, case_id: int, **outcome) -> None:
    for step, body in (("accept", {}), ("mediation", {})):
        assert (await client.post(f"{ADMIN}/{case_id}/{step}", json=body, headers=staff)).status == 200
    resp = await client.post(f"{ADMIN}/{case_id}/outcome", json={"result": "mediated", **outcome}, headers=staff)
    assert resp.status == 200, await resp.text()


async def test_statistics_by_district_month_category_and_rates(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers("complaint_handler")
    first = await complaint_api.filed(await citizen())
    second = await complaint_api.filed(await citizen(), category="meat_egg_aquatic", unit_price="15", goods="牛肉")
    await complaint_api.filed(await citizen(), district="玉泉区", location="小召菜市场")
    await _close(client, staff, first["id"], substantiated=True, refund_amount="2")
    await _close(client, staff, second["id"], substantiated=False)

    body = await (await client.get(f"{ADMIN}/statistics", headers=staff)).json()
    assert body["total"] == 3
    assert {d["district_name"]: d["count"] for d in body["by_district"]} == {"新城区": 2, "玉泉区": 1}
    assert [m["count"] for m in body["by_month"]] == [3]
    assert {c["category"]: c["count"] for c in body["by_category"]} == {"grain_veg_fruit": 2, "meat_egg_aquatic": 1}
    assert body["substantiated"] == 1 and body["judged"] == 2 and body["substantiated_rate"] == 0.5
    assert body["closed"] == 2 and body["average_handling_days"] is not None
    district_only = await (await client.get(f"{ADMIN}/statistics", params={"district": "玉泉"}, headers=staff)).json()
    assert district_only["total"] == 1


async def test_merchant_history_feeds_credit(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers("complaint_handler")
    market = await (
        await client.post(f"{ADMIN}/markets", json={"name": "东瓦窑农贸市场", "district": "新城区"}, headers=staff)
    ).json()
    cases = [
        await complaint_api.filed(await citizen(), market_id=market["id"], merchant_name=name)
        for name in ("张记蔬菜 12号摊位", "张记蔬菜12号摊位", "李家肉铺")
    ]
    # Spacing differences do not split a merchant's record.
    detail = await (await client.get(f"{ADMIN}/{cases[0]['id']}", headers=staff)).json()
    detail2 = await (await client.get(f"{ADMIN}/{cases[1]['id']}", headers=staff)).json()
    assert detail["merchant_id"] == detail2["merchant_id"]
    for case in cases[:2]:
        await _close(client, staff, case["id"], substantiated=True)

    record = await (await client.get(f"{ADMIN}/merchants/{detail['merchant_id']}", headers=staff)).json()
    assert record["total"] == 2 and record["substantiated"] == 2 and record["substantiated_last_year"] == 2
    assert record["credit_level"] == "警示" and record["last_substantiated_at"]
    market_record = await (await client.get(f"{ADMIN}/markets/{market['id']}", headers=staff)).json()
    assert market_record["total"] == 3 and market_record["merchants_with_substantiated"] == 1
    ranking = await (await client.get(f"{ADMIN}/merchants/ranking", headers=staff)).json()
    assert ranking["items"][0]["merchant_id"] == detail["merchant_id"] and ranking["items"][0]["substantiated"] == 2
    assert (await client.get(f"{ADMIN}/merchants/99999", headers=staff)).status == 404
    dup = await client.post(f"{ADMIN}/markets", json={"name": "东瓦窑农贸市场", "district": "新城"}, headers=staff)
    assert dup.status == 409


async def test_csv_export_is_excel_friendly_masked_and_injection_safe(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers("complaint_handler")
    await complaint_api.filed(await citizen(), merchant_name='=HYPERLINK("http://x")摊位')
    resp = await client.get(f"{ADMIN}/export.csv", headers=staff)
    assert resp.status == 200
    assert resp.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in resp.headers["Content-Disposition"]
    raw = await resp.read()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "投诉编号" and len(rows) == 2
    header = rows[0]
    assert rows[1][header.index("联系电话")] == "139****5678"
    assert rows[1][header.index("被投诉商户")].startswith("'=")
    assert "13912345678" not in raw.decode("utf-8-sig")


async def test_public_status_only_for_the_filer(complaint_api, citizen):
    headers = await citizen("o-bot-owner")
    await MiniappUser.filter(openid="o-bot-owner").update(unionid="u-owner")
    case = await complaint_api.filed(headers)
    status = await public_status(tracking_no=case["tracking_no"].lower(), unionid="u-owner")
    assert status is not None and status.status_label == "待受理" and status.next_step
    assert await public_status(tracking_no=case["tracking_no"], unionid="u-someone-else") is None
    assert await public_status(tracking_no=case["tracking_no"], unionid=None) is None
    assert await public_status(tracking_no="JL20260101000001", unionid="u-owner") is None


async def test_prefill_offers_the_scanned_market(client, citizen, staff_headers):
    staff = await staff_headers("complaint_handler")
    market = await (
        await client.post(f"{ADMIN}/markets", json={"name": "大学路菜市场", "district": "赛罕区"}, headers=staff)
    ).json()
    headers = await citizen("o-scanner")
    empty = await (await client.get(f"{MINE}/prefill", headers=headers)).json()
    assert empty["market_id"] is None
    await MiniappUser.filter(openid="o-scanner").update(unionid="u-scanner", phone="13800001111")
    await Subscriber.create(openid="mp-o-scanner", unionid="u-scanner", scene=f"market:{market['id']}")
    body = await (await client.get(f"{MINE}/prefill", headers=headers)).json()
    assert (
        body["market_id"] == market["id"]
        and body["market_name"] == "大学路菜市场"
        and body["district_name"] == "赛罕区"
    )
    assert body["contact_phone"] == "138****1111"
    # The bound phone is used when the form leaves the phone empty.
    options = await (await client.get(f"{MINE}/options")).json()
    assert len(options["districts"]) == 10 and options["max_photos"] == 9


async def test_bound_phone_is_used_when_contact_phone_is_empty(complaint_api, citizen):
    headers = await citizen("o-bound")
    await MiniappUser.filter(openid="o-bound").update(phone="13700002222")
    case = await complaint_api.filed(headers, contact_phone=None)
    assert case["contact_phone"] == "137****2222"
    resp = await complaint_api.file(await citizen(), contact_phone=None)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "phone_required"


async def test_openapi_documents_the_complaint_routes(client):
    spec = await (await client.get("/api/openapi.json")).json()
    for path in (
        "/api/v1/miniapp/complaints",
        "/api/v1/miniapp/complaints/{complaint_id}",
        "/api/v1/miniapp/subscriptions",
        "/api/v1/admin/complaints",
        "/api/v1/admin/complaints/{complaint_id}/outcome",
    ):
        assert path in spec["paths"], path
