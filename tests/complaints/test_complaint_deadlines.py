"""Working-day deadlines, date by date, written by hand from the State Council holiday notices.

2025 (国办发明电〔2024〕12号, 2024-11-12): 春节 1月28日至2月4日放假调休，1月26日（周日）、2月8日（周六）上班；
  国庆节、中秋节 10月1日至8日放假调休，9月28日（周日）、10月11日（周六）上班.
2026 (国务院办公厅 2025-11-04): 春节 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班；
  中秋节 9月25日至27日；国庆节 10月1日至7日放假调休，9月20日（周日）、10月10日（周六）上班.
chinesecalendar 1.11 knows 2004-2026. For 2027 (no notice yet) the rule is "weekends only, flagged estimated".
The start day is not counted: "7 working days after receipt".
"""

from __future__ import annotations

from datetime import date

import pytest

from complaints.deadlines import add_working_days, is_workday, policy_for, refusal_reasons, regulation_for


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        # Spring Festival 2026: Sat 02-14 is a working day, 02-15..02-23 off, Sat 02-28 a working day.
        (date(2026, 2, 13), 7, date(2026, 3, 2)),  # 02-14, 02-24, 25, 26, 27, 28 (Sat), 03-02
        (date(2026, 2, 13), 1, date(2026, 2, 14)),  # the make-up Saturday counts
        (date(2026, 2, 16), 1, date(2026, 2, 24)),  # received during the holiday
        # Mid-Autumn + National Day 2026: Sun 09-20 works, 09-25..27 and 10-01..07 off, Sat 10-10 works.
        (date(2026, 9, 18), 7, date(2026, 9, 29)),  # 09-20 (Sun), 21, 22, 23, 24, 28, 29
        (date(2026, 9, 30), 7, date(2026, 10, 15)),  # 10-08, 09, 10 (Sat), 12, 13, 14, 15
        (date(2026, 9, 30), 45, date(2026, 12, 8)),  # 18 in October, 21 in November, 6 in December
        # Spring Festival 2025: Sun 01-26 works, 01-28..02-04 off, Sat 02-08 works.
        (date(2025, 1, 24), 7, date(2025, 2, 10)),  # 01-26 (Sun), 27, 02-05, 06, 07, 08 (Sat), 10
        # National Day 2025: Sun 09-28 works, 10-01..08 off, Sat 10-11 works.
        (date(2025, 9, 26), 7, date(2025, 10, 13)),  # 09-28 (Sun), 29, 30, 10-09, 10, 11 (Sat), 13
        # Ordinary weeks.
        (date(2026, 11, 2), 5, date(2026, 11, 9)),
        (date(2026, 11, 6), 1, date(2026, 11, 9)),  # Friday + 1 = Monday
        (date(2026, 11, 4), 0, date(2026, 11, 4)),
    ],
)
def test_working_days_from_the_official_schedule(start: date, days: int, due: date) -> None:
    assert add_working_days(start, days) == (due, False)


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (date(2026, 12, 28), 7, date(2027, 1, 6)),  # 12-29, 30, 31, then 2027: 01-01 (Fri), 04, 05, 06
        (date(2026, 12, 31), 1, date(2027, 1, 1)),  # New Year's Day 2027 is not known to be a holiday yet
        (date(2027, 1, 1), 1, date(2027, 1, 4)),  # Friday + 1 = Monday
        (date(2027, 1, 2), 1, date(2027, 1, 4)),  # received on a Saturday
        (date(2027, 3, 1), 45, date(2027, 5, 3)),  # Monday + 45 = nine whole weeks later, a Monday
        (date(2027, 3, 5), 7, date(2027, 3, 16)),  # Fri + 7: 03-08..12, 15, 16
    ],
)
def test_a_year_without_holiday_data_counts_weekdays_and_says_so(start: date, days: int, due: date) -> None:
    assert add_working_days(start, days) == (due, True)


def test_the_estimate_flag_is_set_only_once_a_day_without_data_is_crossed() -> None:
    assert add_working_days(date(2026, 12, 29), 2) == (date(2026, 12, 31), False)
    assert add_working_days(date(2026, 12, 31), 0) == (date(2026, 12, 31), False)


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (date(2026, 2, 14), (True, True)),  # make-up Saturday
        (date(2026, 2, 16), (False, True)),  # Spring Festival Monday
        (date(2026, 10, 10), (True, True)),
        (date(2026, 10, 11), (False, True)),  # an ordinary Sunday
        (date(2027, 1, 1), (True, False)),
        (date(2027, 1, 2), (False, False)),
        (date(2027, 1, 3), (False, False)),
    ],
)
def test_is_workday(day: date, answer: tuple[bool, bool]) -> None:
    assert is_workday(day) == answer


