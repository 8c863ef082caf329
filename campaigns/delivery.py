"""Delivery of a campaign: audience snapshot, atomic claims under a lease, rate-limited sends, crash recovery.

What survives a worker killed at any instant (SIGKILL, power loss):

* One `Delivery` row per (campaign, subscriber), unique in the database: the audience is written once and a
  re-run of the snapshot adds nobody twice.
* Rows are claimed atomically (pending -> claimed with a random token and a lease; `FOR UPDATE SKIP LOCKED` on
  PostgreSQL), so two senders never hold the same row. A dead sender's rows become claimable when the lease ends.
* The send ledger (a Redis hash per campaign, delivery id -> state) is written right before each request
  ("in flight") and right after WeChat answers ("sent" / error). The database is updated from the outcomes in
  bulk afterwards. A sender that reclaims a row reads the ledger first: "sent" and permanent errors are copied
  to the database without sending again; rows never attempted are sent.

The guarantee actually achieved:

* Mass sends (the channel for campaigns): exactly once per follower, crash or not. Each call carries a
  clientmsgid; the group (ids and openids) is stored in Redis before the call, and a sender that finds rows of
  an unfinished group repeats the same call with the same clientmsgid, which WeChat answers with the original
  msg_id (45065) if the first call got through. This holds for 23 hours (WeChat dedupes for 24).
* Customer-service and subscribe messages carry no idempotency key at WeChat. Nobody is skipped, and nobody
  gets a message twice **except** through the one window no client can close: WeChat accepted the request but
  the worker died before the ledger write that follows the answer (a few milliseconds per request, at most
  `concurrency` requests per sender). Such a row is marked `uncertain` instead of being resent: at most once,
  every uncertain recipient is counted in the statistics, and staff may resend them (`resend_uncertain`).
  A timeout is the same kind of unknown and is treated the same way; a refused connection or an HTTP error page
  is known not to have delivered and is retried.
* If Redis itself loses the ledger (no persistence, failover), reclaimed rows are sent again: at least once then.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from campaigns import receipts, scheduling
from campaigns.config import CampaignSettings
from campaigns.models import Campaign, CampaignEvent, CampaignStatus, Channel, Delivery, DeliveryStatus, MassSendQuota
from campaigns.schemas import AudienceSpec
from core import clock
from core.models import MiniappUser, Subscriber
from core.ratelimit import TokenBucket
from core.resources import Resources
from core.wechat import WeChatError, WeChatUnavailable
from publicity import sending as publicity_sending

log = logging.getLogger(__name__)
SNAPSHOT_PAGE = 5000
TRANSIENT_ERRCODES = {-1, 45009}
REASONS = {
    -1: "system_busy",
    45009: "rate_limited",
    43101: "no_subscribe_quota",
    43004: "unsubscribed",
    45015: "out_of_window",
    45047: "custom_quota_exceeded",
    40003: "invalid_openid",
    47003: "invalid_template_data",
    40130: "mass_needs_two_openids",
}
PENALTY_SECONDS = 0.02  # after a 45009 every worker holds back this long
UNCERTAIN_REASON = "in_flight_when_worker_died"
TIMEOUT_REASON = "timeout_unknown_outcome"


# KEYS[1]: ledger. ARGV: delivery id, "i:<attempt>:<token>". Marks the row in flight only if nobody has sent it
# or has it in flight (absent, or a retryable error); otherwise returns the state found.
_BEGIN = """
local state = redis.call('HGET', KEYS[1], ARGV[1])
if (not state) or string.sub(state, 1, 2) == 't:' then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return nil
end
return state
"""


# --- dispatch and audience snapshot ----------------------------------------------------------------------


async def start_sending(campaign_id: int, *, now: datetime) -> float | None:
    """scheduled -> sending when send_at has come. Returns seconds to wait if it is too early, else None."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.SCHEDULED:
        return None
    if campaign.send_at and campaign.send_at > now + timedelta(seconds=1):
        return (campaign.send_at - now).total_seconds()
    updated = await Campaign.filter(id=campaign_id, status=CampaignStatus.SCHEDULED).update(
        status=CampaignStatus.SENDING, started_at=now
    )
    if updated:
        await CampaignEvent.create(
            campaign_id=campaign_id, action="sending_started", from_status="scheduled", to_status="sending"
        )
    return None


