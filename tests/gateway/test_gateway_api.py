"""The gateway's WeChat API methods against the sandbox: what is sent, and every failure as a typed error."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from core.keys import WECHAT
from core.wechat import (
    WeChatBusy,
    WeChatError,
    WeChatGateway,
    WeChatInvalidCode,
    WeChatInvalidData,
    WeChatOutOfWindow,
    WeChatQuotaExceeded,
    WeChatRateLimited,
    WeChatUnavailable,
    WeChatUnsubscribed,
)
from tests.support.gateway import SandboxApi

TEMPLATE = "tmpl-complaint-status"


@pytest.fixture
def wechat(app: web.Application) -> WeChatGateway:
    return app[WECHAT]


async def test_code2session_returns_openid_unionid_and_keeps_session_key_out_of_repr(
    wechat: WeChatGateway, sandbox_api: SandboxApi
) -> None:
    session = await wechat.code2session(await sandbox_api.login_code("o-a", unionid="u-a"))
    assert (session.openid, session.unionid) == ("o-a", "u-a")
    assert session.session_key and session.session_key not in repr(session)
    assert (await sandbox_api.stats())["token_fetches"] == 0  # jscode2session needs no access_token


async def test_code2session_invalid_and_reused_codes(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    with pytest.raises(WeChatInvalidCode) as caught:
        await wechat.code2session("bogus")
    assert caught.value.errcode == 40029
    assert not caught.value.transient
    code = await sandbox_api.login_code("o-b")
    await wechat.code2session(code)
    with pytest.raises(WeChatInvalidCode) as caught:
        await wechat.code2session(code)
    assert caught.value.errcode == 40163


async def test_phone_number(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    assert await wechat.phone_number(await sandbox_api.phone_code("13700001234")) == "13700001234"
    with pytest.raises(WeChatInvalidCode):
        await wechat.phone_number("bogus")


async def test_msg_sec_check_v2(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    verdict = await wechat.msg_sec_check(openid="o-c", content="超市的电子秤好像不准，买一斤少了二两", scene=2)
    assert (verdict.suggest, verdict.label, verdict.passed) == ("pass", 100, True)
    assert verdict.trace_id
    await sandbox_api.sec_words(risky={"缺德商家": 20003}, review=["私下联系"])
    assert (await wechat.msg_sec_check(openid="o-c", content="这个缺德商家")).suggest == "risky"
    review = await wechat.msg_sec_check(openid="o-c", content="请私下联系我")
    assert (review.suggest, review.label) == ("review", 10001)


async def test_msg_sec_check_long_text_is_checked_whole(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    await sandbox_api.sec_words(risky=["违禁词"])
    # 2500 characters is WeChat's cap; the risky word straddles the first window's end.
    content = "秤" * 2490 + "违禁词" + "秤" * 3000
    verdict = await wechat.msg_sec_check(openid="o-d", content=content)
    assert verdict.suggest == "risky"
    assert (await sandbox_api.stats())["calls"]["/wxa/msg_sec_check"] == 3


async def test_subscribe_message_sent_and_quota_exhausted(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    await sandbox_api.subscribe_quota("o-e", TEMPLATE, count=1)
    data = {"character_string1": "TS20260524001", "phrase2": "已受理", "thing3": "请留意后续处理结果"}
    await wechat.send_subscribe_message(openid="o-e", template_id=TEMPLATE, data=data, page="pages/complaint/detail")
    sent = await sandbox_api.sent("subscribe", openid="o-e")
    assert sent[0]["data"] == data
    assert sent[0]["page"] == "pages/complaint/detail"
    assert sent[0]["miniprogram_state"] == "developer"
    with pytest.raises(WeChatQuotaExceeded) as caught:
        await wechat.send_subscribe_message(openid="o-e", template_id=TEMPLATE, data=data)
    assert caught.value.errcode == 43101
    assert not caught.value.transient


async def test_subscribe_message_long_text_is_clipped_and_bad_fields_refused(
    wechat: WeChatGateway, sandbox_api: SandboxApi
) -> None:
    await sandbox_api.subscribe_quota("o-f", TEMPLATE, count=1)
    with pytest.raises(WeChatInvalidData) as caught:
        await wechat.send_subscribe_message(openid="o-f", template_id=TEMPLATE, data={"phrase1": "六个字的短语"})
    assert caught.value.errcode == 47003
    # The failed send used no quota; a long free-text field is clipped to WeChat's 20 characters.
    long_place = "呼和浩特市赛罕区大学东路某某农贸市场东门计量室"
    await wechat.send_subscribe_message(openid="o-f", template_id=TEMPLATE, data={"thing1": long_place})
    sent = (await sandbox_api.sent("subscribe", openid="o-f"))[0]["data"]["thing1"]
    assert len(sent) == 20 and sent.endswith("…") and long_place.startswith(sent[:-1])


async def test_custom_message_window_and_subscription(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    await wechat.send_custom_message(openid="o-g", text="您好：电子秤检定请带身份证。")
    assert (await sandbox_api.sent("custom"))[0]["text"] == "您好：电子秤检定请带身份证。"
    await sandbox_api.outside_window("o-g")
    with pytest.raises(WeChatOutOfWindow) as caught:
        await wechat.send_custom_message(openid="o-g", text="再次提醒")
    assert caught.value.errcode == 45015
    await sandbox_api.unsubscribed("o-h")
    with pytest.raises(WeChatUnsubscribed) as unsubscribed:
        await wechat.send_custom_message(openid="o-h", text="您好")
    assert unsubscribed.value.errcode == 43004


async def test_mass_send_is_idempotent_with_clientmsgid(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    openids = ["o-m1", "o-m2", "o-m3"]
    msg_id = await wechat.mass_send(openids=openids, text="5月20日世界计量日", clientmsgid="metrology-day-2026")
    again = await wechat.mass_send(openids=openids, text="5月20日世界计量日", clientmsgid="metrology-day-2026")
    assert again == msg_id
    sent = await sandbox_api.sent("mass")
    assert len(sent) == 1
    assert sent[0]["delivered"] == openids
    with pytest.raises(WeChatError) as caught:
        await wechat.mass_send(openids=["o-m1"], text="只有一个人")
    assert caught.value.errcode == 40130  # WeChat wants at least two openids


async def test_mass_send_respects_four_a_month(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    for _ in range(4):
        await wechat.mass_send(openids=["o-n1", "o-n2"], text="质量月活动")
    await wechat.mass_send(openids=["o-n1", "o-n3"], text="第五条")
    last = (await sandbox_api.sent("mass"))[-1]
    assert last["delivered"] == ["o-n3"]
    assert last["over_quota"] == ["o-n1"]


async def test_user_info_and_menu(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    await sandbox_api.user("o-follower", "u-follower")
    info = await wechat.user_info("o-follower")
    assert (info["subscribe"], info["unionid"]) == (1, "u-follower")
    assert "errcode" not in info
    await sandbox_api.unsubscribed("o-follower")
    assert (await wechat.user_info("o-follower"))["subscribe"] == 0
    menu = {
        "button": [
            {"type": "click", "name": "常见问题", "key": "FAQ"},
            {"name": "办事", "sub_button": [{"type": "view", "name": "检定预约", "url": "https://example.gov.cn/a"}]},
        ]
    }
    await wechat.create_menu(menu)
    assert await sandbox_api.menu() == menu  # UTF-8, not \\u escapes (40033)
    with pytest.raises(WeChatError) as caught:
        await wechat.create_menu({"button": [{"type": "click", "name": "太长的菜单名称超过十六字节", "key": "X"}]})
    assert caught.value.errcode == 40018


async def test_busy_and_rate_limited_are_transient(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    await sandbox_api.fault("/cgi-bin/message/custom/send", errcode=-1)
    with pytest.raises(WeChatBusy) as busy:
        await wechat.send_custom_message(openid="o-i", text="您好")
    assert (busy.value.errcode, busy.value.transient) == (-1, True)
    await wechat.send_custom_message(openid="o-i", text="您好")  # the fault was for one call

    await sandbox_api.rate_limit(1)
    await wechat.user_info("o-i2")
    with pytest.raises(WeChatRateLimited) as limited:
        await wechat.user_info("o-i2")
    assert (limited.value.errcode, limited.value.transient) == (45009, True)


async def test_tokens_of_one_app_do_not_work_for_the_other(wechat: WeChatGateway, sandbox_api: SandboxApi) -> None:
    mini_token = await wechat.access_token(wechat.miniapp_appid)
    async with wechat.http.get(
        wechat.api_base + "/cgi-bin/user/info", params={"access_token": mini_token, "openid": "o-j1234"}
    ) as resp:
        assert (await resp.json(content_type=None))["errcode"] == 48001
    del sandbox_api


async def test_http_5xx_timeout_and_refused_are_unavailable(
    wechat: WeChatGateway, sandbox_api: SandboxApi, make_client: Callable[..., Awaitable[TestClient]]
) -> None:
    await sandbox_api.fault("/cgi-bin/user/info", http_status=502)
    with pytest.raises(WeChatUnavailable) as caught:
        await wechat.user_info("o-k1234")
    assert caught.value.transient and caught.value.errcode is None

    slow = (await make_client(wechat_timeout_seconds=0.2)).server.app[WECHAT]
    await slow.access_token(slow.mp_appid)
    await sandbox_api.latency("/cgi-bin/user/info", 2)
    with pytest.raises(WeChatUnavailable):
        await slow.user_info("o-k1234")

    refused = (await make_client(wechat_api_base="http://127.0.0.1:1")).server.app[WECHAT]
    with pytest.raises(WeChatUnavailable):
        await refused.code2session("any")


async def test_media_check_async_returns_a_trace_id_and_the_push_can_be_built(
    wechat: WeChatGateway, sandbox_api: SandboxApi
) -> None:
    trace_id = await wechat.media_check_async(openid="o-p", media_url="https://example.gov.cn/evidence/1.jpg")
    checks = await sandbox_api.sent("media_check", openid="o-p")
    assert [(c["trace_id"], c["media_type"]) for c in checks] == [(trace_id, 2)]
    push = await sandbox_api.media_check_result(trace_id, suggest="risky", label=20002)
    assert (push["Event"], push["trace_id"], push["result"]) == (
        "wxa_media_check",
        trace_id,
        {"suggest": "risky", "label": 20002},
    )
    with pytest.raises(WeChatError) as caught:
        await wechat.media_check_async(openid="o-p", media_url="wxfile://tmp_abc.jpg")  # a temp path is not public
    assert caught.value.errcode == 47001


async def test_every_call_is_counted_in_the_metrics_by_api_and_outcome(
    wechat: WeChatGateway, sandbox_api: SandboxApi, client: TestClient
) -> None:
    await wechat.send_custom_message(openid="o-metrics", text="您好")
    await sandbox_api.fault("/cgi-bin/message/custom/send", errcode=45015, times=1)
    with pytest.raises(WeChatOutOfWindow):
        await wechat.send_custom_message(openid="o-metrics", text="您好")

    text = await (await client.get("/metrics")).text()
    assert 'jiliang_wechat_calls_total{api="/cgi-bin/message/custom/send",outcome="ok"} 1.0' in text
    assert 'jiliang_wechat_calls_total{api="/cgi-bin/message/custom/send",outcome="errcode_45015"} 1.0' in text
    assert 'jiliang_wechat_calls_total{api="/cgi-bin/stable_token",outcome="ok"} 1.0' in text
    assert 'jiliang_wechat_call_seconds_count{api="/cgi-bin/message/custom/send"} 2.0' in text
