"""Knowledge-base answers get a second reader: an edited answer is not live until another person approves that
exact text in the console; the old answer stays live meanwhile, and a newer edit voids the pending one."""

from __future__ import annotations

import re
from typing import Any

from aiohttp.test_utils import TestClient

from core.auth import create_staff
from core.models import StaffRole
from core.passwords import set_password
from knowledge.models import KbAnswerDraft
from tests.knowledge.test_knowledge_api import ADMIN, MUSEUM, ask
from tests.support.console import PASSWORD, audit_actions

REVIEW = "/console/publicity/kb-answers"


async def account(*roles: StaffRole) -> tuple[str, dict[str, str]]:
    """A staff account usable both in the console (password) and the admin API (token)."""
    from uuid import uuid4

    username = f"kb{uuid4().hex[:8]}"
    staff, token = await create_staff(username=username, display_name=username, roles=list(roles))
    await set_password(staff, PASSWORD, must_change=False)
    return username, {"Authorization": f"Bearer {token}"}


def approve_form(html: str, draft_id: int) -> tuple[str, dict[str, str]]:
    found = re.search(
        rf'action="({REVIEW}/{draft_id}/approve)".*?name="hash" value="([0-9a-f]{{64}})"', html, re.DOTALL
    )
    assert found, html[:2000]
    return found.group(1), {"hash": found.group(2)}


async def test_an_answer_edit_is_live_only_after_another_person_approves_it(  # type: ignore[no-untyped-def]
    client: TestClient, browser_user
) -> None:
    both_name, both_api = await account(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    reviewer_name, _ = await account(StaffRole.PUBLICITY_REVIEWER)
    question = "计量博物馆周几闭馆"
    assert (await client.post(ADMIN + "/entries", json=MUSEUM, headers=both_api)).status == 201
    url = ADMIN + "/entries/" + MUSEUM["id"]

    resp = await client.patch(url, json={"version": 1, "answer": "计量博物馆每周一、周二闭馆。"}, headers=both_api)
    assert resp.status == 200, await resp.text()
    first = int(resp.headers["X-Answer-Pending-Review"])
    body: dict[str, Any] = await resp.json()
    assert body["answer"] == MUSEUM["answer"] and body["version"] == 1
    assert (await ask(client, question))["answer"] == MUSEUM["answer"]

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
    assert (await ask(client, question))["answer"] == MUSEUM["answer"]

    reviewer = browser_user()
    await reviewer.login(reviewer_name)
    await reviewer.get(REVIEW)
    assert "计量博物馆每周一闭馆。" in reviewer.html and "计量博物馆每周一、周二闭馆。" not in reviewer.html
    action, seen = approve_form(reviewer.html, second)
    page = await reviewer.post(action, {"hash": "0" * 64})
    assert "答案在您查看后又被修改" in page
    page = await reviewer.post(action, seen)
    assert "已审核通过并生效" in page
    assert (await ask(client, question))["answer"] == "计量博物馆每周一闭馆。"
    assert "publicity.kb_answer_approved" in await audit_actions()
