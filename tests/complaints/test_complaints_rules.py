"""The legal tables and time rules as data: tolerances (附表1/2), 允许短缺量 T, regulations, working days."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from complaints.assessment import allowed_shortage, assess, prepackaged_table, retail_table
from complaints.deadlines import add_working_days, policy_data, policy_for, regulation_for


def verdict(category: str, charged: str, found: str, method: str = "original_scale", price: str | None = None):
    return assess(
        category=category,
        charged_g=D(charged),
        found_g=D(found),
        method=method,
        unit_price_per_kg=D(price) if price else None,
    )


def test_tables_carry_version_source_and_dates():
    for table in (retail_table(), prepackaged_table(), policy_data()):
        assert table["version"] and table["source"]
    assert retail_table()["effective_from"] == "2004-12-01"
    assert prepackaged_table()["effective_from"] == "2023-06-01"


@pytest.mark.parametrize(
    ("category", "charged", "price", "tolerance"),
    [
        ("grain_veg_fruit", "1000", "5", "20"),  # ≤ 1 kg
        ("grain_veg_fruit", "1000.01", "5", "40"),  # bands are (lower, upper]
        ("grain_veg_fruit", "25000", "2", "100"),
        ("meat_egg_aquatic", "2500", "20", "5"),
        ("meat_egg_aquatic", "12000", "20", "15"),
        ("dried_delicacy", "800", "60", "2"),
        ("gold", "10", None, "0.01"),
        ("silver", "100", None, "0.1"),
        ("other_food", "400", "150", "1"),  # priced > 100 元/kg
    ],
)
def test_table_values(category, charged, price, tolerance):
    result = verdict(category, charged, str(D(charged) - D("0.01")), price=price)
    assert result.table_tolerance_g == D(tolerance)
    assert result.verdict == "within"


def test_the_stricter_of_category_and_price_tier_applies():
    # Fruit is in the 20 g tier by category, but at 120 元/kg the price tier allows 2 g (≤ 2 kg).
    result = verdict("grain_veg_fruit", "1500", "1490", price="120")
    assert result.table_tolerance_g == D(2)
    assert result.tier == "premium_gt100"
    assert result.verdict == "exceeds"
    assert "较严格" in result.notes[0]


def test_equal_accuracy_reweighing_allows_twice_the_deviation():
    assert verdict("meat_egg_aquatic", "2000", "1992", "original_scale", "20").verdict == "exceeds"
    doubled = verdict("meat_egg_aquatic", "2000", "1992", "other_scale", "20")
    assert doubled.verdict == "within" and doubled.tolerance_g == D(10) and doubled.factor == 2
    assert "2倍" in doubled.summary


def test_outside_the_table_and_live_goods_need_a_person():
    assert verdict("grain_veg_fruit", "30000", "29000", price="3").verdict == "manual"  # > 25 kg: no value
    assert verdict("meat_egg_aquatic", "16000", "15900", price="20").verdict == "manual"
    live = verdict("live_or_soaked", "2000", "1500")
    assert live.verdict == "manual" and "人工认定" in live.summary
    assert verdict("other", "1000", "900").verdict == "manual"
    assert verdict("gold", "150", "149").verdict == "manual"  # 附表2 covers pieces ≤ 100 g
    assert verdict("other_food", "1000", "990").verdict == "manual"  # no price: no tier


def test_no_shortfall_is_a_verdict_not_an_error():
    result = verdict("grain_veg_fruit", "1000", "1005")
    assert result.verdict == "no_shortfall" and result.shortfall_g == D(-5)


@pytest.mark.parametrize(
    ("nominal", "expected"),
    [
        ("50", "4.5"),  # 9 %
        ("100", "4.5"),
        ("150", "6.8"),  # 4.5 % = 6.75, rounded to 0.1 g
        ("250", "9"),
        ("400", "12.0"),
        ("1000", "15"),
        ("2000", "30"),  # 1.5 %, rounded to 1 g above 1 kg
        ("12000", "150"),
        ("20000", "200"),
    ],
)
def test_prepackaged_allowed_shortage(nominal, expected):
    assert allowed_shortage(D(nominal)) == D(expected)


def test_prepackaged_other_kinds_and_limits():
    assert allowed_shortage(D(60), kind="count") == D(1)  # 0.6 rounded up
    assert allowed_shortage(D(40), kind="count") == D(0)
    assert allowed_shortage(D(4), kind="length") == D(0)
    assert allowed_shortage(D(60000)) is None
    result = verdict("prepackaged", "500", "480")
    assert result.basis == "prepackaged" and result.tolerance_g == D(15) and result.verdict == "exceeds"
    assert "允许短缺量" in result.summary


def test_regulation_by_date_received():
    assert regulation_for(date(2026, 4, 14))["code"] == "samr-20"
    assert regulation_for(date(2026, 4, 15))["code"] == "samr-121"
    assert regulation_for(date(2025, 1, 1))["code"] == "samr-20"


def test_working_days_skip_holidays_and_count_make_up_days():
    # 2026-09-30 (Wed) + 7 working days: 10-01..10-07 are the National Day holiday; 10-10 (Sat) is a make-up day.
    due, estimated = add_working_days(date(2026, 9, 30), 7)
    assert not estimated
    assert due == date(2026, 10, 15)  # 10-08, 10-09, 10-10 (Sat, make-up), 10-12 .. 10-15
    # Plain weeks: Mon + 5 working days is the next Monday.
    assert add_working_days(date(2026, 11, 2), 5) == (date(2026, 11, 9), False)


def test_years_the_holiday_calendar_does_not_know_fall_back_to_weekends_and_flag_it():
    due, estimated = add_working_days(date(2026, 12, 28), 7)  # crosses into 2027
    assert estimated is True
    assert due.year == 2027 and due.weekday() < 5
    due, estimated = add_working_days(date(2031, 3, 3), 45)
    assert estimated is True and due.weekday() < 5


async def test_policy_defaults_from_file_then_staff_versions(client, staff_headers):
    default = await policy_for(date(2026, 11, 24))
    assert default.regulation == "samr-121" and default.source.startswith("file:")
    assert default.limits_verified is False  # 第121号's limits are provisional until staff confirm them
    old = await policy_for(date(2026, 1, 5))
    assert old.regulation == "samr-20" and old.limits_verified is True

    admin = await staff_headers("admin")
    body = {
        "regulation": "samr-121",
        "accept_working_days": 5,
        "mediation_working_days": 30,
        "effective_from": "2026-11-01",
        "note": "经核对第121号原文",
    }
    resp = await client.post("/api/v1/admin/complaints/policy", json=body, headers=admin)
    assert resp.status == 201
    current = await policy_for(date(2026, 11, 24))
    assert (current.accept_days, current.mediation_days) == (5, 30)
    assert current.source.startswith("db:") and current.limits_verified
    assert (await policy_for(date(2026, 10, 20))).source.startswith("file:")  # before it took effect
    listing = await (await client.get("/api/v1/admin/complaints/policy", headers=admin)).json()
    assert len(listing["versions"]) == 1 and len(listing["regulations"]) == 2
    bad = await client.post("/api/v1/admin/complaints/policy", json={**body, "accept_working_days": 0}, headers=admin)
    assert bad.status == 422
