"""Catalogue corrections of issue #15: every changed row names its basis and label, EV chargers can be booked,
heat meters are verified once (JJG 225-2024), the missing trade-settlement rows exist."""

from __future__ import annotations

import json

import pytest

from appointments.catalogue import DATA_FILE, FIRST_ONLY_NO_LIFE_LABEL, CatalogueEntry
from appointments.present import entry_read


def entries() -> dict[str, CatalogueEntry]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {e["slug"]: CatalogueEntry.model_validate(e) for e in raw["entries"]}


@pytest.mark.parametrize(
    ("slug", "mode", "months", "place", "certainty"),
    [
        ("ev_charger", "periodic", 36, "site", "M"),  # compulsory since 2023-01-01 (V); period unverified
        ("heat_meter", "first_only", None, "lab", "V"),
        ("rail_scale", "periodic", 12, "site", "S"),
        ("dynamic_truck_scale", "periodic", 12, "site", "S"),
        ("flow_meter", "periodic", 24, "site", "S"),
        ("metering_tank", "periodic", 48, "site", "S"),
        ("fuel_dispenser", "periodic", 6, "site", "V"),
        ("water_meter_large", "none", None, "site", "S"),
    ],
)
def test_corrected_rows(slug: str, mode: str, months: int | None, place: str, certainty: str) -> None:
    entry = entries()[slug]
    assert (entry.mode, entry.period_months, entry.place, entry.certainty) == (mode, months, place, certainty)
    assert entry.basis  # every corrected row says where it comes from


def test_regulations_named() -> None:
    all_entries = entries()
    assert "JJG 225-2024" in all_entries["heat_meter"].regulation
    assert "JJG 997" in all_entries["gas_dispenser"].regulation
    assert "2023-01-01" in all_entries["ev_charger"].basis
    assert "DN15–DN50" in all_entries["water_meter_large"].basis
    assert "轨道衡" not in all_entries["truck_scale"].name  # its own item now


def test_first_verification_only_has_its_own_label() -> None:
    heat = entries()["heat_meter"]
    assert heat.verifiable and heat.due_after(__import__("datetime").date(2026, 1, 1)) is None
    assert entry_read(heat).mode_label == FIRST_ONLY_NO_LIFE_LABEL
    assert entry_read(entries()["gas_meter"]).mode_label == "首次检定·限期使用·到期轮换"
    assert entry_read(entries()["fuel_dispenser"]).mode_label == "周期检定"
