"""Calendar drafts, reminders, one dispatch job per campaign across reschedules, the shared rate limit, the bot's
current campaign."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient

from campaigns import calendar
from campaigns.models import Campaign, CampaignStatus
from campaigns.scheduling import dispatch_job_id, queued_dispatch_jobs
from campaigns.service import current_campaign
from core.keys import ARQ, REDIS
from core.models import StaffRole
from core.ratelimit import TokenBucket
from jiliang.cli import main as cli_main
from tests.support.campaigns import BASE, PublicityOffice, approved_campaign, campaign_stats, make_subscribers
from tests.support.gateway import SandboxApi

TZ = ZoneInfo("Asia/Shanghai")


async def test_calendar_creates_the_years_drafts_once(client: TestClient, office: PublicityOffice) -> None:
    resp = await client.post(f"{BASE}/calendar/2027", headers=office.editor)
    first = await resp.json()
    assert len(first["created"]) == 4 and first["existing"] == []
    again = await (await client.post(f"{BASE}/calendar/2027", headers=office.editor)).json()
    assert again["created"] == [] and sorted(again["existing"]) == sorted(first["created"])
    assert await Campaign.filter(calendar_year=2027).count() == 4

    wmd = await Campaign.get(calendar_key="world_metrology_day", calendar_year=2027)
    assert wmd.send_at.astimezone(TZ).strftime("%m-%d %H:%M") == "05-20 09:00"
    assert wmd.theme is None and wmd.theme_required  # 2027's theme is unknown: left for staff, not invented
    science = await Campaign.get(calendar_key="science_month", calendar_year=2027)
    assert (science.starts_on.isoformat(), science.ends_on.isoformat()) == ("2027-09-01", "2027-09-30")

    resp = await client.post(f"{BASE}/{wmd.id}/submit", json={}, headers=office.editor)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "theme_missing"
    await client.patch(f"{BASE}/{wmd.id}", json={"theme": "计量让生活更美好"}, headers=office.editor)
    resp = await client.post(f"{BASE}/{wmd.id}/submit", json={}, headers=office.editor)
    assert resp.status == 422 and "正文和文章链接" in (await resp.json())["error"]["message"]

    assert (await client.post(f"{BASE}/calendar/1999", headers=office.editor)).status == 422


async def test_calendar_fills_only_trusted_themes(client: TestClient) -> None:
    del client
    result = await calendar.generate_year(2024)
    assert "science_month" in result.skipped  # 全国科普月 exists from 2025
    wmd = await Campaign.get(calendar_key="world_metrology_day", calendar_year=2024)
    assert wmd.theme == "可持续发展"  # verified (V)
    consumer = await Campaign.get(calendar_key="consumer_rights_day", calendar_year=2024)
    assert consumer.theme is None  # from memory only (M): staff fill it
    await calendar.generate_year(2026)
    consumer_2026 = await Campaign.get(calendar_key="consumer_rights_day", calendar_year=2026)
    assert consumer_2026.theme == "提升消费品质"  # single source (S), with a note to check it
    notes = [e.note for e in await consumer_2026.events.all()]
    assert any("核实" in (n or "") for n in notes)


def test_cli_generates_the_calendar(backends, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("JILIANG_DATABASE_URL", backends.database_url)
    assert cli_main(["campaigns", "calendar", "--year", "2028"]) == 0
    assert cli_main(["campaigns", "calendar", "--year", "2028"]) == 0
    out = capsys.readouterr().out
    assert "新建草稿：4" in out and "已存在：4" in out


async def test_reminders_for_unapproved_calendar_drafts(client: TestClient, office: PublicityOffice) -> None:
    await calendar.generate_year(2027)
    assert await calendar.record_reminders(now=datetime(2027, 2, 20, 8, 5, tzinfo=TZ)) == []  # 23 days: not yet
    feb_25 = datetime(2027, 2, 25, 8, 5, tzinfo=TZ)  # 3·15 is 18 days away: past the 21-day threshold
    first = await calendar.record_reminders(now=feb_25)
    assert [r.days_before for r in first] == [21]
    assert await calendar.record_reminders(now=feb_25 + timedelta(days=1)) == []  # same threshold: once
    march_9 = datetime(2027, 3, 9, 8, 5, tzinfo=TZ)
    assert [r.days_before for r in await calendar.record_reminders(now=march_9)] == [7]

    listed = (await (await client.get(f"{BASE}/reminders", headers=office.reviewer)).json())["items"]
    assert len(listed) == 2 and "3·15" in listed[0]["message"]
    resp = await client.post(f"{BASE}/reminders/{listed[0]['id']}/acknowledge", headers=office.editor)
    assert resp.status == 200
    assert (await (await client.get(f"{BASE}/reminders", headers=office.reviewer)).json())["total"] == 1
    assert (await client.post(f"{BASE}/reminders/999999/acknowledge", headers=office.editor)).status == 404


async def test_rescheduling_moves_the_one_dispatch_job(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    arq = client.server.app[ARQ]
    openids = await make_subscribers(3)
    later = datetime.now(UTC) + timedelta(hours=2)
    campaign_id = await approved_campaign(client, office, send_at=later.isoformat())
    jobs = await queued_dispatch_jobs(arq, campaign_id)
    assert jobs == [(dispatch_job_id(campaign_id), pytest.approx(later.timestamp() * 1000, abs=1))]

    for hours in (5, 1, 3):
        when = datetime.now(UTC) + timedelta(hours=hours)
        resp = await client.post(
            f"{BASE}/{campaign_id}/reschedule", json={"send_at": when.isoformat()}, headers=office.editor
        )
        assert resp.status == 200, await resp.text()
        assert (await resp.json())["status"] == "in_review"  # a new time needs a new review
        assert await queued_dispatch_jobs(arq, campaign_id) == []
        resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.reviewer)
        assert resp.status == 200, await resp.text()
        jobs = await queued_dispatch_jobs(arq, campaign_id)
        assert len(jobs) == 1 and jobs[0][1] == pytest.approx(when.timestamp() * 1000, abs=1)
    assert await arq.exists(f"arq:job:{dispatch_job_id(campaign_id)}")  # the payload outlives the new time

    # Withdrawn for an edit, approved again: still one job, at the new time.
    await client.post(f"{BASE}/{campaign_id}/withdraw", json={"note": "改文案"}, headers=office.editor)
    assert await queued_dispatch_jobs(arq, campaign_id) == []
    now = datetime.now(UTC)
    await client.patch(f"{BASE}/{campaign_id}", json={"send_at": now.isoformat()}, headers=office.editor)
    await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=office.editor)
    await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.reviewer)
    assert len(await queued_dispatch_jobs(arq, campaign_id)) == 1

    await run_jobs()
    assert len(await sandbox_api.sent("custom")) == len(openids)
    assert (await campaign_stats(client, office, campaign_id))["status"] == "sent"
    events = (await (await client.get(f"{BASE}/{campaign_id}/events", headers=office.editor)).json())["items"]
    actions = [e["action"] for e in events]
    assert actions.count("rescheduled") == 3 and actions[-1] == "finished"


async def test_one_token_bucket_for_all_workers(client: TestClient, make_client) -> None:
    """Two app instances (two workers) draw from one bucket: together they get the rate, not twice it."""
    other = await make_client()
    buckets = [
        TokenBucket(app[REDIS], "campaigns:rate:test", rate_per_second=10, capacity=10, max_wait_seconds=0)
        for app in (client.server.app, other.server.app)
    ]
    t0 = 1_000_000

    async def take(bucket: TokenBucket, now_ms: int) -> bool:
        return await bucket.try_take(now_ms=now_ms) == 0

    granted = await asyncio.gather(*(take(buckets[i % 2], t0) for i in range(30)))
    assert sum(granted) == 10  # the capacity, shared
    granted = await asyncio.gather(*(take(buckets[i % 2], t0 + 500) for i in range(30)))
    assert sum(granted) == 5  # half a second at 10/s

    patient = TokenBucket(client.server.app[REDIS], "campaigns:rate:test", rate_per_second=10, capacity=10)
    assert await patient.try_take(now_ms=t0 + 500) == pytest.approx(0.1)  # reserved: wait one token's time
    assert await patient.try_take(now_ms=t0 + 500) == pytest.approx(0.2)  # queued behind the first


async def test_current_campaign_for_the_bot(client: TestClient, office: PublicityOffice, run_jobs) -> None:
    now = datetime.now(UTC)
    assert await current_campaign(now=now) is None
    running = await approved_campaign(client, office, title="世界计量日", send_at=now.isoformat())
    await run_jobs()
    assert (await Campaign.get(id=running)).status == CampaignStatus.SENT
    shown = await current_campaign(now=now + timedelta(hours=1))
    assert shown is not None and shown.title == "世界计量日"
    assert shown.url == "https://mp.weixin.qq.com/s/jiliang-demo"
    assert await current_campaign(now=now + timedelta(days=8)) is None  # its week is over, nothing scheduled

    await approved_campaign(
        client, office, title="质量月活动", send_at=(now + timedelta(days=10)).isoformat(), theme="质量强国"
    )
    assert (await current_campaign(now=now + timedelta(hours=1))).title == "世界计量日"  # running wins
    shown = await current_campaign(now=now + timedelta(days=8))
    assert shown is not None and shown.title == "质量月活动" and "质量强国" in shown.summary
    assert await current_campaign(now=now - timedelta(days=25)) is None  # more than 30 days ahead


async def test_an_approved_campaign_moved_in_time_goes_back_to_review(
    client: TestClient, office: PublicityOffice, staff_headers, run_jobs, sandbox_api: SandboxApi
) -> None:  # type: ignore[no-untyped-def]
    arq = client.server.app[ARQ]
    await make_subscribers(2)
    campaign_id = await approved_campaign(client, office, send_at=(datetime.now(UTC) + timedelta(days=3)).isoformat())
    soon = datetime.now(UTC)
    resp = await client.post(
        f"{BASE}/{campaign_id}/reschedule", json={"send_at": soon.isoformat()}, headers=office.editor
    )
    assert resp.status == 200
    moved = await resp.json()
    assert moved["status"] == "in_review" and moved["approved_by_id"] is None

    # Nothing goes out at the new time without a review.
    assert await queued_dispatch_jobs(arq, campaign_id) == []
    await run_jobs()
    assert await sandbox_api.sent("custom") == []
    assert (await Campaign.get(id=campaign_id)).status == CampaignStatus.IN_REVIEW

    # A reviewer who moved it may not approve the move; another reviewer may.
    moving_reviewer = await staff_headers(StaffRole.PUBLICITY_REVIEWER)
    later = datetime.now(UTC) + timedelta(minutes=1)
    resp = await client.post(
        f"{BASE}/{campaign_id}/reschedule", json={"send_at": later.isoformat()}, headers=moving_reviewer
    )
    assert resp.status == 200 and (await resp.json())["status"] == "in_review"
    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=moving_reviewer)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "self_review_forbidden"
    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.reviewer)
    assert resp.status == 200 and (await resp.json())["status"] == "scheduled"
    assert len(await queued_dispatch_jobs(arq, campaign_id)) == 1
