"""Statistics, merchant and market complaint histories (诚信计量 credit input), and the CSV export."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.functions import Count

from complaints.assessment import categories
from complaints.kinds import KINDS, TRACK_LABELS, facts_text, kind_label
from complaints.models import CLOSED_STATUSES, STATUS_LABELS, Complaint, ComplaintStatus, Market, Merchant
from complaints.schemas import district_name
from complaints.service import QueueFilters, filtered
from core.clock import now_local
from core.errors import NotFound
from core.models import StaffAccount
from core.privacy import mask_phone
from core.spreadsheet import safe_cell

CREDIT_WINDOW_DAYS = 365
# 诚信计量 input: substantiated short-weight cases within a year -> level (an internal indicator, not a sanction).
CREDIT_LEVELS = ((0, "良好"), (1, "关注"), (2, "警示"))


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def statistics(*, staff: StaffAccount, filters: QueueFilters) -> dict[str, Any]:
    query = filtered(staff, filters)

    async def grouped(field: str) -> dict[str, int]:
        rows = await query.annotate(n=Count("id")).group_by(field).values(field, "n")
        return {str(row[field]): int(row["n"]) for row in rows}

    by_district = await grouped("district")
    by_month = await grouped("filed_month")
    by_category = await grouped("category")
    by_status = await grouped("status")
    by_kind = await grouped("kind")
    by_track = await grouped("track")
    judged = await query.filter(substantiated__isnull=False).count()
    substantiated = await query.filter(substantiated=True).count()
    closed = await query.filter(status__in=list(CLOSED_STATUSES), closed_at__isnull=False).values_list(
        "created_at", "closed_at"
    )
    hours = [(end - start).total_seconds() / 3600 for start, end in closed]
    total = sum(by_status.values())
    return {
        "total": total,
        "by_district": [
            {"district": slug, "district_name": district_name(slug), "count": n}
            for slug, n in sorted(by_district.items())
        ],
        "by_month": [{"month": month, "count": n} for month, n in sorted(by_month.items())],
        "by_category": [
            {"category": slug, "category_label": categories().get(slug, {}).get("label", slug), "count": n}
            for slug, n in sorted(by_category.items())
        ],
        "by_kind": by_kind_rows(by_kind),
        "by_track": [
            {"track": slug, "track_label": TRACK_LABELS.get(slug, slug), "count": n}
            for slug, n in sorted(by_track.items())
        ],
        "by_status": [
            {"status": s, "status_label": STATUS_LABELS[ComplaintStatus(s)], "count": n}
            for s, n in sorted(by_status.items())
        ],
        "substantiated": substantiated,
        "judged": judged,
        "substantiated_rate": _rate(substantiated, judged),
        "closed": len(hours),
        "average_handling_days": round(sum(hours) / len(hours) / 24, 2) if hours else None,
    }


def by_kind_rows(counts: dict[str, int]) -> list[dict[str, Any]]:
    """Every kind in the form's order, 投诉 kinds then 举报 kinds, zero included (a chart shows what is absent too);
    a kind no longer offered but present in old cases comes last."""
    rows = [
        {"kind": k.slug, "kind_label": k.label, "track": k.track, "track_label": TRACK_LABELS[k.track],
         "count": counts.get(k.slug, 0)}
        for k in sorted(KINDS.values(), key=lambda k: k.track != "complaint")
    ]  # fmt: skip
    rows += [
        {"kind": slug, "kind_label": slug, "track": "", "track_label": "", "count": n}
        for slug, n in sorted(counts.items())
        if slug not in KINDS
    ]
    return rows


def by_kind_csv(figures: dict[str, Any]) -> str:
    """The statistics' breakdown by kind as CSV text (for the console's Excel download)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["投诉/举报", "类别", "件数"])
    for row in figures["by_kind"]:
        writer.writerow([row["track_label"], row["kind_label"], row["count"]])
    writer.writerow(["", "合计", figures["total"]])
    return out.getvalue()


@dataclass(frozen=True)
class History:
    total: int
    substantiated: int
    open: int
    last_complaint_at: datetime | None
    last_substantiated_at: datetime | None
    substantiated_last_year: int
    credit_level: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def credit_level(substantiated_last_year: int) -> str:
    level = CREDIT_LEVELS[0][1]
    for threshold, label in CREDIT_LEVELS:
        if substantiated_last_year >= threshold:
            level = label
    return level


async def history(query: Any) -> History:
    rows = await query.values_list("status", "substantiated", "created_at")
    year_ago = now_local() - timedelta(days=CREDIT_WINDOW_DAYS)
    substantiated_dates = [created for _, sub, created in rows if sub]
    last_year = sum(1 for created in substantiated_dates if created >= year_ago)
    return History(
        total=len(rows),
        substantiated=len(substantiated_dates),
        open=sum(1 for status, _, _ in rows if status in ("pending", "accepted", "mediating")),
        last_complaint_at=max((created for _, _, created in rows), default=None),
        last_substantiated_at=max(substantiated_dates, default=None),
        substantiated_last_year=last_year,
        credit_level=credit_level(last_year),
    )


