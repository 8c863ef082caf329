"""The kinds of case a citizen meets (民生计量) and the facts each one needs, one pydantic schema per kind.

Why a JSON column with a schema per kind rather than a table per kind: the kinds share the whole workflow (status,
deadlines, documents, 12315 registration) and differ only in a handful of descriptive facts nobody queries by
value; one bounded JSON document, validated here on the way in, keeps a new kind a few lines of code and no
migration. What is queried (kind, track, the weighed-goods figures the assessment and statistics read) stays in
columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import InvalidInput
from core.fields import DbId, Text

COMPLAINT = "complaint"  # 投诉: a consumer dispute to mediate
REPORT = "report"  # 举报: a clue of a violation, handled on a separate track

Quantity = Annotated[Decimal, Field(gt=0, le=1_000_000, max_digits=12, decimal_places=3, allow_inf_nan=False)]
SmallMoney = Annotated[Decimal, Field(ge=0, le=1_000_000, max_digits=12, decimal_places=2, allow_inf_nan=False)]
Diopter = Annotated[Decimal, Field(ge=-30, le=30, max_digits=5, decimal_places=2, allow_inf_nan=False)]


class Facts(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class WeighedFacts(Facts):
    """称重商品: the figures are the case's own columns (unit price, weights, method); nothing else here."""


class PrepackagedFacts(Facts):
    barcode: Text(14, pattern=r"^\d{8,14}$") | None = Field(None, description="商品条码（8-14位数字）")
    labelled_quantity: Quantity = Field(description="标注净含量")
    measured_quantity: Quantity = Field(description="实测净含量（去皮后）")
    unit: Literal["g", "kg", "mL", "L"] = Field(description="计量单位")


class OverpackagingFacts(Facts):
    product_kind: Literal["food", "cosmetics", "mooncake", "zongzi", "other"] = Field(description="商品类别")
    layers: int = Field(ge=1, le=10, description="包装层数")
    void_ratio_percent: Decimal | None = Field(None, ge=0, le=100, max_digits=5, decimal_places=1)
    packaging_cost: SmallMoney | None = Field(None, description="包装成本（元），知道时填写")
    sale_price: SmallMoney | None = Field(None, description="销售价格（元）")


class FuelDispenserFacts(Facts):
    station: Text(100, min_length=2) = Field(description="加油（加气）站名称")
    pump_number: Text(16, min_length=1) = Field(description="加油机（枪）编号")
    fuel: Literal["gasoline", "diesel", "cng", "lng", "lpg"] = Field(description="油品或气体")
    volume_shown: Quantity = Field(description="加油机显示的加油量（升或千克）")
    amount_paid: SmallMoney = Field(description="实付金额（元）")
    receipt_photo_id: DbId | None = Field(None, description="小票照片编号（网上提交时必填，须在所附照片中）")


class TaxiMeterFacts(Facts):
    plate: Text(10, pattern=r"^[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}$") = Field(description="车牌号，如 蒙A12345")
    route_from: Text(100, min_length=2) = Field(description="上车地点")
    route_to: Text(100, min_length=2) = Field(description="下车地点")
    fare: SmallMoney = Field(description="计价器显示车费（元）")
    distance_km_shown: Decimal | None = Field(None, ge=0, le=1000, max_digits=6, decimal_places=1)
    receipt_photo_id: DbId | None = Field(None, description="车票照片编号（网上提交时必填，须在所附照片中）")


class SpectaclesFacts(Facts):
    shop: Text(100, min_length=2) = Field(description="眼镜店名称")
    prescription_right_sphere: Diopter = Field(description="验光单 右眼球镜度（D）")
    prescription_left_sphere: Diopter = Field(description="验光单 左眼球镜度（D）")
    prescription_right_cylinder: Diopter | None = None
    prescription_left_cylinder: Diopter | None = None


class UtilityMeterFacts(Facts):
    utility: Literal["water", "electricity", "gas", "heat"] = Field(description="水表、电能表、燃气表或热能表")
    account_no: Text(32, min_length=2) = Field(description="户号")
    meter_no: Text(32, min_length=2) = Field(description="表号")
    reason: Text(300, min_length=5) = Field(description="怀疑计量不准的理由")


class EvChargerFacts(Facts):
    operator: Text(100, min_length=2) = Field(description="运营商")
    charger_id: Text(32, min_length=1) = Field(description="充电桩编号")
    energy_shown_kwh: Quantity = Field(description="充电桩显示电量（千瓦时）")
    amount_paid: SmallMoney = Field(description="实付金额（元）")


class LiveSeafoodFacts(Facts):
    dish: Text(50, min_length=1) = Field(description="菜品或活鲜名称")
    weighed_in_view: bool = Field(description="烹饪前是否当面称重")
    charged_weight_g: Quantity = Field(description="店家称出的重量（克）")
    unit_price_per_jin: SmallMoney = Field(description="单价（元/斤）")
    amount_paid: SmallMoney = Field(description="实付金额（元）")


