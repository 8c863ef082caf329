"""What WeChat reports to /wechat, followed to where it is used: mass-send receipts in a campaign's statistics,
a follower's position in the complaint form's market, menu use for the publicity office."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta

import pytest
from aiohttp.test_utils import TestClient

from core.models import MiniappUser, StaffRole, Subscriber
from tests.support.bot import FakeWeChat, cdata
from tests.support.campaigns import PublicityOffice, approved_campaign, campaign_stats, make_subscribers
from tests.support.gateway import SandboxApi

MINE = "/api/v1/miniapp/complaints"
MARKETS = "/api/v1/admin/complaints/markets"


def mass_send_finished(wechat: FakeWeChat, job: dict, *, create_time: int) -> str:
    """MASSSENDJOBFINISH as WeChat would push it for a job the sandbox carried out."""
    fields = (
        f"<Event>{cdata('MASSSENDJOBFINISH')}</Event><MsgID>{job['msg_id']}</MsgID>"
        f"<Status>{cdata('sendsuccess')}</Status><TotalCount>{len(job['openids'])}</TotalCount>"
        f"<FilterCount>{len(job['delivered'])}</FilterCount><SentCount>{len(job['delivered'])}</SentCount>"
        "<ErrorCount>0</ErrorCount>"
    )
    return wechat._xml("gh_jiliang0001_sender", "event", fields, create_time=create_time)


@pytest.mark.usefixtures("campaign_tuning")
async def test_mass_send_receipts_reach_each_campaigns_statistics(
    client: TestClient, wechat: FakeWeChat, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    await make_subscribers(3)
    await Subscriber.filter(openid="o-f00002").update(following=False)  # WeChat filters nobody we still send to
    first = await approved_campaign(client, office, channel="mass")
    await run_jobs()
    second = await approved_campaign(client, office, channel="mass")
    await run_jobs()
    jobs = await sandbox_api.sent("mass")
    assert len(jobs) == 2
    before = await campaign_stats(client, office, first)
    assert before["receipts"] == {
        "jobs": 1,
        "reported": 0,
        "total_count": 0,
        "filter_count": 0,
        "sent_count": 0,
        "error_count": 0,
        "statuses": {},
    }

    # Both jobs finish within the same second: two receipts, not a receipt and its retry.
    for job in jobs:
        assert await wechat.exchange(mass_send_finished(wechat, job, create_time=1796200301)) is None

    for campaign_id, job in zip((first, second), jobs, strict=True):
        receipts = (await campaign_stats(client, office, campaign_id))["receipts"]
        assert receipts["jobs"] == receipts["reported"] == 1
        assert receipts["total_count"] == len(job["openids"]) == 2
        assert receipts["sent_count"] == len(job["delivered"])
        assert receipts["statuses"] == {"sendsuccess": 1}


async def test_a_followers_position_prefills_the_nearest_market_with_a_fair_scale(
    client: TestClient, wechat: FakeWeChat, citizen_headers, staff_headers
) -> None:
    staff = await staff_headers(StaffRole.COMPLAINT_HANDLER)

    async def market(name: str, district: str, lat: float, lng: float, *, fair_scale: bool) -> int:
        body = {"name": name, "district": district, "latitude": lat, "longitude": lng, "fair_scale": fair_scale}
        response = await client.post(MARKETS, json=body, headers=staff)
        assert response.status == 201, await response.text()
        created = await response.json()
        assert (created["latitude"], created["longitude"], created["fair_scale"]) == (lat, lng, fair_scale)
        return int(created["id"])

    nearest = await market("大学路菜市场", "saihan", 40.8108, 111.7012, fair_scale=True)
    await market("大学路便民超市", "saihan", 40.8112, 111.7019, fair_scale=False)  # closer, but no 公平秤
    await market("东瓦窑农贸市场", "xincheng", 40.8533, 111.6871, fair_scale=True)

    headers = await citizen_headers("o-mini-walker")
    await MiniappUser.filter(openid="o-mini-walker").update(unionid="u-walker")
    await Subscriber.create(openid="o-mp-walker", unionid="u-walker")

    async def prefill() -> dict:
        response = await client.get(f"{MINE}/prefill", headers=headers)
        assert response.status == 200, await response.text()
        return await response.json()

    assert (await prefill())["market_id"] is None  # no position shared: nothing to suggest

    def location(lat: float, lng: float, create_time: int) -> str:
        fields = f"<Latitude>{lat}</Latitude><Longitude>{lng}</Longitude><Precision>30.0</Precision>"
        return wechat._xml(
            "o-mp-walker", "event", f"<Event>{cdata('LOCATION')}</Event>{fields}", create_time=create_time
        )

    assert await wechat.exchange(location(40.8112, 111.7019, 1)) is None
    body = await prefill()
    assert (body["market_id"], body["market_source"]) == (nearest, "location")
    assert 0 < body["market_distance_m"] < 100

    assert await wechat.exchange(location(41.2, 112.3, 2)) is None  # only the latest position counts: far away
    body = await prefill()
    assert body["market_id"] is None and body["market_source"] is None

    await wechat.exchange(location(40.8112, 111.7019, 3))
    await wechat.exchange(wechat.event("o-mp-walker", "unsubscribe", create_time=4))
    assert (await prefill())["market_id"] is None  # unfollowing drops the position with the rest


async def test_menu_statistics_are_for_the_publicity_office(
    client: TestClient, wechat: FakeWeChat, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    for time, key in enumerate(("FAQ", "FAQ", "HUMAN"), start=1):
        await wechat.exchange(wechat.event(f"o-menu-{time}", "CLICK", key, create_time=time))
    await wechat.exchange(wechat.event("o-menu-4", "view_miniprogram", "pages/booking/new", create_time=4))
    url = "/api/v1/admin/menu/stats"

    response = await client.get(url, headers=await staff_headers(StaffRole.PUBLICITY_REVIEWER))
    assert response.status == 200
    body = await response.json()
    assert [(i["event"], i["key"], i["name"], i["total"]) for i in body["items"]] == [
        ("click", "FAQ", "常见问题", 2),
        ("click", "HUMAN", "人工服务", 1),
        ("view_miniprogram", "pages/booking/new", "检定预约", 1),
    ]
    assert body["total"] == 4 and list(body["items"][0]["by_day"].values()) == [2]
    metrics = await (await client.get("/metrics")).text()
    assert 'kind="bot_menu_click",outcome="FAQ"} 2.0' in metrics

    assert (await client.get(url)).status == 401
    assert (await client.get(url, headers=await staff_headers(StaffRole.COMPLAINT_HANDLER))).status == 403
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    today = date.today()
    backwards = {"date_from": str(today), "date_to": str(today - timedelta(days=1))}
    assert (await client.get(url, params=backwards, headers=editor)).status == 422
    too_long = {"date_from": str(today - timedelta(days=400)), "date_to": str(today)}
    response = await client.get(url, params=too_long, headers=editor)
    assert response.status == 422 and (await response.json())["error"]["code"] == "invalid_period"


async def test_staff_give_an_existing_market_its_fair_scale_and_position(client: TestClient, staff_headers) -> None:
    staff = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    created = await (
        await client.post(MARKETS, json={"name": "小召农贸市场", "district": "玉泉区"}, headers=staff)
    ).json()
    assert (created["fair_scale"], created["latitude"], created["longitude"]) == (False, None, None)

    url = f"{MARKETS}/{created['id']}"
    response = await client.patch(
        url, json={"fair_scale": True, "latitude": 40.8017, "longitude": 111.6606}, headers=staff
    )
    assert response.status == 200, await response.text()
    body = await response.json()
    assert (body["fair_scale"], body["latitude"], body["longitude"], body["name"]) == (
        True,
        40.8017,
        111.6606,
        "小召农贸市场",
    )

    half = await client.patch(url, json={"latitude": 40.9}, headers=staff)
    assert half.status == 422 and (await half.json())["error"]["message"]
    assert (await client.patch(f"{MARKETS}/999999", json={"active": False}, headers=staff)).status == 404
    assert (await client.patch(url, json={"active": False})).status == 401
