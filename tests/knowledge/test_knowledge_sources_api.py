"""Legal sources and the new answers through the real app: the review list for staff, citations, consumer
entries and the scope answer on the public ask endpoint."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp.test_utils import TestClient

from core.models import StaffRole

ADMIN = "/api/v1/admin/knowledge"


async def test_staff_see_entries_whose_legal_source_needs_review(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    resp = await client.get(ADMIN + "/sources/review")
    assert resp.status == 401
    resp = await client.get(ADMIN + "/sources/review", headers=await staff_headers(StaffRole.ADMIN))
    assert resp.status == 200, await resp.text()
    items = {item["entry_id"]: item for item in (await resp.json())["items"]}
    # complaint time limits still quote the repealed 2019 rule for older cases: a reviewer must look at it
    repealed = items["complaint-time-limit"]
    assert any("已废止" in reason and "第121号" in reason for reason in repealed["reasons"]), repealed
    assert repealed["checked"] and repealed["sources"]
    assert "fair-scale" not in items  # cites a rule in force, verified and recently checked


async def test_the_review_list_is_in_the_openapi_document(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    assert "/api/v1/admin/knowledge/sources/review" in spec["paths"]


async def test_ask_names_the_legal_source_and_routes_consumer_and_everyday_questions(client: TestClient) -> None:
    async def ask(question: str) -> dict:
        resp = await client.post("/api/v1/knowledge/ask", json={"question": question})
        assert resp.status == 200, await resp.text()
        return await resp.json()

    legal = await ask("商贩短斤少两会被怎么罚")
    assert legal["faq_id"] == "short-weight-penalty" and "依据：" in legal["answer"] and "核对于" in legal["answer"]
    consumer = await ask("快递丢件了找谁")
    assert consumer["faq_id"] == "consumer-express-service" and "12315" in consumer["answer"]
    chat = await ask("今天天气真不错")
    assert chat["faq_id"] is None and chat["suggestions"] == [] and "不在我能解答的范围" in chat["answer"]
