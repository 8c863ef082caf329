"""Knowledge-base answers get a second reader: a new entry (created, imported or made from an unanswered
question) and an edited question, answer or link are not live until another person approves that exact
version, in the console or through the admin API; the old answer stays live meanwhile, a newer edit voids the
pending one, and every step is in the audit log."""

from __future__ import annotations

import re
from typing import Any

from aiohttp.test_utils import TestClient

from core.models import StaffRole
from knowledge.models import KbAnswerDraft, KnowledgeEntry
from tests.support.bot import FakeWeChat
from tests.support.console import audit_actions
from tests.support.knowledge import ADMIN, MUSEUM, approve_drafts, ask
from tests.support.publicity import account

REVIEW = "/console/publicity/kb-answers"
QUESTION = "计量博物馆周几闭馆"


def approve_form(html: str, draft_id: int) -> tuple[str, dict[str, str]]:
    found = re.search(
        rf'action="({REVIEW}/{draft_id}/approve)".*?name="hash" value="([0-9a-f]{{64}})"', html, re.DOTALL
    )
    assert found, html[:2000]
    return found.group(1), {"hash": found.group(2)}


async def approve_by_api(client: TestClient, draft_id: int, headers: dict[str, str]) -> Any:
    seen = (await (await client.get(f"{ADMIN}/drafts/{draft_id}", headers=headers)).json())["content_hash"]
    approval = {"items": [{"id": draft_id, "content_hash": seen}]}
    return await client.post(ADMIN + "/drafts/approve", json=approval, headers=headers)


async def test_a_new_entry_answers_citizens_only_after_a_second_reader(client: TestClient, wechat: FakeWeChat) -> None:
    _, author = await account(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    _, reader = await account(StaffRole.PUBLICITY_REVIEWER)
    resp = await client.post(ADMIN + "/entries", json=MUSEUM, headers=author)
    assert resp.status == 202, await resp.text()
    draft = await resp.json()
    assert (draft["kind"], draft["state"], draft["faq_id"]) == ("entry", "pending", MUSEUM["id"])

    # Pending: not an entry, not answered on the mini-program nor on /wechat.
    assert (await client.get(ADMIN + "/entries/" + MUSEUM["id"], headers=author)).status == 404
    assert (await ask(client, QUESTION))["faq_id"] != MUSEUM["id"]
    assert MUSEUM["answer"] not in (await wechat.say("o-museum-fan", QUESTION) or "")

    # The author cannot approve it, even holding the reviewer role; a stale hash is refused too.
    resp = await approve_by_api(client, draft["id"], author)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "kb_answer_self_approval"
    stale = {"items": [{"id": draft["id"], "content_hash": "0" * 64}]}
    resp = await client.post(ADMIN + "/drafts/approve", json=stale, headers=reader)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "kb_answer_changed"
    assert not await KnowledgeEntry.exists(id=MUSEUM["id"])

    resp = await approve_by_api(client, draft["id"], reader)
    assert resp.status == 200, await resp.text()
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]
    assert MUSEUM["answer"] in (await wechat.say("o-museum-fan", QUESTION) or "")
    again = await approve_by_api(client, draft["id"], reader)
    assert again.status == 409 and (await again.json())["error"]["code"] == "kb_answer_not_pending"

    # An edit after approval is a new version: the approved answer stays live until that one is approved.
    url = ADMIN + "/entries/" + MUSEUM["id"]
    new_answer = {"version": 1, "answer": "计量博物馆每周一闭馆，节假日照常开放。"}
    resp = await client.patch(url, json=new_answer, headers=author)
    assert resp.status == 200 and (await resp.json())["answer"] == MUSEUM["answer"]
    edit = int(resp.headers["X-Answer-Pending-Review"])
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]
    # ... and so is a new link under the answer (what citizens read), while a new wording applies at once.
    link = [{"type": "phone", "label": "博物馆电话", "value": "0471-1234567"}]
    edit_links = {"version": 1, "actions": link, "alternatives": ["博物馆闭馆日"]}
    resp = await client.patch(url, json=edit_links, headers=author)
    assert resp.status == 200 and (await resp.json())["actions"] == [] and (await resp.json())["version"] == 2
    assert (await KbAnswerDraft.get(id=edit)).state == "void"
    links_draft = int(resp.headers["X-Answer-Pending-Review"])
    assert (await ask(client, QUESTION))["actions"] == []
    await approve_drafts(client, [links_draft], reader)
    assert (await ask(client, QUESTION))["actions"] == link
    assert "0471-1234567" in (await wechat.say("o-museum-fan", QUESTION) or "")

    actions = await audit_actions(action__startswith="kb.")
    assert actions.count("kb.entry_propose") == 1 and actions.count("kb.entry_edit") == 2
    assert actions.count("kb.draft_approve") == 2  # the two approvals that took effect (refusals are 409s)


