"""A 定量包装商品 case: staff record a batch check of the goods' batch per the JJF 1070 sampling plan (batch size N,
sample n, sample mean and s, units short by more than T and by more than 2T) and the batch verdict
(`assess_prepackaged.assess_batch`). Kept in Complaint.staff_facts["batch_check"]; a later re-check replaces it and
each recorded check stays in the timeline. The plan is labelled U, so the verdict is for staff: the citizen's
timeline says only that a batch check was made (`schemas.CITIZEN_NOTES`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from complaints.assess_prepackaged import assess_batch, units
from complaints.kinds import kind_label
from complaints.models import OPEN_STATUSES, Complaint
from complaints.staff_facts import record_fact_event
from core.clock import now_local
from core.errors import InvalidInput, InvalidTransition
from core.fields import Text
from core.models import StaffAccount

BATCH_CHECK = "batch_check"

MAX_BATCH = 10_000_000
MAX_SAMPLE = 10_000

BATCH_VERDICTS = {"within": "批量合格", "exceeds": "批量不合格", "manual": "需人工认定"}


class BatchCheckBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    batch_size: int = Field(ge=1, le=MAX_BATCH, description="批量 N（该批次商品的件数）")
    sample_size: int = Field(ge=1, le=MAX_SAMPLE, description="样本量 n（抽取检验的件数；N≤10 时为全部）")
    mean: Decimal = Field(
        description="样本平均实际含量", gt=0, le=1_000_000, max_digits=13, decimal_places=6, allow_inf_nan=False
    )
    unit: Literal["g", "kg", "mL", "L"] | None = Field(None, description="平均实际含量的计量单位（默认与标注一致）")
    std_dev: Decimal | None = Field(
        None,
        description="样本标准偏差 s（可不填）",
        ge=0,
        le=1_000_000,
        max_digits=13,
        decimal_places=6,
        allow_inf_nan=False,
    )
    t1_count: int = Field(ge=0, le=MAX_SAMPLE, description="短缺量大于T、不大于2T的件数")
    t2_count: int = Field(ge=0, le=MAX_SAMPLE, description="短缺量大于2T的件数")
    note: Text(300) = ""


def check_of(complaint: Complaint) -> dict[str, Any] | None:
    """The case's current batch check (input, verdict, who and when), or None."""
    entry = (complaint.staff_facts or {}).get(BATCH_CHECK)
    return entry if isinstance(entry, dict) else None


def _nominal_in(complaint: Complaint, unit: str) -> Decimal:
    """The case's labelled quantity expressed in `unit` (g and kg, mL and L convert; mass and volume do not)."""
    facts = complaint.kind_facts or {}
    labelled, labelled_unit = Decimal(str(facts.get("labelled_quantity", "0"))), str(facts.get("unit", "g"))
    table = units()
    source, target = table.get(labelled_unit), table[unit]
    if source is None or source["label"] != target["label"]:
        raise InvalidInput(
            f"平均实际含量的计量单位应与标注净含量一致（均为{'质量' if labelled_unit in ('g', 'kg') else '体积'}单位）",
            code="unit_mismatch",
        )
    return labelled * Decimal(source["scale"]) / Decimal(target["scale"])


def _checkable(complaint: Complaint) -> None:
    if complaint.kind != "prepackaged":
        label = kind_label(complaint.kind)
        raise InvalidInput(f"只有定量包装商品投诉可以记录批量抽样检验，本案为“{label}”", code="not_prepackaged")
    if complaint.status not in OPEN_STATUSES:
        raise InvalidTransition("已办结、不予受理或已撤回的投诉不能记录抽样检验", code="case_closed")


async def record(*, complaint: Complaint, staff: StaffAccount, body: BatchCheckBody) -> tuple[Complaint, bool]:
    """Record (or replace) the case's batch check; the same check sent again (a double click) changes nothing.
    Returns the case and whether a check was recorded."""
    _checkable(complaint)
    if body.sample_size > body.batch_size:
        raise InvalidInput("样本量不能大于批量", code="sample_above_batch")
    if body.t1_count + body.t2_count > body.sample_size:
        raise InvalidInput("短缺件数合计不能超过样本量", code="counts_above_sample")
    unit = body.unit or str((complaint.kind_facts or {}).get("unit", "g"))
    entered = body.model_dump(mode="json") | {"unit": unit}
    nominal = _nominal_in(complaint, unit)
    async with in_transaction():
        # The row lock orders a double click on PostgreSQL (SQLite runs one transaction at a time): the second
        # request sees the first one's check and, the same, changes nothing.
        current = await Complaint.select_for_update().get(id=complaint.id)
        _checkable(current)
        previous = check_of(current)
        if previous is not None and previous.get("input") == entered:
            return current, False
        result = assess_batch(
            nominal=nominal,
            unit=unit,
            batch_size=body.batch_size,
            sample_size=body.sample_size,
            mean=body.mean,
            t1_count=body.t1_count,
            t2_count=body.t2_count,
            std_dev=body.std_dev,
        )
        at = now_local()
        entry = {
            "input": entered,
            "assessment": result.as_dict(),
            "recorded_by_name": staff.display_name,
            "recorded_at": at.isoformat(),
        }
        facts = {**(current.staff_facts or {}), BATCH_CHECK: entry}
        await Complaint.filter(id=complaint.id).update(staff_facts=facts, updated_at=at)
        again = "重新记录" if previous is not None else "记录"
        verdict = BATCH_VERDICTS[result.verdict] + ("" if result.certainty == "V" else "（抽样方案待核实）")
        note = f"{again}批量抽样检验：批量{body.batch_size}件，样本{body.sample_size}件，{verdict}"
        await record_fact_event(current, BATCH_CHECK, staff, note)
    return await Complaint.get(id=complaint.id), True
