"""Filing each kind of 民生计量 case through the mini-program API: its own fields, their bounds, its photos."""

from __future__ import annotations

import json
import uuid

import pytest
from aiohttp import FormData

from complaints.models import Complaint, ComplaintPhoto
from complaints.photos import uploads_dir
from tests.support.complaints import image_bytes
from tests.support.intake import FACTS, FILE, RECEIPT_KINDS, kind_form, post

ADMIN = "/api/v1/admin/complaints"


@pytest.mark.parametrize("kind", sorted(FACTS))
async def test_each_kind_files_with_its_own_facts_and_photos(client, complaint_api, citizen, staff_headers, kind):
    headers = await citizen()
    weighed = await complaint_api.filed(headers)
    photo = await complaint_api.photo_id(headers)
    facts = dict(FACTS[kind])
    if kind in RECEIPT_KINDS:
        facts["receipt_photo_id"] = photo
    resp = await post(client, headers, kind_form(kind, facts, photo_ids=[photo]))
    assert resp.status == 201, await resp.text()
    case = (await resp.json())["complaint"]
    assert case["kind"] == kind and case["track"] == "complaint" and case["kind_label"]
    assert case["unit_price"] is None and case["charged_weight_g"] is None  # weighed-goods figures only
    stored = await Complaint.get(id=case["id"])
    assert stored.kind_facts["receipt_photo_id" if kind in RECEIPT_KINDS else next(iter(FACTS[kind]))]
    # 500 g labelled, 478 g measured: short by more than T (15 g); a 月饼 box of 4 layers: over the 3 allowed.
    # The other kinds have no automatic verdict (a citizen cannot measure a litre or a lens).
    assert case["verdict"] == ("exceeds" if kind in {"prepackaged", "overpackaging"} else "manual")
    assert len(case["photos"]) == 1

    # A complaint without any photo is refused, naming what is needed.
    resp = await post(client, headers, kind_form(kind, facts, photo_ids=[]))
    assert resp.status == 422 and (await resp.json())["error"]["code"] in {"photo_count", "receipt_photo_missing"}

    # Staff filter the queue by kind and see it in the statistics.
    staff = await staff_headers("complaint_handler")
    listed = await (await client.get(ADMIN, params={"kind": kind}, headers=staff)).json()
    assert [item["id"] for item in listed["items"]] == [case["id"]]
    listed = await (await client.get(ADMIN, params={"kind": "weighed"}, headers=staff)).json()
    assert [item["id"] for item in listed["items"]] == [weighed["id"]]
    stats = await (await client.get(f"{ADMIN}/statistics", headers=staff)).json()
    row = next(r for r in stats["by_kind"] if r["kind"] == kind)
    assert row == {
        "kind": kind, "kind_label": case["kind_label"], "track": "complaint", "track_label": "投诉", "count": 1
    }  # fmt: skip
    export = (await (await client.get(f"{ADMIN}/export.csv", params={"kind": kind}, headers=staff)).read()).decode()
    assert case["kind_label"] in export and case["tracking_no"] in export and weighed["tracking_no"] not in export


@pytest.mark.parametrize(
    ("kind", "field", "bad"),
    [
        ("prepackaged", "labelled_quantity", "0"),
        ("prepackaged", "unit", "斤"),
        ("prepackaged", "barcode", "12ab"),
        ("overpackaging", "layers", 11),
        ("overpackaging", "void_ratio_percent", "101"),
        ("taxi_meter", "plate", "ABC"),
        ("spectacles", "prescription_left_sphere", "-31"),
        ("utility_meter", "utility", "oil"),
        ("utility_meter", "reason", "不准"),
        ("ev_charger", "energy_shown_kwh", "-1"),
        ("live_seafood", "weighed_in_view", "也许"),
        ("fuel_dispenser", "volume_shown", "1000001"),
    ],
)
async def test_facts_out_of_bounds_are_named_in_chinese(client, complaint_api, citizen, kind, field, bad):
    headers = await citizen()
    photo = await complaint_api.photo_id(headers)
    facts = {**FACTS[kind], field: bad, **({"receipt_photo_id": photo} if kind in RECEIPT_KINDS else {})}
    resp = await post(client, headers, kind_form(kind, facts, photo_ids=[photo]))
    assert resp.status == 422, await resp.text()
    error = (await resp.json())["error"]
    assert error["code"] == "invalid_facts" and "不符合要求" in error["message"]


