"""Short-weight assessment: retail weighing tolerances (附表1/附表2) and prepackaged 允许短缺量 T.

Pure functions over the versioned tables in complaints/data; no I/O beyond reading those files once.
The result is a preliminary, plain-Chinese verdict for the citizen; staff decide whether a case is substantiated.

Art. 6 of 《零售商品称重计量监督管理办法》 is read exactly: 原秤 (with standard weights) or a more accurate scale
allow 1x the table value, provided the weights or the scale are accurate to 1/3 of it; another scale of the same
accuracy allows 2x. A 公平秤 is either of the last two depending on its registered accuracy; a home scale is none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")
ROUNDING_MODES = {"gb8170": ROUND_HALF_EVEN, "half_up": ROUND_HALF_UP}


class Verdict:
    EXCEEDS = "exceeds"
    WITHIN = "within"
    NO_SHORTFALL = "no_shortfall"
    MANUAL = "manual"


VERDICT_LABELS = {
    Verdict.EXCEEDS: "超出允许负偏差",
    Verdict.WITHIN: "在允许负偏差范围内",
    Verdict.NO_SHORTFALL: "未发现短少",
    Verdict.MANUAL: "需人工认定",
}


@cache
def retail_table() -> dict[str, Any]:
    return json.loads((DATA_DIR / "retail_tolerances.json").read_text(encoding="utf-8"))


@cache
def prepackaged_table() -> dict[str, Any]:
    return json.loads((DATA_DIR / "prepackaged_tolerances.json").read_text(encoding="utf-8"))


def categories() -> dict[str, dict[str, Any]]:
    return retail_table()["categories"]


def reweigh_methods() -> dict[str, dict[str, Any]]:
    return retail_table()["reweigh_methods"]


@dataclass(frozen=True)
class ReferenceScale:
    """A registered 公平秤 as the assessment needs it: class (I, II, III, IIII), division e, verification valid."""

    accuracy_class: str
    division_g: Decimal
    in_verification: bool
    name: str


@dataclass(frozen=True)
class Assessment:
    verdict: str
    basis: str  # retail | prepackaged | none
    shortfall_g: Decimal
    tolerance_g: Decimal | None  # what the re-weighing may differ by (after the 2x factor)
    table_tolerance_g: Decimal | None  # the table value itself
    factor: int
    tier: str | None
    table_version: str
    summary: str
    notes: list[str] = field(default_factory=list)
    method: str | None = None
    # Every table column in play: {"tier", "label", "by" (category | price | override), "table_value_g"}.
    columns: list[dict[str, str | None]] = field(default_factory=list)
    # When the verdict is left to staff, what it would be under each reading: {"reading", "tolerance_g", "verdict"}.
    alternatives: list[dict[str, str]] = field(default_factory=list)
    # Per-criterion results of a multi-criterion assessment (过度包装): {"criterion", "limit", "value", "result", ...}.
    checks: list[dict[str, str | None]] = field(default_factory=list)
    certainty: str = "V"  # the weakest label (V / S / U) of the legal values the verdict rests on

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("shortfall_g", "tolerance_g", "table_tolerance_g"):
            data[key] = None if data[key] is None else str(data[key])
        data["verdict_label"] = self.verdict_label
        return data


def format_weight(grams: Decimal) -> str:
    """500克 / 2.5千克 / 0.01克: the way a market receipt would say it."""
    grams = Decimal(grams)
    if abs(grams) >= 1000:
        kg = (grams / 1000).quantize(Decimal("0.001")).normalize()
        return f"{kg:f}千克"
    return f"{grams.normalize():f}克"


def _band_value(bands: list[dict[str, Any]], weight_g: Decimal) -> Decimal | None:
    for band in bands:
        if weight_g <= Decimal(str(band["up_to_g"])):
            return Decimal(str(band["max_negative_g"]))
    return None


def price_tier(price_per_kg: Decimal) -> str | None:
    for slug, tier in retail_table()["food_tiers"].items():
        bounds = tier["price_per_kg"]
        above, up_to = Decimal(str(bounds["above"])), bounds["up_to"]
        if price_per_kg > above and (up_to is None or price_per_kg <= Decimal(str(up_to))):
            return slug
    return None


def scale_mpe(scale: ReferenceScale, load_g: Decimal) -> Decimal | None:
    """The scale's maximum permissible error at `load_g` (its class table in divisions e); None if unknown."""
    bands = retail_table()["scale_mpe"]["classes"].get(scale.accuracy_class)
    if bands is None or scale.division_g <= 0:
        return None
    load_e = load_g / scale.division_g
    for band in bands:
        if band["up_to_e"] is None or load_e <= band["up_to_e"]:
            return Decimal(band["mpe_e"]) * scale.division_g
    return None


