"""Bot content as data: keyword rules, texts and the menu edited in the console, live on /wechat (every worker,
no restart) only after a second person approved exactly that version, and audited."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp.test_utils import TestClient

from bot import texts
from core.models import StaffRole
from core.settings import Settings
from publicity import bot_content
from publicity.models import BotContentVersion
from tests.support.bot import FakeWeChat
from tests.support.console import audit_actions
from tests.support.gateway import SandboxApi

BOT = "/console/publicity/bot"


def form_of(content: bot_content.BotContent, **changes: str) -> dict[str, str]:
    from console.publicity_bot import menu_json, patterns_text, rules_text

    form = {
        "welcome": content.welcome,
        "rules": rules_text(content.rules),
        "intent_patterns": patterns_text(content.intent_patterns),
        "menu": menu_json(content),
        **{f"intent_{key}": text for key, text in content.intents.items()},
    }
    return form | changes


def approve_form(html: str) -> tuple[str, dict[str, str]]:
    action = re.search(r'action="(/console/publicity/bot/\d+/approve)"', html)
    digest = re.search(r'name="hash" value="([0-9a-f]{64})"', html)
    assert action and digest, html[:2000]
    return action.group(1), {"hash": digest.group(1)}


async def two_people(browser_user: Any, console_staff: Any) -> tuple[Any, Any]:
    editor_account = await console_staff(StaffRole.PUBLICITY_EDITOR)
    reviewer_account = await console_staff(StaffRole.PUBLICITY_REVIEWER)
    editor, reviewer = browser_user(), browser_user()
    await editor.login(editor_account.username)
    await reviewer.login(reviewer_account.username)
    return editor, reviewer


async def test_default_content_is_the_codes_text_byte_for_byte(wechat: FakeWeChat) -> None:
    content = bot_content.default_content()
    assert content.welcome == texts.WELCOME and content.text("booking") == texts.BOOKING
    reply = await wechat.exchange(wechat.event("o-new-follower", "subscribe"))
    assert reply is not None and reply["Content"].startswith(texts.WELCOME)


async def test_keyword_rule_and_menu_go_live_on_every_worker_after_approval(  # type: ignore[no-untyped-def]
    make_client: Callable[..., Awaitable[TestClient]],
    settings: Settings,
    wechat: FakeWeChat,
    browser_user,
    console_staff,
    sandbox_api: SandboxApi,
    staff_headers,
) -> None:
    other_worker = FakeWeChat(await make_client(), settings)
    editor, reviewer = await two_people(browser_user, console_staff)
    assert "局网站公示栏" not in (await wechat.say("o-citizen", "诚信计量示范店") or "")

    await editor.get(BOT)
    menu = json.loads(form_of(bot_content.default_content())["menu"])
    menu[2]["name"] = "计量服务"
    menu[1]["sub_button"][1]["name"] = "计量问答"  # was 常见问题 (key FAQ)
    menu[2]["sub_button"].append({"type": "view", "name": "示范店名单", "url": "https://jl.example.cn/shops"})
    rule = "50|contains|诚信计量示范|诚信计量示范店名单请见局网站公示栏。"
    page = await editor.post(
        BOT,
        form_of(
            bot_content.default_content(),
            rules=rule,
            menu=json.dumps(menu, ensure_ascii=False),
            welcome="欢迎关注计量服务（新版）。",
        ),
    )
    assert "须由另一人审核后生效" in page, page[:1500]
    # A draft is not live: neither worker answers with it, and the welcome is still the code's.
    assert await wechat.say("o-citizen", "诚信计量示范店有哪些") != "诚信计量示范店名单请见局网站公示栏。"
    follow = await wechat.exchange(wechat.event("o-follower-1", "subscribe"))
    assert follow is not None and follow["Content"].startswith(texts.WELCOME)

    # The "try it" box runs the router on the draft.
    page = await editor.post(BOT + "/try", {"message": "诚信计量示范店有哪些", "which": "draft"})
    assert "关键词规则（包含：诚信计量示范，优先级 50）" in page and "局网站公示栏" in page

    await reviewer.get(BOT)
    action, seen = approve_form(reviewer.html)
    page = await reviewer.post(action, seen)
    assert "已审核通过并生效" in page

    # Live at once on this worker and on the other, without a restart.
    assert await wechat.say("o-citizen", "诚信计量示范店有哪些") == "诚信计量示范店名单请见局网站公示栏。"
    assert await other_worker.say("o-citizen2", "请问诚信计量示范店") == "诚信计量示范店名单请见局网站公示栏。"
    follow = await other_worker.exchange(other_worker.event("o-follower-2", "subscribe"))
    assert follow is not None and follow["Content"].startswith("欢迎关注计量服务（新版）。")
    # Built-in intents still answer what no rule takes.
    assert "在线投诉" in (await wechat.say("o-citizen", "我要投诉") or "")

    # The live menu goes to WeChat with one action.
    page = await reviewer.post(BOT + "/menu-push")
    assert "已将生效版本的菜单推送到微信" in page
    pushed = await sandbox_api.menu()
    assert pushed is not None and pushed["button"][2]["name"] == "计量服务"
    assert pushed["button"][2]["sub_button"][-1] == {
        "type": "view",
        "name": "示范店名单",
        "url": "https://jl.example.cn/shops",
    }

    # Menu statistics name each button by the live menu's label: the renamed one, the new link.
    await wechat.exchange(wechat.event("o-clicker", "CLICK", "FAQ", create_time=11))
    await wechat.exchange(wechat.event("o-clicker", "VIEW", "https://jl.example.cn/shops", create_time=12))
    await wechat.exchange(wechat.event("o-clicker", "VIEW", "https://jl.example.cn/shops", create_time=13))
    page = await reviewer.get("/console/publicity/stats")
    charts = json.loads(re.search(r'id="chart-data">(.*?)</script>', page, re.DOTALL).group(1))  # type: ignore[union-attr]
    assert charts["menu_clicks"] == [["示范店名单", 2], ["计量问答", 1]]
    assert "常见问题" not in page and ">FAQ<" not in page
    stats = await wechat.client.get("/api/v1/admin/menu/stats", headers=await staff_headers(StaffRole.PUBLICITY_EDITOR))
    named = {(i["event"], i["key"]): i["name"] for i in (await stats.json())["items"]}
    assert named == {("click", "FAQ"): "计量问答", ("view", "https://jl.example.cn/shops"): "示范店名单"}

    actions = await audit_actions(action__startswith="publicity.bot_")
    assert actions == [
        "publicity.bot_content_saved",
        "publicity.bot_content_approved",
        "publicity.bot_content_published",
        "publicity.bot_menu_pushed",
    ]


async def test_self_approval_and_stale_approval_never_reach_wechat(  # type: ignore[no-untyped-def]
    wechat: FakeWeChat, browser_user, console_staff
) -> None:
    both = await console_staff(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    editor, reviewer = await two_people(browser_user, console_staff)
    alone = browser_user()
    await alone.login(both.username)
    await alone.get(BOT)
    await alone.post(BOT, form_of(bot_content.default_content(), rules="10|exact|暗号|自己批准的回复"))
    action, seen = approve_form(alone.html)
    page = await alone.post(action, seen)
    assert "不能审核自己起草或修改的版本" in page
    assert await wechat.say("o-citizen", "暗号") != "自己批准的回复"

    # The reviewer opens the draft; the editor changes it; the approval of what the reviewer saw is void.
    await reviewer.get(BOT)
    action, seen_before_edit = approve_form(reviewer.html)
    await editor.get(BOT)
    await editor.post(BOT, form_of(bot_content.default_content(), rules="10|exact|暗号|改过的回复"))
    page = await reviewer.post(action, seen_before_edit)
    assert "版本在您查看后又被修改" in page
    assert await BotContentVersion.filter(state="live").count() == 0
    assert await wechat.say("o-citizen", "暗号") not in ("自己批准的回复", "改过的回复")
    # ... but the edit was made by someone else than the reviewer, so once they look again they may approve it.
    await reviewer.get(BOT)
    action, seen = approve_form(reviewer.html)
    await reviewer.post(action, seen)
    assert await wechat.say("o-citizen", "暗号") == "改过的回复"

    # An edit after approval is a new draft: the approved version stays live until that one is approved.
    await editor.get(BOT)
    await editor.post(BOT, form_of(bot_content.default_content(), rules="10|exact|暗号|第三版"))
    assert await wechat.say("o-citizen", "暗号") == "改过的回复"
    assert "publicity.bot_content_approved" in await audit_actions()


async def test_invalid_content_is_refused_with_a_clear_message(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    editor, _ = await two_people(browser_user, console_staff)
    default = bot_content.default_content()
    menu = json.loads(form_of(default)["menu"])
    cases = {
        "最多 5 个子菜单": {"menu": json.dumps([{**menu[0], "sub_button": menu[0]["sub_button"] * 2}])},
        "名称超过 16 字节": {"menu": json.dumps([{**menu[0], "name": "计量服务计量服务"}])},
        "List should have at most 3 items": {"menu": json.dumps(menu + menu[:1])},
        "没有对应的功能": {"menu": json.dumps([{"name": "一", "type": "click", "key": "NO_SUCH"}])},
        "须以 http:// 或 https:// 开头": {"menu": json.dumps([{"name": "一", "type": "view", "url": "javascript:x"}])},
        "不再支持正则表达式": {"rules": "1|regex|(a+)+$|慢"},
        "没有配对的 ]": {"rules": "1|contains|[投诉|坏|慢"},
        "不能嵌套": {"intent_patterns": "1|exact|human|[[人工]]"},
        "里有空的选项": {"intent_patterns": "1|exact|human|[人工||客服]"},
        "至少要有一段必须出现的文字": {"intent_patterns": "1|contains|human|[人工]?"},
        "未知意图：weather": {"intent_patterns": "1|exact|weather|天气"},
        "at least 1 item": {"intent_patterns": ""},
        "意图句式第 1 行格式应为": {"intent_patterns": "1|exact|人工"},
        "须保留 {link}": {"intent_booking": "预约请到窗口办理。"},
        "只能使用占位符": {"intent_no_campaign": "没有活动 {secret}"},
        "菜单 JSON 格式有误": {"menu": "[{"},
        "格式应为": {"rules": "只有一段"},
    }
    await editor.get(BOT)
    for message, change in cases.items():
        page = await editor.post(BOT, form_of(default, **change))
        assert message in page, (message, page[:3000])
    assert await BotContentVersion.all().count() == 0


async def test_intent_patterns_are_data_edited_and_approved_like_rules(  # type: ignore[no-untyped-def]
    wechat: FakeWeChat, browser_user, console_staff
) -> None:
    """The 人工 intent learns a wording and forgets another; 我要投诉 is unchanged; all live after approval only."""
    from console.publicity_bot import patterns_text

    editor, reviewer = await two_people(browser_user, console_staff)
    default = bot_content.default_content()
    kept = [p for p in default.intent_patterns if not (p.intent == "human" and "人工" in p.pattern)]
    lines = patterns_text(kept) + "\n60|exact|人工|[找|要][个|一个]?真人[客服]?"
    await editor.get(BOT)
    page = await editor.post(BOT, form_of(default, intent_patterns=lines))
    assert "须由另一人审核后生效" in page, page[:2000]
    page = await editor.post(BOT + "/try", {"message": "找个真人", "which": "draft"})
    assert "意图：人工（完全一致：[找|要][个|一个]?真人[客服]?，优先级 60）" in page
    before = await wechat.say("o-citizen", "找个真人")

    await reviewer.get(BOT)
    action, seen = approve_form(reviewer.html)
    assert "已审核通过并生效" in await reviewer.post(action, seen)
    after = await wechat.say("o-citizen", "找个真人")
    assert after != before and after == await wechat.say("o-citizen", "联系客服")  # the 人工 intent's reply
    page = await editor.post(BOT + "/try", {"message": "转人工", "which": "live"})
    assert "由 <strong>知识库" in page  # that wording was removed from the intent: on to the FAQ
    assert "在线投诉" in (await wechat.say("o-citizen", "我要投诉") or "")
    page = await editor.post(BOT + "/try", {"message": "查询 JL20261122000123 的进度", "which": "live"})
    assert "意图：查进度（投诉编号）" in page
