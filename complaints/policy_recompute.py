"""Confirming a time-limit policy version, and recomputing the deadlines of the open cases it governs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from complaints.deadlines import add_days, policy_for, snapshot_limit
from complaints.models import OPEN_STATUSES, Complaint, ComplaintEvent, ComplaintStatus, DeadlinePolicy
from core import clock
from core.audit import AuditRecorder
from core.errors import Conflict, NotFound
from core.models import StaffAccount


async def _accepted_on(complaint: Complaint) -> date:
    """The day the case was accepted (its accept event), which the mediation limit counts from."""
    event = await ComplaintEvent.filter(complaint_id=complaint.id, action="accept").order_by("-id").first()
    moment = event.created_at if event is not None else complaint.updated_at
    return moment.astimezone(clock.ZONE).date()


async def recompute_open_cases(regulation: str) -> list[dict[str, Any]]:
    """Recompute accept/mediation deadlines of every open case of `regulation` from the policy now in effect
    for its date of receipt; returns what changed, one row per case whose deadline moved or policy changed."""
    changed: list[dict[str, Any]] = []
    cases = await Complaint.filter(regulation=regulation, status__in=list(OPEN_STATUSES)).order_by("id")
    for case in cases:
        policy = await policy_for(case.received_on)
        snapshot = policy.as_dict()
        accept_due, estimated = add_days(case.received_on, *snapshot_limit(snapshot, "accept"))
        values: dict[str, Any] = {"policy": snapshot, "accept_due_on": accept_due}
        due = accept_due
        if case.status != ComplaintStatus.PENDING:
            mediation_due, mediation_estimated = add_days(
                await _accepted_on(case), *snapshot_limit(snapshot, "mediation")
            )
            values["mediation_due_on"] = mediation_due
            estimated = estimated or mediation_estimated
            due = mediation_due
        values["due_on"] = due
        values["deadline_estimated"] = estimated
        if case.policy == snapshot and case.due_on == due:
            continue
        await Complaint.filter(id=case.id, status=case.status).update(**values)
        changed.append(
            {
                "complaint_id": case.id,
                "tracking_no": case.tracking_no,
                "status": case.status.value,
                "due_before": case.due_on.isoformat() if case.due_on else None,
                "due_after": due.isoformat(),
                "policy": policy.source,
            }
        )
    return changed


async def confirm_policy_version(*, policy_id: int, staff_id: int) -> tuple[DeadlinePolicy, list[dict[str, Any]]]:
    """Confirm a provisional version (admins): from now on it applies, and open cases are recomputed."""
    row = await DeadlinePolicy.get_or_none(id=policy_id)
    if row is None:
        raise NotFound("没有找到该时限版本", code="policy_not_found")
    updated = await DeadlinePolicy.filter(id=policy_id, confirmed_at__isnull=True).update(
        confirmed_at=datetime.now(UTC), confirmed_by=staff_id
    )
    if not updated:
        raise Conflict("该时限版本已经确认", code="policy_already_confirmed")
    return await DeadlinePolicy.get(id=policy_id), await recompute_open_cases(row.regulation)


async def recompute_after_policy(*, actor: StaffAccount, row: DeadlinePolicy, audit: AuditRecorder) -> list[dict]:
    """Recompute the open cases a newly confirmed version governs, with one audit entry listing them (written by
    `audit`, which the channel binds to its request)."""
    changed = await recompute_open_cases(row.regulation)
    await audit(
        "complaint.policy_recompute",
        actor=actor,
        target=f"policy:{row.id}",
        details={"regulation": row.regulation, "cases": changed, "count": len(changed)},
    )
    return changed
