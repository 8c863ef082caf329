"""The one place a filed case gets its preliminary assessment, whatever its kind.

称重商品 goes through `complaints.assessment.assess` (with the market's registered 公平秤), 定量包装商品 through
`complaints.assess_prepackaged.assess_unit` (one unit against the T table) and 过度包装 through
`complaints.assess_overpackaging.assess` (indicative, GB 23350). The other kinds have no automatic verdict by
nature (a citizen cannot measure a litre of fuel, a taximeter's distance or a lens), so
they say what staff will do instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from complaints import assess_overpackaging, assess_prepackaged
from complaints.assessment import Assessment, ReferenceScale, Verdict, assess
from complaints.kinds import KINDS

STAFF_STEP = {
    "prepackaged": "工作人员将按定量包装商品的允许短缺量对该商品（必要时对同批次）进行核查。",
    "overpackaging": "工作人员将对照GB 23350核查包装层数、空隙率和包装成本。",
    "fuel_dispenser": "加油机（加气机）的计量须由检定人员现场核查，工作人员可安排对该枪的检定。",
    "taxi_meter": "出租车计价器须由检定人员核查，工作人员将联系出租车管理部门和检定机构。",
    "spectacles": "工作人员将对眼镜片顶焦度进行实测，并与验光处方比对。",
    "utility_meter": "工作人员将受理申请检定，由法定计量检定机构对该表进行检定并记录结果。",
    "ev_charger": "电动汽车充电桩须由检定人员现场核查，工作人员将安排核查。",
    "live_seafood": "工作人员将核实烹饪前的称重过程和计价。",
}


def _manual(slug: str) -> Assessment:
    return Assessment(
        verdict=Verdict.MANUAL,
        basis="none",
        shortfall_g=Decimal(0),
        tolerance_g=None,
        table_tolerance_g=None,
        factor=1,
        tier=None,
        table_version="",
        summary=f"该类投诉无法根据您填写的数据自动判定，需人工认定。{STAFF_STEP.get(slug, '')}",
    )


def assess_filing(
    kind: str,
    facts: dict[str, Any],
    *,
    category: str = "",
    charged_g: Decimal | None = None,
    found_g: Decimal | None = None,
    method: str = "",
    unit_price_per_kg: Decimal | None = None,
    fair_scales: Sequence[ReferenceScale] = (),
) -> Assessment:
    """The preliminary verdict of a new case of `kind` from its validated facts (and, for 称重商品, its figures)."""
    if kind == "prepackaged":
        return assess_prepackaged.assess_unit(
            nominal=_decimal(facts["labelled_quantity"]),
            measured=_decimal(facts["measured_quantity"]),
            unit=str(facts["unit"]),
        )
    if kind == "overpackaging":
        return _overpackaging(facts)
    if KINDS[kind].automatic_assessment and charged_g is not None and found_g is not None:
        return assess(
            category=category,
            charged_g=charged_g,
            found_g=found_g,
            method=method,
            unit_price_per_kg=unit_price_per_kg,
            fair_scales=fair_scales,
        )
    return _manual(kind)


def _decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _overpackaging(facts: dict[str, Any]) -> Assessment:
    void = facts.get("void_ratio_percent")
    cost, price = facts.get("packaging_cost"), facts.get("sale_price")
    cost_ratio = _decimal(cost) / _decimal(price) if cost is not None and price and _decimal(price) > 0 else None
    return assess_overpackaging.assess(
        food_or_cosmetic_kind=str(facts["product_kind"]),
        layers=int(facts["layers"]),
        void_ratio=_decimal(void) / 100 if void is not None else None,
        packaging_cost_ratio=cost_ratio,
        sale_price=_decimal(price) if price is not None else None,
    )