async def snapshot_audience(res: Resources, campaign: Campaign, cfg: CampaignSettings, *, now: datetime) -> int:
    """Write one pending Delivery per recipient; safe to re-run after a crash (the unique pair ignores repeats)."""
    spec = AudienceSpec.model_validate(campaign.audience or {})
    query = Subscriber.filter(following=True)
    if spec.kind != "all":
        query = query.filter(audience=spec.kind)
    if spec.districts:
        query = query.filter(district__in=spec.districts)
    if spec.scenes:
        query = query.filter(scene__in=spec.scenes)
    if campaign.channel == Channel.CUSTOM:
        query = query.filter(last_interaction_at__gte=now - timedelta(hours=cfg.custom_window_hours))
    wanted_tags = set(spec.tags)
    last_id = 0
    while True:
        page = (
            await query.filter(id__gt=last_id)
            .order_by("id")
            .limit(SNAPSHOT_PAGE)
            .values("id", "openid", "unionid", "tags")
        )
        if not page:
            break
        last_id = page[-1]["id"]
        chosen = [row for row in page if not wanted_tags or wanted_tags.intersection(row["tags"] or [])]
        if campaign.channel == Channel.SUBSCRIBE:
            chosen = await _with_miniapp_openids(chosen)
        rows = [Delivery(campaign_id=campaign.id, subscriber_id=row["id"], openid=row["openid"]) for row in chosen]
        if rows:
            await Delivery.bulk_create(rows, ignore_conflicts=True)
        await heartbeat(res, campaign.id, f"snapshot-{campaign.id}", cfg)
    if await Campaign.filter(id=campaign.id, status=CampaignStatus.CANCELLED).exists():
        # cancelled while the snapshot ran: rows written after the cancel must not wait forever
        await Delivery.filter(campaign_id=campaign.id, status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.CANCELLED
        )
    total = await Delivery.filter(campaign_id=campaign.id).count()
    updated = await Campaign.filter(id=campaign.id, audience_frozen=False).update(
        audience_frozen=True, recipient_count=total
    )
    if updated:
        await CampaignEvent.create(campaign_id=campaign.id, action="audience_frozen", note=f"接收人 {total} 位")
    return total


