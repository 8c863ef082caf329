"""Delivery through the sandbox: audience, retries, permanent errors, crash-resume, cancel mid-send."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient

from campaigns import delivery
from campaigns.config import CampaignSettings
from campaigns.models import Campaign, Delivery, DeliveryStatus
from campaigns.scheduling import ledger_key
from core.jobs import drain, enqueue
from core.keys import ARQ, REDIS, RESOURCES
from core.models import MiniappUser, Subscriber
from tests.support.campaigns import BASE, PublicityOffice, approved_campaign, campaign_stats, make_subscribers
from tests.support.gateway import SandboxApi

pytestmark = pytest.mark.usefixtures("campaign_tuning")
CUSTOM = "/cgi-bin/message/custom/send"


async def _custom_sent(sandbox_api: SandboxApi) -> Counter[str]:
    return Counter(item["openid"] for item in await sandbox_api.sent("custom"))


async def test_audience_is_followers_in_the_chosen_districts_and_tags(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    wanted = await make_subscribers(3, prefix="o-new-market-", district="xincheng", tags=["农贸市场", "商户"])
    await make_subscribers(2, prefix="o-new-other-", district="xincheng", tags=["加油站"])
    await make_subscribers(2, prefix="o-unfollowed-", district="xincheng", tags=["农贸市场"], following=False)
    await make_subscribers(2, prefix="o-huimin-", district="huimin", tags=["农贸市场"])
    await make_subscribers(
        2,
        prefix="o-stale-",
        district="xincheng",
        tags=["农贸市场"],
        last_interaction_at=datetime.now(UTC) - timedelta(days=3),
    )
    wanted += await make_subscribers(1, prefix="o-saihan-", district="saihan", tags=["农贸市场"], audience="enterprise")

    campaign_id = await approved_campaign(
        client, office, audience={"kind": "all", "districts": ["新城区", "saihan"], "tags": ["农贸市场"]}
    )
    await run_jobs()

    assert set(await _custom_sent(sandbox_api)) == set(wanted)  # outside the 48-hour window: not even tried
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["status"] == "sent" and stats["sent"] == len(wanted) and stats["recipients"] == len(wanted)

    only_enterprises = await approved_campaign(client, office, audience={"kind": "enterprise"})
    await run_jobs()
    assert (await campaign_stats(client, office, only_enterprises))["recipients"] == 1


async def test_transient_errors_are_retried_and_permanent_ones_recorded(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    openids = await make_subscribers(12)
    await sandbox_api.unsubscribed(openids[0])
    await sandbox_api.outside_window(openids[1])
    await sandbox_api.fault(CUSTOM, errcode=-1, times=3)
    await sandbox_api.fault(CUSTOM, errcode=45009, times=2)

    campaign_id = await approved_campaign(client, office)
    await run_jobs()

    sent = await _custom_sent(sandbox_api)
    assert set(sent) == set(openids[2:]) and max(sent.values()) == 1
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["status"] == "partially_failed"
    assert stats["sent"] == 10 and stats["pending"] == 0
    assert stats["failed_by_reason"] == {"unsubscribed": 1, "out_of_window": 1}
    retried = await Delivery.filter(campaign_id=campaign_id, attempts__gt=1).count()
    assert retried >= 1  # the injected -1 / 45009 answers were tried again, not recorded as failures


async def test_transient_errors_give_up_after_max_attempts(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JILIANG_CAMPAIGN_MAX_ATTEMPTS", "3")
    await make_subscribers(1)
    await sandbox_api.fault(CUSTOM, errcode=-1, times=10)
    campaign_id = await approved_campaign(client, office)
    await run_jobs()
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["failed_by_reason"] == {"system_busy": 1}
    assert (await Delivery.get(campaign_id=campaign_id)).attempts == 3


async def test_a_crash_between_claim_and_record_resumes_without_duplicates_or_gaps(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    """A sender claims 10 rows, sends 4 (ledger written), has a 5th accepted by WeChat but dies before the
    ledger write, never touches the other 5, and records nothing in the database. Then a new worker resumes."""
    app = client.server.app
    res = app[RESOURCES]
    openids = await make_subscribers(30)
    campaign_id = await approved_campaign(client, office)
    now = datetime.now(UTC)
    assert await delivery.start_sending(campaign_id, now=now) is None
    campaign = await Campaign.get(id=campaign_id)
    cfg = CampaignSettings()
    assert await delivery.snapshot_audience(res, campaign, cfg, now=now) == 30

    dead = delivery.Sender(res, campaign, cfg)
    lease_over = now - timedelta(seconds=cfg.lease_seconds + 5)  # the dead worker's lease has run out
    batch = await delivery.claim_batch(
        campaign_id, token=dead.token, now=lease_over, lease_seconds=cfg.lease_seconds, limit=10
    )
    assert len(batch) == 10
    gate = asyncio.Semaphore(1)
    for row in batch[:4]:
        assert (await dead.send_one(row, gate))[1].kind == "sent"
    accepted_unrecorded = batch[4]
    await app[REDIS].hset(ledger_key(campaign_id), str(accepted_unrecorded.id), f"i:{accepted_unrecorded.attempts}")
    await res.wechat.send_custom_message(openid=accepted_unrecorded.openid, text="...")
    # crash: no record_outcomes, rows stay "claimed" under the dead token
    assert await Delivery.filter(campaign_id=campaign_id, status=DeliveryStatus.CLAIMED).count() == 10

    # The watchdog (a cron job) finds a sending campaign without a live sender and starts new ones.
    await enqueue(app[ARQ], "campaigns_watchdog", job_id="watchdog-now")
    await run_jobs()

    sent = await _custom_sent(sandbox_api)
    assert max(sent.values()) == 1, "somebody got the message twice"
    assert set(sent) == set(openids), "somebody was skipped"
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["sent"] == 29 and stats["uncertain"] == 1 and stats["pending"] == 0
    assert stats["status"] == "partially_failed"  # the unknown one is reported, never silently resent
    uncertain = await Delivery.get(campaign_id=campaign_id, status=DeliveryStatus.UNCERTAIN)
    assert uncertain.openid == accepted_unrecorded.openid


async def test_cancel_during_sending_stops_the_rest(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    await make_subscribers(60)
    await sandbox_api.latency(CUSTOM, 0.05)
    campaign_id = await approved_campaign(client, office)
    sending = asyncio.create_task(run_jobs())
    while (await campaign_stats(client, office, campaign_id))["sent"] < 5:  # noqa: ASYNC110 (another process's progress)
        await asyncio.sleep(0.02)
    resp = await client.post(f"{BASE}/{campaign_id}/cancel", json={"note": "内容有误"}, headers=office.reviewer)
    assert resp.status == 200 and (await resp.json())["status"] == "cancelled"
    await sending

    stats = await campaign_stats(client, office, campaign_id)
    sent = await _custom_sent(sandbox_api)
    assert stats["pending"] == 0
    assert stats["by_status"]["cancelled"] > 0
    assert stats["sent"] == sum(sent.values()) < 60  # what we counted is what WeChat got
    assert stats["sent"] + stats["by_status"]["cancelled"] == 60
    events = (await (await client.get(f"{BASE}/{campaign_id}/events", headers=office.editor)).json())["items"]
    assert [e["action"] for e in events][-1] == "cancelled"
    assert (await Subscriber.all().count()) == 60


async def test_mass_send_respects_four_per_follower_per_month(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    openids = await make_subscribers(4)
    ids = []
    for _ in range(5):
        ids.append(await approved_campaign(client, office, channel="mass"))
        await run_jobs()
    stats = [await campaign_stats(client, office, i) for i in ids]
    assert [s["sent"] for s in stats] == [4, 4, 4, 4, 0]
    assert stats[4]["skipped_by_reason"] == {"monthly_mass_limit": 4}
    mass = await sandbox_api.sent("mass")
    delivered = Counter(openid for item in mass for openid in item["delivered"])
    assert delivered == dict.fromkeys(openids, 4)
    assert all(not item["over_quota"] for item in mass)


@pytest.mark.parametrize("reached_wechat", [True, False])
async def test_a_crashed_mass_send_is_repeated_under_its_clientmsgid(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi, reached_wechat: bool
) -> None:
    """Mass sends carry WeChat's clientmsgid: a sender that dies mid-call leaves a group that the next sender
    repeats verbatim, so every follower gets the push exactly once whether or not the first call got through."""
    app = client.server.app
    res = app[RESOURCES]
    openids = await make_subscribers(6)
    campaign_id = await approved_campaign(client, office, channel="mass")
    now = datetime.now(UTC)
    await delivery.start_sending(campaign_id, now=now)
    campaign = await Campaign.get(id=campaign_id)
    cfg = CampaignSettings()
    await delivery.snapshot_audience(res, campaign, cfg, now=now)

    dead = delivery.Sender(res, campaign, cfg)
    batch = await delivery.claim_batch(
        campaign_id, token=dead.token, now=now - timedelta(seconds=cfg.lease_seconds + 5), lease_seconds=1, limit=4
    )
    allowed, _ = await delivery.reserve_mass_quota(batch, now=now, limit=cfg.mass_monthly_limit)
    if not reached_wechat:
        await sandbox_api.fault("/cgi-bin/message/mass/send", http_status=502)  # the call never lands
    outcome = await dead.send_mass_group("group-1", allowed, {row.id: row.attempts for row in batch})
    assert {o.kind for o in outcome.values()} == {"sent" if reached_wechat else "retry"}
    if reached_wechat:  # WeChat took it, then the worker died before the ledger said so
        await app[REDIS].hset(ledger_key(campaign_id), mapping={str(row.id): "m:group-1" for row in batch})

    await enqueue(app[ARQ], "resume_campaign", campaign_id, job_id=f"resume-{campaign_id}")
    await run_jobs()

    delivered = Counter(o for item in await sandbox_api.sent("mass") for o in item["delivered"])
    assert delivered == dict.fromkeys(openids, 1)
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["sent"] == 6 and stats["uncertain"] == 0 and stats["status"] == "sent"


async def test_two_workers_share_the_work_without_sending_twice(
    client: TestClient, office: PublicityOffice, run_jobs, make_client, sandbox_api: SandboxApi
) -> None:
    """Two worker processes (two app instances) drain the same campaign at once: every follower exactly once."""
    other = await make_client()
    openids = await make_subscribers(80)
    await sandbox_api.latency(CUSTOM, 0.005)
    campaign_id = await approved_campaign(client, office)
    await asyncio.gather(run_jobs(), drain(other.server.app[RESOURCES]))
    sent = await _custom_sent(sandbox_api)
    assert sent == dict.fromkeys(openids, 1)
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["sent"] == 80 and stats["status"] == "sent"


async def test_subscribe_messages_reach_mini_program_users_holding_quota(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    """Followers are matched to their mini-program openid by unionid; WeChat refuses (43101) those without quota."""
    await Subscriber.create(openid="o-mp-1", unionid="u-1")
    await Subscriber.create(openid="o-mp-2", unionid="u-2")
    await Subscriber.create(openid="o-mp-3", unionid="u-3")  # never opened the mini-program
    await Subscriber.create(openid="o-mp-4")  # no unionid known
    await MiniappUser.create(openid="o-mini-1", unionid="u-1")
    await MiniappUser.create(openid="o-mini-2", unionid="u-2")
    await sandbox_api.subscribe_quota("o-mini-1", "TPL-WMD", 1)

    campaign_id = await approved_campaign(
        client, office, channel="subscribe", template_id="TPL-WMD", template_data={"thing1": "世界计量日开放日"}
    )
    await run_jobs()

    sent = await sandbox_api.sent("subscribe")
    assert [item["openid"] for item in sent] == ["o-mini-1"]
    stats = await campaign_stats(client, office, campaign_id)
    assert stats["recipients"] == 2 and stats["sent"] == 1
    assert stats["failed_by_reason"] == {"no_subscribe_quota": 1}


async def test_cancelled_campaign_rows_held_by_a_dead_sender_are_settled(
    client: TestClient, office: PublicityOffice, run_jobs, sandbox_api: SandboxApi
) -> None:
    """Cancel while a (dead) sender still held rows: the watchdog settles them from the ledger."""
    app = client.server.app
    res = app[RESOURCES]
    await make_subscribers(6)
    campaign_id = await approved_campaign(client, office)
    now = datetime.now(UTC)
    await delivery.start_sending(campaign_id, now=now)
    campaign = await Campaign.get(id=campaign_id)
    cfg = CampaignSettings()
    await delivery.snapshot_audience(res, campaign, cfg, now=now)
    dead = delivery.Sender(res, campaign, cfg)
    batch = await delivery.claim_batch(
        campaign_id,
        token=dead.token,
        now=now - timedelta(seconds=cfg.lease_seconds + 5),
        lease_seconds=cfg.lease_seconds,
        limit=4,
    )
    assert (await dead.send_one(batch[0], asyncio.Semaphore(1)))[1].kind == "sent"  # then the worker died

    resp = await client.post(f"{BASE}/{campaign_id}/cancel", json={"note": "停止"}, headers=office.reviewer)
    assert resp.status == 200
    await enqueue(app[ARQ], "campaigns_watchdog", job_id="watchdog-now")
    await run_jobs()

    stats = await campaign_stats(client, office, campaign_id)
    assert stats["status"] == "cancelled" and stats["pending"] == 0
    assert stats["sent"] == 1 and stats["by_status"]["cancelled"] == 5
    assert len(await sandbox_api.sent("custom")) == 1


async def test_an_error_page_is_retried_but_a_timeout_is_an_unknown_outcome(
    office: PublicityOffice, make_client, sandbox_api: SandboxApi
) -> None:
    """HTTP 502 means WeChat did not take the message: retried. A timeout may or may not have delivered it:
    recorded as uncertain and never resent on its own."""
    impatient = await make_client(wechat_timeout_seconds=0.3)
    openids = await make_subscribers(2)
    await sandbox_api.fault(CUSTOM, http_status=502, times=1)
    first = await approved_campaign(impatient, office)
    await drain(impatient.server.app[RESOURCES])
    assert (await campaign_stats(impatient, office, first))["sent"] == 2

    await sandbox_api.latency(CUSTOM, 0.6)
    second = await approved_campaign(impatient, office, audience={"kind": "all"}, title="第二次推送")
    await drain(impatient.server.app[RESOURCES])
    stats = await campaign_stats(impatient, office, second)
    assert stats["uncertain"] == 2 and stats["sent"] == 0
    assert Counter(item["openid"] for item in await sandbox_api.sent("custom")) == dict.fromkeys(openids, 1)
    assert await Delivery.filter(campaign_id=second, attempts__gt=1).count() == 0  # not tried again
