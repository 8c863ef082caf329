"""Fixtures for this area's tests (kept apart so branches do not collide in conftest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from knowledge.index import FaqIndex, build_index
from knowledge.kbfile import parse_kb
from knowledge.runtime import shared_analyzer

ADMIN = "/api/v1/admin/knowledge"

# An entry the tests add through the staff API.
MUSEUM: dict[str, Any] = {
    "id": "metrology-museum",
    "question": "计量博物馆什么时候开放？",
    "alternatives": ["计量博物馆周几闭馆", "计量博物馆开放时间"],
    "keywords": ["计量博物馆"],
    "answer": "计量博物馆周二至周日开放，周一闭馆。",
    "category": "general",
}


# A small knowledge base written for the tests (the real one is knowledge/data/kb.json): same format, same ids
# for the topics it covers, so the tests do not depend on the content team's wording.
SAMPLE_KB: dict[str, Any] = {
    "version": "test-1",
    "entries": [
        {
            "id": "short-weight-what-to-do",
            "question": "购物时遇到缺斤短两怎么办？",
            "alternatives": ["买菜被少称了怎么办", "商家短斤少两怎么维权", "买的肉分量不够"],
            "keywords": ["缺斤短两", "少秤", "维权"],
            "answer": "保留购物小票和商品，到市场公平秤复称；协商不成拨打12315投诉。",
            "category": "short-weight",
            "actions": [{"type": "phone", "label": "拨打12315", "value": "12315"}],
        },
        {
            "id": "fair-scale",
            "question": "什么是公平秤？在哪里可以复秤？",
            "alternatives": ["市场里有复秤的地方吗", "公平秤在哪"],
            "keywords": ["公平秤", "复秤"],
            "answer": "公平秤是市场开办方设置、供消费者免费复核重量的秤，一般在市场显著位置。",
            "category": "short-weight",
        },
        {
            "id": "cheating-scale",
            "question": "如何识别作弊秤（鬼秤、遥控秤）？",
            "alternatives": ["秤被动了手脚怎么看出来", "怎么辨别黑心秤"],
            "keywords": ["作弊秤", "遥控秤"],
            "answer": "看检定合格标志和封印是否完好，称前看是否归零，可用已知重量物品试称或到公平秤复核。",
            "category": "short-weight",
        },
        {
            "id": "pricing-scale-verification",
            "question": "商户使用的电子秤需要检定吗？到哪里检定？",
            "alternatives": ["开店用的计价秤要年检吗", "做生意的秤去哪检定"],
            "keywords": ["电子秤", "计价秤", "强制检定"],
            "answer": "用于贸易结算的电子计价秤属于强制检定计量器具，向所在地市场监管部门指定的检定机构申请检定。",
            "category": "verification",
        },
        {
            "id": "household-scale-testing",
            "question": "家用电子秤、体重秤可以拿去检测吗？",
            "alternatives": ["家里的体重秤不准能测吗"],
            "keywords": ["体重秤", "厨房秤"],
            "answer": "家用秤不属于强制检定范围，可送具备能力的计量技术机构检测。",
            "category": "verification",
        },
        {
            "id": "fuel-short-dispensing",
            "question": "怀疑加油站加油不足量怎么办？",
            "alternatives": ["加油站少加油了", "油枪加的油不够数"],
            "keywords": ["加油机", "加油站"],
            "answer": "保留加油小票，记下油枪号和时间，可要求现场用标准量器核验，有异议拨打12315。",
            "category": "fuel",
            "actions": [{"type": "phone", "label": "拨打12315", "value": "12315"}],
        },
        {
            "id": "water-meter-inaccurate",
            "question": "怀疑家里水表不准怎么办？",
            "alternatives": ["水表走得太快", "水费突然变高是不是表有问题"],
            "keywords": ["水表"],
            "answer": "先关闭所有用水点看水表是否还走，再向供水单位申请校验；有异议可申请仲裁检定。",
            "category": "meters",
        },
        {
            "id": "mandatory-verification-fee",
            "question": "强制检定收费吗？",
            "alternatives": ["强检要交钱吗"],
            "keywords": ["强检收费"],
            "answer": "列入强检范围的计量器具实施强制检定不收费。",
            "category": "verification",
        },
        {
            "id": "complaint-how-to-file",
            "question": "遇到计量问题如何投诉举报？",
            "alternatives": ["去哪里投诉商家", "投诉渠道有哪些方式"],
            "keywords": ["投诉", "12315"],
            "answer": "可在本小程序“我要投诉”提交，或拨打12315、登录全国12315平台。",
            "category": "complaint",
            "actions": [{"type": "miniapp_page", "label": "我要投诉", "path": "pages/complaint/new"}],
        },
        {
            "id": "greeting",
            "question": "你好，这里可以咨询什么问题？",
            "alternatives": ["你好", "在吗", "有人吗"],
            "keywords": [],
            "answer": "您好！这里解答缺斤短两、计量器具检定、水电气表、加油机等计量问题。",
            "category": "general",
        },
    ],
}


@pytest.fixture(scope="session")
def knowledge_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("jieba")


@pytest.fixture(scope="session")
def sample_index(knowledge_cache_dir: Path) -> FaqIndex:
    return build_index(parse_kb(SAMPLE_KB).entries, analyzer=shared_analyzer(knowledge_cache_dir), version="sample")


@pytest.fixture
def sample_kb_file(tmp_path: Path) -> Path:
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(SAMPLE_KB, ensure_ascii=False), encoding="utf-8")
    return path


ADMIN_KNOWLEDGE = "/api/v1/admin/knowledge"


async def load_sample(client: TestClient, headers: dict[str, str]) -> None:
    """The sample through the staff API: imported by `headers`' account, approved by a second reader."""
    resp = await client.post(ADMIN_KNOWLEDGE + "/import", json=SAMPLE_KB, headers=headers)
    assert resp.status == 200, await resp.text()
    await approve_drafts(client, (await resp.json())["held"])


async def second_reader() -> dict[str, str]:
    """API headers of a fresh publicity reviewer (not the author of anything yet)."""
    from uuid import uuid4

    from core.auth import create_staff
    from core.models import StaffRole

    name = f"reader-{uuid4().hex[:8]}"
    _, token = await create_staff(username=name, display_name=name, roles=[StaffRole.PUBLICITY_REVIEWER])
    return {"Authorization": f"Bearer {token}"}


async def approve_drafts(
    client: TestClient, draft_ids: list[int], headers: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """A second reader reads each draft (its hash) and approves them together."""
    if not draft_ids:
        return []
    headers = headers or await second_reader()
    items = []
    for draft_id in draft_ids:
        resp = await client.get(f"{ADMIN_KNOWLEDGE}/drafts/{draft_id}", headers=headers)
        assert resp.status == 200, await resp.text()
        items.append({"id": draft_id, "content_hash": (await resp.json())["content_hash"]})
    resp = await client.post(ADMIN_KNOWLEDGE + "/drafts/approve", json={"items": items}, headers=headers)
    assert resp.status == 200, await resp.text()
    body: list[dict[str, Any]] = (await resp.json())["approved"]
    return body


async def ask(client: TestClient, question: str) -> dict[str, Any]:
    resp = await client.post("/api/v1/knowledge/ask", json={"question": question})
    assert resp.status == 200, await resp.text()
    return await resp.json()
