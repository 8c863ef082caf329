"""A 加油机/加气机 complaint asks for a verification check of that pump: the one module of complaints that calls the
appointments domain, and only its named service module (`appointments.verification_checks`, allowed in
.importlinter). The case keeps the check's id (staff_facts "pump_check"); the check, its status and result live in
appointments, where a verification officer records the result.
"""

from __future__ import annotations

from datetime import date

from appointments import verification_checks
from appointments.verification_checks import CheckCard
from complaints import staff_facts
from complaints.models import Complaint
from complaints.schemas import PumpCheckProgress
from core import clock
from core.models import StaffAccount

CHECK_SOURCE = "complaint"  # appointments' checks asked for by a complaint carry its tracking number as source_ref


async def request(*, complaint: Complaint, staff: StaffAccount, planned_on: date | None) -> Complaint:
    """Ask for the check of the case's pump; asking again (a double click) returns the case with the same check."""
    pump = staff_facts.pump_of(complaint)
    card, created = await verification_checks.request_check(
        source=CHECK_SOURCE,
        source_ref=complaint.tracking_no,
        type_slug=pump.type_slug,
        place=pump.station,
        unit_no=pump.pump_number,
        district=pump.district,
        planned_on=planned_on,
        staff_id=staff.id,
        staff_name=staff.display_name,
    )
    return await staff_facts.link_pump_check(complaint=complaint, staff=staff, check_id=card.id, created=created)


async def check_of(complaint: Complaint) -> CheckCard | None:
    """The case's pump check with its status and result, or None when none was asked for."""
    if staff_facts.pump_check_id(complaint) is None:
        return None
    return await verification_checks.check_for(source=CHECK_SOURCE, source_ref=complaint.tracking_no)


async def progress_of(complaint: Complaint) -> PumpCheckProgress | None:
    """The citizen's view of the check: its status, the planned day and whether the pump passed."""
    card = await check_of(complaint)
    if card is None:
        return None
    return PumpCheckProgress(
        status_label=card.status_label,
        planned_on=card.planned_on,
        result_label=None if card.passed is None else ("合格" if card.passed else "不合格"),
        recorded_on=clock.local(card.recorded_at).date() if card.recorded_at else None,
    )