async def test_missing_and_unknown_facts_are_refused(client, complaint_api, citizen):
    headers = await citizen()
    photo = await complaint_api.photo_id(headers)
    resp = await post(client, headers, kind_form("utility_meter", {"utility": "gas"}, photo_ids=[photo]))
    error = (await resp.json())["error"]
    assert resp.status == 422 and "户号（未填写）" in error["message"] and "表号（未填写）" in error["message"]
    extra = {**FACTS["ev_charger"], "secret": "x"}
    resp = await post(client, headers, kind_form("ev_charger", extra, photo_ids=[photo]))
    assert resp.status == 422
    resp = await post(client, headers, kind_form("no_such_kind", {}, photo_ids=[photo]))
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "invalid_kind"


async def test_a_receipt_kind_needs_its_receipt_among_the_photos(client, complaint_api, citizen):
    headers = await citizen()
    photo = await complaint_api.photo_id(headers)
    facts = {**FACTS["taxi_meter"], "receipt_photo_id": photo + 1000}
    resp = await post(client, headers, kind_form("taxi_meter", facts, photo_ids=[photo]))
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "receipt_photo_missing"


async def test_weighed_goods_still_need_their_figures(complaint_api, citizen):
    headers = await citizen()
    resp = await complaint_api.file(headers, unit_price=None, found_weight_g=None)
    error = (await resp.json())["error"]
    assert resp.status == 422 and "单价" in error["message"] and "复称重量" in error["message"]


async def test_options_list_every_kind_with_its_fields(client, citizen):
    options = await (await client.get(f"{FILE}/options", headers=await citizen())).json()
    kinds = {k["slug"]: k for k in options["kinds"]}
    assert set(FACTS) | {"weighed", "cheating_device"} <= set(kinds)
    assert kinds["fuel_dispenser"]["fields"]["pump_number"] == "加油机（枪）编号"
    assert "不代表可以获得奖励" in options["report_reward_note"]


async def test_multipart_filing_of_a_kind_keeps_no_photo_when_refused(client, citizen, settings):
    headers = await citizen()
    form = FormData()
    form.add_field("data", json.dumps(kind_form("ev_charger", {"operator": "x"})))
    form.add_field("photos", image_bytes(), filename="a.jpg", content_type="image/jpeg")
    resp = await client.post(FILE, data=form, headers={**headers, "Idempotency-Key": uuid.uuid4().hex})
    assert resp.status == 422
    assert await ComplaintPhoto.all().count() == 0
    uploads = uploads_dir(settings.var_dir)
    assert not uploads.exists() or not any(uploads.iterdir())


async def test_multipart_retry_with_the_same_key_files_once_and_stores_nothing_more(client, citizen, settings):
    headers = {**(await citizen()), "Idempotency-Key": uuid.uuid4().hex}

    def form() -> FormData:
        data = FormData()
        data.add_field("data", json.dumps(kind_form("ev_charger")))
        data.add_field("photos", image_bytes(), filename="a.jpg", content_type="image/jpeg")
        return data

    first = await client.post(FILE, data=form(), headers=headers)
    assert first.status == 201, await first.text()
    again = await client.post(FILE, data=form(), headers=headers)
    assert again.status == 200 and (await again.json())["tracking_no"] == (await first.json())["tracking_no"]
    assert await ComplaintPhoto.all().count() == 1
    assert len(list(uploads_dir(settings.var_dir).iterdir())) == 1
