"""定量包装商品: the verdict for one unit (允许短缺量 T) and for a batch check (JJF 1070 sampling plan).

Pure functions over complaints/data/prepackaged_tolerances.json (《定量包装商品计量监督管理办法》 附表, and the
2005 附表4 sampling plan that JJF 1070-2023 is believed to keep, U). A single unit is indicative: the legal test of
a batch is the sampling plan, which staff record.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from complaints.assessment import Assessment, Verdict, format_weight, prepackaged_table, shortage_bounds

REGULATION = "《定量包装商品计量监督管理办法》"


def units() -> dict[str, dict[str, Any]]:
    return prepackaged_table()["units"]


def _quantity(value: Decimal, label: str) -> str:
    return format_weight(value) if label == "克" else f"{value.normalize():f}{label}"


def _unit_spec(unit: str) -> dict[str, Any]:
    spec = units().get(unit)
    if spec is None:
        raise ValueError(f"unknown unit {unit!r}")
    return spec


def assess_unit(*, nominal: Decimal, measured: Decimal, unit: str) -> Assessment:
    """One unit against the T table: within, exceeds, or manual (outside the table, or between the two readings
    of the rounding note)."""
    spec = _unit_spec(unit)
    label = spec["label"]
    qn = nominal * spec["scale"]
    shortfall = qn - measured * spec["scale"]
    table = prepackaged_table()
    common: dict[str, Any] = {
        "basis": "prepackaged",
        "shortfall_g": shortfall,
        "factor": 1,
        "tier": spec["kind"],
        "table_version": table["version"],
        "certainty": table["label"],
    }
    if shortfall <= 0:
        summary = "实测净含量不少于标注净含量，没有发现短少。"
        return Assessment(
            verdict=Verdict.NO_SHORTFALL, tolerance_g=None, table_tolerance_g=None, summary=summary, **common
        )
    bounds = shortage_bounds(qn, kind=spec["kind"])
    if bounds is None:
        summary = (
            f"实际短少{_quantity(shortfall, label)}。"
            f"标注净含量{_quantity(qn, label)}超出定量包装商品允许短缺量表的范围，"
            "没有可直接套用的法定负偏差，需要工作人员人工认定。"
        )
        return Assessment(verdict=Verdict.MANUAL, tolerance_g=None, table_tolerance_g=None, summary=summary, **common)
    low, high = bounds
    head = f"按{REGULATION}，标注净含量{_quantity(qn, label)}的单件商品允许短缺量为{_quantity(low, label)}"
    if high != low:
        head += f"（按GB/T 8170修约；按四舍五入为{_quantity(high, label)}）"
    tail = "复称时应扣除包装重量；单件结果仅供参考，批量商品以抽样检验结论为准。"
    if low < shortfall <= high:
        summary = f"{head}。实际短少{_quantity(shortfall, label)}，恰在两种修约读法之间，需要工作人员人工认定。{tail}"
        return Assessment(verdict=Verdict.MANUAL, tolerance_g=None, table_tolerance_g=low, summary=summary, **common)
    exceeds = shortfall > high
    notes = [f"短少超过2倍允许短缺量（{_quantity(low * 2, label)}）"] if shortfall > low * 2 else []
    outcome = "超出允许短缺量，初步判断净含量不足" if exceeds else "未超出允许短缺量"
    summary = f"{head}。实际短少{_quantity(shortfall, label)}，{outcome}。{tail}"
    return Assessment(
        verdict=Verdict.EXCEEDS if exceeds else Verdict.WITHIN,
        tolerance_g=low,
        table_tolerance_g=low,
        summary=summary,
        notes=notes,
        **common,
    )


def batch_range(text: str) -> tuple[int, int | None]:
    """The batch sizes a plan row covers, from its "batch" text: "11-50" -> (11, 50), ">3200" -> (3201, None)."""
    if text.startswith(">"):
        return int(text[1:]) + 1, None
    low, high = text.split("-")
    return int(low), int(high)


def plan_row(batch_size: int) -> dict[str, Any] | None:
    """The sampling-plan row for a batch of `batch_size` units (N picks the row and so n, λ and the T1 limit)."""
    for row in prepackaged_table()["batch_plan"]["rows"]:
        low, high = batch_range(row["batch"])
        if low <= batch_size and (high is None or batch_size <= high):
            return row
    return None


def required_sample(row: dict[str, Any], batch_size: int) -> int:
    """The sample the plan asks for: its n, or the whole batch where the row has none (N ≤ 10)."""
    return int(row["sample_size"]) if row["sample_size"] else batch_size


def assess_batch(
    *,
    nominal: Decimal,
    unit: str,
    batch_size: int,
    sample_size: int,
    mean: Decimal,
    t1_count: int,
    t2_count: int,
    std_dev: Decimal | None = None,
) -> Assessment:
    """A batch check of a batch of N = `batch_size` units: N picks the plan row; the sample must be the row's n
    (the whole batch when N ≤ 10); then mean ≥ Qn − λ·s (s = `std_dev`), at most the row's number of units short
    by more than T up to 2T (`t1_count`), and none short by more than 2T (`t2_count`). The plan is U: the verdict
    carries that label and the summary says so."""
    spec = _unit_spec(unit)
    label = spec["label"]
    qn = nominal * spec["scale"]
    plan = prepackaged_table()["batch_plan"]
    common: dict[str, Any] = {
        "basis": "prepackaged_batch",
        "shortfall_g": qn - mean * spec["scale"],
        "tolerance_g": None,
        "table_tolerance_g": None,
        "factor": 1,
        "tier": spec["kind"],
        "table_version": prepackaged_table()["version"],
        "certainty": plan["label"],
    }
    row = plan_row(batch_size)
    if row is None:
        summary = f"批量{batch_size}件不在抽样方案的范围内（批量至少1件），需要工作人员核对后认定。"
        return Assessment(verdict=Verdict.MANUAL, summary=summary, **common)
    required = required_sample(row, batch_size)
    if sample_size != required:
        how = "全部" if row["sample_size"] is None else ""
        summary = (
            f"批量{batch_size}件按抽样方案应抽取{how}{required}件，本次样本为{sample_size}件，"
            "与抽样方案不符，需要工作人员核对后认定。"
        )
        return Assessment(verdict=Verdict.MANUAL, summary=summary, **common)
    if t1_count < 0 or t2_count < 0 or t1_count + t2_count > sample_size:
        summary = f"短缺件数不符合样本量{sample_size}件（不能为负，合计不能超过样本量），需要工作人员核对后认定。"
        return Assessment(verdict=Verdict.MANUAL, summary=summary, **common)
    lam = Decimal(row["lambda"]) if row["lambda"] else Decimal(0)
    failures: list[str] = []
    checks: list[dict[str, str | None]] = []
    mean_value = mean * spec["scale"]
    if lam and std_dev is None and mean_value < qn:
        summary = (
            f"样本平均实际含量{_quantity(mean_value, label)}低于标注净含量，需按样本标准偏差s修正（λ={lam}）后判定；"
            "未提供s，需要工作人员补充后认定。"
        )
        return Assessment(verdict=Verdict.MANUAL, summary=summary, **common)
    threshold = qn - lam * (std_dev or Decimal(0))
    mean_ok = mean_value >= threshold
    checks.append(
        {
            "criterion": "平均实际含量",
            "limit": f"≥ {threshold.normalize():f}",
            "value": f"{mean_value.normalize():f}",
            "result": "pass" if mean_ok else "fail",
        }
    )
    if not mean_ok:
        failures.append(f"样本平均实际含量{_quantity(mean_value, label)}低于{_quantity(threshold, label)}（Qn − λ·s）")
    t1_ok = t1_count <= row["t1_max"]
    checks.append(
        {
            "criterion": "短缺量大于T不大于2T的件数",
            "limit": f"≤ {row['t1_max']}",
            "value": str(t1_count),
            "result": "pass" if t1_ok else "fail",
        }
    )
    if not t1_ok:
        failures.append(f"短缺量大于T、不大于2T的有{t1_count}件，超过允许的{row['t1_max']}件")
    t2_ok = t2_count == 0
    checks.append(
        {"criterion": "短缺量大于2T的件数", "limit": "0", "value": str(t2_count), "result": "pass" if t2_ok else "fail"}
    )
    if not t2_ok:
        failures.append(f"有{t2_count}件短缺量大于2T（不允许）")
    correction = f"λ={lam}" if lam else "全检，平均实际含量不作λ·s修正"
    outcome = "批量不合格：" + "；".join(failures) if failures else "批量合格：平均实际含量和单件短缺量均符合抽样方案"
    summary = (
        f"按JJF 1070计量检验抽样方案（批量N={batch_size}件，样本量n={sample_size}件，{correction}），{outcome}。"
        "抽样方案取自2005年附表4，JJF 1070-2023是否沿用待核实。"
    )
    return Assessment(verdict=Verdict.EXCEEDS if failures else Verdict.WITHIN, summary=summary, checks=checks, **common)
