"""Every edge of the legal tables, with the expected values copied from the regulation text, not computed.

Sources (docs/facts.md): 《零售商品称重计量监督管理办法》 附表1/附表2 (§1.2, §1.3), its Art. 6 re-check
methods (§1.1), and the 允许短缺量 table of 《定量包装商品计量监督管理办法》 with its rounding note (§2.2, §2.3):
"当Qn≤1kg(L)时，T值的0.01g(ml)位修约至0.1g(ml)；当Qn>1kg(L)时，T值的0.1g(ml)位修约至g(ml)". Bands are
(lower, upper]. Where a weight is "just above" an edge it is the edge plus 0.01 g.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from complaints.assessment import allowed_shortage, assess, format_weight, price_tier

# (category, unit price 元/kg or None, charged g, 附表 negative deviation g or None = outside the table)
RETAIL_TABLE = [
    # 粮食、蔬菜、水果 / ≤ 6 元/kg: ≤1 kg 20 g, ≤2 kg 40 g, ≤4 kg 80 g, ≤25 kg 100 g
    ("grain_veg_fruit", None, "0.01", "20"),
    ("grain_veg_fruit", None, "1000", "20"),
    ("grain_veg_fruit", None, "1000.01", "40"),
    ("grain_veg_fruit", None, "2000", "40"),
    ("grain_veg_fruit", None, "2000.01", "80"),
    ("grain_veg_fruit", None, "4000", "80"),
    ("grain_veg_fruit", None, "4000.01", "100"),
    ("grain_veg_fruit", None, "25000", "100"),
    ("grain_veg_fruit", None, "25000.01", None),
    # 肉、蛋、禽、水产品、糕点、糖果、调味品 / 6-30 元/kg: ≤2.5 kg 5 g, ≤10 kg 10 g, ≤15 kg 15 g
    ("meat_egg_aquatic", None, "2500", "5"),
    ("meat_egg_aquatic", None, "2500.01", "10"),
    ("meat_egg_aquatic", None, "10000", "10"),
    ("meat_egg_aquatic", None, "10000.01", "15"),
    ("meat_egg_aquatic", None, "15000", "15"),
    ("meat_egg_aquatic", None, "15000.01", None),
    # 干菜、山（海）珍品 / 30-100 元/kg: ≤1 kg 2 g, ≤4 kg 4 g, ≤6 kg 6 g
    ("dried_delicacy", None, "1000", "2"),
    ("dried_delicacy", None, "1000.01", "4"),
    ("dried_delicacy", None, "4000", "4"),
    ("dried_delicacy", None, "4000.01", "6"),
    ("dried_delicacy", None, "6000", "6"),
    ("dried_delicacy", None, "6000.01", None),
    # > 100 元/kg: ≤500 g 1 g, ≤2 kg 2 g, ≤5 kg 3 g
    ("other_food", "150", "500", "1"),
    ("other_food", "150", "500.01", "2"),
    ("other_food", "150", "2000", "2"),
    ("other_food", "150", "2000.01", "3"),
    ("other_food", "150", "5000", "3"),
    ("other_food", "150", "5000.01", None),
    # 附表2: gold and silver pieces up to 100 g
    ("gold", None, "100", "0.01"),
    ("gold", None, "100.01", None),
    ("silver", None, "100", "0.1"),
    ("silver", None, "100.01", None),
]


def verdict(category: str, charged: str, found: str, method: str = "original_scale", price: str | None = None):
    return assess(
        category=category,
        charged_g=D(charged),
        found_g=D(found),
        method=method,
        unit_price_per_kg=D(price) if price else None,
    )


@pytest.mark.parametrize(("category", "price", "charged", "deviation"), RETAIL_TABLE)
def test_retail_table_edges(category: str, price: str | None, charged: str, deviation: str | None) -> None:
    if deviation is None:
        outside = verdict(category, charged, str(D(charged) - 5), price=price)
        assert outside.verdict == "manual" and outside.tolerance_g is None
        assert "超出" in outside.summary and "称重范围" in outside.summary
        return
    # The re-check may differ by exactly the deviation (原秤复称: 1x), not by the smallest step more.
    step = D("0.001")
    at_limit = verdict(category, charged, str(D(charged) - D(deviation)), price=price)
    assert (at_limit.verdict, at_limit.table_tolerance_g, at_limit.tolerance_g) == (
        "within",
        D(deviation),
        D(deviation),
    )
    over = verdict(category, charged, str(D(charged) - D(deviation) - step), price=price)
    assert (over.verdict, over.table_tolerance_g) == ("exceeds", D(deviation))


@pytest.mark.parametrize(
    ("price", "tier", "deviation_at_500_g"),
    [
        ("0.01", "grain_veg_fruit", "20"),
        ("6", "grain_veg_fruit", "20"),  # "单价不高于6元/千克"
        ("6.01", "meat_egg_aquatic", "5"),
        ("30", "meat_egg_aquatic", "5"),
        ("30.01", "dried_delicacy", "2"),
        ("100", "dried_delicacy", "2"),
        ("100.01", "premium_gt100", "1"),  # "单价高于100元/千克"
    ],
)
def test_unit_price_column_edges(price: str, tier: str, deviation_at_500_g: str) -> None:
    result = verdict("other_food", "500", "499.999", price=price)
    assert (result.tier, result.table_tolerance_g, result.verdict) == (tier, D(deviation_at_500_g), "within")
    assert [c["tier"] for c in result.columns] == [tier]  # only one tier was in play
    assert not any("两者不一致" in note for note in result.notes)


@pytest.mark.parametrize(
    ("category", "price", "tier", "deviation"),
    [
        ("grain_veg_fruit", "120", "premium_gt100", "2"),  # fruit at 120 元/kg: the price column is stricter
        ("meat_egg_aquatic", "3", "meat_egg_aquatic", "5"),  # cheap meat: the category column is stricter
        ("dried_delicacy", "20", "dried_delicacy", "4"),
    ],
)
def test_category_and_price_disagree_the_stricter_applies(category, price, tier, deviation) -> None:
    result = verdict(category, "1500", "1499.999", price=price)
    assert (result.tier, result.table_tolerance_g) == (tier, D(deviation))
    assert len(result.columns) == 2 and [c["by"] for c in result.columns] == ["category", "price"]
    assert (
        "两者不一致" in result.notes[0]
        and f"较严格的“{next(c['label'] for c in result.columns if c['tier'] == tier)}”档" in result.notes[0]
    )


def test_same_tier_by_category_and_price_adds_no_note() -> None:
    result = verdict("dried_delicacy", "1500", "1499", price="50")
    assert (result.tier, result.table_tolerance_g, len(result.columns)) == ("dried_delicacy", D(4), 1)
    assert not any("两者不一致" in note for note in result.notes)


@pytest.mark.parametrize(
    ("method", "factor"),
    [("original_scale", 1), ("high_accuracy_scale", 1), ("other_scale", 2)],
)
def test_recheck_methods_allow_once_or_twice_the_deviation(method: str, factor: int) -> None:
    # Art. 6: 原计量器具 / 高准确度 -> the deviation; 等准确度 (a fair scale of the same class) -> 2x.
    limit = D(5) * factor  # meat, 2 kg: 5 g
    at_limit = verdict("meat_egg_aquatic", "2000", str(2000 - limit), method)
    assert (at_limit.verdict, at_limit.factor, at_limit.tolerance_g) == ("within", factor, limit)
    over = verdict("meat_egg_aquatic", "2000", str(D(2000) - limit - D("0.01")), method)
    assert over.verdict == "exceeds"


def test_found_equal_to_charged_is_no_shortfall_and_a_hundredth_less_is_a_shortfall() -> None:
    equal = verdict("grain_veg_fruit", "1000", "1000")
    assert (equal.verdict, equal.shortfall_g, equal.tolerance_g) == ("no_shortfall", D(0), None)
    assert verdict("prepackaged", "500", "500").verdict == "no_shortfall"
    tiny = verdict("grain_veg_fruit", "1000", "999.99")
    assert (tiny.verdict, tiny.shortfall_g) == ("within", D("0.01"))


# 允许短缺量 T, mass or volume (g or mL): the table and its rounding note, value by value, as the API prints it
# (to 0.1 g up to 1 kg, to whole grams above).
PREPACKAGED_T = [
    ("1", "0.1"),  # 9 % = 0.09 -> 0.1
    ("10", "0.9"),
    ("33", "3.0"),  # 2.97 -> 3.0
    ("49", "4.4"),  # 4.41 -> 4.4
    ("50", "4.5"),
    ("51", "4.5"),
    ("100", "4.5"),
    ("101", "4.5"),  # 4.5 % = 4.545 -> 4.5
    ("150", "6.8"),  # 6.75 -> 6.8
    ("199", "9.0"),  # 8.955 -> 9.0
    ("200", "9.0"),
    ("201", "9.0"),
    ("300", "9.0"),
    ("301", "9.0"),  # 3 % = 9.03 -> 9.0
    ("333", "10.0"),  # 9.99 -> 10.0
    ("444", "13.3"),  # 13.32 -> 13.3
    ("500", "15.0"),
    ("501", "15.0"),
    ("1000", "15.0"),
    ("1001", "15"),  # 1.5 % = 15.015 -> 15 (Qn > 1 kg: to whole grams)
    ("1030", "15"),  # 15.45 -> 15
    ("1170", "18"),  # 17.55 -> 18
    ("1234", "19"),  # 18.51 -> 19
    ("2000", "30"),
    ("10000", "150"),
    ("10001", "150"),
    ("15000", "150"),
    ("15001", "150"),  # 1 % = 150.01 -> 150
    ("16660", "167"),  # 166.6 -> 167
    ("20000", "200"),
    ("50000", "500"),
    ("50001", None),  # above the table: no T
    ("0", None),
]


@pytest.mark.parametrize(("nominal", "expected"), PREPACKAGED_T)
def test_prepackaged_allowed_shortage_edges_and_rounding(nominal: str, expected: str | None) -> None:
    value = allowed_shortage(D(nominal))
    if expected is None:
        assert value is None
    else:
        assert str(value) == expected


@pytest.mark.parametrize(
    ("kind", "nominal", "expected"),
    [
        ("length", "5", "0"),  # Qn ≤ 5 m: no shortage allowed
        ("length", "6", "0.12"),  # 2 %
        ("length", "10", "0.2"),
        ("area", "10", "0.3"),  # 3 % for every Qn
        ("area", "1", "0.03"),
        ("count", "50", "0"),  # ≤ 50: no shortage allowed
        ("count", "51", "1"),  # 1 % = 0.51, "进位到下一个紧鄰的整数"
        ("count", "100", "1"),  # exactly 1: nothing to round
        ("count", "101", "2"),  # 1.01 -> 2
        ("count", "250", "3"),  # 2.5 -> 3
    ],
)
def test_prepackaged_length_area_count(kind: str, nominal: str, expected: str) -> None:
    assert allowed_shortage(D(nominal), kind=kind) == D(expected)


def test_one_gram_short_on_a_ten_gram_pack_exceeds_its_allowance() -> None:
    over = verdict("prepackaged", "10", "9")  # T = 0.9 g
    assert (over.verdict, over.tolerance_g, over.basis, over.factor) == ("exceeds", D("0.9"), "prepackaged", 1)
    at_limit = verdict("prepackaged", "10", "9.1")
    assert (at_limit.verdict, at_limit.shortfall_g) == ("within", D("0.9"))


def test_packs_above_the_table_need_a_person() -> None:
    top = verdict("prepackaged", "50000", "49500")
    assert (top.verdict, top.tolerance_g) == ("within", D(500))
    above = verdict("prepackaged", "50001", "49000")
    assert above.verdict == "manual" and above.basis == "prepackaged" and above.tolerance_g is None
    assert above.summary == (
        "实际短少1.001千克。标注净含量50.001千克超出定量包装商品允许短缺量表的范围，"
        "没有可直接套用的法定负偏差，需要工作人员人工认定。"
    )


@pytest.mark.parametrize(
    ("grams", "text"),
    [("500", "500克"), ("999.99", "999.99克"), ("1000", "1千克"), ("2500", "2.5千克"), ("0.01", "0.01克")],
)
def test_weights_read_as_on_a_receipt(grams: str, text: str) -> None:
    assert format_weight(D(grams)) == text


# The citizen-facing summary, in full: the rule, the tier, the numbers and the outcome must agree.
SUMMARIES = [
    (
        ("grain_veg_fruit", "1000", "970", "original_scale", None),
        "exceeds",
        "按《零售商品称重计量监督管理办法》，“粮食、蔬菜、水果或单价不高于6元/千克的食品”结算1千克时允许的负偏差为"
        "20克；您采用原秤复称，允许差值为20克。实际短少30克，超出允许范围，初步判断存在缺斤短两。"
        "以上为初步判断，最终以工作人员核查认定为准。",
    ),
    (
        ("meat_egg_aquatic", "2500", "2492", "other_scale", "16"),
        "within",
        "按《零售商品称重计量监督管理办法》，“肉、蛋、禽、海（水）产品、糕点、糖果、调味品或单价6-30元/千克的食品”"
        "结算2.5千克时允许的负偏差为5克；您采用同等准确度的其他秤复称，按等准确度核称法允许差值为负偏差的2倍即10克。"
        "实际短少8克，未超出允许范围。以上为初步判断，最终以工作人员核查认定为准。",
    ),
    (
        ("gold", "10", "9.98", "high_accuracy_scale", None),
        "exceeds",
        "按《零售商品称重计量监督管理办法》，“金饰品（每件）”结算10克时允许的负偏差为0.01克；"
        "您采用更高准确度的秤复称，允许差值为0.01克。实际短少0.02克，超出允许范围，初步判断存在缺斤短两。"
        "以上为初步判断，最终以工作人员核查认定为准。",
    ),
    (
        ("prepackaged", "500", "490", "original_scale", None),
        "within",
        "按《定量包装商品计量监督管理办法》，标注净含量500克的单件商品允许短缺量为15克。实际短少10克，"
        "未超出允许短缺量。复称时应扣除包装重量；单件结果仅供参考，批量商品以抽样检验结论为准。",
    ),
    (
        ("prepackaged", "150", "143", "original_scale", None),
        "exceeds",
        "按《定量包装商品计量监督管理办法》，标注净含量150克的单件商品允许短缺量为6.8克。实际短少7克，"
        "超出允许短缺量，初步判断净含量不足。复称时应扣除包装重量；单件结果仅供参考，批量商品以抽样检验结论为准。",
    ),
    (
        ("grain_veg_fruit", "30000", "29000", "original_scale", None),
        "manual",
        "实际短少1千克。结算重量30千克超出“粮食、蔬菜、水果或单价不高于6元/千克的食品”档次的称重范围，"
        "没有可直接套用的法定负偏差，需要工作人员人工认定。",
    ),
    (
        ("live_or_soaked", "2000", "1900", "original_scale", None),
        "manual",
        "实际短少100克。活禽、活鱼、水发物不适用称重负偏差表，没有可直接套用的法定负偏差，需要工作人员人工认定。",
    ),
    (
        ("other", "1000", "900", "original_scale", None),
        "manual",
        "实际短少100克。《零售商品称重计量监督管理办法》只适用于食品和金银饰品，没有可直接套用的法定负偏差，"
        "需要工作人员人工认定。",
    ),
    (
        ("other_food", "1000", "990", "original_scale", None),
        "manual",
        "实际短少10克。未提供单价，无法确定该食品所属档次，没有可直接套用的法定负偏差，需要工作人员人工认定。",
    ),
    (
        ("grain_veg_fruit", "1000", "1005", "original_scale", None),
        "no_shortfall",
        "复称重量不少于商家结算的重量，没有发现短少。如对价格或质量有异议，可在描述中说明，工作人员会一并核实。",
    ),
]


@pytest.mark.parametrize(("inputs", "outcome", "summary"), SUMMARIES)
def test_verdict_summary_in_full(inputs: tuple, outcome: str, summary: str) -> None:
    result = verdict(*inputs)
    assert result.verdict == outcome
    assert result.summary == summary


def test_summary_as_sent_to_the_mini_program() -> None:
    data = verdict("grain_veg_fruit", "1000", "850", "other_scale", "5").as_dict()
    assert data == {
        "verdict": "exceeds",
        "verdict_label": "超出允许负偏差",
        "basis": "retail",
        "shortfall_g": "150",
        "tolerance_g": "40",
        "table_tolerance_g": "20",
        "factor": 2,
        "tier": "grain_veg_fruit",
        "table_version": "2020-10-23.2",
        "notes": [],
        "method": "other_scale",
        "columns": [
            {
                "tier": "grain_veg_fruit",
                "label": "粮食、蔬菜、水果或单价不高于6元/千克的食品",
                "by": "category",
                "table_value_g": "20",
            }
        ],
        "alternatives": [],
        "checks": [],
        "certainty": "V",
        "summary": "按《零售商品称重计量监督管理办法》，“粮食、蔬菜、水果或单价不高于6元/千克的食品”结算1千克时允许的"
        "负偏差为20克；您采用同等准确度的其他秤复称，按等准确度核称法允许差值为负偏差的2倍即40克。实际短少150克，"
        "超出允许范围，初步判断存在缺斤短两。以上为初步判断，最终以工作人员核查认定为准。",
    }
    manual = verdict("gold", "150", "149").as_dict()
    assert (manual["verdict_label"], manual["tolerance_g"], manual["table_tolerance_g"]) == ("需人工认定", None, None)
    within = verdict("silver", "50", "49.95").as_dict()
    assert (within["verdict_label"], within["shortfall_g"], within["tolerance_g"]) == (
        "在允许负偏差范围内",
        "0.05",
        "0.1",
    )
    assert verdict("prepackaged", "500", "501").as_dict()["verdict_label"] == "未发现短少"


def test_the_twofold_allowance_is_only_for_retail_weighing() -> None:
    """Art. 6's 2x is a rule of 零售商品称重; a prepackaged T, a no-shortfall or a manual case has no multiplier."""
    packed = verdict("prepackaged", "500", "484", "fair_scale")
    assert (packed.verdict, packed.factor, packed.tolerance_g) == ("exceeds", 1, D(15))
    assert verdict("grain_veg_fruit", "1000", "1000", "fair_scale").factor == 1
    assert verdict("live_or_soaked", "1000", "900", "fair_scale").factor == 1


def test_no_price_band_starts_at_zero() -> None:
    assert price_tier(D(0)) is None  # "单价不高于6元/千克" is for goods that have a price
    assert price_tier(D("0.01")) == "grain_veg_fruit"
    assert price_tier(D("100000")) == "premium_gt100"
