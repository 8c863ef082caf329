"""Figures for the bureau's plan targets: commitments and 示范单位 by district and sector, inspection coverage,
受检率 (inspected ÷ planned), complaint rate per 10,000 registered businesses."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from complaints import credit_feed as complaints_feed
from core.districts import all_districts
from credit.models import (
    SECTOR_LABELS,
    AwardApplication,
    AwardStatus,
    Business,
    Commitment,
    CommitmentStatus,
    Inspection,
    InspectionStatus,
    Sector,
)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def statistics(*, date_from: date, date_to: date, district: str | None = None) -> dict[str, Any]:
    businesses = await Business.all().values("id", "district", "sector")
    if district:
        businesses = [b for b in businesses if b["district"] == district]
    by_id = {b["id"]: b for b in businesses}
    committed = set(
        await Commitment.filter(status=CommitmentStatus.ACTIVE, business_id__in=list(by_id)).values_list(
            "business_id", flat=True
        )
    )
    awarded = set(
        await AwardApplication.filter(
            status=AwardStatus.AWARDED, valid_until__gte=date_to, business_id__in=list(by_id)
        ).values_list("business_id", flat=True)
    )
    rows_planned = await Inspection.filter(business_id__in=list(by_id)).values(
        "business_id", "status", "passed", "inspected_on", "campaign__created_at"
    )
    # A check counts in the period its campaign was drawn in.
    planned = [p for p in rows_planned if date_from <= p["campaign__created_at"].date() <= date_to]
    inspected_ids = {p["business_id"] for p in planned if p["status"] == InspectionStatus.DONE}
    complaints = await complaints_feed.complaints_by_district(date_from=date_from, date_to=date_to)

    rows = []
    for d in all_districts():
        if district and d.slug != district:
            continue
        for sector in Sector:
            ids = [b["id"] for b in businesses if b["district"] == d.slug and b["sector"] == sector]
            if not ids:
                continue
            rows.append(
                {
                    "district": d.slug,
                    "district_name": d.name,
                    "sector": sector.value,
                    "sector_label": SECTOR_LABELS[sector],
                    "businesses": len(ids),
                    "commitments": sum(1 for i in ids if i in committed),
                    "awards": sum(1 for i in ids if i in awarded),
                    "inspected": sum(1 for i in ids if i in inspected_ids),
                }
            )
    per_district = []
    for d in all_districts():
        if district and d.slug != district:
            continue
        n = sum(1 for b in businesses if b["district"] == d.slug)
        c = complaints.get(d.slug, 0)
        per_district.append(
            {
                "district": d.slug,
                "district_name": d.name,
                "businesses": n,
                "complaints": c,
                "complaints_per_10k": round(c / n * 10000, 1) if n else None,
            }
        )
    done = [p for p in planned if p["status"] == InspectionStatus.DONE]
    return {
        "date_from": date_from.isoformat(),
        "date_to": date_to.isoformat(),
        "businesses": len(businesses),
        "commitments": len(committed),
        "awards": len(awarded),
        "inspections_planned": len(planned),
        "inspections_done": len(done),
        "inspection_rate": _rate(len(done), len(planned)),  # 受检率: inspected ÷ planned
        "coverage": _rate(len(inspected_ids), len(businesses)),  # share of registered businesses inspected
        "pass_rate": _rate(sum(1 for p in done if p["passed"]), len(done)),
        "rows": rows,
        "per_district": per_district,
    }


def statistics_csv(figures: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["区县", "经营类别", "经营者数", "已承诺", "示范单位", "已检查"])
    for r in figures["rows"]:
        writer.writerow(
            [r["district_name"], r["sector_label"], r["businesses"], r["commitments"], r["awards"], r["inspected"]]
        )
    writer.writerow([])
    writer.writerow(["区县", "经营者数", "投诉件数", "每万户投诉率"])
    for r in figures["per_district"]:
        writer.writerow([r["district_name"], r["businesses"], r["complaints"], r["complaints_per_10k"] or ""])
    return "\ufeff" + out.getvalue()
