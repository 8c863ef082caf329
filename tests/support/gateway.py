"""Fixtures for the WeChat gateway, the sandbox and mini-program login (usable by every area's tests).

`sandbox_api` talks to the sandbox's control endpoints over HTTP:

    code = await sandbox_api.login_code("o-citizen-1")
    await sandbox_api.fault("/cgi-bin/message/custom/send", errcode=-1, times=2)
    assert (await sandbox_api.stats())["token_fetches"] == 1

`login` logs a citizen in through the real login endpoint and returns the JSON reply.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestClient, TestServer


class SandboxApi:
    """The sandbox's control API (see wechat_sandbox/sandbox.py CONTROL), one method per endpoint."""

    def __init__(self, http: ClientSession, base_url: str) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")

    async def post(self, path: str, **body: Any) -> dict[str, Any]:
        async with self.http.post(self.base_url + path, json=body) as resp:
            assert resp.status == 200, await resp.text()
            return await resp.json()  # type: ignore[no-any-return]

    async def get(self, path: str, **params: str) -> dict[str, Any]:
        async with self.http.get(self.base_url + path, params=params) as resp:
            assert resp.status == 200, await resp.text()
            return await resp.json()  # type: ignore[no-any-return]

    async def login_code(self, openid: str, unionid: str | None = None) -> str:
        body: dict[str, Any] = {"openid": openid}
        if unionid:
            body["unionid"] = unionid
        return str((await self.post("/sandbox/login-code", **body))["code"])

    async def phone_code(self, phone: str) -> str:
        return str((await self.post("/sandbox/phone-code", phone=phone))["code"])

    async def subscribe_quota(self, openid: str, template_id: str, count: int = 1) -> None:
        await self.post("/sandbox/subscribe-quota", openid=openid, template_id=template_id, count=count)

    async def fault(
        self, endpoint: str, *, errcode: int | None = None, http_status: int | None = None, times: int = 1
    ) -> None:
        await self.post("/sandbox/faults", endpoint=endpoint, errcode=errcode, http_status=http_status, times=times)

    async def latency(self, endpoint: str, seconds: float) -> None:
        await self.post("/sandbox/latency", endpoint=endpoint, seconds=seconds)

    async def rate_limit(self, per_second: int | None) -> None:
        await self.post("/sandbox/rate-limit", per_second=per_second)

    async def unsubscribed(self, openid: str, unsubscribed: bool = True) -> None:
        await self.post("/sandbox/unsubscribed", openid=openid, unsubscribed=unsubscribed)

    async def outside_window(self, openid: str, outside: bool = True) -> None:
        await self.post("/sandbox/outside-window", openid=openid, outside=outside)

    async def user(self, openid: str, unionid: str) -> None:
        await self.post("/sandbox/users", openid=openid, unionid=unionid)

    async def sec_words(self, **lists: Any) -> None:
        await self.post("/sandbox/sec-words", **lists)

    async def expire_tokens(self, appid: str | None = None) -> int:
        return int((await self.post("/sandbox/expire-tokens", appid=appid))["expired"])

    async def revoke_tokens(self, appid: str | None = None) -> int:
        return int((await self.post("/sandbox/revoke-tokens", appid=appid))["revoked"])

    async def advance_clock(self, seconds: float) -> None:
        await self.post("/sandbox/clock", advance_seconds=seconds)

    async def token_ttl(self, seconds: int) -> None:
        await self.post("/sandbox/token-ttl", seconds=seconds)

    async def media_check_result(self, trace_id: str, suggest: str = "pass", label: int = 100) -> dict[str, Any]:
        """The `wxa_media_check` push WeChat would send for that check (post it to the app yourself)."""
        return await self.post("/sandbox/media-check-result", trace_id=trace_id, suggest=suggest, label=label)

    async def menu(self) -> dict[str, Any] | None:
        return (await self.get("/sandbox/menu"))["menu"]  # type: ignore[no-any-return]

    async def sent(self, kind: str, openid: str | None = None) -> list[dict[str, Any]]:
        params = {"kind": kind} | ({"openid": openid} if openid else {})
        return list((await self.get("/sandbox/sent", **params))["items"])

    async def stats(self) -> dict[str, Any]:
        return await self.get("/sandbox/stats")

    async def reset(self) -> None:
        await self.post("/sandbox/reset")


@pytest.fixture
async def sandbox_api(sandbox: TestServer) -> AsyncIterator[SandboxApi]:
    async with ClientSession() as http:
        yield SandboxApi(http, str(sandbox.make_url("")))


@pytest.fixture
def login(client: TestClient, sandbox_api: SandboxApi) -> Callable[..., Awaitable[dict[str, Any]]]:
    """`await login("o-openid")` -> the login reply {"token", "expires_in", "user"} via the real endpoint."""

    async def do_login(openid: str, unionid: str | None = None, *, via: TestClient | None = None) -> dict[str, Any]:
        code = await sandbox_api.login_code(openid, unionid)
        resp = await (via or client).post("/api/v1/miniapp/login", json={"code": code})
        assert resp.status == 200, await resp.text()
        return await resp.json()  # type: ignore[no-any-return]

    return do_login
