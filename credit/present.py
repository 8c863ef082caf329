"""Plain-dict views of the domain's rows for the staff channels (admin API and console)."""

from __future__ import annotations

from typing import Any

from credit.models import AWARD_LABELS, SECTOR_LABELS, AwardApplication, Business, Commitment, Inspection, Objection


def business_row(b: Business) -> dict[str, Any]:
    return {
        "id": b.id,
        "name": b.name,
        "sector": b.sector.value,
        "sector_label": SECTOR_LABELS[b.sector],
        "district": b.district,
        "address": b.address,
        "enterprise_id": b.enterprise_id,
        "market_id": b.market_id,
        "opening_hours": b.opening_hours,
    }


def commitment_row(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "text_version": c.text_version,
        "signer_name": c.signer_name,
        "status": c.status.value,
        "committed_at": c.committed_at.isoformat(),
        "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
        "revoke_reason": c.revoke_reason,
    }


def application_row(a: AwardApplication) -> dict[str, Any]:
    return {
        "id": a.id,
        "business_id": a.business_id,
        "status": a.status.value,
        "status_label": AWARD_LABELS[a.status],
        "statement": a.statement,
        "evidence": a.evidence,
        "policy_version": a.policy_version,
        "first_reviewer": a.first_reviewer,
        "second_reviewer": a.second_reviewer,
        "publicity_starts_on": a.publicity_starts_on.isoformat() if a.publicity_starts_on else None,
        "publicity_ends_on": a.publicity_ends_on.isoformat() if a.publicity_ends_on else None,
        "awarded_on": a.awarded_on.isoformat() if a.awarded_on else None,
        "valid_until": a.valid_until.isoformat() if a.valid_until else None,
        "revoked_on": a.revoked_on.isoformat() if a.revoked_on else None,
        "decision_note": a.decision_note,
    }


def objection_row(o: Objection) -> dict[str, Any]:
    return {"id": o.id, "text": o.text, "upheld": o.upheld, "created_at": o.created_at.isoformat()}


def inspection_row(i: Inspection) -> dict[str, Any]:
    return {
        "id": i.id,
        "campaign_id": i.campaign_id,
        "business_id": i.business_id,
        "business_name": i.business.name,
        "inspector_ids": i.inspector_ids,
        "status": i.status.value,
        "answers": i.answers,
        "findings": i.findings,
        "passed": i.passed,
        "follow_up": i.follow_up,
        "inspected_on": i.inspected_on.isoformat() if i.inspected_on else None,
    }
