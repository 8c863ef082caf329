"""Filing a short-weight complaint through the mini-program API: validation, photos, idempotency, checks."""

from __future__ import annotations

import asyncio
import io
import re
import uuid
from datetime import datetime, timedelta

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from PIL import Image

from complaints.models import Complaint, ComplaintPhoto, ContentCheck
from complaints.photos import photo_path
from tests.support.complaints import TZ, ComplaintApi, filing_form, image_bytes


async def test_filing_returns_tracking_number_assessment_and_case(complaint_api: ComplaintApi, citizen):
    headers = await citizen()
    resp = await complaint_api.file(headers)
    assert resp.status == 201, await resp.text()
    body = await resp.json()
    today = datetime.now(TZ).strftime("%Y%m%d")
    assert re.fullmatch(rf"JL{today}\d{{6}}", body["tracking_no"])
    case = body["complaint"]
    assert case["status"] == "pending" and case["status_label"] == "待受理"
    assert case["district"] == "xincheng" and case["district_name"] == "新城区"
    assert case["contact_phone"] == "139****5678"
    assert case["regulation"] == "samr-121"
    # 1 kg of vegetables: 20 g table value, 2x for the fair scale -> 40 g; 150 g short exceeds it.
    assert case["assessment"]["verdict"] == "exceeds"
    assert case["assessment"]["tolerance_g"] == "40"
    assert "超出允许范围" in case["assessment"]["summary"]
    assert len(case["photos"]) == 1 and case["photos"][0]["check_status"] == "pending"
    assert [e["action"] for e in case["events"]] == ["file"]


