"""Short-weight assessment: retail weighing tolerances (附表1/附表2) and prepackaged 允许短缺量 T.

Pure functions over the versioned tables in complaints/data; no I/O beyond reading those files once.
The result is a preliminary, plain-Chinese verdict for the citizen; staff decide whether a case is substantiated.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")


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


def assess(
    *,
    category: str,
    charged_g: Decimal,
    found_g: Decimal,
    method: str,
    unit_price_per_kg: Decimal | None = None,
) -> Assessment:
    """The preliminary verdict for one purchase; the caller has validated the inputs are positive."""
    kind = categories()[category]["kind"]
    shortfall = charged_g - found_g
    if kind == "prepackaged":
        return _assess_prepackaged(charged_g=charged_g, shortfall=shortfall)
    return _assess_retail(
        category=category, kind=kind, charged_g=charged_g, shortfall=shortfall, method=method, price=unit_price_per_kg
    )


def _no_shortfall(*, basis: str, version: str, shortfall: Decimal) -> Assessment:
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
    )


def _manual(*, basis: str, version: str, shortfall: Decimal, tier: str | None, why: str) -> Assessment:
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
    )


def _assess_retail(
    *, category: str, kind: str, charged_g: Decimal, shortfall: Decimal, method: str, price: Decimal | None
) -> Assessment:
    table = retail_table()
    version = table["version"]
    if shortfall <= 0:
        return _no_shortfall(basis="retail", version=version, shortfall=shortfall)
    label = categories()[category]["label"]
    if kind == "excluded":
        return _manual(basis="none", version=version, shortfall=shortfall, tier=None, why=f"{label}不适用称重负偏差表")
    if kind == "out_of_scope":
        why = "《零售商品称重计量监督管理办法》只适用于食品和金银饰品"
        return _manual(basis="none", version=version, shortfall=shortfall, tier=None, why=why)

    notes: list[str] = []
    candidates: list[tuple[str, str, list[dict[str, Any]]]] = []  # (slug, label, bands)
    if kind == "jewellery":
        slug = categories()[category]["tier"]
        tier = table["jewellery_tiers"][slug]
        candidates.append((slug, tier["label"], tier["bands"]))
    else:
        category_slug = categories()[category]["tier"]
        if category_slug:
            tier = table["food_tiers"][category_slug]
            candidates.append((category_slug, tier["label"], tier["bands"]))
        by_price = price_tier(price) if price is not None else None
        if by_price and by_price != category_slug:
            tier = table["food_tiers"][by_price]
            candidates.append((by_price, tier["label"], tier["bands"]))
            if category_slug:
                notes.append("按商品类别和单价分别确定档次，取较严格的负偏差")
        if not candidates:
            why = "未提供单价，无法确定该食品所属档次"
            return _manual(basis="retail", version=version, shortfall=shortfall, tier=None, why=why)

    values: list[tuple[Decimal, str, str]] = []
    for slug, tier_label, bands in candidates:
        value = _band_value(bands, charged_g)
        if value is None:
            why = f"结算重量{format_weight(charged_g)}超出“{tier_label}”档次的称重范围"
            return _manual(basis="retail", version=version, shortfall=shortfall, tier=slug, why=why)
        values.append((value, slug, tier_label))
    table_value, tier_slug, tier_label = min(values)

    method_info = reweigh_methods()[method]
    factor = int(method_info["factor"])
    tolerance = table_value * factor
    exceeds = shortfall > tolerance
    method_text = f"您采用{method_info['label']}，" + (
        f"按等准确度核称法允许差值为负偏差的{factor}倍即{format_weight(tolerance)}"
        if factor > 1
        else f"允许差值为{format_weight(tolerance)}"
    )
    outcome = "超出允许范围，初步判断存在缺斤短两" if exceeds else "未超出允许范围"
    summary = (
        f"按《零售商品称重计量监督管理办法》，“{tier_label}”结算{format_weight(charged_g)}时允许的负偏差为"
        f"{format_weight(table_value)}；{method_text}。实际短少{format_weight(shortfall)}，{outcome}。"
        "以上为初步判断，最终以工作人员核查认定为准。"
    )
    return Assessment(
        verdict=Verdict.EXCEEDS if exceeds else Verdict.WITHIN,
        basis="retail",
        shortfall_g=shortfall,
        tolerance_g=tolerance,
        table_tolerance_g=table_value,
        factor=factor,
        tier=tier_slug,
        table_version=version,
        summary=summary,
        notes=notes,
    )


def allowed_shortage(nominal: Decimal, *, kind: str = "mass_volume") -> Decimal | None:
    """允许短缺量 T for one unit of nominal quantity Qn; None outside the table."""
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
        for rule in spec.get("rounding", []):
            if rule["up_to"] is None or nominal <= Decimal(str(rule["up_to"])):
                return value.quantize(Decimal(rule["step"]), rounding=ROUND_HALF_UP)
        return value
    return None


def _assess_prepackaged(*, charged_g: Decimal, shortfall: Decimal) -> Assessment:
    table = prepackaged_table()
    version = table["version"]
    if shortfall <= 0:
        return _no_shortfall(basis="prepackaged", version=version, shortfall=shortfall)
    allowed = allowed_shortage(charged_g)
    if allowed is None:
        why = f"标注净含量{format_weight(charged_g)}超出定量包装商品允许短缺量表的范围"
        return _manual(basis="prepackaged", version=version, shortfall=shortfall, tier=None, why=why)
    exceeds = shortfall > allowed
    outcome = "超出允许短缺量，初步判断净含量不足" if exceeds else "未超出允许短缺量"
    summary = (
        f"按《定量包装商品计量监督管理办法》，标注净含量{format_weight(charged_g)}的单件商品允许短缺量为"
        f"{format_weight(allowed)}。实际短少{format_weight(shortfall)}，{outcome}。"
        "复称时应扣除包装重量；单件结果仅供参考，批量商品以抽样检验结论为准。"
    )
    return Assessment(
        verdict=Verdict.EXCEEDS if exceeds else Verdict.WITHIN,
        basis="prepackaged",
        shortfall_g=shortfall,
        tolerance_g=allowed,
        table_tolerance_g=allowed,
        factor=1,
        tier="mass_volume",
        table_version=version,
        summary=summary,
    )
