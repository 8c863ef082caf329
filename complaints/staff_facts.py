"""What staff record on a case after intake, per kind: the lens measured against the prescription (眼镜), the
meter test requested and its result (民用四表, 申请检定), the verification check of a charger or taximeter.
Kept in Complaint.staff_facts, each entry validated by its schema and logged as an event.

A fuel or gas pump is not checked by a note here: the case asks the appointments domain for a verification check
of that pump (`pump_of` gives what to check, `link_pump_check` keeps the check's id under "pump_check"); the
channel that connects the two reads the check's status and result from appointments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from complaints.kinds import Diopter, kind_label
from complaints.models import ActorKind, Complaint, ComplaintEvent, ComplaintStatus
from core.clock import now_local
from core.errors import InvalidInput, InvalidTransition
from core.fields import Day, Text
from core.models import StaffAccount


class StaffRecord(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class LensMeasurement(StaffRecord):
    measured_right_sphere: Diopter = Field(description="实测 右眼球镜度（D）")
    measured_left_sphere: Diopter = Field(description="实测 左眼球镜度（D）")
    conforms: bool = Field(description="是否符合验光处方及允差")
    note: Text(300) = ""


class MeterTest(StaffRecord):
    requested_on: Day = Field(description="申请检定日期")
    institute: Text(100, min_length=2) = Field(description="承担检定的法定计量检定机构")
    result: Literal["pending", "pass", "fail"] = Field("pending", description="检定结果")
    error_percent: Decimal | None = Field(None, ge=-100, le=100, max_digits=6, decimal_places=2)
    tested_on: Day | None = None
    note: Text(300) = ""


class VerificationCheck(StaffRecord):
    planned_on: Day = Field(description="计划核查（检定）日期")
    instrument: Text(100, min_length=2) = Field(description="被核查的计量器具，如 3号加油机2号枪")
    result: Literal["pending", "pass", "fail"] = "pending"
    note: Text(300) = ""


RECORDS: dict[str, tuple[str, type[StaffRecord], str]] = {
    "spectacles": ("lens_measurement", LensMeasurement, "记录镜片实测结果"),
    "utility_meter": ("meter_test", MeterTest, "记录申请检定及结果"),
    "taxi_meter": ("verification_check", VerificationCheck, "记录出租车计价器核查"),
    "ev_charger": ("verification_check", VerificationCheck, "记录充电桩核查"),
}


async def record(*, complaint: Complaint, staff: StaffAccount, raw: dict[str, Any]) -> Complaint:
    spec = RECORDS.get(complaint.kind)
    if spec is None:
        raise InvalidInput(f"“{kind_label(complaint.kind)}”类案件没有需要另行记录的核查信息", code="no_staff_record")
    key, schema, verb = spec
    try:
        entry = schema.model_validate(raw).model_dump(mode="json", exclude_none=True)
    except ValidationError as exc:
        wrong = "、".join(sorted({str(e["loc"][0]) for e in exc.errors() if e.get("loc")}))
        raise InvalidInput(f"核查记录不完整或有误：{wrong}", code="invalid_staff_record") from None
    if isinstance(entry.get("requested_on"), str) and date.fromisoformat(entry["requested_on"]) > now_local().date():
        raise InvalidInput("申请检定日期不能晚于今天", code="date_in_future")
    facts = {**(complaint.staff_facts or {}), key: entry}
    await Complaint.filter(id=complaint.id).update(staff_facts=facts, updated_at=now_local())
    await record_fact_event(complaint, key, staff, verb)
    return await Complaint.get(id=complaint.id)


PUMP_CHECK = "pump_check"
GAS_FUELS = {"cng", "lng", "lpg"}


@dataclass(frozen=True)
class Pump:
    type_slug: str  # the instrument catalogue's slug: fuel_dispenser (加油机) or gas_dispenser (加气机)
    station: str
    pump_number: str
    district: str


def pump_of(complaint: Complaint) -> Pump:
    """The pump a 加油机/加气机 case names, for a verification check; other kinds and closed cases have none."""
    if complaint.kind != "fuel_dispenser":
        label = kind_label(complaint.kind)
        raise InvalidInput(
            f"只有加油机/加气机投诉可以安排加油（加气）机检定核查，本案为“{label}”", code="not_a_pump_case"
        )
    if complaint.status in (ComplaintStatus.REFUSED, ComplaintStatus.WITHDRAWN):
        raise InvalidTransition("不予受理或已撤回的投诉不能安排核查", code="case_closed")
    facts = complaint.kind_facts or {}
    return Pump(
        type_slug="gas_dispenser" if facts.get("fuel") in GAS_FUELS else "fuel_dispenser",
        station=str(facts.get("station", "")),
        pump_number=str(facts.get("pump_number", "")),
        district=complaint.district,
    )


def pump_check_id(complaint: Complaint) -> int | None:
    entry = (complaint.staff_facts or {}).get(PUMP_CHECK)
    return int(entry["check_id"]) if isinstance(entry, dict) and "check_id" in entry else None


async def link_pump_check(*, complaint: Complaint, staff: StaffAccount, check_id: int, created: bool) -> Complaint:
    """Keep the check's id on the case; the timeline says so once, when the check was created."""
    if pump_check_id(complaint) != check_id:
        facts = {**(complaint.staff_facts or {}), PUMP_CHECK: {"check_id": check_id}}
        await Complaint.filter(id=complaint.id).update(staff_facts=facts, updated_at=now_local())
    if created:
        await record_fact_event(complaint, PUMP_CHECK, staff, "已安排对该加油（加气）机的检定核查")
    return await Complaint.get(id=complaint.id)


async def record_fact_event(complaint: Complaint, action: str, staff: StaffAccount, note: str) -> None:
    """The timeline entry of a fact staff recorded on the case (its status does not change)."""
    await ComplaintEvent.create(
        complaint_id=complaint.id,
        action=action,
        from_status=complaint.status.value,
        to_status=complaint.status.value,
        actor_kind=ActorKind.STAFF,
        actor_id=staff.id,
        actor_name=staff.display_name,
        note=note,
    )
