"""Mini-program login through the real app and the sandbox: code2Session, sessions, phone binding, logout."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

from core.auth import SESSION_KEY_PREFIX, SESSION_PREFIX
from core.keys import REDIS, SETTINGS
from core.models import MiniappUser
from core.tokens import token_digest
from tests.support.gateway import SandboxApi

Login = Callable[..., Awaitable[dict[str, Any]]]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def error_of(resp: ClientResponse, status: int) -> dict[str, Any]:
    assert resp.status == status, await resp.text()
    body = await resp.json()
    assert body["error"]["message"]  # a Chinese message for the user
    return body["error"]  # type: ignore[no-any-return]


async def test_login_creates_the_user_and_a_session(client: TestClient, sandbox_api: SandboxApi) -> None:
    code = await sandbox_api.login_code("o-mini-1", unionid="u-person-1")
    resp = await client.post("/api/v1/miniapp/login", json={"code": code})
    assert resp.status == 200
    reply = await resp.json()
    assert set(reply) == {"token", "expires_in", "user"}
    assert reply["expires_in"] == client.server.app[SETTINGS].session_ttl_seconds
    user = await MiniappUser.get(openid="o-mini-1")
    assert reply["user"] == {"id": user.id, "has_phone": False, "phone_masked": None}
    assert user.unionid == "u-person-1"
    assert user.last_login_at is not None

    me = await client.get("/api/v1/miniapp/me", headers=bearer(reply["token"]))
    assert me.status == 200
    assert await me.json() == {"id": user.id, "has_phone": False, "phone_masked": None}

    redis = client.server.app[REDIS]
    ttl = await redis.ttl(SESSION_PREFIX + token_digest(reply["token"]))
    assert 0 < ttl <= reply["expires_in"]
    session_key = await redis.get(SESSION_KEY_PREFIX + str(user.id))
    assert session_key  # kept on the server
    assert session_key not in await resp.text() and session_key not in await me.text()
    assert "session_key" not in await resp.text()


async def test_second_login_reuses_the_user_and_updates_it(client: TestClient, login: Login) -> None:
    first = await login("o-mini-2")
    second = await login("o-mini-2", "u-late-bound")
    assert first["user"]["id"] == second["user"]["id"]
    assert first["token"] != second["token"]
    user = await MiniappUser.get(openid="o-mini-2")
    assert user.unionid == "u-late-bound"
    assert await MiniappUser.filter(openid="o-mini-2").count() == 1
    # Both sessions work (two phones of the same person).
    for reply in (first, second):
        assert (await client.get("/api/v1/miniapp/me", headers=bearer(reply["token"]))).status == 200


async def test_simultaneous_first_logins_create_one_user(
    client: TestClient, make_client: Callable[..., Awaitable[TestClient]], login: Login
) -> None:
    other = await make_client()
    replies = await asyncio.gather(*(login("o-mini-race", via=c) for c in (client, other, client, other)))
    assert len({r["user"]["id"] for r in replies}) == 1
    assert await MiniappUser.filter(openid="o-mini-race").count() == 1


async def test_reused_code_is_refused(client: TestClient, sandbox_api: SandboxApi) -> None:
    code = await sandbox_api.login_code("o-mini-3")
    assert (await client.post("/api/v1/miniapp/login", json={"code": code})).status == 200
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": code}), 401)
    assert error["code"] == "login_code_used"
    assert "登录" in error["message"]


async def test_unknown_and_expired_codes_are_refused(client: TestClient, sandbox_api: SandboxApi) -> None:
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": "not-a-code"}), 401)
    assert error["code"] == "login_code_invalid"
    code = await sandbox_api.login_code("o-mini-4")
    await sandbox_api.advance_clock(301)  # wx.login codes live 5 minutes
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": code}), 401)
    assert error["code"] == "login_code_invalid"
    assert await MiniappUser.filter(openid="o-mini-4").count() == 0


async def test_missing_code_is_422(client: TestClient) -> None:
    error = await error_of(await client.post("/api/v1/miniapp/login", json={}), 422)
    assert error["code"] == "invalid_input"
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": ""}), 422)
    assert error["code"] == "invalid_input"


async def test_wechat_down_is_503_upstream_unavailable(
    client: TestClient, make_client: Callable[..., Awaitable[TestClient]], sandbox_api: SandboxApi
) -> None:
    code = await sandbox_api.login_code("o-mini-5")
    await sandbox_api.fault("/sns/jscode2session", errcode=-1)
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": code}), 503)
    assert error["code"] == "upstream_unavailable"
    await sandbox_api.fault("/sns/jscode2session", http_status=502)
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": code}), 503)
    assert error["code"] == "upstream_unavailable"
    # The code was never consumed by those failures: the retry succeeds.
    assert (await client.post("/api/v1/miniapp/login", json={"code": code})).status == 200

    unreachable = await make_client(wechat_api_base="http://127.0.0.1:1")
    error = await error_of(await unreachable.post("/api/v1/miniapp/login", json={"code": "whatever"}), 503)
    assert error["code"] == "upstream_unavailable"


async def test_blocked_wechat_user_is_403(client: TestClient, sandbox_api: SandboxApi) -> None:
    code = await sandbox_api.login_code("o-mini-risky")
    await sandbox_api.fault("/sns/jscode2session", errcode=40226)
    error = await error_of(await client.post("/api/v1/miniapp/login", json={"code": code}), 403)
    assert error["code"] == "wechat_user_blocked"


async def test_expired_session_is_401(client: TestClient, login: Login) -> None:
    reply = await login("o-mini-6")
    redis = client.server.app[REDIS]
    await redis.pexpire(SESSION_PREFIX + token_digest(reply["token"]), 1)  # as if its TTL ran out
    await asyncio.sleep(0.01)
    error = await error_of(await client.get("/api/v1/miniapp/me", headers=bearer(reply["token"])), 401)
    assert error["code"] == "session_expired"
    error = await error_of(await client.get("/api/v1/miniapp/me"), 401)
    assert error["code"] == "login_required"


async def test_logout_revokes_only_that_token(client: TestClient, login: Login) -> None:
    first, second = await login("o-mini-7"), await login("o-mini-7")
    resp = await client.post("/api/v1/miniapp/logout", headers=bearer(first["token"]))
    assert resp.status == 204
    error = await error_of(await client.get("/api/v1/miniapp/me", headers=bearer(first["token"])), 401)
    assert error["code"] == "session_expired"
    assert (await client.get("/api/v1/miniapp/me", headers=bearer(second["token"]))).status == 200
    error = await error_of(await client.post("/api/v1/miniapp/logout", headers=bearer(first["token"])), 401)
    assert error["code"] == "session_expired"


async def test_phone_binding_shows_the_number_masked(client: TestClient, login: Login, sandbox_api: SandboxApi) -> None:
    reply = await login("o-mini-8")
    code = await sandbox_api.phone_code("13912345678")
    resp = await client.post("/api/v1/miniapp/phone", json={"code": code}, headers=bearer(reply["token"]))
    assert resp.status == 200
    assert await resp.json() == {"id": reply["user"]["id"], "has_phone": True, "phone_masked": "139****5678"}
    assert "13912345678" not in await resp.text()
    me = await client.get("/api/v1/miniapp/me", headers=bearer(reply["token"]))
    assert (await me.json())["phone_masked"] == "139****5678"
    assert (await MiniappUser.get(id=reply["user"]["id"])).phone == "13912345678"
    # A later login reports the bound phone, masked.
    again = await login("o-mini-8")
    assert again["user"] == {"id": reply["user"]["id"], "has_phone": True, "phone_masked": "139****5678"}
    # The phone code is single-use.
    resp = await client.post("/api/v1/miniapp/phone", json={"code": code}, headers=bearer(reply["token"]))
    assert (await error_of(resp, 422))["code"] == "phone_code_invalid"


async def test_phone_binding_needs_a_session(client: TestClient, sandbox_api: SandboxApi) -> None:
    code = await sandbox_api.phone_code("13912345678")
    error = await error_of(await client.post("/api/v1/miniapp/phone", json={"code": code}), 401)
    assert error["code"] == "login_required"
    assert await sandbox_api.sent("custom") == []


async def test_phone_binding_when_wechat_is_busy_is_503(
    client: TestClient, login: Login, sandbox_api: SandboxApi
) -> None:
    reply = await login("o-mini-9")
    code = await sandbox_api.phone_code("13800001111")
    await sandbox_api.fault("/wxa/business/getuserphonenumber", errcode=-1)
    resp = await client.post("/api/v1/miniapp/phone", json={"code": code}, headers=bearer(reply["token"]))
    assert (await error_of(resp, 503))["code"] == "upstream_unavailable"
    assert (await MiniappUser.get(id=reply["user"]["id"])).phone is None


async def test_openapi_lists_the_login_endpoints(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    for path in ("/api/v1/miniapp/login", "/api/v1/miniapp/phone", "/api/v1/miniapp/me", "/api/v1/miniapp/logout"):
        assert path in spec["paths"]
    login_schema = spec["paths"]["/api/v1/miniapp/login"]["post"]
    assert "session_key" not in str(login_schema)


async def test_session_key_never_leaves_the_server(client: TestClient, sandbox_api: SandboxApi) -> None:
    seen: list[str] = []

    async def record(resp: ClientResponse) -> ClientResponse:
        seen.append(await resp.text())
        seen.extend(f"{k}: {v}" for k, v in resp.headers.items())
        return resp

    code = await sandbox_api.login_code("o-mini-secret", unionid="u-secret")
    reply = await (await record(await client.post("/api/v1/miniapp/login", json={"code": code}))).json()
    headers = bearer(reply["token"])
    await record(await client.get("/api/v1/miniapp/me", headers=headers))
    phone_code = await sandbox_api.phone_code("13600002222")
    await record(await client.post("/api/v1/miniapp/phone", json={"code": phone_code}, headers=headers))
    await record(await client.post("/api/v1/miniapp/logout", headers=headers))
    session_key = await client.server.app[REDIS].get(SESSION_KEY_PREFIX + str(reply["user"]["id"]))
    assert session_key
    assert not [text for text in seen if session_key in text or "session_key" in text]