async def merchant_history(*, merchant_id: int) -> dict[str, Any]:
    """A merchant's record for 诚信计量 credit (all districts: credit follows the merchant)."""
    merchant = await Merchant.get_or_none(id=merchant_id)
    if merchant is None:
        raise NotFound("没有找到该商户", code="merchant_not_found")
    summary = await history(Complaint.filter(merchant_id=merchant_id))
    return {
        "merchant": {
            "id": merchant.id,
            "name": merchant.name,
            "district": merchant.district,
            "district_name": district_name(merchant.district),
            "market_id": merchant.market_id,  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
            "location": merchant.location,
        },
        **summary.as_dict(),
    }


async def market_history(*, market_id: int) -> dict[str, Any]:
    market = await Market.get_or_none(id=market_id)
    if market is None:
        raise NotFound("没有找到该市场", code="market_not_found")
    summary = await history(Complaint.filter(market_id=market_id))
    per_merchant = (
        await Complaint.filter(market_id=market_id, substantiated=True)
        .annotate(n=Count("id"))
        .group_by("merchant_id")
        .values("merchant_id", "n")
    )
    return {
        "market": {"id": market.id, "name": market.name, "district": market.district, "address": market.address},
        **summary.as_dict(),
        "merchants_with_substantiated": len(per_merchant),
    }


async def merchant_ranking(*, district: str | None, market_id: int | None, limit: int) -> list[dict[str, Any]]:
    """Merchants by substantiated complaints (most first), for inspection planning."""
    query = Complaint.filter(substantiated=True)
    if district:
        query = query.filter(district=district)
    if market_id is not None:
        query = query.filter(market_id=market_id)
    rows = await query.values_list("merchant_id", "created_at")
    counts = Counter(merchant_id for merchant_id, _ in rows)
    last: dict[int, datetime] = {}
    for merchant_id, created in rows:
        last[merchant_id] = max(created, last.get(merchant_id, created))
    top = counts.most_common(limit)
    merchants = {m.id: m for m in await Merchant.filter(id__in=[m for m, _ in top])}
    return [
        {
            "merchant_id": merchant_id,
            "name": merchants[merchant_id].name,
            "district": merchants[merchant_id].district,
            "substantiated": n,
            "last_substantiated_at": last[merchant_id].isoformat(),
        }
        for merchant_id, n in top
    ]


CSV_COLUMNS = [
    ("tracking_no", "投诉编号"),
    ("received_on", "受理登记日期"),
    ("status", "状态"),
    ("district", "发生区域"),
    ("assigned_district", "承办单位"),
    ("market", "市场/位置"),
    ("merchant_name", "被投诉商户"),
    ("track", "投诉/举报"),
    ("kind", "类别"),
    ("kind_facts", "类别信息"),
    ("registration_12315", "12315登记号"),
    ("goods", "商品"),
    ("category", "商品类别"),
    ("charged_weight_g", "结算重量(克)"),
    ("found_weight_g", "复称重量(克)"),
    ("verdict", "初步判定"),
    ("substantiated", "是否查实"),
    ("refund_amount", "退款(元)"),
    ("compensation_amount", "赔偿(元)"),
    ("contact_phone", "联系电话"),
    ("due_on", "当前期限"),
    ("closed_at", "办结时间"),
]


async def export_csv(*, staff: StaffAccount, filters: QueueFilters, limit: int = 50_000) -> bytes:
    """UTF-8 with a BOM so Excel opens the Chinese correctly; phones masked."""
    rows = await filtered(staff, filters).order_by("id").limit(limit)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label for _, label in CSV_COLUMNS])
    yes_no = {True: "是", False: "否", None: ""}
    for c in rows:
        values = {
            "tracking_no": c.tracking_no,
            "received_on": c.received_on,
            "status": c.status_label,
            "district": district_name(c.district),
            "assigned_district": district_name(c.assigned_district),
            "market": c.location,
            "merchant_name": c.merchant_name,
            "track": TRACK_LABELS.get(c.track, c.track),
            "kind": kind_label(c.kind),
            "kind_facts": facts_text(c.kind, c.kind_facts),
            "registration_12315": c.registration_12315 or "",
            "goods": c.goods,
            "category": categories().get(c.category, {}).get("label", c.category),
            "charged_weight_g": c.charged_weight_g,
            "found_weight_g": c.found_weight_g,
            "verdict": c.assessment.get("verdict_label", ""),
            "substantiated": yes_no[c.substantiated],
            "refund_amount": c.refund_amount,
            "compensation_amount": c.compensation_amount,
            "contact_phone": mask_phone(c.contact_phone),
            "due_on": c.due_on,
            "closed_at": c.closed_at.astimezone(now_local().tzinfo).strftime("%Y-%m-%d %H:%M") if c.closed_at else "",
        }
        writer.writerow([safe_cell(values[key]) for key, _ in CSV_COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
