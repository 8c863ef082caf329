"""/api/openapi.json is a valid OpenAPI 3.0 document and complete; the error and list shapes it states hold."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from openapi_spec_validator import OpenAPIV30SpecValidator

from tests.support.complaints import ComplaintApi

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
AREAS = {"citizen", "enterprise", "staff", "public", "wechat", "ops"}


async def _spec(client: TestClient) -> dict[str, Any]:
    resp = await client.get("/api/openapi.json")
    assert resp.status == 200
    return await resp.json()


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, m, op) for path, item in spec["paths"].items() for m, op in item.items() if m in METHODS]


async def test_the_served_spec_passes_openapi_spec_validator(client: TestClient) -> None:
    spec = await _spec(client)
    errors = [f"{list(e.path)}: {e.message[:200]}" for e in OpenAPIV30SpecValidator(spec).iter_errors()]
    assert errors == []


async def test_every_operation_is_complete(client: TestClient) -> None:
    spec = await _spec(client)
    operations = _operations(spec)
    assert len(operations) >= 120
    tags = {t["name"]: t["description"] for t in spec["tags"]}
    assert set(tags) == AREAS and all(CHINESE.search(d) for d in tags.values())
    schemes = spec["components"]["securitySchemes"]
    ids = [op["operationId"] for *_, op in operations]
    assert len(ids) == len(set(ids))
    gaps: list[str] = []
    for path, method, op in operations:
        label = f"{method.upper()} {path}"
        if method == "head":
            gaps.append(f"{label}: HEAD listed")
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in AREAS:
            gaps.append(f"{label}: tag {op.get('tags')}")
        if not CHINESE.search(op.get("summary", "")):
            gaps.append(f"{label}: no Chinese summary")
        if "description" in op and not CHINESE.search(op["description"]):
            gaps.append(f"{label}: description not in Chinese")
        if "security" not in op or any(name not in schemes for req in op["security"] for name in req):
            gaps.append(f"{label}: security {op.get('security')}")
        responses = op["responses"]
        if not any(s.startswith("2") for s in responses):
            gaps.append(f"{label}: no success response")
        for status, response in responses.items():
            shared = {"$ref": f"#/components/responses/{status}"}
            plain = op["tags"][0] == "wechat" and response == {"$ref": "#/components/responses/PlainRefusal"}
            if status[0] in "45" and response != shared and not plain:
                gaps.append(f"{label}: {status} not the shared error response")
            if status.startswith("2") and status != "204" and not response.get("content"):
                gaps.append(f"{label}: {status} without a schema")
        if op["tags"][0] in ("citizen", "enterprise", "staff") and op["security"]:
            for status in ("401", "429"):
                if status not in responses:
                    gaps.append(f"{label}: secured but no {status}")
        if (op.get("parameters") or op.get("requestBody")) and "422" not in responses:
            gaps.append(f"{label}: takes input but no 422")
        if method in ("post", "put", "patch") and op["tags"][0] != "ops" and "requestBody" not in op:
            if op.get("parameters") is None and path.rsplit("/", 1)[-1] not in BODILESS_ACTIONS:
                gaps.append(f"{label}: no request body")
    assert gaps == []


# Actions that carry nothing but their path (the state change is the request itself).
BODILESS_ACTIONS = {"logout", "invite-code", "approve", "check-in", "cancel", "token", "dismiss", "acknowledge"}


async def test_error_schema_is_one_and_shared(client: TestClient) -> None:
    spec = await _spec(client)
    responses = spec["components"]["responses"]
    for status, response in responses.items():
        if status == "PlainRefusal":  # WeChat's servers are answered in text (bot/routes.py)
            continue
        assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}, status
    assert "WWW-Authenticate" in responses["401"]["headers"]
    assert "Retry-After" in responses["429"]["headers"]
    details = spec["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["details"]
    assert details["type"] == "object"


async def test_schemas_are_named_validly_and_decimals_are_strings(client: TestClient) -> None:
    spec = await _spec(client)
    names = list(spec["components"]["schemas"])
    assert [n for n in names if not re.fullmatch(r"[A-Za-z0-9._-]+", n)] == []
    text = json.dumps(spec)
    assert '"anyOf": [{"type": "number"}, {"type": "string"}]' not in text
    complaint = spec["components"]["schemas"]["ComplaintRead"]["properties"]
    assert complaint["unit_price"]["type"] == "string"


async def test_complaint_filing_and_upload_bodies_and_idempotency_header(client: TestClient) -> None:
    spec = await _spec(client)
    filing = spec["paths"]["/api/v1/miniapp/complaints"]["post"]
    content = filing["requestBody"]["content"]
    assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ComplaintCreate"}
    assert "ComplaintCreate" in spec["components"]["schemas"]
    assert content["multipart/form-data"]["schema"]["properties"]["photos"]["items"]["format"] == "binary"
    (header,) = [p for p in filing["parameters"] if p["in"] == "header"]
    assert header["name"] == "Idempotency-Key" and header["required"] is True
    assert (header["schema"]["minLength"], header["schema"]["maxLength"]) == (8, 64)
    upload = spec["paths"]["/api/v1/miniapp/complaints/photos"]["post"]["requestBody"]["content"]
    assert upload["multipart/form-data"]["schema"]["properties"]["file"]["format"] == "binary"
    assert "413" in spec["paths"]["/api/v1/miniapp/complaints/photos"]["post"]["responses"]


async def test_every_list_is_one_page_shape(client: TestClient) -> None:
    spec = await _spec(client)
    schemas = spec["components"]["schemas"]
    lists = 0
    for path, method, op in _operations(spec):
        schema = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
        assert schema.get("type") != "array", f"{method} {path} answers a bare array"
        ref = schema.get("$ref", "")
        if ref.endswith("Page"):
            lists += 1
            page = schemas[ref.rsplit("/", 1)[1]]
            assert set(page["required"]) == {"items", "total", "page", "page_size"}
            names = {p["name"]: p for p in op["parameters"] if p["in"] == "query"}
            assert names["page_size"]["schema"]["maximum"] == 100, path
    assert lists >= 21


async def test_bad_query_and_bad_body_give_the_same_status_and_details_shape(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    headers = await staff_headers()
    bad_query = await client.get("/api/v1/admin/staff?page_size=101", headers=headers)
    bad_body = await client.post("/api/v1/admin/staff", json={"username": ""}, headers=headers)
    bad_path = await client.get("/api/v1/admin/complaints/99999999999", headers=headers)
    for resp, where in ((bad_query, "query"), (bad_body, "body")):
        assert resp.status == 422
        error = (await resp.json())["error"]
        assert error["code"] == "invalid_input" and CHINESE.search(error["message"])
        assert {f["in"] for f in error["details"]["fields"]} == {where}
    assert bad_path.status in (404, 422)
    assert isinstance((await bad_path.json())["error"]["details"], dict)
    missing = await client.get("/api/v1/admin/complaints/424242", headers=headers)
    assert missing.status == 404 and (await missing.json())["error"]["details"] == {}


async def test_401_challenges_and_paged_list_is_bounded(client: TestClient) -> None:
    resp = await client.get("/api/v1/admin/staff")
    assert resp.status == 401 and resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await resp.json())["error"]["details"] == {}


async def test_oversized_photo_is_413(
    client: TestClient, citizen_headers: Callable[..., Awaitable[dict[str, str]]], complaint_api: ComplaintApi
) -> None:
    del complaint_api
    headers = await citizen_headers()
    form = FormData()
    form.add_field("file", b"\xff\xd8\xff" + b"0" * (10 * 1024 * 1024 + 1), filename="big.jpg")
    resp = await client.post("/api/v1/miniapp/complaints/photos", data=form, headers=headers)
    assert resp.status == 413
    error = (await resp.json())["error"]
    assert error["code"] == "photo_too_large" and isinstance(error["details"], dict)