def fair_scale_factor(scale: ReferenceScale, *, load_g: Decimal, table_value: Decimal) -> int | None:
    """1 when the fair scale meets the 1/3 rule (more accurate), 2 when it is of equal accuracy, None otherwise."""
    mpe = scale_mpe(scale, load_g)
    if mpe is None or not scale.in_verification:
        return None
    if mpe * 3 <= table_value:
        return 1
    if mpe <= table_value:
        return 2
    return None


def assess(
    *,
    category: str,
    charged_g: Decimal,
    found_g: Decimal,
    method: str,
    unit_price_per_kg: Decimal | None = None,
    fair_scales: Sequence[ReferenceScale] = (),
    reference_mpe_g: Decimal | None = None,
    column_override: str | None = None,
) -> Assessment:
    """The preliminary verdict for one purchase; the caller has validated the inputs are positive.

    `fair_scales`: the registered 公平秤 of the market (method fair_scale). `reference_mpe_g`: the error of the
    standard weight or more accurate scale staff used (methods 1 and 2). `column_override`: a table column staff
    chose instead of the stricter one (it must be one of the columns in play).
    """
    kind = categories()[category]["kind"]
    shortfall = charged_g - found_g
    if kind == "prepackaged":
        return _assess_prepackaged(charged_g=charged_g, shortfall=shortfall)
    return _assess_retail(
        category=category,
        kind=kind,
        charged_g=charged_g,
        shortfall=shortfall,
        method=method,
        price=unit_price_per_kg,
        fair_scales=fair_scales,
        reference_mpe_g=reference_mpe_g,
        column_override=column_override,
    )


def _no_shortfall(*, basis: str, version: str, shortfall: Decimal, method: str | None = None) -> Assessment:
    return Assessment(
        verdict=Verdict.NO_SHORTFALL,
        basis=basis,
        shortfall_g=shortfall,
        tolerance_g=None,
        table_tolerance_g=None,
        factor=1,
        tier=None,
        table_version=version,
        summary="复称重量不少于商家结算的重量，没有发现短少。如对价格或质量有异议，可在描述中说明，工作人员会一并核实。",
        method=method,
    )


def _manual(
    *, basis: str, version: str, shortfall: Decimal, tier: str | None, why: str, method: str | None = None
) -> Assessment:
    return Assessment(
        verdict=Verdict.MANUAL,
        basis=basis,
        shortfall_g=shortfall,
        tolerance_g=None,
        table_tolerance_g=None,
        factor=1,
        tier=tier,
        table_version=version,
        summary=f"实际短少{format_weight(shortfall)}。{why}，没有可直接套用的法定负偏差，需要工作人员人工认定。",
        method=method,
    )


def _columns(*, category: str, kind: str, price: Decimal | None) -> list[tuple[str, str, list[dict[str, Any]], str]]:
    """The table columns in play: (slug, label, bands, by) by category, then by unit price if it differs."""
    table = retail_table()
    if kind == "jewellery":
        slug = categories()[category]["tier"]
        tier = table["jewellery_tiers"][slug]
        return [(slug, tier["label"], tier["bands"], "category")]
    found: list[tuple[str, str, list[dict[str, Any]], str]] = []
    category_slug = categories()[category]["tier"]
    if category_slug:
        tier = table["food_tiers"][category_slug]
        found.append((category_slug, tier["label"], tier["bands"], "category"))
    by_price = price_tier(price) if price is not None else None
    if by_price and by_price != category_slug:
        tier = table["food_tiers"][by_price]
        found.append((by_price, tier["label"], tier["bands"], "price"))
    return found


def _column_note(values: list[tuple[Decimal, str, str, str]], applied: str, override: bool) -> str:
    by_text = {"category": "按商品类别", "price": "按单价"}
    parts = [f"{by_text[by]}属于“{label}”档（允许负偏差{format_weight(value)}）" for value, _, label, by in values]
    chosen = next(label for _, slug, label, _ in values if slug == applied)
    if override:
        return "；".join(parts) + f"。两者不一致，工作人员改按“{chosen}”档认定（理由见处理记录）。"
    return (
        "；".join(parts) + f"。两者不一致，规章未规定适用哪一档，按执法实践取较严格的“{chosen}”档；"
        "工作人员可改按另一档认定并记录理由。"
    )


