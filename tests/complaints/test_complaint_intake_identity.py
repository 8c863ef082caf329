"""Identity (name, phone, address), its masking and audited full view; 举报 anonymous; 12315 registration."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from complaints.models import ComplaintNotification
from complaints.service import public_status
from core.audit import AuditEntry
from core.models import MiniappUser
from tests.support.intake import FILE, kind_form, post, report_form

ADMIN = "/api/v1/admin/complaints"
HANDLER = "complaint_handler"


async def test_missing_identity_is_named_not_silently_refused(complaint_api, citizen):
    headers = await citizen()
    resp = await complaint_api.file(headers, complainant_name=None, complainant_address="东风路", contact_phone=None)
    assert resp.status == 422
    error = (await resp.json())["error"]
    assert error["code"] == "identity_missing"
    assert error["details"]["missing"] == ["姓名", "联系电话", "联系地址"]
    assert "请补充：姓名、联系电话、联系地址" in error["message"]


async def test_phone_from_the_wechat_phone_grant_fills_the_form(complaint_api, citizen):
    headers = await citizen("o-granted")
    await MiniappUser.filter(openid="o-granted").update(phone="13600001111")
    case = await complaint_api.filed(headers, contact_phone=None)
    assert case["contact_phone"] == "136****1111"
    assert case["complainant_name"] == "李明"  # the citizen sees their own data in full


async def test_staff_see_identity_masked_and_the_full_view_is_audited(client, complaint_api, citizen, staff_headers):
    case = await complaint_api.filed(await citizen())
    staff = await staff_headers(HANDLER)
    detail = await (await client.get(f"{ADMIN}/{case['id']}/intake", headers=staff)).json()
    assert detail["complainant_name"] == "李*"
    assert detail["complainant_address"] == "呼和浩特市新****"
    assert "东风路" not in detail["complainant_address"]
    before = await AuditEntry.filter(action="complaint.view_identity").count()
    resp = await client.get(f"{ADMIN}/{case['id']}/identity", headers=staff)
    assert resp.status == 200
    full = await resp.json()
    assert full == {
        "complainant_name": "李明",
        "contact_phone": "13912345678",
        "complainant_address": "呼和浩特市新城区东风路12号",
        "anonymous": False,
    }
    entries = await AuditEntry.filter(action="complaint.view_identity").order_by("-seq")
    assert len(entries) == before + 1 and entries[0].target == f"complaint:{case['id']}"


async def test_anonymous_report_keeps_no_identity_and_sends_no_feedback(client, citizen, staff_headers):
    headers = await citizen()
    resp = await post(client, headers, report_form(anonymous=True, complainant_name=None, contact_phone=None))
    assert resp.status == 201, await resp.text()
    report = (await resp.json())["complaint"]
    assert report["track"] == "report" and report["anonymous"] is True
    assert report["complainant_name"] == "" and report["contact_phone"] == ""
    assert "不代表可以获得奖励" in report["assessment"]["reward_note"]
    assert report["photos"] == []  # a report may come with a clue only
    staff = await staff_headers(HANDLER)
    detail = await (await client.get(f"{ADMIN}/{report['id']}/intake", headers=staff)).json()
    assert detail["user_id"] is None
    assert detail["policy"]["report_decision"]["value"] == 15
    assert detail["policy"]["report_decision"]["unit"] == "working_days"
    resp = await client.post(f"{ADMIN}/{report['id']}/accept", json={"note": "立案核查"}, headers=staff)
    assert resp.status == 200, await resp.text()
    assert await ComplaintNotification.filter(complaint_id=report["id"]).count() == 0
    resp = await client.post(
        f"{ADMIN}/{report['id']}/documents",
        json={"kind": "report_result", "details": {"result": "立案"}},
        headers=staff,
    )
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "anonymous_report"
    # A complaint can never be anonymous; a named report needs name and phone but no address.
    resp = await post(client, headers, kind_form("spectacles", anonymous=True))
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "anonymous_complaint"
    resp = await post(client, headers, report_form(complainant_address=None))
    assert resp.status == 201


async def test_report_kinds_are_a_separate_track(client, citizen):
    headers = await citizen()
    resp = await post(client, headers, report_form(track="complaint"))
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "invalid_kind"
    resp = await post(client, headers, kind_form("spectacles", track="report"))
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "invalid_kind"


async def test_12315_number_recorded_audited_shown_to_citizen_and_exported(
    client, complaint_api, citizen, staff_headers
):
    owner = await citizen()
    case = await complaint_api.filed(owner)
    other = await complaint_api.filed(owner, merchant_name="另一家摊位")
    staff = await staff_headers(HANDLER)
    resp = await client.post(f"{ADMIN}/{case['id']}/registration-12315", json={"number": "=cmd"}, headers=staff)
    assert resp.status == 422
    resp = await client.post(
        f"{ADMIN}/{case['id']}/registration-12315", json={"number": "T20261203-0042"}, headers=staff
    )
    assert resp.status == 200, await resp.text()
    assert await AuditEntry.filter(action="complaint.register_12315").count() == 1
    mine = await (await client.get(f"{FILE}/{case['id']}", headers=owner)).json()
    assert mine["registered_at_12315"] is True and mine["registration_12315"] == "T20261203-0042"
    assert any("12315" in e["note"] for e in mine["events"])
    await MiniappUser.filter(complaints__id=case["id"]).update(unionid="u-12315-owner")
    status = await public_status(tracking_no=case["tracking_no"], unionid="u-12315-owner")
    assert status is not None and "全国12315平台登记（登记号 T20261203-0042）" in status.next_step

    one = await client.get(f"{ADMIN}/{case['id']}/registration-12315.csv", headers=staff)
    assert one.status == 200
    rows = list(csv.DictReader(io.StringIO((await one.read()).decode("utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["12315登记号"] == "T20261203-0042" and rows[0]["投诉（举报）人姓名"] == "李明"
    assert (
        rows[0]["联系地址"] == "呼和浩特市新城区东风路12号" and rows[0]["被投诉（举报）人名称"] == "张记蔬菜 12号摊位"
    )

    bulk = await client.get(f"{ADMIN}/registration-12315.xlsx", params={"unregistered": "true"}, headers=staff)
    assert bulk.status == 200
    sheet = load_workbook(io.BytesIO(await bulk.read())).active
    numbers = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert numbers == [other["tracking_no"]]
    assert await AuditEntry.filter(action="complaint.export_12315").count() == 2


async def test_staff_file_a_case_taken_by_phone(client, staff_headers):
    staff = await staff_headers(HANDLER)
    resp = await client.post(f"{ADMIN}/intake", json=kind_form("taxi_meter", intake_channel="phone"), headers=staff)
    assert resp.status == 201, await resp.text()  # staff see the paper receipt: no photo needed
    form = kind_form("utility_meter", intake_channel="counter")
    resp = await client.post(f"{ADMIN}/intake", json=form, headers=staff)
    assert resp.status == 201, await resp.text()
    case = await resp.json()
    assert case["intake_channel"] == "counter" and case["events"][0]["note"] == "窗口登记投诉（登记表）"
    assert case["photos"] == []
    resp = await client.post(
        f"{ADMIN}/intake",
        json=kind_form("utility_meter", intake_channel="phone", complainant_address=None),
        headers=staff,
    )
    assert resp.status == 422 and (await resp.json())["error"]["details"]["missing"] == ["联系地址"]
    assert await AuditEntry.filter(action="complaint.file_by_staff").count() == 2  # refusals are not actions
    # The meter test request and its result are recorded on the case.
    record = {
        "requested_on": "2026-01-05",
        "institute": "呼和浩特市计量测试所",
        "result": "fail",
        "error_percent": "4.5",
    }
    resp = await client.post(f"{ADMIN}/{case['id']}/staff-facts", json=record, headers=staff)
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["staff_facts"]["meter_test"]["result"] == "fail"
    resp = await client.post(f"{ADMIN}/{case['id']}/staff-facts", json={"result": "maybe"}, headers=staff)
    assert resp.status == 422
