"""Bad input is a 4xx with the JSON error shape, never a 5xx; a large body is refused before it is read.

Each case here was a 500 on some stack (issue #11, item 8) or a body read in full before being refused (item 6).
"""

from __future__ import annotations

import asyncio
import io
import json
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient
from PIL import Image

from core.api import ok
from core.models import StaffRole
from tests.support.campaigns import campaign_body

ASK = "/api/v1/knowledge/ask"


async def assert_json_error(resp, status: int | tuple[int, ...]) -> dict:  # type: ignore[no-untyped-def]
    statuses = status if isinstance(status, tuple) else (status,)
    text = await resp.text()
    assert resp.status in statuses, (resp.status, text)
    error = json.loads(text)["error"]
    assert set(error) == {"code", "message", "details"} and any("\u4e00" <= ch <= "\u9fff" for ch in error["message"])
    return error


# --- item 6: body limits ---------------------------------------------------------------------------------


async def test_a_large_json_body_is_refused_before_it_is_sent(client: TestClient) -> None:
    """Only the head goes out, announcing 25 MB: the 413 must come back without waiting for the body."""
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(
        f"POST {ASK} HTTP/1.1\r\nHost: jiliang\r\nContent-Type: application/json\r\n"
        f"Content-Length: {25 * 1024 * 1024}\r\n\r\n".encode()
    )
    writer.write(b'{"question": "')
    await writer.drain()
    started = time.monotonic()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    assert head.startswith(b"HTTP/1.1 413"), head
    assert time.monotonic() - started < 2
    writer.close()


async def test_a_chunked_json_body_is_cut_off_at_the_limit(make_client) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(max_json_body_bytes=64 * 1024)
    sent = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"question": "'
        for _ in range(64):  # 4 MiB if it were all read
            sent += 1
            yield b"x" * 65536
        yield b'"}'

    resp = await client.post(ASK, data=body(), headers={"Content-Type": "application/json"})
    error = await assert_json_error(resp, 413)
    assert error["code"] == "payload_too_large"


async def test_json_routes_have_the_small_limit_and_photo_uploads_keep_theirs(  # type: ignore[no-untyped-def]
    make_client, citizen_headers
) -> None:
    client = await make_client(max_json_body_bytes=4096)
    headers = await citizen_headers()
    resp = await client.post(ASK, json={"question": "秤" * 3000})
    assert (await assert_json_error(resp, 413))["code"] == "payload_too_large"

    image = Image.effect_noise((200, 200), 64).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95)
    assert len(buffer.getvalue()) > 4096
    form = FormData()
    form.add_field("file", buffer.getvalue(), filename="evidence.jpg", content_type="image/jpeg")
    resp = await client.post("/api/v1/miniapp/complaints/photos", data=form, headers=headers)
    assert resp.status == 201, await resp.text()

    # A JSON body sent to the upload route is still held to the JSON limit.
    resp = await client.post("/api/v1/miniapp/complaints", json={"description": "x" * 8000}, headers=headers)
    assert (await assert_json_error(resp, 413))["code"] == "payload_too_large"


# --- item 8: malformed bodies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b'{"question": "\xff\xfe"}', "application/json", 400),  # not UTF-8
        ('{"question": "秤"}'.encode("gbk"), "application/json; charset=gbk", 415),
        (b'{"question": "x"}', "application/json; charset=no-such-charset", 415),
        (b"[" * 1000 + b"]" * 1000, "application/json", 400),  # nested 1,000 deep
        (b'{"question": "x", "n": ' + b"9" * 100_000 + b"}", "application/json", 400),
        (b'{"question": NaN}', "application/json", 400),
        (b'{"question": "\\ud800"}', "application/json", 422),  # a lone surrogate
        (b'{"question": "a\\u0000b"}', "application/json", 422),  # NUL
        (b'{"question": "x", "extra": {"k\\u0000": 1}}', "application/json", 422),  # NUL in a key
        (b'{"question": "\\ud800"}', "text/plain", 422),  # whatever the content type says
    ],
)
async def test_malformed_json_bodies_are_4xx(client: TestClient, body: bytes, content_type: str, status: int) -> None:
    resp = await client.post(ASK, data=body, headers={"Content-Type": content_type})
    await assert_json_error(resp, status)


async def test_nesting_past_the_depth_limit_is_refused_even_when_python_could_parse_it(client: TestClient) -> None:
    resp = await client.post(ASK, data=b'{"question": "x", "a": ' + b"[" * 40 + b"]" * 40 + b"}")
    assert (await assert_json_error(resp, 400))["code"] == "invalid_json"


async def test_a_multipart_data_field_is_parsed_with_the_same_bounds(client: TestClient, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    form = FormData()
    form.add_field("data", "[" * 1000 + "]" * 1000, content_type="application/json")
    resp = await client.post("/api/v1/miniapp/complaints", data=form, headers=await citizen_headers())
    await assert_json_error(resp, 400)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        (
            "multipart/form-data; boundary=jiliang",
            b'--jiliang\r\nContent-Disposition: form-data; name="file"; filename="a\x00.jpg"\r\n'
            b"Content-Type: image/jpeg\r\n\r\nnot really a jpeg\r\n--jiliang--\r\n",
        ),
        ("multipart/form-data", b"--x\r\n\r\n"),  # no boundary
        ("multipart/form-data; boundary=jiliang", b"--jiliang\r\nContent-Disposition: form-data; name="),
        ("multipart/form-data; boundary=jiliang", b"no delimiter at all"),
    ],
)
async def test_malformed_multipart_bodies_are_4xx(client: TestClient, citizen_headers, content_type, body) -> None:  # type: ignore[no-untyped-def]
    headers = {**await citizen_headers(), "Content-Type": content_type}
    for path in ("/api/v1/miniapp/complaints/photos", "/api/v1/miniapp/complaints"):
        resp = await client.post(path, data=body, headers=headers)
        await assert_json_error(resp, (400, 413, 415, 422))


