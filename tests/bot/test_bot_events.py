"""Events (subscribe, QR scenes, unsubscribe, menu clicks), the menu push, the slow path and `jiliang simulate`."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot import cli as bot_cli
from bot.handlers import CLICK_ACTIONS
from bot.menu import click_keys
from complaints.models import Market
from core import subscribers
from core.models import Subscriber
from core.settings import Settings
from tests.support.bot import FakeWeChat, SandboxControl


async def eventually(check: Callable[[], Awaitable[Any]], *, seconds: float = 5.0) -> Any:
    """Poll `check` until it returns something truthy (background work finishing), failing after `seconds`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while True:
        if result := await check():
            return result
        assert loop.time() < deadline, "background work did not finish"
        await asyncio.sleep(0.02)


async def test_subscribe_welcomes_and_links_the_unionid(wechat: FakeWeChat, sandbox_ctl: SandboxControl) -> None:
    await sandbox_ctl.post("/sandbox/users", {"openid": "o-sub-1", "unionid": "u-sub-1"})
    reply = await wechat.exchange(wechat.event("o-sub-1", "subscribe"))
    assert reply is not None and "欢迎关注" in reply["Content"]
    subscriber = await Subscriber.get(openid="o-sub-1")
    assert subscriber.following and subscriber.unsubscribed_at is None

    async def linked() -> bool:
        await subscriber.refresh_from_db()
        return subscriber.unionid == "u-sub-1"

    await eventually(linked)


async def test_scan_to_subscribe_remembers_the_market_for_the_next_complaint(wechat: FakeWeChat) -> None:
    market = await Market.create(name="东瓦窑农贸市场", district="xincheng")
    xml = wechat.event("o-mkt-1", "subscribe", f"qrscene_market:{market.id}", ticket="TICKET")
    reply = await wechat.exchange(xml, "safe")
    assert reply is not None
    assert "欢迎关注" in reply["Content"] and "东瓦窑农贸市场" in reply["Content"]
    assert f"market={market.id}" in reply["Content"]
    subscriber = await Subscriber.get(openid="o-mkt-1")
    assert subscriber.scene == f"market:{market.id}"
    # The next complaint link carries the market.
    complaint = await wechat.say("o-mkt-1", "我要投诉")
    assert complaint is not None and f"pages/complaint/new?market={market.id}" in complaint


async def test_scan_by_a_follower_updates_the_scene(wechat: FakeWeChat) -> None:
    market = await Market.create(name="大学路菜市场", district="saihan")
    await wechat.exchange(wechat.event("o-mkt-2", "subscribe"))
    reply = await wechat.exchange(wechat.event("o-mkt-2", "SCAN", f"market:{market.id}", ticket="T"))
    assert reply is not None and "大学路菜市场" in reply["Content"]
    reply = await wechat.exchange(wechat.event("o-mkt-2", "SCAN", "district:saihan", ticket="T", create_time=1))
    assert reply is not None and "赛罕区" in reply["Content"]
    subscriber = await Subscriber.get(openid="o-mkt-2")
    assert subscriber.scene == f"market:{market.id}"
    assert subscriber.district == "saihan"  # the slug, as everywhere


@pytest.mark.parametrize("scene", ["market:<script>", "market:999999", "district:atlantis", "qr_12", ""])
async def test_unknown_or_stale_scene_is_ignored(wechat: FakeWeChat, scene: str) -> None:
    response = await wechat.send(wechat.event("o-mkt-3", "SCAN", scene, ticket="T"))
    assert await response.text() == "success"
    assert not await Subscriber.filter(openid="o-mkt-3").exclude(scene=None).exists()
    assert not await Subscriber.filter(openid="o-mkt-3").exclude(district=None).exists()


async def test_unsubscribe_deletes_personal_data(wechat: FakeWeChat) -> None:
    await wechat.exchange(wechat.event("o-bye", "subscribe", "qrscene_district:xincheng"))
    await wechat.exchange(wechat.event("o-bye", "CLICK", "AUDIENCE_ENTERPRISE"))
    market = await Market.create(name="海东路市场", district="huimin")
    await wechat.exchange(wechat.event("o-bye", "SCAN", f"market:{market.id}", ticket="T", create_time=2))
    await wechat.exchange(wechat.event("o-bye", "SCAN", "tag:wmd2026", ticket="T", create_time=3))
    await wechat.say("o-bye", "我要投诉")
    await subscribers.set_unionid(openid="o-bye", unionid="u-bye")
    before = await Subscriber.get(openid="o-bye")
    assert before.district == "xincheng" and before.audience == "enterprise" and before.tags == ["wmd2026"]
    assert before.scene == f"market:{market.id}"

    response = await wechat.send(wechat.event("o-bye", "unsubscribe"))
    assert await response.text() == "success"
    after = await Subscriber.get(openid="o-bye")
    assert not after.following and after.unsubscribed_at is not None
    assert (after.unionid, after.district, after.scene, after.tags, after.audience) == (None, None, None, [], "citizen")
    assert after.last_interaction_at is None
    assert await subscribers.audience_query().filter(openid="o-bye").count() == 0
    assert await Subscriber.filter(following=False).count() == 1  # the anonymous count remains

    # Coming back is a fresh start.
    await wechat.exchange(wechat.event("o-bye", "subscribe", create_time=4))
    again = await Subscriber.get(openid="o-bye")
    assert again.following and again.unsubscribed_at is None and again.district is None


