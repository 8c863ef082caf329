"""/wechat against a corpus of pushes written from WeChat's documented formats (tests/data/wechat_pushes/*.xml).

Each sample goes through /wechat in plaintext (an account without an EncodingAESKey), compatible and safe mode,
and again as WeChat's retry; its row in outcomes.csv names the class of reply it must get and the side effect it
must have, exactly once. A new message or event type is a sample file and a row; a new kind of outcome is an
entry in REPLY_CLASSES or EFFECTS below.
"""

from __future__ import annotations

import csv
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from bot.protocol import xml_fields
from campaigns import receipts
from campaigns.models import Campaign, Channel, ReceiptKind, SendReceipt
from complaints.models import Market
from core import subscribers
from core.keys import REDIS
from core.models import MiniappUser, StaffAccount, StaffMessage, StaffRole, SubscribeQuota, Subscriber
from core.settings import Settings
from tests.support.bot import FakeWeChat, load_bot_faq, wechat_without_key
from tests.support.paths import TEST_DATA

CORPUS = TEST_DATA / "wechat_pushes"
MARKET_ID, MARKET_NAME = 4201, "东瓦窑农贸市场"  # the market the QR-code samples name
UNIONID = "uHk2Y5sRt0xPerson000000001"


def _rows() -> list[dict[str, str]]:
    with (CORPUS / "outcomes.csv").open(encoding="utf-8") as table:
        return list(csv.DictReader(line for line in table if not line.startswith("#")))


ROWS = _rows()


@dataclass
class Case:
    """One sample on its way through the app, with what the checks need."""

    client: TestClient  # the app with the demo key, for staff reads over HTTP
    redis: Redis
    settings: Settings
    staff_headers: Callable[..., Awaitable[dict[str, str]]]
    openid: str
    fields: dict[str, Any]
    campaign_id: int | None = None


# --- reply classes -------------------------------------------------------------------------------------------

REPLY_CLASSES: dict[str, Callable[[str | None], bool]] = {
    "success": lambda content: content is None,
    "faq_answer": lambda content: content is not None and "复秤" in content,
    "complaint_link": lambda content: content is not None and "pages/complaint/new" in content,
    "welcome": lambda content: content is not None and "欢迎关注" in content,
    "welcome_at_market": lambda content: content is not None and "欢迎关注" in content and MARKET_NAME in content,
    "scanned_market": lambda content: content is not None and "欢迎关注" not in content and MARKET_NAME in content,
    "faq_menu": lambda content: content is not None and "常见问题示例" in content,
}


# --- side effects: an optional set-up before the push, and the check after it ----------------------------------


async def _no_setup(case: Case) -> None:
    del case


async def _market(case: Case) -> None:
    del case
    await Market.create(id=MARKET_ID, name=MARKET_NAME, district="xincheng")


async def _follower_with_a_position(case: Case) -> None:
    await subscribers.follow(openid=case.openid)
    await subscribers.remember_location(
        case.redis, openid=case.openid, latitude=40.8, longitude=111.7, precision=None, now=_now(), ttl_seconds=600
    )


async def _campaign_that_sent_the_job(case: Case) -> None:
    campaign = await Campaign.create(title="世界计量日", summary="计量与生活", channel=Channel.MASS)
    case.campaign_id = campaign.id
    await receipts.record_mass_send(campaign_id=campaign.id, msg_id=int(case.fields["MsgID"]), recipients=3, now=_now())


async def _linked_user_with_quota(case: Case) -> None:
    """The follower is a mini-program user too (same unionid) and holds grants for both templates."""
    await Subscriber.create(openid=case.openid, unionid=UNIONID)
    user = await MiniappUser.create(openid="o-mini-" + case.openid[-8:], unionid=UNIONID)
    for template_id in ("tmpl-complaint-status-0001", "tmpl-booking-0002"):
        await SubscribeQuota.create(user=user, template_id=template_id, remaining=2)


