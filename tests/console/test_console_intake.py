"""The console's intake pages: a case taken at the counter (登记表), its facts, the identity shown in full only on
an audited click, the 12315 number, the 文书 issued and downloaded, the queue filtered by kind."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pypdf

from complaints.models import Complaint
from core.clock import ZONE as TZ
from core.models import StaffRole
from tests.support.console import audit_actions


async def test_counter_case_from_form_to_document(browser_user, console_staff, complaint_api, citizen):  # type: ignore[no-untyped-def]
    weighed = await complaint_api.filed(await citizen())
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, name="王丽")
    user = browser_user()
    await user.login(handler.username)
    await user.get("/console/complaints/intake?kind=utility_meter")
    assert "户号" in user.html and "表号" in user.html
    when = (datetime.now(TZ) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    form = {
        "kind": "utility_meter",
        "intake_channel": "counter",
        "complainant_name": "赵强",
        "contact_phone": "13822223333",
        "complainant_address": "呼和浩特市赛罕区大学西街5号",
        "merchant_name": "某燃气公司",
        "location": "赛罕区营业厅",
        "district": "saihan",
        "purchased_at": when,
        "facts.utility": "gas",
        "facts.account_no": "880012",
        "facts.meter_no": "G-5521",
        "facts.reason": "燃气表在不用气时仍在走字",
        "description": "燃气表空走，申请检定。",
    }
    await user.post("/console/complaints/intake", {**form, "complainant_address": ""})
    assert "联系地址" in user.html  # what is missing, named; the form keeps what was typed
    assert "880012" in user.html
    await user.post("/console/complaints/intake", form)
    case = await Complaint.get(kind="utility_meter")
    assert user.last_url.endswith(f"/console/complaints/{case.id}")
    assert case.intake_channel == "counter" and case.kind_facts["meter_no"] == "G-5521"
    assert "G-5521" in user.html and "民用四表" in user.html
    assert "赵*" in user.html and "13822223333" not in user.html and "大学西街" not in user.html

    await user.post(f"/console/complaints/{case.id}/identity")
    assert "13822223333" in user.html and "大学西街5号" in user.html
    await user.get(f"/console/complaints/{case.id}")
    await user.post(f"/console/complaints/{case.id}/registration-12315", {"number": "HH2026-000123"})
    assert "HH2026-000123" in user.html
    await user.post(f"/console/complaints/{case.id}/documents", {"kind": "registration_form", "request": "检定燃气表"})
    link = re.search(r'href="(/console/complaints/\d+/documents/\d+\.pdf)"', user.html).group(1)  # type: ignore[union-attr]
    async with user.client.get(link) as resp:
        assert resp.status == 200
        text = pypdf.PdfReader(io.BytesIO(await resp.read())).pages[0].extract_text()
    assert "投诉登记表" in text and "窗口" in text and "G-5521" in text and "检定燃气表" in text
    await user.post(f"/console/complaints/{case.id}/documents", {"kind": "refusal"})
    assert "不能出具" in user.html  # the case is not refused: no 不予受理决定书
    actions = await audit_actions(target=f"complaint:{case.id}")
    for action in (
        "complaint.file_by_staff",
        "complaint.view_identity",
        "complaint.register_12315",
        "complaint.document_issue",
        "complaint.document_download",
    ):
        assert action in actions

    await user.get("/console/complaints?kind=utility_meter")
    assert case.tracking_no in user.html and weighed["tracking_no"] not in user.html
    await user.get("/console/complaints?track=report")
    assert case.tracking_no not in user.html


async def test_batch_check_form_on_a_prepackaged_case(browser_user, console_staff):  # type: ignore[no-untyped-def]
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, name="王丽")
    user = browser_user()
    await user.login(handler.username)
    when = (datetime.now(TZ) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    await user.post(
        "/console/complaints/intake",
        {
            "kind": "prepackaged",
            "intake_channel": "counter",
            "complainant_name": "赵强",
            "contact_phone": "13822223333",
            "complainant_address": "呼和浩特市赛罕区大学西街5号",
            "merchant_name": "某超市",
            "location": "赛罕区",
            "district": "saihan",
            "purchased_at": when,
            "goods": "大米",
            "facts.labelled_quantity": "500",
            "facts.measured_quantity": "478",
            "facts.unit": "g",
            "description": "同批次大米都不足。",
        },
    )
    case = await Complaint.get(kind="prepackaged")
    assert user.last_url.endswith(f"/console/complaints/{case.id}"), user.html
    assert 'id="form-batch-check"' in user.html and "尚未记录" in user.html
    assert "11-50件抽10件" in user.html and "1-10件全检" in user.html and "&gt;3200件抽125件" in user.html
    check = {"batch_size": "30", "sample_size": "10", "mean": "497.9", "unit": "g", "std_dev": "2",
             "t1_count": "0", "t2_count": "0"}  # fmt: skip
    await user.post(f"/console/complaints/{case.id}/batch-check", {**check, "sample_size": "abc"})
    assert "抽样检验填写有误：样本量n" in user.html
    await user.post(f"/console/complaints/{case.id}/batch-check", check)
    assert "已记录批量抽样检验：批量不合格" in user.html
    assert "批量N=30件，样本量n=10件，λ=1.028" in user.html and "抽样方案待核实，标注U" in user.html
    await user.post(f"/console/complaints/{case.id}/batch-check", check)
    assert "该抽样检验已记录，未作改动" in user.html
    await user.post(f"/console/complaints/{case.id}/batch-check", {**check, "mean": "498"})
    assert "批量合格" in user.html and "重新记录批量抽样检验" in user.html
    actions = await audit_actions(target=f"complaint:{case.id}")
    assert actions.count("complaint.batch_check") == 2
