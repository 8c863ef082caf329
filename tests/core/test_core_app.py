"""The service core through the real app: health, readiness, errors, limits, configuration."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from core.keys import REDIS
from core.settings import ConfigError, load_settings


async def test_healthz(client: TestClient) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {"status": "ok"}
    assert resp.headers["X-Request-ID"]


async def test_request_id_is_echoed_when_safe(client: TestClient) -> None:
    resp = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert resp.headers["X-Request-ID"] == "abc-123"
    resp = await client.get("/healthz", headers={"X-Request-ID": "<script>" + "x" * 100})
    assert resp.headers["X-Request-ID"] != "<script>" + "x" * 100
    assert len(resp.headers["X-Request-ID"]) == 32


async def test_readyz_when_everything_answers(client: TestClient) -> None:
    resp = await client.get("/readyz")
    assert resp.status == 200
    assert (await resp.json())["checks"] == {"database": "ok", "redis": "ok"}


async def test_readyz_is_503_when_redis_is_down(client: TestClient) -> None:
    from redis.asyncio import ConnectionPool

    redis = client.server.app[REDIS]
    working_pool = redis.connection_pool
    redis.connection_pool = ConnectionPool.from_url("redis://127.0.0.1:1/0")  # nobody listens there: Redis is "down"
    try:
        resp = await client.get("/readyz")
    finally:
        await redis.connection_pool.disconnect()
        redis.connection_pool = working_pool
    assert resp.status == 503
    body = await resp.json()
    assert body["error"]["code"] == "not_ready"
    assert "Redis" in body["error"]["message"]
    assert body["error"]["details"] == {"failed": ["redis"]}
    assert (await client.get("/readyz")).status == 200  # and back when it answers again


async def test_readyz_is_503_when_the_database_is_down(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from tortoise import Tortoise

    conn = Tortoise.get_connection("default")

    async def refuse(*_: object, **__: object) -> None:
        raise ConnectionRefusedError("database is down")

    monkeypatch.setattr(type(conn), "execute_query", refuse)
    resp = await client.get("/readyz")
    assert resp.status == 503
    body = await resp.json()
    assert "数据库" in body["error"]["message"]


async def test_unknown_route_is_json_404(client: TestClient) -> None:
    resp = await client.get("/no/such/page")
    assert resp.status == 404
    body = await resp.json()
    assert body == {"error": {"code": "not_found", "message": "请求的地址不存在", "details": {}}}


async def test_wrong_method_is_json_405(client: TestClient) -> None:
    resp = await client.post("/healthz")
    assert resp.status == 405
    assert (await resp.json())["error"]["code"] == "method_not_allowed"


async def test_oversized_body_is_413(make_client) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(max_json_body_bytes=2048)
    resp = await client.post("/api/v1/miniapp/login", data=b"x" * 10_000)
    assert resp.status == 413
    body = await resp.json()
    assert body["error"]["code"] == "payload_too_large"
    assert body["error"]["message"] == "提交的内容不能超过 2 KB"


async def test_metrics_count_requests(client: TestClient) -> None:
    await client.get("/healthz")
    resp = await client.get("/metrics")
    assert resp.status == 200
    text = await resp.text()
    assert 'jiliang_http_requests_total{method="GET",route="/healthz",status="200"} 1.0' in text


async def test_openapi_spec_and_docs_page(client: TestClient) -> None:
    resp = await client.get("/api/openapi.json")
    assert resp.status == 200
    spec = await resp.json()
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"]
    resp = await client.get("/api/docs")
    assert resp.status == 200
    assert "/api/openapi.json" in await resp.text()


def test_config_errors_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JILIANG_DATABASE_URL", "mysql://nope")
    with pytest.raises(ConfigError, match="JILIANG_DATABASE_URL"):
        load_settings(_env_file=None)


def test_production_refuses_demo_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JILIANG_ENV", "production")
    monkeypatch.setenv("JILIANG_REDIS_URL", "redis://127.0.0.1:6379/0")
    with pytest.raises(ConfigError, match="JILIANG_MP_SECRET"):
        load_settings(_env_file=None)


def test_production_accepts_real_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "JILIANG_ENV": "production",
        "JILIANG_REDIS_URL": "redis://127.0.0.1:6379/0",
        "JILIANG_MP_APPID": "wx1234567890abcdef",
        "JILIANG_MP_SECRET": "s" * 32,
        "JILIANG_MP_TOKEN": "realtoken123",
        "JILIANG_MP_AES_KEY": "Z" * 43,
        "JILIANG_MINIAPP_APPID": "wxfedcba0987654321",
        "JILIANG_MINIAPP_SECRET": "m" * 32,
        "JILIANG_VERIFY_CODE_SECRET": "v" * 32,
    }.items():
        monkeypatch.setenv(name, value)
    settings = load_settings(_env_file=None)
    assert settings.env == "production"
    assert not settings.run_worker_in_process


def test_aes_key_must_have_43_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JILIANG_MP_AES_KEY", "short")
    with pytest.raises(ConfigError, match="JILIANG_MP_AES_KEY"):
        load_settings(_env_file=None)


def test_json_log_lines_mask_phone_numbers_and_carry_the_request_id() -> None:
    import json
    import logging

    from core.logging import JsonFormatter, current_request_id

    token = current_request_id.set("req-42")
    try:
        record = logging.LogRecord("t", logging.INFO, __file__, 1, "call back 13812345678 please", None, None)
        line = json.loads(JsonFormatter().format(record))
    finally:
        current_request_id.reset(token)
    assert line["msg"] == "call back 138****5678 please"
    assert line["request_id"] == "req-42"


def test_openapi_translates_optional_nested_models() -> None:
    from core.openapi import pydantic_schema_to_oas_3_0

    schema = {
        "properties": {
            "inner": {"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}], "default": None},
            "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "either": {"anyOf": [{"type": "integer"}, {"const": "all"}]},
        }
    }
    pydantic_schema_to_oas_3_0(schema)
    inner, name, either = (schema["properties"][k] for k in ("inner", "name", "either"))
    assert inner == {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Inner"}]}
    assert name == {"nullable": True, "type": "string"}
    assert either == {"anyOf": [{"type": "integer"}, {"enum": ["all"]}]}