async def _with_miniapp_openids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Subscribe messages go through the mini-program, which knows the person by another openid: followers are
    matched to mini-program users by unionid, and followers who never used the mini-program are left out."""
    unionids = [row["unionid"] for row in rows if row["unionid"]]
    if not unionids:
        return []
    users = await MiniappUser.filter(unionid__in=unionids).values("unionid", "openid")
    by_unionid = {user["unionid"]: user["openid"] for user in users}
    return [{**row, "openid": by_unionid[row["unionid"]]} for row in rows if row["unionid"] in by_unionid]


async def heartbeat(res: Resources, campaign_id: int, who: str, cfg: CampaignSettings) -> None:
    expires = int((time.time() + cfg.heartbeat_seconds) * 1000)
    await res.redis.zadd(scheduling.heartbeat_key(campaign_id), {who: expires})
    await res.redis.expire(scheduling.heartbeat_key(campaign_id), int(cfg.heartbeat_seconds * 4) + 60)


async def live_workers(res: Resources, campaign_id: int) -> int:
    key = scheduling.heartbeat_key(campaign_id)
    await res.redis.zremrangebyscore(key, "-inf", int(time.time() * 1000))
    return int(await res.redis.zcard(key))


async def forget_heartbeat(res: Resources, campaign_id: int, who: str) -> None:
    await res.redis.zrem(scheduling.heartbeat_key(campaign_id), who)


# --- claims -----------------------------------------------------------------------------------------------


@dataclass
class Claimed:
    id: int
    subscriber_id: int
    openid: str
    attempts: int
    quota_month: str | None


@dataclass
class Outcome:
    kind: str  # sent | failed | retry | uncertain | skipped
    code: int | None = None
    reason: str | None = None


async def claim_batch(
    campaign_id: int, *, token: str, now: datetime, lease_seconds: float, limit: int
) -> list[Claimed]:
    """Atomically take up to `limit` rows that are due: pending ones, and claimed ones whose lease ran out."""
    due = Delivery.filter(campaign_id=campaign_id).filter(
        _due_condition(now),
    )
    async with in_transaction():
        ids = await due.order_by("id").limit(limit).select_for_update(skip_locked=True).values_list("id", flat=True)
        if not ids:
            return []
        # The same condition again: on SQLite (no row locks) another process may have taken some meanwhile.
        await (
            Delivery.filter(id__in=list(ids))
            .filter(_due_condition(now))
            .update(
                status=DeliveryStatus.CLAIMED,
                claim_token=token,
                lease_until=now + timedelta(seconds=lease_seconds),
                attempts=F("attempts") + 1,
            )
        )
    rows = await Delivery.filter(id__in=list(ids), claim_token=token, status=DeliveryStatus.CLAIMED).values(
        "id", "subscriber_id", "openid", "attempts", "quota_month"
    )
    return [Claimed(**row) for row in sorted(rows, key=lambda r: r["id"])]


def _due_condition(now: datetime) -> Any:
    from tortoise.expressions import Q

    pending = Q(status=DeliveryStatus.PENDING) & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    abandoned = Q(status=DeliveryStatus.CLAIMED) & Q(lease_until__lt=now)
    return pending | abandoned


async def renew_lease(ids: Sequence[int], *, token: str, now: datetime, lease_seconds: float) -> None:
    if ids:
        await Delivery.filter(id__in=list(ids), claim_token=token, status=DeliveryStatus.CLAIMED).update(
            lease_until=now + timedelta(seconds=lease_seconds)
        )


async def record_outcomes(
    outcomes: dict[int, Outcome], attempts: dict[int, int], *, token: str, now: datetime, cfg: CampaignSettings
) -> None:
    """Write outcomes in a few bulk UPDATEs; only rows this sender still holds (its token) are touched."""
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for delivery_id, outcome in outcomes.items():
        if outcome.kind == "retry":
            groups[("retry", outcome.code, outcome.reason, attempts[delivery_id])].append(delivery_id)
        else:
            groups[(outcome.kind, outcome.code, outcome.reason, None)].append(delivery_id)
    for (kind, code, reason, tries), ids in groups.items():
        held = Delivery.filter(id__in=ids, claim_token=token, status=DeliveryStatus.CLAIMED)
        release: dict[str, Any] = {"claim_token": None, "lease_until": None}
        if kind == "sent":
            # WeChat took it: that fact wins even over a row another sender has meanwhile called uncertain.
            await Delivery.filter(
                id__in=ids, status__in=[DeliveryStatus.CLAIMED, DeliveryStatus.UNCERTAIN, DeliveryStatus.PENDING]
            ).update(status=DeliveryStatus.SENT, sent_at=now, error_code=None, error_reason=None, **release)
        elif kind == "retry":
            if code == 45009:
                delay = 0.0  # too fast, not broken: the shared bucket (already held back) paces the retry
            else:
                delay = min(cfg.retry_max_seconds, cfg.retry_base_seconds * 2 ** (tries - 1))
                delay *= random.uniform(0.8, 1.2)  # spread the herd
            await held.update(
                status=DeliveryStatus.PENDING,
                next_attempt_at=now + timedelta(seconds=delay),
                error_code=code,
                error_reason=reason,
                **release,
            )
        else:
            status = {
                "failed": DeliveryStatus.FAILED,
                "uncertain": DeliveryStatus.UNCERTAIN,
                "skipped": DeliveryStatus.SKIPPED,
                "cancelled": DeliveryStatus.CANCELLED,
            }[kind]
            await held.update(status=status, error_code=code, error_reason=reason, **release)


# --- the ledger --------------------------------------------------------------------------------------------


def outcome_from_ledger(state: str | None) -> Outcome | None:
    """What an earlier attempt left in the ledger; None means it may be sent (never tried, or a retryable error)."""
    if state is None or state.startswith("t:"):
        return None
    if state == "s":
        return Outcome("sent")
    if state.startswith("f:"):
        code = int(state[2:])
        return Outcome("failed", code, REASONS.get(code, f"errcode_{code}"))
    return Outcome("uncertain", None, UNCERTAIN_REASON)  # "i:<attempt>": in flight when its sender died


# --- sending --------------------------------------------------------------------------------------------------


def message_text(campaign: Campaign) -> str:
    lines = [f"【{campaign.title}】", campaign.summary]
    if campaign.theme:
        lines.append(f"主题：{campaign.theme}")
    if campaign.article_url:
        lines.append(f"详情：{campaign.article_url}")
    elif campaign.body:
        lines.append(campaign.body[:500])
    return "\n".join(lines)


def classify(exc: Exception, attempt: int, cfg: CampaignSettings) -> Outcome:
    if not isinstance(exc, WeChatError):
        return Outcome("uncertain", None, TIMEOUT_REASON)
    code = exc.errcode
    if code is None:  # no usable answer from WeChat
        if isinstance(exc, WeChatUnavailable) and not exc.maybe_delivered:
            return Outcome("retry" if attempt < cfg.max_attempts else "failed", None, "unavailable")
        return Outcome("uncertain", None, TIMEOUT_REASON)
    reason = REASONS.get(code, f"errcode_{code}")
    if exc.transient:
        return Outcome("retry" if attempt < cfg.max_attempts else "failed", code, reason)
    return Outcome("failed", code, reason)


class Sender:
    """One sender job's loop over claimed batches of one campaign."""

    def __init__(self, res: Resources, campaign: Campaign, cfg: CampaignSettings) -> None:
        self.res = res
        self.campaign = campaign
        self.cfg = cfg
        self.token = uuid.uuid4().hex
        self.who = f"{os.getpid()}:{self.token}"  # heartbeat member: which process holds which sender
        self.ledger = scheduling.ledger_key(campaign.id)
        per_recipient = campaign.channel != Channel.MASS
        rate = cfg.send_rate_per_second if per_recipient else cfg.mass_rate_per_second
        self.bucket = TokenBucket(
            res.redis,
            f"campaigns:rate:{'message' if per_recipient else 'mass'}",
            rate_per_second=rate,
            capacity=max(1.0, rate * cfg.burst_seconds),
        )
        self.text = message_text(campaign)
        self.held: set[int] = set()  # rows this sender has claimed and not yet recorded

    async def cancelled(self) -> bool:
        return bool(await self.res.redis.exists(scheduling.cancelled_key(self.campaign.id)))

    async def run(self, *, stop_at: float) -> str:
        """Claim and send until the campaign is done, cancelled, or this job's time slice is over."""
        cfg = self.cfg
        await heartbeat(self.res, self.campaign.id, self.who, cfg)
        keeper = asyncio.create_task(self._keep_alive())
        try:
            while time.monotonic() < stop_at:
                if await self.cancelled():
                    return "cancelled"
                status = await Campaign.filter(id=self.campaign.id).values_list("status", flat=True)
                if status != [CampaignStatus.SENDING]:
                    return f"campaign {status[0] if status else 'deleted'}"
                limit = cfg.mass_batch_size if self.campaign.channel == Channel.MASS else cfg.batch_size
                batch = await claim_batch(
                    self.campaign.id, token=self.token, now=clock.now(), lease_seconds=cfg.lease_seconds, limit=limit
                )
                if not batch:
                    if await finish_if_done(self.campaign.id, now=clock.now()):
                        return "finished"
                    await asyncio.sleep(cfg.idle_poll_seconds)
                    continue
                self.held.update(row.id for row in batch)
                try:
                    await self.process(batch)
                finally:
                    self.held.clear()
            return "slice_over"
        finally:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
            await forget_heartbeat(self.res, self.campaign.id, self.who)

    async def _keep_alive(self) -> None:
        """Heartbeat and lease renewal on their own clock: a slow batch (rate limit, retries, a slow database)
        must never let this sender's claims lapse while it is alive, or another sender would take them over."""
        period = min(self.cfg.lease_seconds, self.cfg.heartbeat_seconds) / 3
        while True:
            await asyncio.sleep(period)
            try:
                await heartbeat(self.res, self.campaign.id, self.who, self.cfg)
                await renew_lease(
                    list(self.held), token=self.token, now=clock.now(), lease_seconds=self.cfg.lease_seconds
                )
            except Exception:  # a failed renewal is retried next period; the lease has slack for that
                log.warning("campaign %s: lease renewal failed", self.campaign.id, exc_info=True)

    async def process(self, batch: list[Claimed]) -> None:
        """One claimed batch: finish what a dead sender started, record what the ledger already knows, send the
        rest (one mass call, or per recipient)."""
        attempts = {row.id: row.attempts for row in batch}
        states: list[str | None] = await self.res.redis.hmget(self.ledger, [str(row.id) for row in batch])
        resumed = await self._resume_started(batch, states, attempts)
        earlier = await self._record_known(batch, states, attempts)
        todo = [row for row in batch if row.id not in earlier and row.id not in resumed]
        if self.campaign.channel == Channel.MASS:
            await self.process_mass(todo, attempts)
        else:
            await self._send_each(todo, attempts)

    async def _resume_started(
        self, batch: list[Claimed], states: list[str | None], attempts: dict[int, int]
    ) -> set[int]:
        """Mass sends a dead sender had started ("m:<group>" in the ledger): finish them under the same
        clientmsgid. Returns the rows they covered."""
        groups: dict[str, list[Claimed]] = defaultdict(list)
        for row, state in zip(batch, states, strict=True):
            if state and state.startswith("m:"):
                groups[state[2:]].append(row)
        if groups:
            await self.resume_mass_groups(groups, attempts)
        return {row.id for rows in groups.values() for row in rows}

    async def _record_known(
        self, batch: list[Claimed], states: list[str | None], attempts: dict[int, int]
    ) -> dict[int, Outcome]:
        """Rows whose outcome the ledger already holds (sent, failed, in flight): recorded, never sent again."""
        earlier = {
            row.id: o
            for row, s in zip(batch, states, strict=True)
            if not (s and s.startswith("m:")) and (o := outcome_from_ledger(s))
        }
        if earlier:
            await record_outcomes(earlier, attempts, token=self.token, now=clock.now(), cfg=self.cfg)
        return earlier

    async def _send_each(self, todo: list[Claimed], attempts: dict[int, int]) -> None:
        """Per-recipient sends, `concurrency` at a time, recorded chunk by chunk; a cancel releases the rest."""
        chunk = self.cfg.concurrency * 4
        for start in range(0, len(todo), chunk):
            if await self.cancelled():
                await self.release(todo[start:], attempts)
                return
            part = todo[start : start + chunk]
            semaphore = asyncio.Semaphore(self.cfg.concurrency)
            results = await asyncio.gather(*(self.send_one(row, semaphore) for row in part))
            await record_outcomes(dict(results), attempts, token=self.token, now=clock.now(), cfg=self.cfg)
            self.held.difference_update(row.id for row in part)

    async def release(self, rows: list[Claimed], attempts: dict[int, int]) -> None:
        outcomes = {row.id: Outcome("cancelled") for row in rows}
        await record_outcomes(outcomes, attempts, token=self.token, now=clock.now(), cfg=self.cfg)

    async def send_one(self, row: Claimed, semaphore: asyncio.Semaphore) -> tuple[int, Outcome]:
        async with semaphore:
            await self.bucket.acquire()
            earlier = await self.res.redis.eval(_BEGIN, 1, self.ledger, str(row.id), f"i:{row.attempts}:{self.token}")
            if earlier is not None:  # another sender got to this row first: never send it twice
                return row.id, outcome_from_ledger(earlier) or Outcome("uncertain", None, UNCERTAIN_REASON)
            try:
                await self._deliver(row.openid)
            except Exception as exc:  # every failure becomes a recorded outcome, never a lost row
                if not isinstance(exc, WeChatError):
                    log.warning("campaign %s delivery %s: %r", self.campaign.id, row.id, exc)
                outcome = classify(exc, row.attempts, self.cfg)
                if outcome.code == 45009:
                    await self.bucket.penalise(PENALTY_SECONDS)
                await self._write_ledger([row.id], outcome)
                return row.id, outcome
            await self.res.redis.hset(self.ledger, str(row.id), "s")
            return row.id, Outcome("sent")

    async def _write_ledger(self, ids: list[int], outcome: Outcome) -> None:
        if outcome.kind == "uncertain":
            return  # stays "in flight": a later reclaim must not resend it
        state = "f:" if outcome.kind == "failed" else "t:"
        await self.res.redis.hset(self.ledger, mapping={str(i): f"{state}{outcome.code}" for i in ids})
        await self.res.redis.expire(self.ledger, scheduling.LEDGER_TTL_SECONDS)

    async def _deliver(self, openid: str) -> None:
        wechat = self.res.wechat
        if self.campaign.channel == Channel.SUBSCRIBE:
            await wechat.send_subscribe_message(
                openid=openid,
                template_id=self.campaign.template_id,
                data=self.campaign.template_data,
                page=None,
            )
        else:
            await wechat.send_custom_message(openid=openid, text=self.text)

    async def process_mass(self, rows: list[Claimed], attempts: dict[int, int]) -> None:
        """One mass-send call for the batch, after taking each follower's monthly quota."""
        if not rows:
            return
        allowed, over = await reserve_mass_quota(rows, now=clock.now(), limit=self.cfg.mass_monthly_limit)
        outcomes = {row.id: Outcome("skipped", None, "monthly_mass_limit") for row in over}
        if allowed and await self.cancelled():
            await release_mass_quota(allowed)
            await self.release(allowed, attempts)
            allowed = []
        if allowed:
            outcomes.update(await self.send_mass_group(uuid.uuid4().hex, allowed, attempts))
        await record_outcomes(outcomes, attempts, token=self.token, now=clock.now(), cfg=self.cfg)

    async def send_mass_group(self, group_id: str, rows: list[Claimed], attempts: dict[int, int]) -> dict[int, Outcome]:
        """One mass send under clientmsgid = group id. The group is written to Redis before the call, so a
        sender that finds its rows in flight repeats the very same call, and WeChat's clientmsgid check (24 h)
        turns a repeat of an accepted send into "already sent" instead of a second push."""
        ids = [row.id for row in rows]
        await self._mark_group(group_id, rows)
        article = await publicity_sending.approved_article(self.campaign.id)  # an 图文 campaign: by media_id
        if article is not None and not article.unchanged:  # edited after approval: never send the new version
            await release_mass_quota(rows)
            outcome = Outcome("failed", None, "content_changed_after_approval")
            await self._write_ledger(ids, outcome)
            return dict.fromkeys(ids, outcome)
        await self.bucket.acquire()
        try:
            msg_id, msg_data_id = await self._mass_call(group_id, rows, article)
        except Exception as exc:
            outcome = classify(exc, min(attempts.get(i, 1) for i in ids), self.cfg)
            if outcome.kind == "uncertain":
                return dict.fromkeys(ids, outcome)  # ledger keeps "m:": the next sender repeats the same call
            if outcome.kind in ("failed", "retry"):
                await release_mass_quota(rows)
            await self._write_ledger(ids, outcome)
            return dict.fromkeys(ids, outcome)
        await self.res.redis.hset(self.ledger, mapping={str(i): "s" for i in ids})
        await self._record_mass_send(msg_id, msg_data_id, recipients=len(rows))
        return dict.fromkeys(ids, Outcome("sent"))

    async def _mark_group(self, group_id: str, rows: list[Claimed]) -> None:
        """The group's members in Redis and its rows "m:<group>" in the ledger, before the call."""
        members = json.dumps([[row.id, row.openid] for row in rows])
        group_key = scheduling.mass_group_key(self.campaign.id, group_id)
        await self.res.redis.set(group_key, members, ex=scheduling.MASS_GROUP_TTL_SECONDS, nx=True)
        await self.res.redis.hset(self.ledger, mapping={str(row.id): f"m:{group_id}" for row in rows})
        await self.res.redis.expire(self.ledger, scheduling.LEDGER_TTL_SECONDS)

    async def _mass_call(
        self, group_id: str, rows: list[Claimed], article: publicity_sending.ApprovedArticle | None
    ) -> tuple[int, int | None]:
        """WeChat's mass send: the approved article by media_id, or the campaign's text → (msg_id, msg_data_id)."""
        openids = [row.openid for row in rows]
        if article is not None:
            return await self.res.wechat.mass_send_article(
                openids=openids, media_id=article.media_id, clientmsgid=group_id
            )
        return await self.res.wechat.mass_send(openids=openids, text=self.text, clientmsgid=group_id), None

    async def _record_mass_send(self, msg_id: int, msg_data_id: int | None, *, recipients: int) -> None:
        """The msg_id WeChat's MASSSENDJOBFINISH will name; the send itself stands even if this write fails."""
        try:
            await receipts.record_mass_send(
                campaign_id=self.campaign.id, msg_id=int(msg_id), recipients=recipients, now=clock.now()
            )
            await publicity_sending.record_send(
                campaign_id=self.campaign.id, msg_id=int(msg_id), msg_data_id=msg_data_id, recipients=recipients
            )
        except Exception:
            log.warning("msg_id %s of campaign %s not recorded", msg_id, self.campaign.id, exc_info=True)

    async def resume_mass_groups(self, groups: dict[str, list[Claimed]], attempts: dict[int, int]) -> None:
        outcomes: dict[int, Outcome] = {}
        for group_id, mine in groups.items():
            raw = await self.res.redis.get(scheduling.mass_group_key(self.campaign.id, group_id))
            if raw is None:  # the group record expired: nothing safe to repeat
                outcomes.update({row.id: Outcome("uncertain", None, UNCERTAIN_REASON) for row in mine})
                continue
            members = [
                Claimed(id=i, subscriber_id=0, openid=o, attempts=attempts.get(i, 1), quota_month=None)
                for i, o in json.loads(raw)
            ]
            result = await self.send_mass_group(group_id, members, attempts)
            outcomes.update({row.id: result[row.id] for row in mine})
        await record_outcomes(outcomes, attempts, token=self.token, now=clock.now(), cfg=self.cfg)


