"""Fixtures for the campaign tests: staff of the publicity office, followers, a campaign pushed through review."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from core.models import StaffRole, Subscriber

BASE = "/api/v1/admin/campaigns"


@dataclass
class PublicityOffice:
    editor: dict[str, str]
    reviewer: dict[str, str]
    other_editor: dict[str, str]


@pytest.fixture(autouse=False)
def campaign_tuning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fast, deterministic delivery for tests: no retry backoff, quick polling, a generous shared rate."""
    for name, value in {
        "SEND_RATE_PER_SECOND": "2000",
        "MASS_RATE_PER_SECOND": "1000",
        "RETRY_BASE_SECONDS": "0",
        "IDLE_POLL_SECONDS": "0.02",
        "SENDERS": "2",
        "BATCH_SIZE": "7",
        "CONCURRENCY": "3",
        "LEASE_SECONDS": "30",
    }.items():
        monkeypatch.setenv(f"JILIANG_CAMPAIGN_{name}", value)


@pytest.fixture
async def office(staff_headers: Callable[..., Awaitable[dict[str, str]]]) -> PublicityOffice:
    return PublicityOffice(
        editor=await staff_headers(StaffRole.PUBLICITY_EDITOR),
        reviewer=await staff_headers(StaffRole.PUBLICITY_REVIEWER),
        other_editor=await staff_headers(StaffRole.PUBLICITY_EDITOR),
    )


async def make_subscribers(count: int, *, prefix: str = "o-f", **fields: Any) -> list[str]:
    fields.setdefault("last_interaction_at", datetime.now(UTC) - timedelta(hours=1))
    await Subscriber.bulk_create([Subscriber(openid=f"{prefix}{i:05d}", **fields) for i in range(count)])
    return [f"{prefix}{i:05d}" for i in range(count)]


def campaign_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "5·20 世界计量日",
        "summary": "计量与生活息息相关，欢迎参加开放日活动。",
        "article_url": "https://mp.weixin.qq.com/s/jiliang-demo",
        "channel": "custom",
        "audience": {"kind": "all"},
        "send_at": datetime.now(UTC).isoformat(),
    }
    body.update(overrides)
    return body


async def approved_campaign(client: TestClient, office: PublicityOffice, **overrides: Any) -> int:
    """Drafted by the editor, approved by the reviewer: scheduled, its dispatch job queued."""
    resp = await client.post(BASE, json=campaign_body(**overrides), headers=office.editor)
    assert resp.status == 201, await resp.text()
    campaign_id = (await resp.json())["id"]
    resp = await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=office.editor)
    assert resp.status == 200, await resp.text()
    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={"note": "同意"}, headers=office.reviewer)
    assert resp.status == 200, await resp.text()
    return int(campaign_id)


async def campaign_stats(client: TestClient, office: PublicityOffice, campaign_id: int) -> dict[str, Any]:
    resp = await client.get(f"{BASE}/{campaign_id}/stats", headers=office.reviewer)
    assert resp.status == 200, await resp.text()
    return await resp.json()  # type: ignore[no-any-return]
