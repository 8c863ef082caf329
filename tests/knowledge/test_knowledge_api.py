"""The FAQ engine through the real app: the ask endpoint, staff CRUD and permissions, the unanswered queue,
import/export, and edits reaching a second worker without a restart."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp.test_utils import TestClient

from core.models import StaffRole
from knowledge.keys import KNOWLEDGE
from tests.support.knowledge import ADMIN, MUSEUM, SAMPLE_KB, approve_drafts, ask, load_sample

CONTRACT_FIELDS = {"q", "faq_id", "score", "answer", "suggestions"}

NEW_ENTRY: dict[str, Any] = {
    "id": "moon-cake-box",
    "question": "月饼礼盒里的托盘能算进重量吗？",
    "alternatives": ["月饼连托盘一起称重"],
    "keywords": ["月饼托盘"],
    "answer": "按重量结算的月饼应按净重计价，托盘和礼盒不计入重量。",
    "category": "short-weight",
    "actions": [{"type": "phone", "label": "拨打12315", "value": "12315"}],
}

# A topic no knowledge base has (the real kb.json is imported at startup when present).


async def test_ask_returns_the_contract_fields(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    await load_sample(client, await staff_headers(StaffRole.ADMIN))
    body = await ask(client, "加油站加油不足怎么办")
    assert CONTRACT_FIELDS <= set(body)
    assert body["q"] == "加油站加油不足怎么办"
    assert body["faq_id"] == "fuel-short-dispensing"
    assert isinstance(body["score"], float) and 0 < body["score"] <= 1
    assert "油枪" in body["answer"] and body["suggestions"] == []
    assert body["actions"] == [{"type": "phone", "label": "拨打12315", "value": "12315"}]

    body = await ask(client, "明天呼和浩特会下雨吗")
    assert body["faq_id"] is None and "12315" in body["answer"]
    assert isinstance(body["suggestions"], list)


async def test_ask_refuses_empty_and_overlong_questions_in_chinese(client: TestClient) -> None:
    for payload, code in (({"question": "   "}, "question_empty"), ({"question": "秤" * 201}, "question_too_long")):
        resp = await client.post("/api/v1/knowledge/ask", json=payload)
        assert resp.status == 422
        error = (await resp.json())["error"]
        assert error["code"] == code and "问题" in error["message"]
    resp = await client.post("/api/v1/knowledge/ask", json={})
    assert resp.status == 422
    resp = await client.post("/api/v1/knowledge/ask", data="not json", headers={"Content-Type": "application/json"})
    assert resp.status == 400 and (await resp.json())["error"]["message"] == "请求内容不是有效的 JSON"


async def test_ask_is_rate_limited_per_address(client: TestClient) -> None:
    from miniapp_api.knowledge import ASK_LIMIT_PER_MINUTE

    statuses = [
        (await client.post("/api/v1/knowledge/ask", json={"question": "公平秤在哪"})).status
        for _ in range(ASK_LIMIT_PER_MINUTE + 1)
    ]
    assert statuses[:-1] == [200] * ASK_LIMIT_PER_MINUTE
    assert statuses[-1] == 429


async def test_staff_roles_gate_edits(
    client: TestClient,
    staff_headers: Callable[..., Awaitable[dict[str, str]]],
    citizen_headers: Callable[..., Awaitable[dict[str, str]]],
) -> None:
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    citizen = await citizen_headers()

    assert (await client.get(ADMIN + "/entries")).status == 401
    assert (await client.get(ADMIN + "/entries", headers=citizen)).status == 401
    assert (await client.post(ADMIN + "/entries", json=NEW_ENTRY, headers=citizen)).status == 401
    assert (await client.get(ADMIN + "/entries", headers=handler)).status == 200  # any staff may read
    resp = await client.post(ADMIN + "/entries", json=NEW_ENTRY, headers=handler)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "role_required"
    assert (await client.post(ADMIN + "/import", json=SAMPLE_KB, headers=handler)).status == 403

    resp = await client.post(ADMIN + "/entries", json=NEW_ENTRY, headers=editor)
    assert resp.status == 202, await resp.text()
    await approve_drafts(client, [(await resp.json())["id"]])
    created = await (await client.get(ADMIN + "/entries/moon-cake-box", headers=editor)).json()
    assert created["version"] == 1 and created["published"] is True
    assert (await client.post(ADMIN + "/entries", json=NEW_ENTRY, headers=editor)).status == 409
    approve = {"items": [{"id": 1, "content_hash": "0" * 64}]}
    assert (await client.post(ADMIN + "/drafts/approve", json=approve, headers=editor)).status == 403

    edit = {"version": 1, "answer": "新的回答内容"}
    resp = await client.patch(ADMIN + "/entries/moon-cake-box", json=edit, headers=handler)
    assert resp.status == 403
    assert (await client.delete(ADMIN + "/entries/moon-cake-box", headers=handler)).status == 403


async def test_edits_use_optimistic_versions_and_validate(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    resp = await client.post(ADMIN + "/entries", json=NEW_ENTRY, headers=editor)
    assert resp.status == 202
    await approve_drafts(client, [(await resp.json())["id"]])
    url = ADMIN + "/entries/moon-cake-box"
    resp = await client.patch(url, json={"version": 1, "keywords": ["月饼", "礼盒", "月饼"]}, headers=editor)
    assert resp.status == 200
    assert (await resp.json())["keywords"] == ["月饼", "礼盒"] and (await resp.json())["version"] == 2
    resp = await client.patch(url, json={"version": 1, "answer": "过时的编辑"}, headers=editor)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "entry_version_conflict"
    resp = await client.patch(url, json={"version": 2, "question": ""}, headers=editor)
    assert resp.status == 422
    bad_action = {**NEW_ENTRY, "id": "bad-action", "actions": [{"type": "phone", "label": "电话"}]}
    assert (await client.post(ADMIN + "/entries", json=bad_action, headers=editor)).status == 422
    assert (await client.post(ADMIN + "/entries", json={**NEW_ENTRY, "id": "Not A Slug"}, headers=editor)).status == 422
    assert (await client.get(ADMIN + "/entries/nope", headers=editor)).status == 404
    found = await (await client.get(ADMIN + "/entries?q=moon-cake&page_size=5", headers=editor)).json()
    assert [e["id"] for e in found["items"]] == ["moon-cake-box"] and found["total"] == 1
    assert (await client.delete(url, headers=editor)).status == 204
    assert (await client.get(url, headers=editor)).status == 404


async def test_an_edit_reaches_another_worker_without_restart(
    make_client: Callable[..., Awaitable[TestClient]], staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    worker_a = await make_client()
    worker_b = await make_client()
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    question = "计量博物馆周几闭馆"
    assert (await ask(worker_b, question))["faq_id"] != MUSEUM["id"]

    resp = await worker_a.post(ADMIN + "/entries", json=MUSEUM, headers=editor)
    assert resp.status == 202
    await approve_drafts(worker_a, [(await resp.json())["id"]])  # a second reader
    assert (await ask(worker_a, question))["faq_id"] == MUSEUM["id"]  # the approving worker at once
    body = await _eventually(worker_b, question, lambda b: b["faq_id"] == MUSEUM["id"])
    assert body["answer"] == MUSEUM["answer"]

    url = ADMIN + "/entries/" + MUSEUM["id"]
    resp = await worker_a.patch(url, json={"version": 1, "answer": "计量博物馆每周一闭馆。"}, headers=editor)
    assert resp.status == 200
    await approve_drafts(worker_a, [int(resp.headers["X-Answer-Pending-Review"])])  # a second reader
    await _eventually(worker_b, question, lambda b: b["answer"] == "计量博物馆每周一闭馆。")
    assert worker_b.server.app[KNOWLEDGE].get_entry(MUSEUM["id"]).answer == "计量博物馆每周一闭馆。"

    resp = await worker_a.patch(url, json={"version": 2, "published": False}, headers=editor)
    assert resp.status == 200
    await _eventually(worker_b, question, lambda b: b["faq_id"] != MUSEUM["id"])
    assert worker_b.server.app[KNOWLEDGE].get_entry(MUSEUM["id"]) is None


async def _eventually(
    client: TestClient, question: str, condition: Callable[[dict[str, Any]], bool], attempts: int = 200
) -> dict[str, Any]:
    """The other worker reloads on a pub/sub message: poll until it has (not a timing assertion)."""
    body: dict[str, Any] = {}
    for _ in range(attempts):
        body = await ask(client, question)
        if condition(body):
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(f"the other worker never picked up the edit: {body}")


async def test_unanswered_questions_are_queued_and_can_be_attached(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    reader = await staff_headers(StaffRole.VERIFICATION_OFFICER)
    await load_sample(client, editor)
    holder = client.server.app[KNOWLEDGE]
    question = "菜贩子的秤头有猫腻咋整"
    first = await ask(client, question)
    assert first["faq_id"] is None
    await ask(client, question + "？")  # the same question, other punctuation: one queue item
    await ask(client, "公平秤在哪里")  # answered: not queued
    await holder.drain()

    resp = await client.get(ADMIN + "/unanswered", headers=reader)
    assert resp.status == 200
    page = await resp.json()
    assert page["total"] == 1
    item = page["items"][0]
    assert item["count"] == 2 and item["status"] == "open" and item["channel"] == "api"
    assert item["candidates"] and {"faq_id", "score"} <= set(item["candidates"][0])

    url = f"{ADMIN}/unanswered/{item['id']}/attach"
    assert (await client.post(url, json={"entry_id": "cheating-scale"}, headers=reader)).status == 403
    resp = await client.post(url, json={"entry_id": "cheating-scale"}, headers=editor)
    assert resp.status == 200, await resp.text()
    assert item["text"] in (await resp.json())["alternatives"]  # the latest wording
    assert (await client.post(url, json={"entry_id": "cheating-scale"}, headers=editor)).status == 409

    answered = await ask(client, question)  # the worker that made the edit has reloaded
    assert answered["faq_id"] == "cheating-scale"
    page = await (await client.get(ADMIN + "/unanswered?status=attached", headers=reader)).json()
    assert page["items"][0]["resolved_entry_id"] == "cheating-scale"
    assert (await client.get(ADMIN + "/unanswered?status=bogus", headers=reader)).status == 422


async def test_knowledge_routes_are_in_the_openapi_document(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    assert "/api/v1/knowledge/ask" in spec["paths"]
    assert "/api/v1/admin/knowledge/unanswered" in spec["paths"]


async def test_unanswered_question_can_become_a_new_entry_or_be_dismissed(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    editor = await staff_headers(StaffRole.ADMIN)
    await load_sample(client, editor)
    for question in ("中秋月饼礼盒托盘", "今天中午吃什么"):
        await ask(client, question)
    await client.server.app[KNOWLEDGE].drain()
    items = {i["text"]: i for i in (await (await client.get(ADMIN + "/unanswered", headers=editor)).json())["items"]}

    url = f"{ADMIN}/unanswered/{items['中秋月饼礼盒托盘']['id']}/create-entry"
    resp = await client.post(url, json=NEW_ENTRY, headers=editor)
    assert resp.status == 202
    draft = await resp.json()
    assert "中秋月饼礼盒托盘" in draft["content"]["alternatives"] and draft["state"] == "pending"
    assert (await ask(client, "中秋月饼礼盒托盘"))["faq_id"] is None  # not before a second reader approves it
    assert (await client.get(ADMIN + "/unanswered", headers=editor)).status == 200
    await approve_drafts(client, [draft["id"]])
    assert (await ask(client, "中秋月饼礼盒托盘"))["faq_id"] == "moon-cake-box"
    attached = await (await client.get(ADMIN + "/unanswered?status=attached", headers=editor)).json()
    assert [i["resolved_entry_id"] for i in attached["items"]] == ["moon-cake-box"]

    resp = await client.post(f"{ADMIN}/unanswered/{items['今天中午吃什么']['id']}/dismiss", headers=editor)
    assert resp.status == 200 and (await resp.json())["status"] == "dismissed"
    assert (await (await client.get(ADMIN + "/unanswered", headers=editor)).json())["total"] == 0
    assert (await client.post(f"{ADMIN}/unanswered/999999/dismiss", headers=editor)).status == 404


async def test_import_is_idempotent_and_export_round_trips(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    resp = await client.post(ADMIN + "/import", json=SAMPLE_KB, headers=editor)
    first = await resp.json()
    assert first["created"] == 0 and first["held"]  # new entries and changed texts wait for a second reader
    await approve_drafts(client, first["held"])
    resp = await client.post(ADMIN + "/import", json=SAMPLE_KB, headers=editor)
    again = await resp.json()
    assert again["created"] == again["updated"] == 0 and again["held"] == []
    assert again["unchanged"] == len(SAMPLE_KB["entries"])

    exported = await (await client.get(ADMIN + "/export", headers=editor)).json()
    by_id = {e["id"]: e for e in exported["entries"]}
    for entry in SAMPLE_KB["entries"]:
        assert by_id[entry["id"]]["question"] == entry["question"]
        assert by_id[entry["id"]]["alternatives"] == entry["alternatives"]
        assert by_id[entry["id"]]["actions"] == entry.get("actions", [])

    broken = {"version": "x", "entries": [{"id": "no-answer", "question": "缺答案的条目"}]}
    resp = await client.post(ADMIN + "/import", json=broken, headers=editor)
    assert resp.status == 422 and "no-answer" in (await resp.json())["error"]["message"]
    duplicated = {"version": "x", "entries": [SAMPLE_KB["entries"][0], SAMPLE_KB["entries"][0]]}
    assert (await client.post(ADMIN + "/import", json=duplicated, headers=editor)).status == 422


async def test_staff_can_try_a_question_and_see_candidates(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    headers = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    await load_sample(client, await staff_headers(StaffRole.ADMIN))
    resp = await client.post(ADMIN + "/try", json={"question": "电子称要年检吗"}, headers=headers)
    body = await resp.json()
    assert body["faq_id"] == "pricing-scale-verification" and body["band"] == "confident"
    assert body["candidates"][0]["faq_id"] == "pricing-scale-verification"
    await client.server.app[KNOWLEDGE].drain()
    page = await (await client.get(ADMIN + "/unanswered", headers=headers)).json()
    assert page["total"] == 0