async def test_an_import_through_the_api_waits_for_a_second_reader(client: TestClient) -> None:
    _, author = await account(StaffRole.PUBLICITY_EDITOR)
    _, reader = await account(StaffRole.PUBLICITY_REVIEWER)
    document = {"version": "museum-1", "entries": [MUSEUM]}
    resp = await client.post(ADMIN + "/import", json=document, headers=author)
    assert resp.status == 200, await resp.text()
    report = await resp.json()
    assert report["created"] == 0 and len(report["held"]) == 1
    assert (await ask(client, QUESTION))["faq_id"] != MUSEUM["id"]
    page = await (await client.get(ADMIN + "/drafts", headers=reader)).json()
    assert [d["id"] for d in page["items"]] == report["held"] and page["items"][0]["source"] == "import"

    resp = await client.post(f"{ADMIN}/drafts/{report['held'][0]}/reject", headers=author)
    assert resp.status == 403  # an editor without the reviewer role
    await approve_drafts(client, report["held"], reader)
    assert (await ask(client, QUESTION))["faq_id"] == MUSEUM["id"]

    # Re-importing a changed answer holds it; the live one stays until approved, or after a rejection.
    changed = {"version": "museum-2", "entries": [{**MUSEUM, "answer": "计量博物馆全年开放。"}]}
    report = await (await client.post(ADMIN + "/import", json=changed, headers=author)).json()
    assert report["updated"] == 0 and len(report["held"]) == 1
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]
    resp = await client.post(f"{ADMIN}/drafts/{report['held'][0]}/reject", headers=reader)
    assert resp.status == 200 and (await resp.json())["state"] == "rejected"
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]
    assert {"kb.import_propose", "kb.draft_approve", "kb.draft_reject"} <= set(await audit_actions())


async def test_an_answer_edit_is_live_only_after_another_person_approves_it(  # type: ignore[no-untyped-def]
    client: TestClient, browser_user
) -> None:
    both_name, both_api = await account(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    reviewer_name, _ = await account(StaffRole.PUBLICITY_REVIEWER)
    resp = await client.post(ADMIN + "/entries", json=MUSEUM, headers=both_api)
    assert resp.status == 202
    created = (await resp.json())["id"]

    # The new entry is on the review page; the reviewer approves it there.
    reviewer = browser_user()
    await reviewer.login(reviewer_name)
    await reviewer.get(REVIEW)
    assert "新条目" in reviewer.html and MUSEUM["answer"] in reviewer.html
    action, seen = approve_form(reviewer.html, created)
    assert "新条目已审核通过并生效" in await reviewer.post(action, seen)
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]
    url = ADMIN + "/entries/" + MUSEUM["id"]

    resp = await client.patch(url, json={"version": 1, "answer": "计量博物馆每周一、周二闭馆。"}, headers=both_api)
    assert resp.status == 200, await resp.text()
    first = int(resp.headers["X-Answer-Pending-Review"])
    body: dict[str, Any] = await resp.json()
    assert body["answer"] == MUSEUM["answer"] and body["version"] == 1
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]

    # A newer edit (with another field) voids the pending one; the other field applies at once.
    resp = await client.patch(
        url, json={"version": 1, "answer": "计量博物馆每周一闭馆。", "category": "museum"}, headers=both_api
    )
    second = int(resp.headers["X-Answer-Pending-Review"])
    assert (await resp.json())["category"] == "museum" and (await resp.json())["answer"] == MUSEUM["answer"]
    assert (await KbAnswerDraft.get(id=first)).state == "void"
    stale = await client.patch(url, json={"version": 1, "answer": "过时"}, headers=both_api)
    assert stale.status == 409

    # The author cannot approve their own answer, even holding the reviewer role.
    author = browser_user()
    await author.login(both_name)
    await author.get(REVIEW)
    action, seen = approve_form(author.html, second)
    page = await author.post(action, seen)
    assert "不能审核自己修改的答案" in page
    assert (await ask(client, QUESTION))["answer"] == MUSEUM["answer"]

    await reviewer.get(REVIEW)
    assert "计量博物馆每周一闭馆。" in reviewer.html and "计量博物馆每周一、周二闭馆。" not in reviewer.html
    action, seen = approve_form(reviewer.html, second)
    page = await reviewer.post(action, {"hash": "0" * 64})
    assert "答案在您查看后又被修改" in page
    page = await reviewer.post(action, seen)
    assert "已审核通过并生效" in page
    assert (await ask(client, QUESTION))["answer"] == "计量博物馆每周一闭馆。"
    assert "publicity.kb_answer_approved" in await audit_actions()


async def test_a_new_entry_from_the_console_waits_for_another_reviewer(  # type: ignore[no-untyped-def]
    client: TestClient, browser_user, wechat: FakeWeChat
) -> None:
    both_name, _ = await account(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    reviewer_name, _ = await account(StaffRole.PUBLICITY_REVIEWER)
    author = browser_user()
    await author.login(both_name)
    await author.get(REVIEW)
    form = {"id": "Bad Id", "question": MUSEUM["question"], "answer": MUSEUM["answer"], "category": "general"}
    assert "编号有误" in await author.post(REVIEW + "/new", form)
    form |= {"id": MUSEUM["id"], "alternatives": "\n".join(MUSEUM["alternatives"])}
    assert "须由另一人审核后生效" in await author.post(REVIEW + "/new", form)
    draft = await KbAnswerDraft.get(faq_id=MUSEUM["id"], state="pending")
    assert draft.source == "console" and draft.content["alternatives"] == MUSEUM["alternatives"]
    action, seen = approve_form(author.html, draft.id)
    assert "不能审核自己修改的答案" in await author.post(action, seen)
    assert MUSEUM["answer"] not in (await wechat.say("o-museum", QUESTION) or "")

    reviewer = browser_user()
    await reviewer.login(reviewer_name)
    await reviewer.get(REVIEW)
    assert 'id="form-kb-new"' not in reviewer.html  # a reviewer without the editor role proposes nothing
    action, seen = approve_form(reviewer.html, draft.id)
    assert "新条目已审核通过并生效" in await reviewer.post(action, seen)
    assert MUSEUM["answer"] in (await wechat.say("o-museum", QUESTION) or "")
    assert (await ask(client, QUESTION))["faq_id"] == MUSEUM["id"]
    assert {"publicity.kb_entry_proposed", "publicity.kb_answer_approved"} <= set(await audit_actions())
