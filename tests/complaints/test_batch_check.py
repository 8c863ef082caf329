"""A 定量包装商品 case: a complaint handler records the batch check of the goods' batch (JJF 1070 sampling plan: the
batch size picks the sample) and its verdict; a re-check replaces it with each check kept in the timeline; a double
click records one; the citizen's timeline never shows the (unverified) verdict."""

from __future__ import annotations

import asyncio

from complaints.models import ComplaintEvent
from complaints.schemas import event_read
from core.audit import AuditEntry
from tests.support.intake import FACTS, kind_form

ADMIN = "/api/v1/admin/complaints"
HANDLER = "complaint_handler"
CHECK = {"batch_size": 30, "sample_size": 10, "mean": "497.944", "std_dev": "2", "t1_count": 0, "t2_count": 0}


async def _case(client, staff, kind="prepackaged", **facts):
    form = kind_form(kind, {**FACTS[kind], **facts}, intake_channel="counter")
    resp = await client.post(f"{ADMIN}/intake", json=form, headers=staff)
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def test_a_batch_check_is_recorded_once_and_a_recheck_replaces_it(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _case(client, handler)
    url = f"{ADMIN}/{case['id']}/batch-check"
    assert "batch_check" not in case["staff_facts"]

    # N = 30 picks the 11-50 row: n = 10, λ = 1.028; s = 2 g -> the mean may be as low as 497.944 g.
    first, second = await asyncio.gather(
        client.post(url, json=CHECK, headers=handler), client.post(url, json=CHECK, headers=handler)
    )
    assert first.status == second.status == 200, await first.text()
    shown = [(await r.json())["staff_facts"]["batch_check"] for r in (first, second)]
    assert shown[0] == shown[1]
    check = shown[0]
    assert check["input"] == {**CHECK, "unit": "g", "note": ""}
    verdict = check["assessment"]
    assert (verdict["verdict"], verdict["basis"], verdict["certainty"]) == ("within", "prepackaged_batch", "U")
    assert "批量N=30件，样本量n=10件，λ=1.028" in verdict["summary"] and "待核实" in verdict["summary"]
    assert verdict["checks"][0]["limit"] == "≥ 497.944" and check["recorded_by_name"]
    events = await ComplaintEvent.filter(complaint_id=case["id"], action="batch_check")
    assert [e.note for e in events] == ["记录批量抽样检验：批量30件，样本10件，批量合格（抽样方案待核实）"]
    assert await AuditEntry.filter(action="complaint.batch_check").count() == 2

    # A re-check replaces the record; the timeline keeps both.
    recheck = {**CHECK, "mean": "0.497943", "unit": "kg", "note": "复检"}
    resp = await client.post(url, json=recheck, headers=handler)
    assert resp.status == 200, await resp.text()
    check = (await resp.json())["staff_facts"]["batch_check"]
    assert check["assessment"]["verdict"] == "exceeds" and check["input"]["note"] == "复检"
    events = await ComplaintEvent.filter(complaint_id=case["id"], action="batch_check").order_by("id")
    assert [e.note for e in events][1] == "重新记录批量抽样检验：批量30件，样本10件，批量不合格（抽样方案待核实）"
    # The citizen's timeline says a check was made, not the verdict of an unverified plan.
    assert {event_read(e, for_staff=False).note for e in events} == {"工作人员对同批次商品进行了抽样检验"}

    detail = await (await client.get(f"{ADMIN}/{case['id']}/intake", headers=handler)).json()
    assert detail["staff_facts"]["batch_check"] == check


async def test_a_sample_the_plan_does_not_ask_for_is_left_to_staff(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _case(client, handler)
    resp = await client.post(f"{ADMIN}/{case['id']}/batch-check", json={**CHECK, "batch_size": 60}, headers=handler)
    assert resp.status == 200
    verdict = (await resp.json())["staff_facts"]["batch_check"]["assessment"]
    assert verdict["verdict"] == "manual" and "批量60件按抽样方案应抽取13件，本次样本为10件" in verdict["summary"]


async def test_batch_check_input_is_checked(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _case(client, handler)
    url = f"{ADMIN}/{case['id']}/batch-check"
    for bad in (
        {"batch_size": 0},
        {"sample_size": 20_000},
        {"mean": "-1"},
        {"mean": "abc"},
        {"mean": "1.0000001"},
        {"std_dev": "-0.1"},
        {"t1_count": -1},
        {"unit": "斤"},
        {"colour": "red"},
    ):
        resp = await client.post(url, json={**CHECK, **bad}, headers=handler)
        assert resp.status == 422, bad
        assert "不符合要求" in (await resp.json())["error"]["message"]
    for bad, code, message in (
        ({"sample_size": 31}, "sample_above_batch", "样本量不能大于批量"),
        ({"t1_count": 6, "t2_count": 5}, "counts_above_sample", "短缺件数合计不能超过样本量"),
        ({"unit": "mL"}, "unit_mismatch", "计量单位应与标注净含量一致"),
    ):
        resp = await client.post(url, json={**CHECK, **bad}, headers=handler)
        error = (await resp.json())["error"]
        assert (resp.status, error["code"]) == (422, code) and message in error["message"]
    assert await ComplaintEvent.filter(complaint_id=case["id"], action="batch_check").count() == 0

    other = await _case(client, handler, kind="overpackaging")
    resp = await client.post(f"{ADMIN}/{other['id']}/batch-check", json=CHECK, headers=handler)
    error = (await resp.json())["error"]
    assert (resp.status, error["code"]) == (422, "not_prepackaged") and "过度包装" in error["message"]


async def test_no_batch_check_on_a_closed_case_or_by_other_roles(client, staff_headers):
    handler = await staff_headers(HANDLER)
    case = await _case(client, handler)
    url = f"{ADMIN}/{case['id']}/batch-check"
    officer = await staff_headers("verification_officer")
    assert (await client.post(url, json=CHECK, headers=officer)).status == 403
    resp = await client.post(
        f"{ADMIN}/{case['id']}/refuse", json={"reason": "time_barred", "note": ""}, headers=handler
    )
    assert resp.status == 200, await resp.text()
    resp = await client.post(url, json=CHECK, headers=handler)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "case_closed"
    assert (await client.post(f"{ADMIN}/999999/batch-check", json=CHECK, headers=handler)).status == 404