async def test_photos_are_reencoded_without_exif_and_randomly_named(complaint_api, citizen, settings):
    headers = await citizen()
    original = image_bytes("JPEG", gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the fixture really carries GPS
    resp = await complaint_api.upload(headers, original, filename="../../etc/passwd.jpg")
    assert resp.status == 201
    photo = await ComplaintPhoto.get(id=(await resp.json())["id"])
    stored = photo_path(settings.var_dir, photo.stored_name)
    assert stored.parent == settings.var_dir / "uploads" / "complaints"
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", photo.stored_name)
    reopened = Image.open(stored)
    assert reopened.format == "JPEG"
    assert len(reopened.getexif()) == 0
    assert b"JiliangCam" not in stored.read_bytes()


async def test_png_and_webp_are_accepted_by_content(complaint_api, citizen):
    headers = await citizen()
    for fmt, content_type in (("PNG", "image/png"), ("WEBP", "image/webp")):
        resp = await complaint_api.upload(headers, image_bytes(fmt, gps=False), filename="photo.txt")
        assert resp.status == 201, await resp.text()
        assert (await resp.json())["content_type"] == content_type


async def test_fake_and_oversized_images_are_refused(complaint_api, citizen):
    headers = await citizen()
    resp = await complaint_api.upload(headers, b"<?php echo 'hi'; ?>" * 10, filename="evidence.jpg")
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "photo_invalid"

    gif = io.BytesIO()
    Image.new("RGB", (64, 64)).save(gif, format="GIF")
    resp = await complaint_api.upload(headers, gif.getvalue(), filename="a.png")
    assert resp.status == 422

    resp = await complaint_api.upload(headers, b"\xff\xd8\xff" + b"0" * (10 * 1024 * 1024 + 10))
    assert resp.status == 413
    assert (await resp.json())["error"]["code"] == "photo_too_large"
    assert await ComplaintPhoto.all().count() == 0


async def test_malformed_inputs_get_clear_4xx_and_save_nothing(client, complaint_api: ComplaintApi, citizen):
    headers = await citizen()
    photo = await complaint_api.photo_id(headers)
    future = (datetime.now(TZ) + timedelta(days=1)).isoformat()
    cases = {
        "invalid_weight": {"charged_weight_g": "-500"},
        "weight_out_of_range": {"charged_weight_g": "5000000"},
        "invalid_district": {"district": "朝阳区"},
        "purchase_in_future": {"purchased_at": future},
        "invalid_phone": {"contact_phone": "12345"},
        "invalid_category": {"category": "cars"},
        "invalid_price": {"unit_price": "0"},
        "invalid_number": {"charged_weight_g": "12.345"},
        "photo_count": {"photo_ids": []},
        "invalid_photos": {"photo_ids": [photo + 1000]},
    }
    for code, override in cases.items():
        resp = await complaint_api.file(headers, **({"photo_ids": [photo]} | override))
        assert resp.status == 422, (code, await resp.text())
        error = (await resp.json())["error"]
        assert error["code"] == code, (code, error)
        assert re.search(r"[\u4e00-\u9fff]", error["message"])
    resp = await complaint_api.file(headers, photo_ids=[photo], unit_price="abc")
    assert resp.status == 422
    resp = await client.post(
        "/api/v1/miniapp/complaints", data=b"{not json", headers={**headers, "Idempotency-Key": uuid.uuid4().hex}
    )
    assert resp.status == 400  # malformed JSON is 400 on every route (core/limits.py)
    assert await Complaint.all().count() == 0


async def test_found_heavier_than_charged_is_no_shortfall_not_an_error(complaint_api, citizen):
    case = await complaint_api.filed(await citizen(), found_weight_g="1010")
    assert case["assessment"]["verdict"] == "no_shortfall"
    assert case["verdict_label"] == "未发现短少"


async def test_missing_idempotency_key_is_refused(client, complaint_api, citizen):
    headers = await citizen()
    form = filing_form(photo_ids=[await complaint_api.photo_id(headers)])
    resp = await client.post("/api/v1/miniapp/complaints", json=form, headers=headers)
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "idempotency_key_required"


async def test_concurrent_double_tap_files_once(client, make_client, complaint_api, citizen, sandbox_api):
    headers = await citizen()
    # A slow content check holds every request after the first "already filed?" look: all of them race to insert.
    await sandbox_api.latency("/wxa/msg_sec_check", 0.3)
    other_worker = await make_client()
    photo = await complaint_api.photo_id(headers)
    form = filing_form(photo_ids=[photo])
    key = {"Idempotency-Key": uuid.uuid4().hex}
    responses = await asyncio.gather(
        *(
            worker.post("/api/v1/miniapp/complaints", json=form, headers={**headers, **key})
            for worker in (client, other_worker, client, other_worker)
        )
    )
    statuses = sorted(r.status for r in responses)
    bodies = [await r.json() for r in responses]
    assert statuses == [200, 200, 200, 201], bodies
    assert len({b["tracking_no"] for b in bodies}) == 1
    assert [b["created"] for b in bodies].count(True) == 1
    assert await Complaint.all().count() == 1


async def test_tracking_numbers_are_unique_under_concurrency(make_client, complaint_api, citizen):
    second = ComplaintApi(await make_client())
    users = [await citizen() for _ in range(6)]
    photo_ids = [await complaint_api.photo_id(h) for h in users]
    responses = await asyncio.gather(
        *(
            (complaint_api if i % 2 else second).file(h, photo_ids=[p])
            for i, (h, p) in enumerate(zip(users, photo_ids, strict=True))
        )
    )
    numbers = [(await r.json())["tracking_no"] for r in responses]
    assert all(r.status == 201 for r in responses)
    assert len(set(numbers)) == 6
    assert sorted(int(n[-6:]) for n in numbers) == list(range(1, 7))


async def test_rate_limit_per_user(complaint_api, citizen):
    from complaints.service import FILING_LIMIT

    headers = await citizen()
    for _ in range(FILING_LIMIT[0]):
        assert (await complaint_api.file(headers)).status == 201
    resp = await complaint_api.file(headers)
    assert resp.status == 429
    assert (await resp.json())["error"]["code"] == "rate_limited"
    assert (await complaint_api.file(await citizen())).status == 201  # other users are not affected


async def test_risky_text_is_refused_and_nothing_saved(complaint_api, citizen):
    headers = await citizen()
    resp = await complaint_api.file(headers, description="摊主说可以代开发票，秤少了一百多克")
    assert resp.status == 422
    error = (await resp.json())["error"]
    assert error["code"] == "content_risky"
    assert "修改" in error["message"]
    assert await Complaint.all().count() == 0


async def test_review_suggestion_is_kept_for_a_human(complaint_api, citizen):
    case_id = (await complaint_api.filed(await citizen(), description="摊主让我加微信再说，秤明显少了"))["id"]
    assert (await Complaint.get(id=case_id)).content_check == ContentCheck.REVIEW


async def test_gateway_down_keeps_the_complaint_and_rechecks_later(client, complaint_api, citizen, sandbox_api):
    headers = await citizen()
    await sandbox_api.fault("/wxa/msg_sec_check", http_status=502, times=1)
    resp = await complaint_api.file(headers)
    assert resp.status == 201, await resp.text()
    complaint = await Complaint.get(id=(await resp.json())["complaint"]["id"])
    assert complaint.content_check == ContentCheck.PENDING
    # The re-check job is deferred; run it now through the worker.
    from complaints.jobs import recheck_complaint_content
    from core.jobs import job_context
    from core.keys import RESOURCES

    ctx = {**job_context(client.server.app[RESOURCES]), "job_try": 1}
    assert await recheck_complaint_content(ctx, complaint.id) == "pass"
    assert (await Complaint.get(id=complaint.id)).content_check == ContentCheck.PASS


async def test_multipart_filing_with_photos_in_one_request(client: TestClient, citizen):
    headers = await citizen()
    form = FormData()
    for name, value in filing_form(charged_weight_g="500", found_weight_g="497", category="meat_egg_aquatic").items():
        form.add_field(name, str(value))
    for _ in range(2):
        form.add_field("photos", image_bytes(), filename="p.jpg", content_type="image/jpeg")
    resp = await client.post(
        "/api/v1/miniapp/complaints", data=form, headers={**headers, "Idempotency-Key": uuid.uuid4().hex}
    )
    assert resp.status == 201, await resp.text()
    case = (await resp.json())["complaint"]
    assert len(case["photos"]) == 2
    # 500 g of meat at 8 元/斤 (16 元/kg, same tier): 5 g, doubled for the fair scale = 10 g; 3 g short is within.
    assert case["assessment"]["verdict"] == "within"


async def test_multipart_filing_with_a_fake_photo_leaves_no_files(client: TestClient, citizen, settings):
    headers = await citizen()
    form = FormData()
    for name, value in filing_form().items():
        form.add_field(name, str(value))
    form.add_field("photos", image_bytes(), filename="ok.jpg")
    form.add_field("photos", b"not an image at all", filename="bad.jpg")
    resp = await client.post(
        "/api/v1/miniapp/complaints", data=form, headers={**headers, "Idempotency-Key": uuid.uuid4().hex}
    )
    assert resp.status == 422
    assert await ComplaintPhoto.all().count() == 0
    uploads = settings.var_dir / "uploads" / "complaints"
    assert not uploads.exists() or not any(uploads.iterdir())


async def test_filing_requires_login(client, complaint_api):
    resp = await client.post("/api/v1/miniapp/complaints", json=filing_form())
    assert resp.status == 401
    resp = await complaint_api.upload({})
    assert resp.status == 401


async def test_payment_not_matching_price_times_weight_is_noted(complaint_api, citizen):
    case = await complaint_api.filed(await citizen(), amount_paid="9.00")  # 2.50 元/斤 x 1 kg = 5.00 元
    assert any("应付约5.00元" in note for note in case["assessment"]["notes"])
    fair = await complaint_api.filed(await citizen())
    assert fair["assessment"]["notes"] == []


async def test_pixel_bombs_are_refused_before_decoding(complaint_api, citizen):
    headers = await citizen()
    for size in ((8000, 7000), (12000, 9000)):  # under and over Pillow's own bomb threshold
        out = io.BytesIO()
        Image.new("1", size).save(out, format="PNG")
        resp = await complaint_api.upload(headers, out.getvalue(), filename="bomb.png")
        assert resp.status == 422, size
        assert (await resp.json())["error"]["code"] in ("photo_too_large", "photo_invalid")
