"""The verification periods that are verified in docs/facts.md §3.2, and due dates to the day.

Only entries labelled V or S there are pinned here; the M (memory) entries await the SAMR PDF and local practice.
"""

from __future__ import annotations

from datetime import date

import pytest

from appointments.catalogue import add_months, load


@pytest.mark.parametrize(
    ("slug", "mode", "months"),
    [
        ("water_meter_dn25", "first_only", 72),  # JJG 162-2019: DN ≤ 25, ≤ 6 years, then replaced
        ("water_meter_dn50", "first_only", 48),  # 25 < DN ≤ 50: ≤ 4 years
        ("water_meter_large", "none", None),  # DN > 50: outside the catalogue's DN15-DN50 (S)
        ("heat_meter", "first_only", None),  # household: verified once before installation (V), JJG 225-2024
        ("gas_meter", "first_only", 120),  # natural gas, JJG 577-2012 / JJG 1190-2022: ≤ 10 years
        ("price_computing_scale", "periodic", 12),  # JJG 539-2016: ≤ 1 year (S)
        ("fuel_dispenser", "periodic", 6),  # JJG 443-2023: 6 months (facts §9)
        ("load_cell", "none", None),  # pattern approval only
    ],
)
async def test_verified_periods(client, slug: str, mode: str, months: int | None) -> None:
    del client  # the ORM must be up: staff overrides are read from the database
    entry = (await load()).get(slug)
    assert (entry.mode, entry.period_months) == (mode, months)


@pytest.mark.parametrize(
    ("verified", "months", "due"),
    [
        (date(2026, 1, 31), 12, date(2027, 1, 31)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),  # no 31st in February: its last day
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # 2028 is a leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 11, 30), 72, date(2032, 11, 30)),
    ],
)
def test_due_dates_by_calendar_month(verified: date, months: int, due: date) -> None:
    assert add_months(verified, months) == due
