"""The 文书 of each decision: filled from the case, numbered per year and kind, PDF text extractable, DOCX."""

from __future__ import annotations

import asyncio
import io

import docx
import pypdf
import pytest

from complaints.documents.service import format_number, next_number
from complaints.models import ComplaintDocument
from core.audit import AuditEntry
from tests.support.intake import post, report_form

ADMIN = "/api/v1/admin/complaints"
HANDLER = "complaint_handler"


def pdf_text(body: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(body))
    return "".join(page.extract_text() for page in reader.pages).replace("\n", "")


async def issue(client, staff, case_id, kind, **body):  # type: ignore[no-untyped-def]
    resp = await client.post(f"{ADMIN}/{case_id}/documents", json={"kind": kind, **body}, headers=staff)
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def download(client, staff, case_id, document, fmt="pdf"):  # type: ignore[no-untyped-def]
    resp = await client.get(f"{ADMIN}/{case_id}/documents/{document['id']}.{fmt}", headers=staff)
    assert resp.status == 200, await resp.text()
    return await resp.read()


async def test_every_complaint_document_is_filled_from_the_case(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers(HANDLER)
    case = await complaint_api.filed(await citizen())
    cid = case["id"]

    notice = await issue(client, staff, cid, "identity_notice", details={"materials": "居民身份证复印件"})
    text = pdf_text(await download(client, staff, cid, notice))
    for filled in ("限期提供身份证明材料通知书", notice["number"], "李明", case["tracking_no"], "居民身份证复印件"):
        assert filled in text

    await client.post(f"{ADMIN}/{cid}/accept", json={"note": ""}, headers=staff)
    accepted = await issue(client, staff, cid, "acceptance")
    text = pdf_text(await download(client, staff, cid, accepted))
    assert "投诉受理决定书" in text and "决定予以受理" in text and "张记蔬菜" in text and accepted["number"] in text

    await client.post(f"{ADMIN}/{cid}/mediation", json={"note": ""}, headers=staff)
    notice = await issue(
        client, staff, cid, "mediation_notice", details={"time": "2026年12月8日上午9时", "place": "新城区市场监管所"}
    )
    text = pdf_text(await download(client, staff, cid, notice))
    assert "2026年12月8日上午9时" in text and "新城区市场监管所" in text and "回避" in text
    assert (await download(client, staff, cid, notice, "docx"))[:2] == b"PK"

    agreement = await issue(client, staff, cid, "mediation_agreement", details={"agreement": "退还货款5元，赔偿500元"})
    word = docx.Document(io.BytesIO(await download(client, staff, cid, agreement, "docx")))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert "退还货款5元，赔偿500元" in cells and "李明" in cells
    assert "投诉调解书" in [p.text for p in word.paragraphs]
    assert "退还货款5元，赔偿500元" in pdf_text(await download(client, staff, cid, agreement))

    resp = await client.post(f"{ADMIN}/{cid}/outcome", json={"result": "terminated", "termination_reason": "x"},
                             headers=staff)  # fmt: skip
    assert resp.status == 200
    resp = await client.post(f"{ADMIN}/{cid}/documents", json={"kind": "termination", "ground": "nope"}, headers=staff)
    assert resp.status == 422 and "no_agreement_60_days" in (await resp.json())["error"]["message"]
    ended = await issue(client, staff, cid, "termination", ground="no_agreement_60_days")
    text = pdf_text(await download(client, staff, cid, ended))
    assert "■ （5）自投诉受理之日起六十日内投诉人和被投诉人未能达成调解协议" in text
    assert "□ （1）投诉人撤回投诉或者双方自行和解" in text
    resp = await client.get(f"{ADMIN}/{cid}/documents/{ended['id']}.docx", headers=staff)
    assert resp.status == 404  # the decision is not edited: PDF only
    assert await AuditEntry.filter(action="complaint.document_download").count() >= 6
    detail = await (await client.get(f"{ADMIN}/{cid}/intake", headers=staff)).json()
    assert [d["kind"] for d in detail["documents"]] == [
        "identity_notice",
        "acceptance",
        "mediation_notice",
        "mediation_agreement",
        "termination",
    ]


async def test_refusal_marks_its_ground_and_wrong_states_are_refused(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers(HANDLER)
    case = await complaint_api.filed(await citizen())
    resp = await client.post(f"{ADMIN}/{case['id']}/documents", json={"kind": "refusal"}, headers=staff)
    assert resp.status == 409  # not refused (yet)
    resp = await client.post(f"{ADMIN}/{case['id']}/refuse", json={"reason": "time_barred", "note": ""}, headers=staff)
    assert resp.status == 200, await resp.text()
    refusal = await issue(client, staff, case["id"], "refusal")
    assert refusal["ground"] == "time_barred"
    text = pdf_text(await download(client, staff, case["id"], refusal))
    assert "投诉不予受理决定书" in text and "■ （4）" in text and "□ （1）" in text
    resp = await client.post(f"{ADMIN}/{case['id']}/documents", json={"kind": "report_result"}, headers=staff)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "document_not_applicable"
    resp = await client.post(f"{ADMIN}/{case['id']}/documents", json={"kind": "x"}, headers=staff)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "invalid_document_kind"
    resp = await client.post(
        f"{ADMIN}/{case['id']}/documents", json={"kind": "refusal", "details": {"foo": "bar"}}, headers=staff
    )
    assert resp.status == 422


async def test_report_result_and_registration_form(client, citizen, staff_headers):
    staff = await staff_headers(HANDLER)
    resp = await post(client, await citizen(), report_form())
    report = (await resp.json())["complaint"]
    await client.post(f"{ADMIN}/{report['id']}/accept", json={"note": ""}, headers=staff)
    result = await issue(client, staff, report["id"], "report_result", details={"result": "已立案调查并没收作弊装置"})
    text = pdf_text(await download(client, staff, report["id"], result))
    assert "举报处理结果告知书" in text and "已立案调查并没收作弊装置" in text and "王芳" in text

    form = await issue(client, staff, report["id"], "registration_form")
    text = pdf_text(await download(client, staff, report["id"], form))
    assert "举报登记表" in text and "作弊器具" in text and "磁铁" in text and "13912345678" in text


async def test_numbers_run_per_kind_and_year(client, complaint_api, citizen, staff_headers):
    staff = await staff_headers(HANDLER)
    first = await complaint_api.filed(await citizen())
    second = await complaint_api.filed(await citizen())
    a = await issue(client, staff, first["id"], "registration_form")
    b = await issue(client, staff, second["id"], "registration_form")
    c = await issue(client, staff, first["id"], "identity_notice")
    year = a["created_at"][:4]
    assert a["number"] == f"呼市监登〔{year}〕第1号" and b["number"] == f"呼市监登〔{year}〕第2号"
    assert c["number"] == f"呼市监身通〔{year}〕第1号"
    assert format_number("acceptance", 2027, 1) == "呼市监受〔2027〕第1号"
    assert await next_number("acceptance", 2027) == 1  # a new year starts its own series


@pytest.mark.parametrize("rounds", [30])
async def test_concurrent_decisions_never_share_a_number(client, complaint_api, citizen, staff_headers, rounds):
    staff = await staff_headers(HANDLER)
    case = await complaint_api.filed(await citizen())

    async def one() -> int:
        resp = await client.post(f"{ADMIN}/{case['id']}/documents", json={"kind": "registration_form"}, headers=staff)
        assert resp.status == 201, await resp.text()
        return int((await resp.json())["id"])

    await asyncio.gather(*(one() for _ in range(rounds)))
    numbers = await ComplaintDocument.filter(complaint_id=case["id"]).values_list("sequence", flat=True)
    assert sorted(numbers) == list(range(1, rounds + 1))
    raw = await asyncio.gather(*(next_number("mediation_notice", 2030) for _ in range(rounds)))
    assert sorted(raw) == list(range(1, rounds + 1))
