"""知识库条目 in the console: find an entry, edit it (the question and answer wait for a second reader, other
phrasings apply at once), import a kb.json file (new entries wait too); bad input is a Chinese message and keeps
what was saved; every change is audited."""

from __future__ import annotations

import io
import json
import re

from aiohttp.test_utils import TestClient

from core.models import StaffRole
from knowledge.models import KbAnswerDraft, KnowledgeEntry
from tests.support.console import audit_actions
from tests.support.knowledge import MUSEUM, ask
from tests.support.publicity import account, live_museum_entry

ENTRIES = "/console/publicity/kb-entries"


def _form(html: str) -> dict[str, str]:
    fields = dict(re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', html))
    fields |= dict(re.findall(r'<textarea name="(\w+)"[^>]*>([^<]*)</textarea>', html))
    fields.pop("csrf_token", None)
    if 'name="published" checked' in html:
        fields["published"] = "on"
    return fields


async def test_an_edit_in_the_console_holds_the_answer_and_applies_the_phrasings(  # type: ignore[no-untyped-def]
    client: TestClient, browser_user
) -> None:
    await live_museum_entry(client)
    editor_name, _ = await account(StaffRole.PUBLICITY_EDITOR)
    editor = browser_user()
    await editor.login(editor_name)
    await editor.get(ENTRIES, params={"q": "博物馆"})
    assert f'href="{ENTRIES}/{MUSEUM["id"]}"' in editor.html
    await editor.get(f"{ENTRIES}/{MUSEUM['id']}")
    form = _form(editor.html)
    assert form["question"] == MUSEUM["question"] and form["version"] == "1"

    new_answer = "计量博物馆周三至周日开放，周一、周二闭馆。"
    edit = form | {"answer": new_answer, "alternatives": form["alternatives"] + "\n博物馆礼拜一开不开门"}
    html = await editor.post(f"{ENTRIES}/{MUSEUM['id']}", edit)
    assert "须由另一人审核后生效" in html and "其他问法、关键词、分类和发布状态已保存并生效" in html
    entry = await KnowledgeEntry.get(id=MUSEUM["id"])
    assert entry.answer == MUSEUM["answer"]  # live answer unchanged until reviewed
    assert "博物馆礼拜一开不开门" in entry.alternatives and entry.version == 2
    draft = await KbAnswerDraft.get(faq_id=MUSEUM["id"], state="pending")
    assert draft.content["answer"] == new_answer and draft.created_by_id == await _staff_id(editor_name)
    assert (await ask(client, "计量博物馆周几闭馆"))["answer"] == MUSEUM["answer"]
    assert 'id="kb-entry-pending"' in editor.html

    # A stale form (someone else saved since) and an empty answer: a Chinese message, nothing saved.
    assert "已被他人修改" in await editor.post(f"{ENTRIES}/{MUSEUM['id']}", edit)
    fresh = _form(await editor.get(f"{ENTRIES}/{MUSEUM['id']}"))
    assert "答案有误" in await editor.post(f"{ENTRIES}/{MUSEUM['id']}", fresh | {"answer": ""})
    assert (await KnowledgeEntry.get(id=MUSEUM["id"])).version == 2
    assert await KbAnswerDraft.filter(faq_id=MUSEUM["id"], state="pending").count() == 1
    assert (await audit_actions()).count("publicity.kb_entry_edit") == 1


async def test_a_reviewer_reads_entries_but_does_not_edit_or_import(  # type: ignore[no-untyped-def]
    client: TestClient, browser_user
) -> None:
    await live_museum_entry(client)
    reviewer_name, _ = await account(StaffRole.PUBLICITY_REVIEWER)
    reviewer = browser_user()
    await reviewer.login(reviewer_name)
    await reviewer.get(f"{ENTRIES}/{MUSEUM['id']}")
    assert 'id="form-kb-entry"' in reviewer.html and '<button class="primary">保存</button>' not in reviewer.html
    form = _form(reviewer.html)
    await reviewer.post(f"{ENTRIES}/{MUSEUM['id']}", form | {"answer": "改掉"}, status=403)
    await reviewer.get(ENTRIES)
    assert 'id="form-kb-import"' not in reviewer.html
    await reviewer.get(f"{ENTRIES}/no-such-entry", status=404)
    assert (await KnowledgeEntry.get(id=MUSEUM["id"])).answer == MUSEUM["answer"]


async def test_an_import_file_waits_for_a_second_reader_and_bad_files_are_named(browser_user) -> None:  # type: ignore[no-untyped-def]
    editor_name, _ = await account(StaffRole.PUBLICITY_EDITOR)
    editor = browser_user()
    await editor.login(editor_name)
    await editor.get(ENTRIES)
    document = {"version": "console-1", "entries": [MUSEUM]}
    upload = io.BytesIO(json.dumps(document, ensure_ascii=False).encode())
    html = await editor.post(f"{ENTRIES}/import", {"file": upload})
    assert "1 条新条目或文字修改待另一人审核" in html
    assert await KnowledgeEntry.filter(id=MUSEUM["id"]).count() == 0
    assert (await KbAnswerDraft.get(faq_id=MUSEUM["id"])).source == "import"

    for bad, message in (
        (b"{not json", "JSON"),
        (json.dumps({"entries": "x"}).encode(), "entries"),
        (json.dumps({"version": "v", "entries": [{"id": "x"}]}).encode(), ""),
    ):
        html = await editor.post(f"{ENTRIES}/import", {"file": io.BytesIO(bad)})
        assert 'class="flash error"' in html and message in html
    assert await KbAnswerDraft.all().count() == 1
    assert (await audit_actions()).count("publicity.kb_import") == 1


async def _staff_id(username: str) -> int:
    from core.models import StaffAccount

    return (await StaffAccount.get(username=username)).id