def _retail_outcome(*, shortfall: Decimal, tolerance: Decimal) -> str:
    return Verdict.EXCEEDS if shortfall > tolerance else Verdict.WITHIN


def _assess_retail(
    *,
    category: str,
    kind: str,
    charged_g: Decimal,
    shortfall: Decimal,
    method: str,
    price: Decimal | None,
    fair_scales: Sequence[ReferenceScale],
    reference_mpe_g: Decimal | None,
    column_override: str | None,
) -> Assessment:
    table = retail_table()
    version = table["version"]
    if shortfall <= 0:
        return _no_shortfall(basis="retail", version=version, shortfall=shortfall, method=method)
    label = categories()[category]["label"]
    if kind == "excluded":
        why = f"{label}不适用称重负偏差表"
        return _manual(basis="none", version=version, shortfall=shortfall, tier=None, why=why, method=method)
    if kind == "out_of_scope":
        why = "《零售商品称重计量监督管理办法》只适用于食品和金银饰品"
        return _manual(basis="none", version=version, shortfall=shortfall, tier=None, why=why, method=method)

    candidates = _columns(category=category, kind=kind, price=price)
    if not candidates:
        why = "未提供单价，无法确定该食品所属档次"
        return _manual(basis="retail", version=version, shortfall=shortfall, tier=None, why=why, method=method)

    values: list[tuple[Decimal, str, str, str]] = []
    for slug, tier_label, bands, by in candidates:
        value = _band_value(bands, charged_g)
        if value is None:
            why = f"结算重量{format_weight(charged_g)}超出“{tier_label}”档次的称重范围"
            return _manual(basis="retail", version=version, shortfall=shortfall, tier=slug, why=why, method=method)
        values.append((value, slug, tier_label, by))
    overridden = column_override is not None and column_override in {slug for _, slug, _, _ in values}
    if overridden:
        table_value, tier_slug, tier_label, _ = next(v for v in values if v[1] == column_override)
    else:
        table_value, tier_slug, tier_label, _ = min(values)
    columns = [
        {"tier": slug, "label": tier_label_, "by": by, "table_value_g": str(value)}
        for value, slug, tier_label_, by in values
    ]
    notes = [_column_note(values, tier_slug, overridden)] if len(values) > 1 else []
    head = (
        f"按《零售商品称重计量监督管理办法》，“{tier_label}”结算{format_weight(charged_g)}时允许的负偏差为"
        f"{format_weight(table_value)}"
    )
    common = {
        "basis": "retail",
        "shortfall_g": shortfall,
        "table_tolerance_g": table_value,
        "tier": tier_slug,
        "table_version": version,
        "method": method,
        "columns": columns,
    }

    if method == "home_scale":
        summary = (
            f"{head}。您用家用秤或厨房秤复称，差值为{format_weight(shortfall)}；家用秤不属于第六条规定的核称方法，"
            "这一结果仅供参考，需要工作人员用检定合格的秤或标准砝码核称后认定。"
        )
        return Assessment(verdict=Verdict.MANUAL, tolerance_g=None, factor=1, summary=summary, notes=notes, **common)

    method_info = reweigh_methods()[method]
    factor = method_info["factor"]
    if method == "fair_scale":
        factors = {fair_scale_factor(s, load_g=charged_g, table_value=table_value) for s in fair_scales}
        factor = factors.pop() if len(factors) == 1 else None
    if factor is None:
        return _either_factor(head=head, shortfall=shortfall, table_value=table_value, notes=notes, **common)

    tolerance = table_value * factor
    if method_info["needs_reference_accuracy"]:
        limit = table_value / 3
        if reference_mpe_g is None:
            notes.append(
                f"第六条要求核称用的标准砝码或秤的误差不超过负偏差的1/3（{format_weight(limit.quantize(Decimal('0.001')))}），"
                "由工作人员核实"
            )
        elif reference_mpe_g > limit:
            summary = (
                f"{head}；核称用的砝码或秤误差为{format_weight(reference_mpe_g)}，超过负偏差的1/3，"
                f"不符合第六条的核称条件。实际短少{format_weight(shortfall)}，需要工作人员人工认定。"
            )
            return Assessment(
                verdict=Verdict.MANUAL, tolerance_g=None, factor=factor, summary=summary, notes=notes, **common
            )
    verdict = _retail_outcome(shortfall=shortfall, tolerance=tolerance)
    method_text = f"您采用{method_info['label']}，"
    if method == "fair_scale":
        by_factor = {1: "高准确度称重计量器具核称法", 2: "等准确度称重计量器具核称法"}
        method_text += f"按该公平秤登记的准确度适用{by_factor[factor]}，"
    method_text += (
        f"按等准确度核称法允许差值为负偏差的{factor}倍即{format_weight(tolerance)}"
        if factor > 1
        else f"允许差值为{format_weight(tolerance)}"
    )
    outcome = "超出允许范围，初步判断存在缺斤短两" if verdict == Verdict.EXCEEDS else "未超出允许范围"
    summary = (
        f"{head}；{method_text}。实际短少{format_weight(shortfall)}，{outcome}。"
        "以上为初步判断，最终以工作人员核查认定为准。"
    )
    return Assessment(verdict=verdict, tolerance_g=tolerance, factor=factor, summary=summary, notes=notes, **common)


