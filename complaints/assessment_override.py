"""Staff choose the other table column (category vs unit price) for a case, with a recorded reason."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from complaints.assessment import assess
from complaints.fair_scales import reference_scales
from complaints.models import ActorKind, Complaint, ComplaintEvent
from core.errors import InvalidInput
from core.models import StaffAccount

PAYMENT_NOTE = "按单价和结算重量应付"  # the filing's payment check, kept across a re-assessment
PRICE_PER_KG_FACTOR = {"kg": Decimal(1), "jin": Decimal(2), "g": Decimal(1000)}


async def override_column(*, complaint: Complaint, staff: StaffAccount, tier: str, reason: str) -> Complaint:
    """Re-assess the case with `tier` (one of the columns in play) and record who chose it and why."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("请写明改按该档认定的理由", code="override_reason_required")
    columns = [c["tier"] for c in complaint.assessment.get("columns", [])]
    if len(columns) < 2 or tier not in columns:
        raise InvalidInput(
            "只有商品类别和单价对应的档次不一致时，才能改按其中另一档认定", code="invalid_column_override"
        )
    await complaint.fetch_related("market")
    result = assess(
        category=complaint.category,
        charged_g=Decimal(complaint.charged_weight_g),
        found_g=Decimal(complaint.found_weight_g),
        method=complaint.reweigh_method,
        unit_price_per_kg=Decimal(complaint.unit_price) * PRICE_PER_KG_FACTOR[complaint.price_unit],
        fair_scales=await reference_scales(complaint.market, on=complaint.received_on),
        column_override=tier,
    )
    data = result.as_dict()
    data["notes"] = [
        *data["notes"],
        *[note for note in complaint.assessment.get("notes", []) if note.startswith(PAYMENT_NOTE)],
    ]
    data["override"] = {
        "tier": tier,
        "reason": reason,
        "staff_id": staff.id,
        "staff_name": staff.display_name,
        "at": datetime.now(UTC).isoformat(),
        "previous_tier": complaint.assessment.get("tier"),
        "previous_verdict": complaint.assessment_verdict,
    }
    await Complaint.filter(id=complaint.id).update(assessment=data, assessment_verdict=result.verdict)
    await ComplaintEvent.create(
        complaint_id=complaint.id,
        action="column_override",
        from_status=complaint.status.value,
        to_status=complaint.status.value,
        actor_kind=ActorKind.STAFF,
        actor_id=staff.id,
        actor_name=staff.display_name,
        note=f"改按“{next(c['label'] for c in result.columns if c['tier'] == tier)}”档认定：{reason}",
    )
    return await Complaint.get(id=complaint.id)