# --- item 8: values past what the database holds ---------------------------------------------------------


async def test_ids_and_pages_past_the_integer_range_are_4xx(client: TestClient, staff_headers, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    big = str(2**31)
    for path in (
        f"/api/v1/admin/complaints/{big}",
        f"/api/v1/admin/complaints?page={big}",
        f"/api/v1/admin/complaints?market_id={big}",
        f"/api/v1/admin/complaints/merchants/ranking?market_id={big}",
        f"/api/v1/admin/campaigns?page={big}",
        f"/api/v1/admin/campaigns/{big}",
        f"/api/v1/admin/staff/{big}/token",
        f"/api/v1/admin/verification-bookings?slot_id={big}",
    ):
        method = "POST" if path.endswith("/token") else "GET"
        resp = await client.request(method, path, headers=admin)
        await assert_json_error(resp, (400, 404, 422))
    citizen = await citizen_headers()
    resp = await client.get(f"/api/v1/miniapp/complaints/{big}", headers=citizen)
    await assert_json_error(resp, 422)
    resp = await client.post(f"/api/v1/miniapp/enterprises/{big}/instruments/import", headers=citizen)
    await assert_json_error(resp, 404)
    resp = await client.post("/api/v1/miniapp/complaints", json={"market_id": 2**31}, headers=citizen)
    error = await assert_json_error(resp, 422)
    assert any(d["loc"] == ["market_id"] for d in error["details"]["fields"])


async def test_strings_longer_than_their_column_are_4xx(client: TestClient, staff_headers, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    resp = await client.get(f"/api/v1/admin/verification-bookings?confirmation_no={'A' * 30}", headers=admin)
    await assert_json_error(resp, 422)
    resp = await client.get(f"/api/v1/admin/complaints?tracking_no={'T' * 30}", headers=admin)
    await assert_json_error(resp, 422)
    resp = await client.post(
        "/api/v1/miniapp/enterprises/join", json={"invite_code": "A" * 19}, headers=await citizen_headers()
    )
    await assert_json_error(resp, 422)


async def test_nul_bytes_in_queries_and_paths_are_4xx(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    for path in (
        "/api/v1/admin/complaints?merchant=a%00b",
        "/api/v1/admin/knowledge/entries/fair%00scale",
        "/api/v1/admin/knowledge/entries?q=%00",
    ):
        resp = await client.get(path, headers=admin)
        error = await assert_json_error(resp, 422)
        assert error["code"] in ("invalid_character", "invalid_input")
    # Bytes that are not UTF-8 arrive as U+FFFD: a value like any other.
    resp = await client.get("/api/v1/admin/complaints?district=%ED%A0%80", headers=admin)
    await assert_json_error(resp, 422)


# --- item 8: explicit nulls for NOT NULL columns ---------------------------------------------------------


async def test_explicit_nulls_for_required_staff_fields_are_422(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    resp = await client.post(
        "/api/v1/admin/staff", json={"username": "zhang", "display_name": "张", "roles": ["admin"]}, headers=admin
    )
    assert resp.status == 201, await resp.text()
    staff_id = (await resp.json())["staff"]["id"]
    for body in ({"roles": None}, {"active": None}, {"display_name": None}):
        resp = await client.patch(f"/api/v1/admin/staff/{staff_id}", json=body, headers=admin)
        await assert_json_error(resp, 422)
    resp = await client.patch(f"/api/v1/admin/staff/{staff_id}", json={"district": None}, headers=admin)
    assert resp.status == 200, await resp.text()  # district is nullable: null means city-wide


async def test_explicit_null_summary_of_a_campaign_is_422(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    resp = await client.post("/api/v1/admin/campaigns", json=campaign_body(), headers=editor)
    assert resp.status == 201, await resp.text()
    campaign_id = (await resp.json())["id"]
    for body in ({"summary": None}, {"title": None}):
        resp = await client.patch(f"/api/v1/admin/campaigns/{campaign_id}", json=body, headers=editor)
        await assert_json_error(resp, 422)


# --- replies ---------------------------------------------------------------------------------------------


def test_a_lone_surrogate_in_stored_text_still_gives_valid_json() -> None:
    resp = ok({"text": "秤\ud800"})
    assert resp.status == 200
    assert json.loads(resp.body.decode("utf-8")) == {"text": "秤\ud800"}


async def test_an_import_file_with_nul_bytes_or_overlong_cells_is_4xx(world) -> None:  # type: ignore[no-untyped-def]
    company = await world.company()
    header = "器具类型,型号,出厂编号,测量范围,准确度等级,安装地点,使用领域,最近检定日期\n"
    for row in ("电子计价秤,AC\x00S,N-1,,,,贸易结算,\n", f"电子计价秤,{'型' * 300},N-2,,,,贸易结算,\n"):
        report = await world.import_csv(company, header + row, expect=422)
        assert report["error"]["code"] in ("import_rejected", "invalid_character")