def _either_factor(
    *, head: str, shortfall: Decimal, table_value: Decimal, notes: list[str], **common: Any
) -> Assessment:
    """A 公平秤 whose accuracy is not registered (or not decisive): say what 1x and 2x would give, staff decide."""
    readings = []
    texts = []
    for factor, reading, condition in (
        (1, "高准确度核称（1倍）", "若该公平秤误差不超过负偏差的1/3"),
        (2, "等准确度核称（2倍）", "若与商家秤同等准确度"),
    ):
        tolerance = table_value * factor
        verdict = _retail_outcome(shortfall=shortfall, tolerance=tolerance)
        readings.append({"reading": reading, "tolerance_g": str(tolerance), "verdict": verdict})
        outcome = "初步判断短少超出允许范围" if verdict == Verdict.EXCEEDS else "未超出允许范围"
        texts.append(f"{condition}，按{reading}允许差值{format_weight(tolerance)}，{outcome}")
    summary = (
        f"{head}。实际短少{format_weight(shortfall)}。该公平秤的准确度等级、检定分度值或检定有效期未登记，或不足以确定，"
        f"无法确定适用第六条哪种核称方法：{'；'.join(texts)}。需要工作人员人工认定。"
    )
    return Assessment(
        verdict=Verdict.MANUAL,
        tolerance_g=None,
        factor=1,
        summary=summary,
        notes=notes,
        alternatives=readings,
        **common,
    )


def _rounded(value: Decimal, *, nominal: Decimal, spec: dict[str, Any], mode: str) -> Decimal:
    for rule in spec.get("rounding", []):
        if rule["up_to"] is None or nominal <= Decimal(str(rule["up_to"])):
            return value.quantize(Decimal(rule["step"]), rounding=ROUNDING_MODES[mode])
    return value


def allowed_shortage(nominal: Decimal, *, kind: str = "mass_volume", rounding: str | None = None) -> Decimal | None:
    """允许短缺量 T for one unit of nominal quantity Qn; None outside the table.

    `rounding`: gb8170 (the table's default, see the data file) or half_up, the other reading of the note.
    """
    spec = prepackaged_table()[kind]
    if nominal <= 0 or ("max_nominal" in spec and nominal > Decimal(str(spec["max_nominal"]))):
        return None
    for band in spec["bands"]:
        if band["up_to"] is not None and nominal > Decimal(str(band["up_to"])):
            continue
        if "absolute" in band:
            value = Decimal(str(band["absolute"]))
        else:
            value = nominal * Decimal(str(band["percent"])) / 100
        if band.get("round_up"):
            return value.quantize(Decimal("1"), rounding=ROUND_CEILING)
        return _rounded(value, nominal=nominal, spec=spec, mode=rounding or spec.get("rounding_method", "gb8170"))
    return None


def shortage_bounds(nominal: Decimal, *, kind: str = "mass_volume") -> tuple[Decimal, Decimal] | None:
    """(smaller, larger) T under both readings of the rounding note; equal except at an exact half."""
    first = allowed_shortage(nominal, kind=kind, rounding="gb8170")
    if first is None:
        return None
    second = allowed_shortage(nominal, kind=kind, rounding="half_up") or first  # None in exactly the same cases
    return min(first, second), max(first, second)


def _assess_prepackaged(*, charged_g: Decimal, shortfall: Decimal) -> Assessment:
    from complaints.assess_prepackaged import assess_unit

    return assess_unit(nominal=charged_g, measured=charged_g - shortfall, unit="g")
