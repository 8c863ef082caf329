"""过度包装 (GB 23350-2021 and its amendment No. 1 for 月饼/粽子): an indicative verdict that cites the clause.

Pure functions over complaints/data/overpackaging.json, where every limit carries its own label. Only a limit
labelled V or S can make the verdict "exceeds"; a U limit, and the void ratio (which the standard measures its
own way), are reported as indicative and leave the verdict to staff. Nothing here says "合格": a citizen cannot
measure every criterion, so the best case is 需人工认定.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from complaints.assessment import Assessment, Verdict

DATA_FILE = Path(__file__).with_name("data") / "overpackaging.json"
CONFIDENT = ("V", "S")


@cache
def overpackaging_table() -> dict[str, Any]:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def kinds() -> dict[str, dict[str, str]]:
    return overpackaging_table()["kinds"]


def _percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).normalize():f}%"


def _layers_check(kind: str, layers: int) -> dict[str, str | None]:
    rule = overpackaging_table()["layers"][kind]
    failed = layers > rule["max"]
    return {
        "criterion": "包装层数",
        "limit": f"≤ {rule['max']}层",
        "value": f"{layers}层",
        "result": "fail" if failed else "pass",
        "label": rule["label"],
        "source": rule["source"],
    }


def _cost_limit(kind: str, sale_price: Decimal | None) -> tuple[Decimal | None, str, str]:
    """(limit or None when the price decides it and is unknown, label, source)."""
    cost = overpackaging_table()["packaging_cost"]
    default, special = cost["default"], cost["mooncake_zongzi_over_100"]
    if kind not in ("mooncake", "zongzi"):
        return Decimal(default["max_ratio"]), default["label"], default["source"]
    if sale_price is None:
        return None, special["label"], special["source"]
    if sale_price > Decimal(special["price_above"]):
        return Decimal(special["max_ratio"]), special["label"], special["source"]
    return Decimal(default["max_ratio"]), default["label"], default["source"]


def _cost_check(kind: str, ratio: Decimal, sale_price: Decimal | None) -> dict[str, str | None]:
    limit, label, source = _cost_limit(kind, sale_price)
    cost = overpackaging_table()["packaging_cost"]
    if limit is None:
        low = Decimal(cost["mooncake_zongzi_over_100"]["max_ratio"])
        high = Decimal(cost["default"]["max_ratio"])
        result = "fail" if ratio > high else "pass" if ratio <= low else "unknown"
        limit_text = f"≤ {_percent(low)}（售价100元以上）或 ≤ {_percent(high)}（100元及以下），售价未知"
    else:
        result = "fail" if ratio > limit else "pass"
        limit_text = f"≤ {_percent(limit)}"
    return {
        "criterion": cost["rule"],
        "limit": limit_text,
        "value": _percent(ratio),
        "result": result,
        "label": label,
        "source": source,
    }


def _void_check(ratio: Decimal) -> dict[str, str | None]:
    void = overpackaging_table()["void_ratio"]
    return {
        "criterion": "包装空隙率",
        "limit": None,
        "value": _percent(ratio),
        "result": "unknown",
        "label": void["label"],
        "source": void["source"],
    }


def _mixing_checks(kind: str, mixed: bool) -> list[dict[str, str | None]]:
    return [
        {
            "criterion": rule["text"],
            "limit": None,
            "value": "混装" if mixed else "未混装",
            "result": "fail" if mixed else "pass",
            "label": rule["label"],
            "source": rule["source"],
        }
        for rule in overpackaging_table()["other_rules"]
        if kind in rule["kinds"] and "混装" in rule["text"]
    ]


def _not_covered(kind: str) -> Assessment:
    table = overpackaging_table()
    return Assessment(
        verdict=Verdict.MANUAL,
        basis="none",
        shortfall_g=Decimal(0),
        tolerance_g=None,
        table_tolerance_g=None,
        factor=1,
        tier=kind,
        table_version=table["version"],
        summary=f"{table['standard']}只适用于食品和化妆品，其他商品的包装问题需要工作人员人工认定。",
    )


def assess(
    *,
    food_or_cosmetic_kind: str,
    layers: int,
    void_ratio: Decimal | None,
    packaging_cost_ratio: Decimal | None,
    sale_price: Decimal | None = None,
    mixed_with_other_goods: bool | None = None,
) -> Assessment:
    """Indicative 过度包装 verdict. Ratios are fractions (0.25 = 25 %); `sale_price` in 元 decides the 月饼/粽子 cost
    limit; `mixed_with_other_goods` checks the amendment's mixing rules for 月饼/粽子."""
    table = overpackaging_table()
    food_or_cosmetic_kind = table["aliases"].get(food_or_cosmetic_kind, food_or_cosmetic_kind)
    if food_or_cosmetic_kind not in kinds():
        return _not_covered(food_or_cosmetic_kind)
    kind_info = kinds()[food_or_cosmetic_kind]
    checks = [_layers_check(food_or_cosmetic_kind, layers)]
    if packaging_cost_ratio is not None:
        checks.append(_cost_check(food_or_cosmetic_kind, packaging_cost_ratio, sale_price))
    if void_ratio is not None:
        checks.append(_void_check(void_ratio))
    if mixed_with_other_goods is not None:
        checks.extend(_mixing_checks(food_or_cosmetic_kind, mixed_with_other_goods))

    confident_failures = [c for c in checks if c["result"] == "fail" and c["label"] in CONFIDENT]
    indicative = [c for c in checks if c["result"] == "fail" and c["label"] not in CONFIDENT]
    amended = "及第1号修改单" if kind_info.get("amended") else ""
    head = f"依据{table['standard']}第{kind_info['clause']}条{amended}（{kind_info['label']}）"
    if confident_failures:
        found = "；".join(f"{c['criterion']}为{c['value']}（限量{c['limit']}）" for c in confident_failures)
        summary = f"{head}，{found}，初步判断可能属于过度包装，最终以工作人员按标准方法检测认定为准。"
        verdict = Verdict.EXCEEDS
        certainty = "S" if any(c["label"] == "S" for c in confident_failures) else "V"
    else:
        parts = [f"{c['criterion']}为{c['value']}，可能超过限量（该限量待核实）" for c in indicative]
        if void_ratio is not None:
            parts.append(f"包装空隙率{_percent(void_ratio)}：{table['void_ratio']['note']}")
        if any(c["result"] == "unknown" and c["criterion"] != "包装空隙率" for c in checks):
            parts.append("月饼、粽子的包装成本限量取决于销售价格是否超过100元，请补充售价")
        found = "；".join(parts) if parts else "按您提供的信息未发现可确定的超标项"
        summary = f"{head}：{found}。包装空隙率和包装成本需工作人员按标准方法测定，需人工认定。"
        verdict = Verdict.MANUAL
        certainty = "U" if indicative or void_ratio is not None else "S"
    return Assessment(
        verdict=verdict,
        basis="overpackaging",
        shortfall_g=Decimal(0),
        tolerance_g=None,
        table_tolerance_g=None,
        factor=1,
        tier=food_or_cosmetic_kind,
        table_version=table["version"],
        summary=summary,
        checks=checks,
        certainty=certainty,
    )
