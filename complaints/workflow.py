"""Staff workflow steps on a case, as one dispatcher: the console's forms and the admin API's endpoints both
name a step and hand over its validated body; which service call it becomes is decided here only."""

from __future__ import annotations

from enum import StrEnum

from arq.connections import ArqRedis
from pydantic import BaseModel

from complaints import service
from complaints.models import Complaint
from complaints.schemas import AssignBody, NoteBody, OutcomeBody, RefuseBody
from core import staff_wechat
from core.models import StaffAccount
from core.settings import Settings


class Step(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"
    MEDIATION = "mediation"
    OUTCOME = "outcome"
    ASSIGN = "assign"


BODIES: dict[Step, type[BaseModel]] = {
    Step.ACCEPT: NoteBody,
    Step.REFUSE: RefuseBody,
    Step.MEDIATION: NoteBody,
    Step.OUTCOME: OutcomeBody,
    Step.ASSIGN: AssignBody,
}
AUDIT_ACTIONS: dict[Step, str] = {step: f"complaint.{step.value}" for step in Step}
VERBS: dict[Step, str] = {
    Step.ACCEPT: "受理",
    Step.REFUSE: "不予受理",
    Step.MEDIATION: "开始调解",
    Step.OUTCOME: "记录结果",
    Step.ASSIGN: "转派",
}


async def perform(
    step: Step, body: BaseModel, *, complaint: Complaint, staff: StaffAccount, arq: ArqRedis, settings: Settings
) -> Complaint:
    """Apply `step` with its body (of type BODIES[step]) to the case; returns the updated case."""
    if not isinstance(body, BODIES[step]):
        raise TypeError(f"step {step} takes a {BODIES[step].__name__}, not a {type(body).__name__}")
    if isinstance(body, RefuseBody):
        return await service.refuse(
            complaint=complaint, staff=staff, reason=body.reason, note=body.note, arq=arq, settings=settings
        )
    if isinstance(body, OutcomeBody):
        return await service.record_outcome(
            complaint=complaint,
            staff=staff,
            result=body.result,
            refund_amount=body.refund_amount,
            compensation_amount=body.compensation_amount,
            termination_reason=body.termination_reason,
            substantiated=body.substantiated,
            note=body.note,
            arq=arq,
            settings=settings,
        )
    if isinstance(body, AssignBody):
        assigned = await service.assign(complaint=complaint, staff=staff, district=body.district, note=body.note)
        await staff_wechat.queue_handover_notice(
            arq, complaint_id=assigned.id, tracking_no=assigned.tracking_no, district=assigned.assigned_district
        )
        return assigned
    assert isinstance(body, NoteBody)
    start = service.accept if step is Step.ACCEPT else service.start_mediation
    return await start(complaint=complaint, staff=staff, note=body.note, arq=arq, settings=settings)