async def test_menu_clicks_answer_without_opening_the_service_window(wechat: FakeWeChat) -> None:
    reply = await wechat.exchange(wechat.event("o-click", "CLICK", "COMPLAINT_STATUS"))
    assert reply is not None and "pages/complaint/list" in reply["Content"]
    reply = await wechat.exchange(wechat.event("o-click", "CLICK", "AUDIENCE_ENTERPRISE"))
    assert reply is not None and "企业" in reply["Content"]
    subscriber = await Subscriber.get(openid="o-click")
    assert subscriber.audience == "enterprise"
    assert subscriber.last_interaction_at is None  # a click is not a message: no 48-hour window
    response = await wechat.send(wechat.event("o-click", "CLICK", "NO_SUCH_KEY"))
    assert await response.text() == "success"


def test_every_menu_key_has_an_action() -> None:
    assert click_keys() <= set(CLICK_ACTIONS)


async def test_menu_push_creates_the_menu_through_the_gateway(
    settings: Settings, sandbox_ctl: SandboxControl, capsys
) -> None:
    code = await bot_cli.menu_push(settings, argparse.Namespace())
    assert code == 0, capsys.readouterr().err
    menu = (await sandbox_ctl.get("/sandbox/menu"))["menu"]
    keys = {sub.get("key") for top in menu["button"] for sub in top["sub_button"]} - {None}
    assert keys == click_keys()
    pages = {sub.get("pagepath") for top in menu["button"] for sub in top["sub_button"]} - {None}
    assert "pages/complaint/new" in pages


# --- the deadline ------------------------------------------------------------------------------------


async def test_slow_reply_answers_success_then_sends_a_customer_service_message(
    make_client: Callable[..., Awaitable[TestClient]], settings: Settings, sandbox_ctl: SandboxControl
) -> None:
    # A zero budget makes every reply "late": the request answers success at once, the answer follows.
    slow = FakeWeChat(await make_client(mp_reply_budget_seconds=0), settings)
    xml = slow.text("o-slow", "我要投诉")
    push = slow.push(xml, "safe")
    response = await slow.post(push)
    assert response.status == 200 and await response.text() == "success"

    sent = await eventually(lambda: sandbox_ctl.custom_messages("o-slow"))
    assert len(sent) == 1 and "pages/complaint/new" in sent[0]

    # WeChat's retry of the same message: success again, and no second customer-service message.
    retry = await slow.post(slow.push(xml, "safe"))
    assert await retry.text() == "success"
    assert await sandbox_ctl.custom_messages("o-slow") == sent


async def test_slow_reply_outside_the_window_is_dropped_quietly(
    make_client: Callable[..., Awaitable[TestClient]], settings: Settings, sandbox_ctl: SandboxControl
) -> None:
    slow = FakeWeChat(await make_client(mp_reply_budget_seconds=0), settings)
    await sandbox_ctl.post("/sandbox/outside-window", {"openid": "o-late"})
    response = await slow.send(slow.text("o-late", "我要投诉"))
    assert await response.text() == "success"
    await eventually(lambda: sandbox_ctl.calls("/cgi-bin/message/custom/send"))
    assert await sandbox_ctl.custom_messages("o-late") == []


async def test_slow_reply_is_retried_on_a_busy_gateway(
    make_client: Callable[..., Awaitable[TestClient]], settings: Settings, sandbox_ctl: SandboxControl
) -> None:
    slow = FakeWeChat(await make_client(mp_reply_budget_seconds=0), settings)
    await sandbox_ctl.post("/sandbox/faults", {"endpoint": "/cgi-bin/message/custom/send", "errcode": -1, "times": 1})
    await slow.send(slow.text("o-busy", "检定预约"))
    sent = await eventually(lambda: sandbox_ctl.custom_messages("o-busy"))
    assert len(sent) == 1 and "pages/booking/new" in sent[0]


# --- jiliang simulate ----------------------------------------------------------------------------------


async def test_simulate_talks_to_the_running_server(client: TestClient, settings: Settings, capsys) -> None:
    """With an EncodingAESKey (as the demo server has) simulate sends compatible mode, or safe mode with --safe."""
    target = settings.model_copy(update={"host": client.server.host, "port": client.server.port})
    for safe in (False, True):
        args = argparse.Namespace(text="我要投诉", openid="o-sim", safe=safe)
        assert await bot_cli.simulate(target, args) == 0
        out = capsys.readouterr().out
        assert "pages/complaint/new" in out


async def test_simulate_sends_plaintext_to_a_server_without_a_key(make_client, settings: Settings, capsys) -> None:
    plain = await make_client(mp_aes_key=None)
    target = settings.model_copy(update={"host": plain.server.host, "port": plain.server.port, "mp_aes_key": None})
    assert await bot_cli.simulate(target, argparse.Namespace(text="我要投诉", openid="o-sim", safe=False)) == 0
    assert "pages/complaint/new" in capsys.readouterr().out


@pytest.mark.parametrize("safe", [False, True])
def test_simulated_pushes_to_an_account_with_a_key_are_encrypted(settings: Settings, safe: bool) -> None:
    from bot.simulate import build_push, text_message_xml

    push = build_push(settings, text_message_xml(openid="o-sim", text="你好", msg_id=1), safe=safe)
    assert push.encrypted and push.query["encrypt_type"] == "aes" and "msg_signature" in push.query
    assert b"<Encrypt>" in push.body
    assert (b"<Content>" in push.body) is not safe  # compatible mode carries the plaintext fields too