def test_regulation_switches_on_the_day_121_takes_effect() -> None:
    assert regulation_for(date(2020, 1, 1))["code"] == "samr-20"
    assert regulation_for(date(2026, 4, 14))["code"] == "samr-20"
    assert regulation_for(date(2026, 4, 15))["code"] == "samr-121"
    assert regulation_for(date(2027, 6, 1))["code"] == "samr-121"


def test_refusal_grounds_per_regulation() -> None:
    # 第20号 Art. 15: six grounds; 第121号: seven, adding 冒用他人名义/拒绝身份核验 (facts §4.1, §4.2).
    assert list(refusal_reasons("samr-20")) == [
        "outside_remit",
        "handled_elsewhere",
        "not_consumer_dispute",
        "time_barred",
        "materials_missing",
        "other_statutory",
    ]
    new = refusal_reasons("samr-121")
    assert len(new) == 7 and new["identity_misused"] == "冒用他人名义投诉或者拒绝配合身份核验"
    assert "三年" in new["time_barred"]


async def test_policy_file_defaults_and_the_newest_staff_version_in_effect(client, staff_headers) -> None:
    old = await policy_for(date(2026, 4, 14))
    assert old.as_dict() == {
        "regulation": "samr-20",
        "regulation_name": "《市场监督管理投诉举报处理暂行办法》（总局令第20号）",
        "accept_days": 7,  # Art. 14
        "accept_unit": "working_days",
        "mediation_days": 45,  # Art. 21
        "mediation_unit": "working_days",
        "source": "file:2026-12-03",
        "limits_verified": True,
        "note": "Art. 14 (7 working days to accept/refuse) and Art. 21 (45 working days of mediation), "
        "V: xiezuofangchengshi.com/doc/62764.html",
    }
    new = await policy_for(date(2026, 4, 15))
    # 第121号: 60 calendar days of mediation (Art. 23, S); the acceptance limit is unverified (U), kept at 7.
    assert (new.regulation, new.accept_days, new.accept_unit) == ("samr-121", 7, "working_days")
    assert (new.mediation_days, new.mediation_unit) == (60, "calendar_days")
    assert new.limits_verified is False and new.regulation_name == "《市场监督管理投诉举报处理办法》（总局令第121号）"

    admin = await staff_headers("admin")

    async def record(regulation: str, accept: int, mediation: int, since: str) -> int:
        body = {
            "regulation": regulation,
            "accept_working_days": accept,
            "mediation_working_days": mediation,
            "effective_from": since,
            "note": f"核对 {since}",
        }
        resp = await client.post("/api/v1/admin/complaints/policy", json=body, headers=admin)
        assert resp.status == 201, await resp.text()
        return (await resp.json())["id"]

    first = await record("samr-121", 10, 40, "2026-06-01")
    later = await record("samr-121", 5, 30, "2026-09-01")
    await record("samr-20", 6, 44, "2026-01-01")  # another regulation's version changes nothing for 第121号
    assert (await policy_for(date(2026, 5, 31))).source == "file:2026-12-03"
    on_the_day = await policy_for(date(2026, 6, 1))
    assert (on_the_day.source, on_the_day.accept_days, on_the_day.mediation_days) == (
        f"db:{first}",
        10,
        40,
    )
    assert on_the_day.limits_verified is True and on_the_day.note == "核对 2026-06-01"
    assert (await policy_for(date(2026, 8, 31))).source == f"db:{first}"
    assert (await policy_for(date(2026, 9, 1))).source == f"db:{later}"
    assert (await policy_for(date(2027, 1, 1))).accept_days == 5
    # Two versions effective the same day: the one recorded last wins.
    same_day = await record("samr-121", 8, 35, "2026-09-01")
    assert (await policy_for(date(2026, 9, 2))).source == f"db:{same_day}"
    assert (await policy_for(date(2026, 3, 1))).accept_days == 6  # 第20号's own version