def _now() -> datetime:
    return datetime.now(UTC)


async def _quota(template_id: str) -> SubscribeQuota:
    return await SubscribeQuota.get(user__unionid=UNIONID, template_id=template_id)


async def check_message_recorded(case: Case) -> None:
    subscriber = await Subscriber.get(openid=case.openid)
    assert subscriber.following and subscriber.last_interaction_at is not None


async def check_follower_recorded(case: Case) -> None:
    subscriber = await Subscriber.get(openid=case.openid)
    assert subscriber.following and subscriber.unsubscribed_at is None


async def check_market_scene_recorded(case: Case) -> None:
    await check_follower_recorded(case)
    assert (await Subscriber.get(openid=case.openid)).scene == f"market:{MARKET_ID}"


async def check_follower_removed(case: Case) -> None:
    subscriber = await Subscriber.get(openid=case.openid)
    assert not subscriber.following and subscriber.unsubscribed_at is not None
    assert await subscribers.latest_location(case.redis, openids=[case.openid]) is None


async def check_location_kept(case: Case) -> None:
    location = await subscribers.latest_location(case.redis, openids=[case.openid])
    assert location is not None
    assert (location.latitude, location.longitude) == (float(case.fields["Latitude"]), float(case.fields["Longitude"]))
    assert 0 < await case.redis.ttl(f"subscribers:location:{case.openid}") <= case.settings.mp_location_ttl_seconds


async def check_menu_counted(case: Case) -> None:
    headers = await case.staff_headers(StaffRole.PUBLICITY_EDITOR)
    response = await case.client.get("/api/v1/admin/menu/stats", headers=headers)
    assert response.status == 200, await response.text()
    items = (await response.json())["items"]
    event = str(case.fields["Event"]).lower()
    assert [(i["event"], i["key"], i["total"]) for i in items] == [(event, case.fields["EventKey"], 1)]


async def check_mass_receipt_in_campaign_stats(case: Case) -> None:
    headers = await case.staff_headers(StaffRole.PUBLICITY_EDITOR)
    response = await case.client.get(f"/api/v1/admin/campaigns/{case.campaign_id}/stats", headers=headers)
    assert response.status == 200, await response.text()
    assert (await response.json())["receipts"] == {
        "jobs": 1,
        "reported": 1,
        "total_count": int(case.fields["TotalCount"]),
        "filter_count": int(case.fields["FilterCount"]),
        "sent_count": int(case.fields["SentCount"]),
        "error_count": int(case.fields["ErrorCount"]),
        "statuses": {case.fields["Status"]: 1},
    }


async def check_template_receipt_recorded(case: Case) -> None:
    receipt = await SendReceipt.get(kind=ReceiptKind.TEMPLATE, msg_id=int(case.fields["MsgID"]))
    assert receipt.status == case.fields["Status"] and receipt.reported_at is not None


async def _staff_notice_sent(case: Case) -> None:
    """A template message to a staff member (core.staff_wechat) that WeChat numbered with the push's MsgID."""
    staff = await StaffAccount.create(username="corpus.staff", display_name="值班员", token_hash="0" * 64,
                                      wechat_openid=case.openid)  # fmt: skip
    await StaffMessage.create(
        staff_id=staff.id,
        kind="digest",
        day=_now().date(),
        dedupe_key="corpus:1",
        openid=case.openid,
        summary="新案件1",
        status="sent",
        msg_id=int(case.fields["MsgID"]),
    )


async def check_staff_notice_receipt_recorded(case: Case) -> None:
    message = await StaffMessage.get(msg_id=int(case.fields["MsgID"]))
    assert (message.status, message.receipt) == ("delivered", "success") and message.reported_at is not None
    assert not await SendReceipt.exists(msg_id=int(case.fields["MsgID"]))  # not taken for a campaign's job


