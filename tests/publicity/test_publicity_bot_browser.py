"""In chromium: an editor adds a keyword rule on the bot content page and tries it on the draft; a reviewer
approves that version; the bot answers with it on /wechat at once. Screenshots in build/screenshots/."""

from __future__ import annotations

from core.models import StaffRole
from tests.support.bot import FakeWeChat
from tests.support.browser import expect, log_in, new_page, shot


async def test_a_keyword_rule_from_edit_to_approval_in_a_browser(  # type: ignore[no-untyped-def]
    browser,
    client,
    console_staff,
    wechat: FakeWeChat,
) -> None:
    editor = await console_staff(StaffRole.PUBLICITY_EDITOR, name="宣传编辑小李", username="lixb")
    reviewer = await console_staff(StaffRole.PUBLICITY_REVIEWER, name="审核老张", username="zhangb")

    page = await new_page(browser, client)
    await log_in(page, editor.username)
    await page.goto("/console/publicity")
    await page.click(".pub-tabs >> text=机器人内容")
    await page.fill("#form-bot textarea[name=rules]", "20|exact|开放日|世界计量日开放日：5月20日上午9点，市计量所。")
    await page.click("#form-bot button.primary")
    await expect(page.locator(".flash.ok")).to_contain_text("须由另一人审核后生效")
    await page.fill("#form-bot-try input[name=message]", "开放日")
    await page.select_option("#form-bot-try select[name=which]", "draft")
    await page.click("#form-bot-try button")
    await expect(page.locator("#bot-try-result")).to_contain_text("关键词规则（完全一致：开放日")
    await shot(page, "40-publicity-bot-draft")
    assert await wechat.say("o-browser-citizen", "开放日") != "世界计量日开放日：5月20日上午9点，市计量所。"

    page = await new_page(browser, client)
    await log_in(page, reviewer.username)
    await page.goto("/console/publicity/bot")
    await expect(page.locator("#form-bot button.primary")).to_have_count(0)  # a reviewer cannot edit
    await page.click("#form-bot-approve button")
    await expect(page.locator(".flash.ok")).to_contain_text("已审核通过并生效")
    await expect(page.locator("#bot-status")).to_contain_text("没有待审核的草稿")
    await shot(page, "41-publicity-bot-approved")
    assert await wechat.say("o-browser-citizen", "开放日") == "世界计量日开放日：5月20日上午9点，市计量所。"
