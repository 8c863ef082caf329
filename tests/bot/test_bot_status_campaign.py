"""The bot's answers that come from other domains: a complaint's status (to its own filer only) and the current
campaign, through the real complaints and campaigns services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from campaigns.models import Campaign, CampaignStatus, Channel
from core.models import MiniappUser, Subscriber
from tests.support.bot import FakeWeChat, SandboxControl

TZ = ZoneInfo("Asia/Shanghai")


async def _filed_by(
    complaint_api, citizen_headers: Callable[..., Awaitable[dict[str, str]]], *, miniapp_openid: str, unionid: str
) -> str:
    headers = await citizen_headers(miniapp_openid)
    await MiniappUser.filter(openid=miniapp_openid).update(unionid=unionid)
    case = await complaint_api.filed(headers)
    return str(case["tracking_no"])


async def test_follower_sees_the_status_of_their_own_complaint(
    wechat: FakeWeChat, sandbox_ctl: SandboxControl, complaint_api, citizen_headers
) -> None:
    tracking_no = await _filed_by(complaint_api, citizen_headers, miniapp_openid="o-mini-owner", unionid="u-owner")
    # The same person follows the official account: another openid, the same unionid.
    await sandbox_ctl.post("/sandbox/users", {"openid": "o-mp-owner", "unionid": "u-owner"})

    reply = await wechat.say("o-mp-owner", f"查询进度 {tracking_no.lower()}", mode="safe")
    assert reply is not None
    assert tracking_no in reply and "待受理" in reply
    assert (await Subscriber.get(openid="o-mp-owner")).unionid == "u-owner"  # remembered for next time


async def test_someone_elses_number_looks_exactly_like_an_unknown_one(
    wechat: FakeWeChat, sandbox_ctl: SandboxControl, complaint_api, citizen_headers
) -> None:
    tracking_no = await _filed_by(complaint_api, citizen_headers, miniapp_openid="o-mini-victim", unionid="u-victim")
    await sandbox_ctl.post("/sandbox/users", {"openid": "o-mp-nosy", "unionid": "u-nosy"})
    unknown = "JL20200101000001"

    others = await wechat.say("o-mp-nosy", f"进度 {tracking_no}")
    missing = await wechat.say("o-mp-nosy", f"进度 {unknown}")
    assert others is not None and missing is not None
    assert others.replace(tracking_no, "X") == missing.replace(unknown, "X")
    assert "待受理" not in others and "张记" not in others


async def test_follower_without_a_unionid_gets_not_found(wechat: FakeWeChat, complaint_api, citizen_headers) -> None:
    tracking_no = await _filed_by(complaint_api, citizen_headers, miniapp_openid="o-mini-x", unionid="u-x")
    reply = await wechat.say("o-mp-unlinked", f"进度{tracking_no}")
    assert reply is not None and "没有查到" in reply


async def _campaign(**fields: object) -> Campaign:
    today = datetime.now(TZ).date()
    values: dict[str, object] = {
        "title": "5·20世界计量日",
        "summary": "计量检定机构开放日，免费检测家用血压计、电子秤。",
        "theme": "计量：支撑可持续发展",
        "channel": Channel.MASS,
        "status": CampaignStatus.SENT,
        "starts_on": today - timedelta(days=1),
        "ends_on": today + timedelta(days=2),
        "article_url": "https://example.gov.cn/wmd",
    }
    values.update(fields)
    return await Campaign.create(**values)


async def test_campaign_intent_shows_the_current_campaign(wechat: FakeWeChat) -> None:
    await _campaign()
    reply = await wechat.say("o-camp-1", "最近有什么活动")
    assert reply is not None
    assert "5·20世界计量日" in reply and "免费检测" in reply and "https://example.gov.cn/wmd" in reply


async def test_welcome_carries_the_current_campaign(wechat: FakeWeChat) -> None:
    await _campaign()
    reply = await wechat.exchange(wechat.event("o-camp-2", "subscribe"))
    assert reply is not None and "欢迎关注" in reply["Content"] and "5·20世界计量日" in reply["Content"]


async def test_without_a_campaign_the_question_goes_to_the_faq(wechat: FakeWeChat) -> None:
    # Nothing is running: "世界计量日" is answered from the knowledge base (the seeded production content).
    reply = await wechat.say("o-camp-3", "世界计量日")
    assert reply is not None and "5月20日" in reply
    click = await wechat.exchange(wechat.event("o-camp-3", "CLICK", "CAMPAIGN"))
    assert click is not None and "目前没有正在进行的主题活动" in click["Content"]
