"""In chromium: an editor adds a keyword rule and renames a menu button on the bot content page and tries the
draft; a reviewer approves that version and pushes the menu; the bot answers with the rule on /wechat at once
(no restart), the menu statistics name the button by its new label, and an admin finds every step in the audit
log. Screenshots in build/screenshots/."""

from __future__ import annotations

import json

from core.models import StaffRole
from publicity import bot_content
from tests.support.bot import FakeWeChat
from tests.support.browser import expect, log_in, new_page, shot
from tests.support.gateway import SandboxApi

RULE_REPLY = "世界计量日开放日：5月20日上午9点，市计量所。"


async def test_a_keyword_rule_and_a_menu_change_from_edit_to_wechat_in_a_browser(  # type: ignore[no-untyped-def]
    browser,
    client,
    console_staff,
    wechat: FakeWeChat,
    sandbox_api: SandboxApi,
) -> None:
    editor = await console_staff(StaffRole.PUBLICITY_EDITOR, name="宣传编辑小李", username="lixb")
    reviewer = await console_staff(StaffRole.PUBLICITY_REVIEWER, name="审核老张", username="zhangb")
    admin = await console_staff(StaffRole.ADMIN, name="系统管理员", username="adminb")

    page = await new_page(browser, client)
    await log_in(page, editor.username)
    await page.goto("/console/publicity")
    await page.click(".pub-tabs >> text=机器人内容")
    await page.fill("#form-bot textarea[name=rules]", f"20|exact|开放日|{RULE_REPLY}")
    menu = json.loads(await page.input_value("#form-bot textarea[name=menu]"))
    assert menu[1]["sub_button"][1] == {"type": "click", "name": "常见问题", "key": "FAQ"}
    menu[1]["sub_button"][1]["name"] = "计量问答"
    await page.fill("#form-bot textarea[name=menu]", json.dumps(menu, ensure_ascii=False, indent=2))
    await page.click("#form-bot button.primary")
    await expect(page.locator(".flash.ok")).to_contain_text("须由另一人审核后生效")
    await expect(page.locator(".menu-tree")).to_contain_text("计量问答")
    await page.fill("#form-bot-try input[name=message]", "开放日")
    await page.select_option("#form-bot-try select[name=which]", "draft")
    await page.click("#form-bot-try button")
    await expect(page.locator("#bot-try-result")).to_contain_text("关键词规则（完全一致：开放日")
    await shot(page, "40-publicity-bot-draft")
    assert await wechat.say("o-browser-citizen", "开放日") != RULE_REPLY  # a draft is not live

    page = await new_page(browser, client)
    await log_in(page, reviewer.username)
    await page.goto("/console/publicity/bot")
    await expect(page.locator("#form-bot button.primary")).to_have_count(0)  # a reviewer cannot edit
    await page.click("#form-bot-approve button")
    await expect(page.locator(".flash.ok")).to_contain_text("已审核通过并生效")
    await expect(page.locator("#bot-status")).to_contain_text("没有待审核的草稿")
    await page.click("#form-bot-menu-push button")
    await expect(page.locator(".flash.ok")).to_contain_text("已将生效版本的菜单推送到微信")
    await shot(page, "41-publicity-bot-approved")

    # Live on /wechat at once, without a restart: the rule answers; the menu WeChat shows has the new label, and
    # a click on that button is answered and counted under it.
    assert await wechat.say("o-browser-citizen", "开放日") == RULE_REPLY
    pushed = await sandbox_api.menu()
    assert pushed is not None and pushed["button"][1]["sub_button"][1]["name"] == "计量问答"
    click = await wechat.exchange(wechat.event("o-browser-citizen", "CLICK", "FAQ", create_time=7))
    assert click is not None and click["Content"]
    await page.goto("/console/publicity/stats")
    await expect(page.locator("#menu-table")).to_contain_text("计量问答")
    await expect(page.locator("#chart-menu svg")).to_be_visible()
    assert (await bot_content.live_content_now()).menu_label("click", "FAQ") == "计量问答"

    # Every step is in the audit log, by name, for the admin.
    page = await new_page(browser, client)
    await log_in(page, admin.username)
    await page.goto("/console/admin/audit")
    log = page.locator("main table")
    for label in ("保存机器人内容草稿", "审核通过机器人内容", "机器人内容生效", "推送公众号菜单"):
        await expect(log).to_contain_text(label)
    await expect(log).to_contain_text("审核老张")
    await shot(page, "42-publicity-bot-audit")
