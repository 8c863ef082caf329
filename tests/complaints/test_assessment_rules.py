"""Art. 6 of 《零售商品称重计量监督管理办法》 read exactly, the table columns, the T rounding note, the 定量包装 batch
plan and the 过度包装 limits: every boundary written out by hand from docs/facts.md §1-§2 and the data
files' labels (values are copied, not computed)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from complaints.assess_overpackaging import assess as overpackaging
from complaints.assess_prepackaged import assess_batch, assess_unit, batch_range, plan_row, required_sample
from complaints.assessment import ReferenceScale, allowed_shortage, assess, scale_mpe, shortage_bounds


def retail(
    charged: str,
    found: str,
    method: str,
    *,
    category: str = "meat_egg_aquatic",
    price: str | None = None,
    scales: tuple[ReferenceScale, ...] = (),
    mpe: str | None = None,
    override: str | None = None,
):
    return assess(
        category=category,
        charged_g=D(charged),
        found_g=D(found),
        method=method,
        unit_price_per_kg=D(price) if price else None,
        fair_scales=scales,
        reference_mpe_g=D(mpe) if mpe else None,
        column_override=override,
    )


# --- Art. 6: 1x with the 1/3 rule, 2x for equal accuracy ----------------------------------------------------------


@pytest.mark.parametrize("method", ["original_scale", "high_accuracy_scale"])
def test_original_or_more_accurate_scale_allows_once_the_deviation(method: str) -> None:
    # Meat, 2 kg: 5 g. Weights accurate to 5/3 g pass the 1/3 rule exactly.
    at_limit = retail("2000", "1995", method, mpe="1.6666")
    assert (at_limit.verdict, at_limit.factor, at_limit.tolerance_g) == ("within", 1, D(5))
    assert not any("1/3" in note for note in at_limit.notes)  # the rule was checked, nothing to remind
    over = retail("2000", "1994.99", method, mpe="1")
    assert (over.verdict, over.tolerance_g) == ("exceeds", D(5))


@pytest.mark.parametrize("method", ["original_scale", "high_accuracy_scale"])
def test_weights_or_scale_outside_a_third_of_the_deviation_leave_it_to_staff(method: str) -> None:
    failing = retail("2000", "1980", method, mpe="1.6667")  # 5 g / 3 = 1.6666…: not within
    assert (failing.verdict, failing.tolerance_g, failing.factor) == ("manual", None, 1)
    assert "超过负偏差的1/3" in failing.summary and "不符合第六条的核称条件" in failing.summary
    assert "超出允许范围" not in failing.summary


def test_a_reference_exactly_a_third_of_the_deviation_qualifies() -> None:
    # Meat, 12 kg: 15 g; a weight accurate to 5 g is exactly one third.
    assert retail("12000", "11985", "original_scale", mpe="5").verdict == "within"
    assert retail("12000", "11985", "original_scale", mpe="5.001").verdict == "manual"


def test_an_unknown_reference_accuracy_is_named_for_staff_to_check() -> None:
    result = retail("2000", "1990", "original_scale")
    assert result.verdict == "exceeds"
    assert result.notes == ["第六条要求核称用的标准砝码或秤的误差不超过负偏差的1/3（1.667克），由工作人员核实"]
    assert retail("2000", "1990", "other_scale").notes == []  # 等准确度: no 1/3 rule


def test_equal_accuracy_scale_allows_twice_the_deviation() -> None:
    at_limit = retail("2000", "1990", "other_scale", mpe="99")  # a reference error does not matter here
    assert (at_limit.verdict, at_limit.factor, at_limit.tolerance_g, at_limit.table_tolerance_g) == (
        "within",
        2,
        D(10),
        D(5),
    )
    assert retail("2000", "1989.99", "other_scale").verdict == "exceeds"


# --- 公平秤: 1x or 2x from its registered class and division -------------------------------------------------------


@pytest.mark.parametrize(
    ("accuracy_class", "e", "load", "mpe"),
    [
        ("III", "1", "500", "0.5"),  # ≤ 500e: 0.5e
        ("III", "1", "500.01", "1"),
        ("III", "1", "2000", "1"),  # ≤ 2000e: 1e
        ("III", "1", "2000.01", "1.5"),
        ("III", "1", "10000", "1.5"),  # ≤ 10000e: 1.5e
        ("III", "1", "10000.01", None),  # above the class's range
        ("III", "10", "5000", "5"),  # 500e
        ("II", "0.1", "500", "0.05"),  # 5000e
        ("II", "0.1", "500.01", "0.1"),
        ("II", "0.1", "2000", "0.1"),
        ("II", "0.1", "2000.01", "0.15"),
        ("II", "0.1", "10000", "0.15"),
        ("II", "0.1", "10000.01", None),
        ("I", "0.001", "50", "0.0005"),
        ("I", "0.001", "200", "0.001"),
        ("I", "0.001", "100000", "0.0015"),  # no upper limit for class I
        ("IIII", "10", "500", "5"),
        ("IIII", "10", "2000", "10"),
        ("IIII", "10", "10000", "15"),
        ("IIII", "10", "10001", None),
        ("V", "1", "100", None),  # not a class
        ("III", "0", "100", None),
    ],
)
def test_scale_mpe_by_class_and_load(accuracy_class: str, e: str, load: str, mpe: str | None) -> None:
    value = scale_mpe(
        ReferenceScale(accuracy_class=accuracy_class, division_g=D(e), in_verification=True, name="公平秤"), D(load)
    )
    assert value == (D(mpe) if mpe else None)


PREMIUM = {"category": "other_food", "price": "150"}  # > 100 元/kg: 3 g for 2-5 kg


def test_a_fair_scale_within_a_third_is_the_more_accurate_method() -> None:
    # Class II, e = 2 g, at 3000 g (1500e): MPE 0.5e = 1 g, and 3 x 1 g = 3 g = the deviation: 1x.
    scale = ReferenceScale("II", D(2), True, "公平秤")
    result = retail("3000", "2997", "fair_scale", scales=(scale,), **PREMIUM)
    assert (result.verdict, result.factor, result.tolerance_g, result.table_tolerance_g) == ("within", 1, D(3), D(3))
    assert "高准确度称重计量器具核称法" in result.summary
    assert retail("3000", "2996.99", "fair_scale", scales=(scale,), **PREMIUM).verdict == "exceeds"


def test_a_fair_scale_of_the_same_accuracy_allows_twice() -> None:
    # e = 2.001 g: MPE 1.0005 g, just over 3 g / 3 but ≤ 3 g: equal accuracy, 2x = 6 g.
    scale = ReferenceScale("II", D("2.001"), True, "公平秤")
    result = retail("3000", "2994", "fair_scale", scales=(scale,), **PREMIUM)
    assert (result.verdict, result.factor, result.tolerance_g) == ("within", 2, D(6))
    assert "等准确度称重计量器具核称法" in result.summary and "2倍" in result.summary
    assert retail("3000", "2993.99", "fair_scale", scales=(scale,), **PREMIUM).verdict == "exceeds"


def test_a_fair_scale_exactly_as_coarse_as_the_deviation_is_still_equal_accuracy() -> None:
    # Meat 2 kg (5 g), class III e = 10 g: 200e -> MPE 5 g = the deviation: 2x.
    result = retail("2000", "1990", "fair_scale", scales=(ReferenceScale("III", D(10), True, "公平秤"),))
    assert (result.verdict, result.factor) == ("within", 2)


@pytest.mark.parametrize(
    "scales",
    [
        (),  # nothing registered
        (ReferenceScale("III", D(20), True, "公平秤"),),  # e = 20 g: MPE 10 g > 5 g, coarser than the seller's must be
        (ReferenceScale("III", D(1), False, "公平秤"),),  # verification lapsed
        (
            ReferenceScale("III", D(1), True, "公平秤"),
            ReferenceScale("III", D(10), True, "公平秤"),
        ),  # two scales, 1x and 2x
        (ReferenceScale("X", D(1), True, "公平秤"),),
    ],
)
def test_an_unknown_or_unfit_fair_scale_states_both_readings_and_leaves_it_to_staff(scales) -> None:
    result = retail("2000", "1992", "fair_scale", scales=scales)
    assert (result.verdict, result.tolerance_g, result.table_tolerance_g, result.factor) == ("manual", None, D(5), 1)
    assert result.alternatives == [
        {"reading": "高准确度核称（1倍）", "tolerance_g": "5", "verdict": "exceeds"},
        {"reading": "等准确度核称（2倍）", "tolerance_g": "10", "verdict": "within"},
    ]
    assert "按高准确度核称（1倍）允许差值5克，初步判断短少超出允许范围" in result.summary
    assert "按等准确度核称（2倍）允许差值10克，未超出允许范围" in result.summary
    assert result.summary.endswith("需要工作人员人工认定。")


def test_two_registered_scales_that_agree_decide() -> None:
    scales = (ReferenceScale("III", D(10), True, "东门"), ReferenceScale("III", D(5), True, "西门"))
    result = retail("2000", "1991", "fair_scale", scales=scales)  # 10 g: MPE 5 g and 2.5 g, both 2x
    assert (result.verdict, result.factor) == ("within", 2)


# --- a home scale is none of the three methods --------------------------------------------------------------------


@pytest.mark.parametrize("found", ["1800", "1999.99"])
def test_a_home_scale_is_indicative_only_never_exceeds(found: str) -> None:
    result = retail("2000", found, "home_scale")
    assert (result.verdict, result.tolerance_g, result.table_tolerance_g, result.method, result.factor) == (
        "manual",
        None,
        D(5),
        "home_scale",
        1,
    )
    assert "仅供参考" in result.summary and "超出" not in result.summary
    assert "家用秤不属于第六条规定的核称方法" in result.summary


def test_a_home_scale_showing_no_shortfall_is_no_shortfall() -> None:
    assert retail("2000", "2000", "home_scale").verdict == "no_shortfall"


# --- table columns: category or price, both shown ---------------------------------------------------------------


def test_both_columns_are_shown_and_the_stricter_applied() -> None:
    result = retail("1500", "1495", "other_scale", category="grain_veg_fruit", price="120")
    assert result.columns == [
        {"tier": "grain_veg_fruit", "label": "粮食、蔬菜、水果或单价不高于6元/千克的食品", "by": "category",
         "table_value_g": "40"},
        {"tier": "premium_gt100", "label": "单价高于100元/千克的食品", "by": "price", "table_value_g": "2"},
    ]  # fmt: skip
    assert (result.tier, result.table_tolerance_g, result.verdict) == ("premium_gt100", D(2), "exceeds")
    assert result.notes == [
        "按商品类别属于“粮食、蔬菜、水果或单价不高于6元/千克的食品”档（允许负偏差40克）；"
        "按单价属于“单价高于100元/千克的食品”档（允许负偏差2克）。两者不一致，规章未规定适用哪一档，"
        "按执法实践取较严格的“单价高于100元/千克的食品”档；工作人员可改按另一档认定并记录理由。"
    ]


def test_staff_may_apply_the_other_column() -> None:
    result = retail("1500", "1495", "other_scale", category="grain_veg_fruit", price="120", override="grain_veg_fruit")
    assert (result.tier, result.table_tolerance_g, result.tolerance_g, result.verdict) == (
        "grain_veg_fruit",
        D(40),
        D(80),
        "within",
    )
    assert "工作人员改按“粮食、蔬菜、水果或单价不高于6元/千克的食品”档认定" in result.notes[0]
    # A column that is not in play changes nothing.
    ignored = retail("1500", "1495", "other_scale", category="grain_veg_fruit", price="120", override="gold")
    assert ignored.tier == "premium_gt100" and "执法实践" in ignored.notes[0]


@pytest.mark.parametrize(
    ("category", "price", "charged", "columns"),
    [
        ("grain_veg_fruit", "6", "400", [("grain_veg_fruit", "category")]),  # the same tier both ways
        ("grain_veg_fruit", "6.01", "400", [("grain_veg_fruit", "category"), ("meat_egg_aquatic", "price")]),
        ("meat_egg_aquatic", "30", "400", [("meat_egg_aquatic", "category")]),
        ("meat_egg_aquatic", "30.01", "400", [("meat_egg_aquatic", "category"), ("dried_delicacy", "price")]),
        ("dried_delicacy", "100", "400", [("dried_delicacy", "category")]),
        ("dried_delicacy", "100.01", "400", [("dried_delicacy", "category"), ("premium_gt100", "price")]),
        ("other_food", "100.01", "400", [("premium_gt100", "price")]),  # no category column
        ("gold", "500", "50", [("gold", "category")]),  # jewellery has no price column
    ],
)
def test_each_price_column_boundary(category: str, price: str, charged: str, columns: list) -> None:
    result = retail(charged, str(D(charged) - D("0.001")), "other_scale", category=category, price=price)
    assert [(c["tier"], c["by"]) for c in result.columns] == columns


# --- T rounding: the annex note, GB/T 8170 vs half-up --------------------------------------------------------------


@pytest.mark.parametrize(
    ("nominal", "gb8170", "half_up"),
    [
        ("130", "5.8", "5.9"),  # 4.5 % = 5.85: an exact half, the 0.1 digit 8 is even
        ("110", "5.0", "5.0"),  # 4.95: the 0.1 digit 9 is odd, both round up
        ("150", "6.8", "6.8"),  # 6.75
        ("190", "8.6", "8.6"),  # 8.55: 5 odd -> 6
        ("170", "7.6", "7.7"),  # 7.65: 6 even stays
        ("1100", "16", "17"),  # 1.5 % = 16.5 -> 16 (even) or 17
        ("1300", "20", "20"),  # 19.5 -> 20 (9 odd)
        ("15050", "150", "151"),  # 1 % = 150.5
        ("1010", "15", "15"),  # 15.15 to whole grams
    ],
)
def test_t_rounding_readings(nominal: str, gb8170: str, half_up: str) -> None:
    assert str(allowed_shortage(D(nominal))) == gb8170
    assert str(allowed_shortage(D(nominal), rounding="half_up")) == half_up
    assert shortage_bounds(D(nominal)) == (min(D(gb8170), D(half_up)), max(D(gb8170), D(half_up)))


def test_no_bounds_outside_the_table() -> None:
    assert shortage_bounds(D(50001)) is None


@pytest.mark.parametrize(
    ("measured", "verdict"),
    [
        ("124.2", "within"),  # 5.8 short
        ("124.19", "manual"),  # 5.81: above 5.8 (GB/T 8170), within 5.9 (half-up)
        ("124.1", "manual"),  # 5.9: the half-up value itself
        ("124.09", "exceeds"),  # 5.91: over either reading
        ("130", "no_shortfall"),
    ],
)
def test_a_unit_at_qn_130_g(measured: str, verdict: str) -> None:
    result = assess_unit(nominal=D(130), measured=D(measured), unit="g")
    assert result.verdict == verdict


def test_the_rounding_gap_names_both_values() -> None:
    result = assess_unit(nominal=D(130), measured=D("124.15"), unit="g")
    assert (result.verdict, result.table_tolerance_g, result.tolerance_g) == ("manual", D("5.8"), None)
    assert "允许短缺量为5.8克（按GB/T 8170修约；按四舍五入为5.9克）" in result.summary
    assert "恰在两种修约读法之间" in result.summary
    plain = assess_unit(nominal=D(500), measured=D(490), unit="g")
    assert "允许短缺量为15克。" in plain.summary and "修约" not in plain.summary


@pytest.mark.parametrize(
    ("nominal", "measured", "unit", "verdict", "tolerance"),
    [
        ("1", "0.985", "kg", "within", "15"),  # 1 kg = 1000 g: T 15 g
        ("1", "0.984", "kg", "exceeds", "15"),
        ("500", "485", "mL", "within", "15.0"),
        ("2", "1.969", "L", "exceeds", "30"),
        ("10", "9.8", "m", "within", "0.2"),  # 2 %
        ("5", "4.99", "m", "exceeds", "0"),  # ≤ 5 m: no shortage allowed
        ("10", "9.7", "m2", "within", "0.3"),
        ("100", "99", "count", "within", "1"),
        ("50", "49", "count", "exceeds", "0"),
    ],
)
def test_units_of_a_prepackaged_unit(nominal: str, measured: str, unit: str, verdict: str, tolerance: str) -> None:
    result = assess_unit(nominal=D(nominal), measured=D(measured), unit=unit)
    assert (result.verdict, result.tolerance_g) == (verdict, D(tolerance))
    assert result.basis == "prepackaged" and result.certainty == "S"


def test_a_unit_short_by_more_than_twice_t_says_so() -> None:
    result = assess_unit(nominal=D(500), measured=D(469), unit="g")  # 31 > 2 x 15
    assert result.verdict == "exceeds" and result.notes == ["短少超过2倍允许短缺量（30克）"]
    assert assess_unit(nominal=D(500), measured=D(470), unit="g").notes == []
    assert "10平方米" in assess_unit(nominal=D(10), measured=D(9), unit="m2").summary


def test_an_unknown_unit_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown unit"):
        assess_unit(nominal=D(1), measured=D(1), unit="斤")


def test_a_unit_above_the_table_needs_a_person() -> None:
    result = assess_unit(nominal=D(51), measured=D(50), unit="kg")
    assert (result.verdict, result.tolerance_g, result.table_tolerance_g) == ("manual", None, None)
    assert "51千克超出定量包装商品允许短缺量表的范围" in result.summary


# --- batch: JJF 1070 sampling plan ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_batch", "batch", "n", "lam", "t1_max"),
    [(1, "1-10", None, None, 0), (10, "1-10", None, None, 0), (11, "11-50", 10, "1.028", 0),
     (50, "11-50", 10, "1.028", 0), (51, "51-99", 13, "0.848", 1), (99, "51-99", 13, "0.848", 1),
     (100, "100-500", 50, "0.379", 3), (500, "100-500", 50, "0.379", 3), (501, "501-3200", 80, "0.295", 5),
     (3200, "501-3200", 80, "0.295", 5), (3201, ">3200", 125, "0.234", 7), (10**6, ">3200", 125, "0.234", 7)],
)  # fmt: skip
def test_the_batch_size_picks_the_plan_row(n_batch: int, batch: str, n: int | None, lam: str | None, t1_max: int):
    row = plan_row(n_batch)
    assert (row["batch"], row["sample_size"], row["lambda"], row["t1_max"]) == (batch, n, lam, t1_max)
    assert required_sample(row, n_batch) == (n or n_batch)


@pytest.mark.parametrize("n_batch", [0, -1])
def test_no_row_for_an_empty_batch(n_batch: int) -> None:
    assert plan_row(n_batch) is None


def test_batch_ranges_are_read_from_the_data() -> None:
    assert batch_range("11-50") == (11, 50) and batch_range(">3200") == (3201, None)


def batch(mean: str, t1: int = 0, t2: int = 0, n: int = 50, s: str | None = "2", big_n: int | None = None):
    if big_n is None:
        big_n = {10: 30, 13: 60, 50: 200, 80: 1000, 125: 5000}.get(n, n)
    return assess_batch(
        nominal=D(500),
        unit="g",
        batch_size=big_n,
        sample_size=n,
        mean=D(mean),
        t1_count=t1,
        t2_count=t2,
        std_dev=D(s) if s else None,
    )


def test_batch_mean_with_the_sample_correction() -> None:
    # N = 200 -> n = 50: λ = 0.379, s = 2 g -> the mean may be as low as 500 - 0.758 = 499.242 g.
    passed = batch("499.242")
    assert (passed.verdict, passed.basis, passed.certainty) == ("within", "prepackaged_batch", "U")
    assert passed.checks[0] == {"criterion": "平均实际含量", "limit": "≥ 499.242", "value": "499.242", "result": "pass"}
    assert "批量N=200件，样本量n=50件，λ=0.379" in passed.summary
    failed = batch("499.241")
    assert failed.verdict == "exceeds" and "低于499.242克（Qn − λ·s）" in failed.summary
    assert "JJF 1070-2023是否沿用待核实" in failed.summary and failed.certainty == "U"


def test_the_11_to_50_row_applies_its_lambda() -> None:
    # N = 11..50 -> n = 10, λ = 1.028, no unit may be short by more than T: 500 - 1.028 × 2 = 497.944 g.
    for big_n in (11, 50):
        passed = batch("497.944", n=10, big_n=big_n)
        assert passed.verdict == "within" and passed.checks[0]["limit"] == "≥ 497.944"
        assert f"批量N={big_n}件，样本量n=10件，λ=1.028" in passed.summary
        assert batch("497.943", n=10, big_n=big_n).verdict == "exceeds"
    assert batch("500", t1=1, n=10, big_n=30).verdict == "exceeds"
    assert batch("499", n=10, big_n=30, s=None).verdict == "manual"  # λ applies, so s is needed


def test_batch_t1_limit_and_no_t2() -> None:
    assert batch("500", t1=3).verdict == "within"
    four = batch("500", t1=4)
    assert four.verdict == "exceeds" and "超过允许的3件" in four.summary
    assert [c["result"] for c in four.checks] == ["pass", "fail", "pass"]
    one_t2 = batch("500", t2=1)
    assert one_t2.verdict == "exceeds" and "有1件短缺量大于2T" in one_t2.summary
    assert batch("500", t1=1, n=13).verdict == "within" and batch("500", t1=2, n=13).verdict == "exceeds"
    assert batch("500", t1=5, n=80).verdict == "within" and batch("500", t1=6, n=80).verdict == "exceeds"
    assert batch("500", t1=7, n=125).verdict == "within" and batch("500", t1=8, n=125).verdict == "exceeds"
    assert batch("500", t1=1, n=10).verdict == "exceeds"  # N 11-50: no unit may exceed T


def test_batch_without_s_decides_only_when_the_mean_reaches_qn() -> None:
    assert batch("500", s=None).verdict == "within"
    unknown = batch("499.9", s=None)
    assert unknown.verdict == "manual" and "未提供s" in unknown.summary and "λ=0.379" in unknown.summary
    # The whole batch (N ≤ 10) has no correction: the mean itself must reach Qn.
    whole = batch("499.99", n=5, s=None)
    assert whole.verdict == "exceeds" and "批量N=5件，样本量n=5件，全检，平均实际含量不作λ·s修正" in whole.summary
    assert batch("499.99", n=5, s="3").checks[0]["limit"] == "≥ 500"  # s given: still no correction
    assert batch("500", n=5, s=None).verdict == "within"


@pytest.mark.parametrize(
    ("big_n", "n", "required"),
    [(10, 9, "全部10"), (11, 11, "10"), (30, 13, "10"), (50, 10 + 1, "10"), (51, 10, "13"), (99, 50, "13"),
     (100, 13, "50"), (500, 80, "50"), (501, 50, "80"), (3200, 125, "80"), (3201, 80, "125")],
)  # fmt: skip
def test_a_sample_other_than_the_plans_needs_a_person(big_n: int, n: int, required: str) -> None:
    result = batch("500", n=n, big_n=big_n)
    assert (result.verdict, result.checks, result.certainty) == ("manual", [], "U")
    assert result.summary == (
        f"批量{big_n}件按抽样方案应抽取{required}件，本次样本为{n}件，与抽样方案不符，需要工作人员核对后认定。"
    )


def test_an_empty_batch_needs_a_person() -> None:
    result = batch("500", n=0, big_n=0)
    assert result.verdict == "manual"
    assert result.summary == "批量0件不在抽样方案的范围内（批量至少1件），需要工作人员核对后认定。"


@pytest.mark.parametrize(("t1", "t2"), [(-1, 0), (0, -1), (30, 21)])
def test_batch_counts_outside_the_sample_need_a_person(t1: int, t2: int) -> None:
    result = batch("500", t1=t1, t2=t2)
    assert result.verdict == "manual"
    assert result.summary == "短缺件数不符合样本量50件（不能为负，合计不能超过样本量），需要工作人员核对后认定。"


def test_a_batch_in_kilograms_is_judged_in_grams() -> None:
    result = assess_batch(
        nominal=D("0.5"),
        unit="kg",
        batch_size=200,
        sample_size=50,
        mean=D("0.4995"),
        t1_count=0,
        t2_count=0,
        std_dev=D(2),
    )
    assert (result.verdict, result.shortfall_g, result.factor, result.tolerance_g) == ("within", D("0.5"), 1, None)
    assert result.checks[0] == {"criterion": "平均实际含量", "limit": "≥ 499.242", "value": "499.5", "result": "pass"}
    assert "样本平均实际含量" not in result.summary


def test_a_batch_without_s_is_held_to_qn_itself() -> None:
    result = batch("500", s=None)
    assert result.checks[0]["limit"] == "≥ 500" and result.factor == 1


def test_counts_may_add_up_to_the_whole_sample() -> None:
    one = batch("500", t1=1, n=1)  # one unit checked, short by more than T: the batch fails, it is not a typo
    assert one.verdict == "exceeds" and "超过允许的0件" in one.summary
    assert batch("500", t1=30, t2=20).verdict == "exceeds"  # 50 of 50: counted, not refused
    wrong = batch("500", t1=1, t2=1, n=1)
    assert wrong.verdict == "manual" and "合计不能超过样本量" in wrong.summary


# --- 过度包装 (GB 23350-2021 + amendment 1) ---------------------------------------------------------------------


def pack(kind: str, layers: int, *, void: str | None = None, cost: str | None = None, **extra):
    return overpackaging(
        food_or_cosmetic_kind=kind,
        layers=layers,
        void_ratio=D(void) if void else None,
        packaging_cost_ratio=D(cost) if cost else None,
        **extra,
    )


def test_mooncake_layers_from_the_amendment() -> None:
    assert pack("mooncake", 3).verdict == "manual"  # within, but cost and void ratio are unmeasured
    over = pack("mooncake", 4)
    assert (over.verdict, over.certainty, over.basis) == ("exceeds", "S", "overpackaging")
    assert "第4.2条及第1号修改单（月饼）" in over.summary and "包装层数为4层（限量≤ 3层）" in over.summary
    assert pack("other_food", 4).verdict == "manual" and pack("other_food", 5).verdict == "exceeds"


def test_an_unverified_limit_never_gives_a_confident_verdict() -> None:
    grain = pack("grain", 4)  # the 3-layer limit for grain is U
    assert (grain.verdict, grain.certainty) == ("manual", "U")
    assert "可能超过限量（该限量待核实）" in grain.summary
    assert pack("cosmetic", 5).verdict == "manual"
    void = pack("other_food", 2, void="0.9")  # void-ratio limits are U and measured the standard's way
    assert (void.verdict, void.certainty) == ("manual", "U") and "第5.4条" in void.summary


@pytest.mark.parametrize(
    ("kind", "cost", "price", "verdict"),
    [
        ("other_food", "0.20", None, "manual"),  # ≤ 20 %: nothing found
        ("other_food", "0.2001", None, "exceeds"),
        ("mooncake", "0.15", "100.01", "manual"),  # > 100 元: ≤ 15 %
        ("mooncake", "0.1501", "100.01", "exceeds"),
        ("zongzi", "0.20", "100", "manual"),  # exactly 100 元: the 20 % limit
        ("zongzi", "0.2001", "100", "exceeds"),
        ("zongzi", "0.2001", None, "exceeds"),  # over both limits: the price does not matter
        ("zongzi", "0.15", None, "manual"),
    ],
)
def test_packaging_cost_cap(kind: str, cost: str, price: str | None, verdict: str) -> None:
    result = pack(kind, 1, cost=cost, sale_price=D(price) if price else None)
    assert result.verdict == verdict
    assert result.checks[1]["criterion"] == "除初始包装之外的所有包装成本总和与商品销售价格之比"


def test_a_mooncake_cost_between_the_caps_needs_the_price() -> None:
    result = pack("mooncake", 2, cost="0.18")
    assert result.verdict == "manual" and result.checks[1]["result"] == "unknown"
    assert "请补充售价" in result.summary
    assert pack("mooncake", 2, cost="0.18", sale_price=D(200)).verdict == "exceeds"
    assert pack("mooncake", 2, cost="0.18", sale_price=D(80)).verdict == "manual"


def test_mixing_rules_of_the_amendment() -> None:
    assert pack("mooncake", 2, mixed_with_other_goods=True).verdict == "exceeds"
    assert pack("mooncake", 2, mixed_with_other_goods=False).verdict == "manual"
    assert pack("other_food", 2, mixed_with_other_goods=True).checks == pack("other_food", 2).checks


def test_intake_kind_names_and_goods_outside_the_standard() -> None:
    assert pack("food", 5).verdict == "exceeds" and pack("food", 5).tier == "other_food"
    assert pack("cosmetics", 5).tier == "cosmetic"
    other = pack("other", 9)
    assert (other.verdict, other.basis) == ("manual", "none") and "只适用于食品和化妆品" in other.summary


def test_the_cost_check_between_the_caps_includes_both_edges() -> None:
    at_high = pack("mooncake", 2, cost="0.20")  # not over 20 %: only a price over 100 元 would make it fail
    assert at_high.checks[1]["result"] == "unknown" and at_high.checks[1]["value"] == "20%"
    assert pack("mooncake", 2, cost="0.15").checks[1]["result"] == "pass"


def test_a_mixing_check_names_what_was_found() -> None:
    mixed, apart = pack("mooncake", 2, mixed_with_other_goods=True), pack("mooncake", 2, mixed_with_other_goods=False)
    assert [(c["value"], c["result"]) for c in mixed.checks[1:]] == [("混装", "fail")]
    assert [(c["value"], c["result"]) for c in apart.checks[1:]] == [("未混装", "pass")]
    assert "混装" in str(mixed.checks[1]["criterion"])


def test_nothing_found_is_said_so_and_asks_for_no_price() -> None:
    grain = pack("grain", 2)  # within its (U) layer limit: nothing indicative either
    assert (grain.verdict, grain.certainty) == ("manual", "S")
    assert "按您提供的信息未发现可确定的超标项" in grain.summary and "请补充售价" not in grain.summary
    void = pack("other_food", 2, void="0.5")
    assert "请补充售价" not in void.summary
    for result in (grain, pack("mooncake", 4), pack("other", 1)):
        assert (result.shortfall_g, result.factor, result.tolerance_g) == (0, 1, None)