def month_of(moment: datetime) -> str:
    return moment.astimezone(clock.ZONE).strftime("%Y-%m")


async def reserve_mass_quota(rows: list[Claimed], *, now: datetime, limit: int) -> tuple[list[Claimed], list[Claimed]]:
    """Count this mass send against each follower's month; rows already holding a reservation keep it."""
    month = month_of(now)
    holding = [row for row in rows if row.quota_month == month]
    needing = [row for row in rows if row.quota_month != month]
    if not needing:
        return holding, []
    subscriber_ids = sorted({row.subscriber_id for row in needing})
    await MassSendQuota.bulk_create(
        [MassSendQuota(subscriber_id=s, month=month, used=0) for s in subscriber_ids], ignore_conflicts=True
    )
    async with in_transaction():
        quotas = (
            await MassSendQuota.filter(month=month, subscriber_id__in=subscriber_ids)
            .select_for_update()
            .values("subscriber_id", "used")
        )
        room = {q["subscriber_id"] for q in quotas if q["used"] < limit}
        granted = [row for row in needing if row.subscriber_id in room]
        if granted:
            await MassSendQuota.filter(month=month, subscriber_id__in=[r.subscriber_id for r in granted]).update(
                used=F("used") + 1
            )
            await Delivery.filter(id__in=[r.id for r in granted]).update(quota_month=month)
    for row in granted:
        row.quota_month = month
    return holding + granted, [row for row in needing if row.subscriber_id not in room]