async def check_subscription_granted(case: Case) -> None:
    del case
    accepted, rejected = await _quota("tmpl-complaint-status-0001"), await _quota("tmpl-booking-0002")
    assert (accepted.remaining, accepted.accepted) == (3, True)  # one more send
    assert (rejected.remaining, rejected.accepted) == (2, False)  # grants already given stay usable


async def check_subscription_withdrawn(case: Case) -> None:
    del case
    withdrawn, other = await _quota("tmpl-complaint-status-0001"), await _quota("tmpl-booking-0002")
    assert (withdrawn.remaining, withdrawn.accepted) == (0, False)
    assert (other.remaining, other.accepted) == (2, True)


async def check_none(case: Case) -> None:
    assert not await Subscriber.exists()
    assert not await SendReceipt.exists()
    assert [key async for key in case.redis.scan_iter("*") if not key.startswith("bot:seen:")] == []


EFFECTS: dict[str, tuple[Callable[[Case], Awaitable[None]], Callable[[Case], Awaitable[None]]]] = {
    "none": (_no_setup, check_none),
    "message_recorded": (_no_setup, check_message_recorded),
    "follower_recorded": (_no_setup, check_follower_recorded),
    "market_scene_recorded": (_market, check_market_scene_recorded),
    "follower_removed": (_follower_with_a_position, check_follower_removed),
    "location_kept": (_no_setup, check_location_kept),
    "menu_counted": (_no_setup, check_menu_counted),
    "mass_receipt_in_campaign_stats": (_campaign_that_sent_the_job, check_mass_receipt_in_campaign_stats),
    "template_receipt_recorded": (_no_setup, check_template_receipt_recorded),
    "staff_notice_receipt_recorded": (_staff_notice_sent, check_staff_notice_receipt_recorded),
    "subscription_granted": (_linked_user_with_quota, check_subscription_granted),
    "subscription_cancelled": (_linked_user_with_quota, check_subscription_withdrawn),
    "subscription_refused": (_linked_user_with_quota, check_subscription_withdrawn),
}


def test_every_sample_has_exactly_one_row_and_every_row_a_known_outcome() -> None:
    samples = sorted(path.stem for path in CORPUS.glob("*.xml"))
    assert sorted(row["sample"] for row in ROWS) == samples
    for row in ROWS:
        assert row["reply"] in REPLY_CLASSES and row["effect"] in EFFECTS, row


@pytest.mark.parametrize("mode", ["plain", "compat", "safe"])
@pytest.mark.parametrize("row", ROWS, ids=[row["sample"] for row in ROWS])
async def test_sample_gets_its_reply_and_side_effect(
    wechat: FakeWeChat,
    client: TestClient,
    make_client: Callable[..., Awaitable[TestClient]],
    settings: Settings,
    staff_headers: Callable[..., Awaitable[dict[str, str]]],
    row: dict[str, str],
    mode: str,
) -> None:
    xml = (CORPUS / f"{row['sample']}.xml").read_text(encoding="utf-8")
    fields = xml_fields(xml)
    sender = await wechat_without_key(make_client, settings) if mode == "plain" else wechat
    if row["reply"] == "faq_answer":
        await load_bot_faq(sender.client)
    case = Case(client, client.server.app[REDIS], settings, staff_headers, str(fields["FromUserName"]), fields)
    setup, check = EFFECTS[row["effect"]]
    await setup(case)

    push = sender.push(xml, mode)
    replies = []
    for _ in range(2):  # the delivery, then WeChat's retry of it
        response = await sender.post(push)
        assert response.status == 200, await response.text()
        reply = sender.decode(await response.text(), push)
        if reply is not None:
            assert reply["ToUserName"] == case.openid and reply["MsgType"] == "text"
        replies.append(reply["Content"] if reply is not None else None)

    assert replies[0] == replies[1]
    assert REPLY_CLASSES[row["reply"]](replies[0]), replies[0]
    await check(case)
