"""In chromium: an editor finds a knowledge-base entry, adds a phrasing and rewrites its answer; the phrasing is
live at once, the answer waits on the review page. Screenshot in build/screenshots/."""

from __future__ import annotations

from core.models import StaffRole
from knowledge.models import KbAnswerDraft, KnowledgeEntry
from tests.support.browser import expect, log_in, new_page, shot
from tests.support.knowledge import MUSEUM
from tests.support.publicity import live_museum_entry


async def test_an_editor_finds_and_edits_an_entry_in_a_browser(browser, client, console_staff) -> None:  # type: ignore[no-untyped-def]
    await live_museum_entry(client)
    editor = await console_staff(StaffRole.PUBLICITY_EDITOR, name="宣传编辑小王", username="wangkb")
    page = await new_page(browser, client)
    await log_in(page, editor.username)
    await page.goto("/console/publicity")
    await page.click(".pub-tabs >> text=知识库条目")
    await page.fill("#form-kb-search input[name=q]", "博物馆")
    await page.click("#form-kb-search button")
    await expect(page.locator("#kb-entries tbody tr")).to_have_count(1)
    await page.click(f"#kb-entries >> text={MUSEUM['id']}")
    alternatives = page.locator("#form-kb-entry textarea[name=alternatives]")
    await alternatives.fill(await alternatives.input_value() + "\n博物馆礼拜一开门不")
    await page.fill("#form-kb-entry textarea[name=answer]", "计量博物馆周三至周日开放。")
    await page.click("#form-kb-entry button.primary")
    await expect(page.locator(".flash.ok")).to_contain_text("须由另一人审核后生效")
    await expect(page.locator("#kb-entry-pending")).to_be_visible()
    await shot(page, "publicity-kb-entry-edit")
    entry = await KnowledgeEntry.get(id=MUSEUM["id"])
    assert "博物馆礼拜一开门不" in entry.alternatives and entry.answer == MUSEUM["answer"]
    draft = await KbAnswerDraft.get(faq_id=MUSEUM["id"], state="pending")
    assert draft.content["answer"] == "计量博物馆周三至周日开放。"
    await page.click("#kb-entry-pending >> text=去审核")
    await expect(page.locator(f"#kb-draft-{draft.id}")).to_be_visible()
