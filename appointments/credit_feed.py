"""What the 诚信计量 domain (credit/) may read from appointments: small named functions returning plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from appointments.models import (
    BookingItem,
    Enterprise,
    EnterpriseMember,
    EnterpriseStatus,
    Instrument,
    InstrumentStatus,
    MemberStatus,
    Site,
)
from appointments.service import enterprise_for_member


@dataclass(frozen=True)
class EnterpriseCard:
    id: int
    name: str
    uscc: str
    district: str
    address: str


@dataclass(frozen=True)
class OverdueInstrument:
    instrument_id: int
    type_slug: str
    serial_no: str
    due_on: date | None


@dataclass(frozen=True)
class VerificationResult:
    item_id: int
    enterprise_name: str
    type_slug: str
    model: str
    serial_no: str
    passed: bool
    certificate_no: str | None
    verified_on: date
    next_due_on: date | None
    instrument_status: str


@dataclass(frozen=True)
class SiteCard:
    id: int
    name: str
    kind: str
    district: str
    address: str
    phone: str
    instrument_types: list[str]


def _card(enterprise: Enterprise) -> EnterpriseCard:
    return EnterpriseCard(
        id=enterprise.id,
        name=enterprise.name,
        uscc=enterprise.uscc,
        district=enterprise.district,
        address=enterprise.address,
    )


async def member_enterprise(*, enterprise_id: int, user_id: int) -> EnterpriseCard:
    """The approved enterprise this citizen is an active member of (404/403 otherwise)."""
    return _card(await enterprise_for_member(enterprise_id=enterprise_id, user_id=user_id))


async def enterprises_of_member(*, user_id: int) -> list[int]:
    """Ids of the approved enterprises this citizen is an active member of."""
    rows = await EnterpriseMember.filter(
        user_id=user_id, status=MemberStatus.ACTIVE, enterprise__status=EnterpriseStatus.APPROVED
    ).values_list("enterprise_id", flat=True)
    return cast(list[int], list(rows))  # Tortoise types `flat=True` rows as tuples; they are the ids


async def enterprise_card(enterprise_id: int) -> EnterpriseCard | None:
    enterprise = await Enterprise.get_or_none(id=enterprise_id)
    return _card(enterprise) if enterprise else None


async def overdue_instruments(*, enterprise_id: int, on: date) -> list[OverdueInstrument]:
    """Instruments in use whose verification or replacement date lies before `on`: verification compliance."""
    rows = await Instrument.filter(
        enterprise_id=enterprise_id, status=InstrumentStatus.IN_USE, next_due_on__lt=on
    ).order_by("id")
    return [
        OverdueInstrument(instrument_id=i.id, type_slug=i.type_slug, serial_no=i.serial_no, due_on=i.next_due_on)
        for i in rows
    ]


async def verification_result(item_id: int) -> VerificationResult | None:
    """A recorded verification result (one instrument of a booking), as printed on the certificate."""
    item = await BookingItem.get_or_none(id=item_id, passed__isnull=False).prefetch_related(
        "instrument", "instrument__enterprise"
    )
    if item is None or item.verified_on is None:
        return None
    instrument = item.instrument
    return VerificationResult(
        item_id=item.id,
        enterprise_name=instrument.enterprise.name,
        type_slug=instrument.type_slug,
        model=instrument.model,
        serial_no=instrument.serial_no,
        passed=bool(item.passed),
        certificate_no=item.certificate_no,
        verified_on=item.verified_on,
        next_due_on=instrument.next_due_on if item.passed else None,
        instrument_status=str(instrument.status),
    )


async def result_items_of_enterprise(*, enterprise_id: int) -> list[int]:
    """Ids of the recorded results of an enterprise's instruments, newest first."""
    rows = (
        await BookingItem.filter(instrument__enterprise_id=enterprise_id, passed__isnull=False)
        .order_by("-verified_on", "-id")
        .values_list("id", flat=True)
    )
    return cast(list[int], list(rows))  # Tortoise types `flat=True` rows as tuples; they are the ids


async def active_sites() -> list[SiteCard]:
    return [
        SiteCard(
            id=s.id,
            name=s.name,
            kind=str(s.kind),
            district=s.district,
            address=s.address,
            phone=s.phone,
            instrument_types=list(s.instrument_types),
        )
        for s in await Site.filter(active=True).order_by("district", "name")
    ]
