"""Models to API schemas where a relation or a computed field is involved."""

from __future__ import annotations

from appointments.catalogue import PLACE_LABELS, USE_AREA_LABELS, Catalogue, CatalogueEntry
from appointments.models import Booking, Slot
from appointments.schemas import BookingItemRead, BookingRead, CatalogueEntryRead, CatalogueRead, SlotRead


def entry_read(entry: CatalogueEntry) -> CatalogueEntryRead:
    return CatalogueEntryRead(
        **entry.model_dump(),
        use_area_labels=[USE_AREA_LABELS[a] for a in entry.use_areas],
        mode_label=entry.mode_label,
        place_label=PLACE_LABELS[entry.place],
    )


def catalogue_read(catalogue: Catalogue) -> CatalogueRead:
    return CatalogueRead(version=catalogue.version, entries=[entry_read(e) for e in catalogue.entries.values()])


def slot_read(slot: Slot) -> SlotRead:
    read = SlotRead.model_validate(slot)
    return read.model_copy(update={"available": max(slot.capacity - slot.booked, 0)})


def booking_read(booking: Booking) -> BookingRead:
    """`items` and `slot` must be prefetched."""
    items = sorted(booking.items, key=lambda i: i.instrument_id)
    data = {name: getattr(booking, name) for name in BookingRead.model_fields if name not in ("items", "slot")}
    return BookingRead(
        **data,
        items=[BookingItemRead.model_validate(i) for i in items],
        slot=slot_read(booking.slot),
    )