class ReportFacts(Facts):
    instrument: Text(50, min_length=2) = Field(description="涉及的计量器具，如 电子秤、加油机")
    clue: Text(1000, min_length=10) = Field(description="具体线索：时间、地点、做法")


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    track: str
    facts: type[Facts]
    receipt_photo: bool = False  # the facts name one of the case's photos as the receipt
    automatic_assessment: bool = False


KINDS: dict[str, Kind] = {
    k.slug: k
    for k in (
        Kind("weighed", "称重商品", COMPLAINT, WeighedFacts, automatic_assessment=True),
        Kind("prepackaged", "定量包装商品", COMPLAINT, PrepackagedFacts),
        Kind("overpackaging", "过度包装", COMPLAINT, OverpackagingFacts),
        Kind("fuel_dispenser", "加油机/加气机", COMPLAINT, FuelDispenserFacts, receipt_photo=True),
        Kind("taxi_meter", "出租车计价器", COMPLAINT, TaxiMeterFacts, receipt_photo=True),
        Kind("spectacles", "眼镜", COMPLAINT, SpectaclesFacts),
        Kind("utility_meter", "民用四表（水、电、燃气、热）", COMPLAINT, UtilityMeterFacts),
        Kind("ev_charger", "电动汽车充电桩", COMPLAINT, EvChargerFacts),
        Kind("live_seafood", "餐饮活鲜", COMPLAINT, LiveSeafoodFacts),
        Kind("cheating_device", "作弊器具", REPORT, ReportFacts),
        Kind("unverified_instrument", "使用未经检定或超期未检的强检计量器具", REPORT, ReportFacts),
        Kind("unlicensed_repair", "无资质修理计量器具", REPORT, ReportFacts),
    )
}
TRACK_LABELS = {COMPLAINT: "投诉", REPORT: "举报"}


def kind_label(slug: str) -> str:
    kind = KINDS.get(slug)
    return kind.label if kind else slug


def kinds_of(track: str) -> list[Kind]:
    return [k for k in KINDS.values() if k.track == track]


def get_kind(slug: str, *, track: str) -> Kind:
    kind = KINDS.get(slug)
    if kind is None or kind.track != track:
        names = "、".join(k.label for k in kinds_of(track))
        raise InvalidInput(f"{TRACK_LABELS[track]}类别无效，请选择：{names}", code="invalid_kind")
    return kind


def _field_label(schema: type[Facts], location: tuple[Any, ...]) -> str:
    name = str(location[0]) if location else ""
    field = schema.model_fields.get(name)
    return (field.description if field and field.description else name) or "事实"


def validate_facts(kind: Kind, raw: Any) -> dict[str, Any]:
    """The kind's facts as JSON-ready data; every wrong or missing field named in Chinese in one 422."""
    try:
        facts = kind.facts.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            label = _field_label(kind.facts, tuple(error.get("loc", ())))
            problems.append(f"{label}（{'未填写' if error['type'] == 'missing' else '不符合要求'}）")
        raise InvalidInput(
            f"{kind.label}的信息不完整或有误：" + "；".join(problems), code="invalid_facts", problems=problems
        ) from None
    return facts.model_dump(mode="json", exclude_none=True)


def field_labels(kind: Kind) -> dict[str, str]:
    """Field name -> Chinese label, for the case page and the exports."""
    return {name: field.description or name for name, field in kind.facts.model_fields.items()}


# Chinese names of the coded values a kind's facts take (the form's choices, the case page, documents, exports).
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "fuel": {"gasoline": "汽油", "diesel": "柴油", "cng": "压缩天然气（CNG）", "lng": "液化天然气（LNG）",
             "lpg": "液化石油气（LPG）"},
    "utility": {"water": "水表", "electricity": "电能表", "gas": "燃气表", "heat": "热能表"},
    "product_kind": {"food": "食品", "cosmetics": "化妆品", "mooncake": "月饼", "zongzi": "粽子", "other": "其他"},
    "unit": {"g": "克", "kg": "千克", "mL": "毫升", "L": "升"},
}  # fmt: skip


def choices(kind: Kind) -> dict[str, list[tuple[str, str]]]:
    """Field -> [(value, 中文)] for the facts that take one of a few values (a select in the console's form)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, field in kind.facts.model_fields.items():
        annotation = field.annotation
        if annotation is bool:
            out[name] = [("true", "是"), ("false", "否")]
        elif get_origin(annotation) is Literal:
            labels = CHOICE_LABELS.get(name, {})
            out[name] = [(str(v), labels.get(str(v), str(v))) for v in get_args(annotation)]
    return out


def fact_value(name: str, value: Any) -> str:
    """One fact as shown to people: a coded value by its Chinese name."""
    if isinstance(value, str) and value in CHOICE_LABELS.get(name, {}):
        return CHOICE_LABELS[name][value]
    return _display(value)


def facts_text(slug: str, facts: dict[str, Any] | None) -> str:
    """The facts as one line of "标签：值" pairs (documents, exports)."""
    kind = KINDS.get(slug)
    if kind is None or not facts:
        return ""
    labels = field_labels(kind)
    return "；".join(f"{labels.get(name, name)}：{fact_value(name, value)}" for name, value in facts.items())


def _display(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)
