"""Forms of each kind of 民生计量 case and 举报 for the intake tests, and posting one through the mini-program API."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from core.clock import ZONE as TZ

FILE = "/api/v1/miniapp/complaints"

FACTS: dict[str, dict[str, Any]] = {
    "prepackaged": {"barcode": "6901234567892", "labelled_quantity": "500", "measured_quantity": "478", "unit": "g"},
    "overpackaging": {"product_kind": "mooncake", "layers": 4, "void_ratio_percent": "62.5", "packaging_cost": "38"},
    "fuel_dispenser": {
        "station": "新华大街加油站",
        "pump_number": "3-2",
        "fuel": "gasoline",
        "volume_shown": "40.00",
        "amount_paid": "300.00",
    },
    "taxi_meter": {"plate": "蒙A12345", "route_from": "呼和浩特东站", "route_to": "大召寺", "fare": "38.50"},
    "spectacles": {"shop": "明亮眼镜店", "prescription_right_sphere": "-3.25", "prescription_left_sphere": "-2.75"},
    "utility_meter": {
        "utility": "water",
        "account_no": "0102030405",
        "meter_no": "W2024-778",
        "reason": "本月用水量是平时的三倍，家中无人",
    },
    "ev_charger": {"operator": "青城充电", "charger_id": "CZ-0012", "energy_shown_kwh": "35.2", "amount_paid": "52.80"},
    "live_seafood": {
        "dish": "清蒸鲈鱼",
        "weighed_in_view": False,
        "charged_weight_g": "1500",
        "unit_price_per_jin": "68",
        "amount_paid": "204",
    },
}
RECEIPT_KINDS = {"fuel_dispenser", "taxi_meter"}


def kind_form(kind: str, facts: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "kind": kind,
        "facts": facts if facts is not None else dict(FACTS[kind]),
        "merchant_name": "被投诉经营者",
        "location": "新城区新华大街88号",
        "district": "新城区",
        "goods": "商品",
        "purchased_at": (datetime.now(TZ) - timedelta(hours=3)).isoformat(),
        "description": "计量明显不准，请求处理。",
        "complainant_name": "王芳",
        "complainant_address": "呼和浩特市新城区东风路12号",
        "contact_phone": "13912345678",
    }
    form.update(overrides)
    return form


async def post(client: Any, headers: dict[str, str], form: dict[str, Any]) -> Any:
    return await client.post(FILE, json=form, headers={**headers, "Idempotency-Key": uuid.uuid4().hex})


def report_form(kind: str = "cheating_device", **overrides: Any) -> dict[str, Any]:
    facts = {"instrument": "电子秤", "clue": "摊主在秤盘下粘了磁铁，每次称重多出二两左右"}
    return kind_form(kind, facts, **{"track": "report", **overrides})