async def release_mass_quota(rows: list[Claimed]) -> None:
    for month in {row.quota_month for row in rows if row.quota_month}:
        ids = [row.subscriber_id for row in rows if row.quota_month == month]
        await MassSendQuota.filter(month=month, subscriber_id__in=ids, used__gt=0).update(used=F("used") - 1)
        await Delivery.filter(id__in=[row.id for row in rows if row.quota_month == month]).update(quota_month=None)


# --- completion ---------------------------------------------------------------------------------------------


async def finish_if_done(campaign_id: int, *, now: datetime) -> bool:
    """sending -> sent / partially_failed once the snapshot is complete and no row is left to send."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.SENDING:
        return True
    if not campaign.audience_frozen:
        return False
    open_rows = await Delivery.filter(
        campaign_id=campaign_id, status__in=[DeliveryStatus.PENDING, DeliveryStatus.CLAIMED]
    ).count()
    if open_rows:
        return False
    bad = await Delivery.filter(
        campaign_id=campaign_id, status__in=[DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN]
    ).count()
    final = CampaignStatus.PARTIALLY_FAILED if bad else CampaignStatus.SENT
    updated = await Campaign.filter(id=campaign_id, status=CampaignStatus.SENDING).update(status=final, finished_at=now)
    if updated:
        sent = await Delivery.filter(campaign_id=campaign_id, status=DeliveryStatus.SENT).count()
        await CampaignEvent.create(
            campaign_id=campaign_id,
            action="finished",
            from_status="sending",
            to_status=final,
            note=f"已发送 {sent} 位，失败或不确定 {bad} 位",
        )
    return True


async def settle_cancelled(res: Resources, campaign_id: int, *, now: datetime) -> int:
    """After a cancel, rows a dead sender still held: the ledger tells what was sent; the rest never will be."""
    token = uuid.uuid4().hex
    batch = await claim_batch(campaign_id, token=token, now=now, lease_seconds=60, limit=10_000)
    if not batch:
        return 0
    states = await res.redis.hmget(scheduling.ledger_key(campaign_id), [str(row.id) for row in batch])
    outcomes = {
        row.id: outcome_from_ledger(state) or Outcome("cancelled") for row, state in zip(batch, states, strict=True)
    }
    attempts = {row.id: row.attempts for row in batch}
    await record_outcomes(outcomes, attempts, token=token, now=now, cfg=CampaignSettings())
    return len(batch)
