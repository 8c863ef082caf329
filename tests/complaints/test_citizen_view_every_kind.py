"""What the citizen and the statistics see across every kind: the 举报 kinds filed from the mini-program, every
kind (举报 too) in the statistics and the export, and deadlines resting on unverified limits never shown as certain."""

from __future__ import annotations

import csv
import io

import pytest

from complaints.kinds import KINDS, REPORT
from core.models import StaffRole
from tests.support.intake import FILE, post, report_form

ADMIN = "/api/v1/admin/complaints"
HANDLER = "complaint_handler"
REPORT_KINDS = sorted(k.slug for k in KINDS.values() if k.track == REPORT)


@pytest.mark.parametrize("kind", REPORT_KINDS)
async def test_each_report_kind_files_and_counts(client, complaint_api, citizen, staff_headers, kind):
    headers = await citizen()
    photo = await complaint_api.photo_id(headers)
    resp = await post(client, headers, report_form(kind=kind, photo_ids=[photo]))
    assert resp.status == 201, await resp.text()
    report = (await resp.json())["complaint"]
    assert report["kind"] == kind and report["track"] == "report" and len(report["photos"]) == 1
    assert report["kind_facts"]["instrument"] == "电子秤"

    staff = await staff_headers(HANDLER)
    stats = await (await client.get(f"{ADMIN}/statistics", headers=staff)).json()
    rows = {r["kind"]: r for r in stats["by_kind"]}
    assert set(rows) == set(KINDS)  # every kind listed, zero included
    assert rows[kind]["count"] == 1 and rows[kind]["track_label"] == "举报"
    assert sum(r["count"] for r in stats["by_kind"]) == stats["total"] == 1
    assert {"track": "report", "track_label": "举报", "count": 1} in stats["by_track"]
    body = (await (await client.get(f"{ADMIN}/export.csv", headers=staff)).read()).decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(body)))
    assert row["投诉/举报"] == "举报" and row["类别"] == KINDS[kind].label and "电子秤" in row["类别信息"]


async def test_deadlines_on_unverified_limits_are_not_shown_as_certain(client, complaint_api, citizen, staff_headers):
    owner = await citizen()
    case = await complaint_api.filed(owner)  # received under 第121号, whose limits ship provisional (S/U)
    mine = await (await client.get(f"{FILE}/{case['id']}", headers=owner)).json()
    assert mine["regulation"] == "samr-121"
    assert mine["deadline_provisional"] is True
    assert "仅供参考" in mine["deadline_note"] and "以市场监管部门的通知为准" in mine["deadline_note"]

    # An administrator confirms the official values: the case is recomputed and its dates are no longer provisional.
    admin = await staff_headers(StaffRole.ADMIN)
    body = {
        "regulation": "samr-121",
        "accept_days": 7,
        "accept_unit": "working_days",
        "mediation_days": 60,
        "mediation_unit": "calendar_days",
        "effective_from": "2026-04-15",
        "note": "总局令第121号（官方文本核对）",
        "confirm": True,
    }
    resp = await client.post(f"{ADMIN}/policy", json=body, headers=admin)
    assert resp.status == 201, await resp.text()
    mine = await (await client.get(f"{FILE}/{case['id']}", headers=owner)).json()
    assert mine["deadline_provisional"] is False and mine["deadline_note"] == ""
