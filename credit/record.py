"""The credit record of a business or market and its level, computed by the versioned rule in
data/credit_rule.json (every contribution listed, so staff see why the level is what it is)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from appointments import credit_feed as appointments_feed
from complaints import credit_feed as complaints_feed
from credit.models import AwardApplication, AwardStatus, Business, Commitment, Inspection, InspectionStatus, Sector
from credit.policy import credit_rule


@dataclass(frozen=True)
class Event:
    on: date
    kind: str  # commitment | commitment_revoked | award | award_revoked | inspection | complaint | overdue
    label: str
    detail: str
    counts: str | None  # the rule's points key this event counts under, None when it does not count


@dataclass
class CreditRecord:
    business_id: int
    rule_version: str
    score: int
    level: str
    level_label: str
    events: list[Event] = field(default_factory=list)
    contributions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "business_id": self.business_id,
            "rule_version": self.rule_version,
            "score": self.score,
            "level": self.level,
            "level_label": self.level_label,
            "contributions": self.contributions,
            "events": [e.__dict__ | {"on": e.on.isoformat()} for e in self.events],
        }


async def _events(business: Business, *, on: date, window_start: date) -> list[Event]:
    events: list[Event] = []
    for c in await Commitment.filter(business_id=business.id).order_by("committed_at"):
        active = c.status == "active"
        events.append(
            Event(
                c.committed_at.date(),
                "commitment",
                "作出诚信计量承诺",
                f"承诺书版本 {c.text_version}",
                "active_commitment" if active else None,
            )
        )
        if c.revoked_at is not None:
            events.append(Event(c.revoked_at.date(), "commitment_revoked", "承诺被撤销", c.revoke_reason or "", None))
    for a in await AwardApplication.filter(business_id=business.id, awarded_on__isnull=False).order_by("awarded_on"):
        active = a.status == AwardStatus.AWARDED and (a.valid_until is None or a.valid_until >= on)
        assert a.awarded_on is not None
        events.append(
            Event(
                a.awarded_on,
                "award",
                "授予诚信计量示范单位",
                f"有效期至 {a.valid_until}",
                "active_award" if active else None,
            )
        )
        if a.revoked_on is not None:
            events.append(Event(a.revoked_on, "award_revoked", "示范单位称号被撤销", a.decision_note, None))
    for i in await Inspection.filter(business_id=business.id, status=InspectionStatus.DONE).order_by("inspected_on"):
        assert i.inspected_on is not None
        in_window = i.inspected_on >= window_start
        key = ("inspection_passed" if i.passed else "inspection_failed") if in_window else None
        label = "监督检查合格" if i.passed else "监督检查不合格"
        events.append(Event(i.inspected_on, "inspection", label, i.findings[:200], key))
    if business.sector == Sector.MARKET:
        upheld = (
            await complaints_feed.upheld_complaints(name=None, district=None, market_id=business.market_id)
            if business.market_id is not None
            else []
        )
    else:
        upheld = await complaints_feed.upheld_complaints(
            name=business.name, district=business.district, market_id=business.market_id
        )
    for u in upheld:
        key = "upheld_complaint" if u.received_on >= window_start else None
        events.append(Event(u.received_on, "complaint", "投诉查实", f"{u.tracking_no} {u.merchant_name}", key))
    if business.enterprise_id is not None:
        for o in await appointments_feed.overdue_instruments(enterprise_id=business.enterprise_id, on=on):
            events.append(
                Event(
                    o.due_on or on, "overdue", "计量器具逾期未检", f"{o.type_slug} {o.serial_no}", "overdue_instrument"
                )
            )
    events.sort(key=lambda e: (e.on, e.kind))
    return events


def score_events(events: list[Event], rule: dict[str, Any]) -> tuple[int, list[dict[str, Any]]]:
    """Points per rule key: count × each, capped at `max` (a bound in the direction of the points)."""
    score = int(rule["base_score"])
    contributions = []
    for key, spec in rule["points"].items():
        n = sum(1 for e in events if e.counts == key)
        if n == 0:
            continue
        points = n * int(spec["each"])
        if "max" in spec:
            cap = int(spec["max"])
            points = min(points, cap) if cap >= 0 else max(points, cap)
        score += points
        contributions.append({"key": key, "label": spec["label"], "count": n, "points": points})
    return score, contributions


def level_for(score: int, rule: dict[str, Any]) -> tuple[str, str]:
    for level in rule["levels"]:
        if level["min_score"] is None or score >= level["min_score"]:
            return level["code"], level["label"]
    raise ValueError("the credit rule has no catch-all level")


async def credit_record(business: Business, *, on: date) -> CreditRecord:
    rule = credit_rule()
    window_start = on - timedelta(days=int(rule["window_days"]))
    events = await _events(business, on=on, window_start=window_start)
    score, contributions = score_events(events, rule)
    level, label = level_for(score, rule)
    return CreditRecord(
        business_id=business.id,
        rule_version=rule["version"],
        score=score,
        level=level,
        level_label=label,
        events=events,
        contributions=contributions,
    )


LEVEL_ORDER = ["A", "B", "C", "D"]


def at_least(level: str, minimum: str) -> bool:
    return LEVEL_ORDER.index(level) <= LEVEL_ORDER.index(minimum)
