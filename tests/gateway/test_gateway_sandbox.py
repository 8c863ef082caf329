"""The local WeChat sandbox behaves as WeChat's server API does (tokens, codes, errors), over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import ClientSession

from core.settings import DEMO_MINIAPP_APPID, DEMO_MP_APPID, DEMO_SECRET
from jiliang.cli import build_parser
from tests.support.gateway import SandboxApi


class Raw:
    """Calls the sandbox's WeChat endpoints directly, as WeChat's clients would."""

    def __init__(self, http: ClientSession, base: str) -> None:
        self.http, self.base = http, base

    async def get(self, path: str, **params: Any) -> dict[str, Any]:
        async with self.http.get(self.base + path, params=params) as resp:
            assert resp.status == 200
            return await resp.json(content_type=None)  # type: ignore[no-any-return]

    async def post(self, path: str, body: Any = None, *, data: bytes | None = None, **params: Any) -> dict[str, Any]:
        async with self.http.post(self.base + path, params=params, json=body, data=data) as resp:
            assert resp.status == 200
            return await resp.json(content_type=None)  # type: ignore[no-any-return]

    async def plain_token(self, appid: str = DEMO_MP_APPID) -> str:
        reply = await self.get("/cgi-bin/token", grant_type="client_credential", appid=appid, secret=DEMO_SECRET)
        assert reply["expires_in"] == 7200
        return str(reply["access_token"])

    async def stable_token(self, appid: str = DEMO_MP_APPID, *, force: bool = False) -> dict[str, Any]:
        body = {"grant_type": "client_credential", "appid": appid, "secret": DEMO_SECRET, "force_refresh": force}
        return await self.post("/cgi-bin/stable_token", body)

    async def user_info(self, token: str) -> int:
        return int((await self.get("/cgi-bin/user/info", access_token=token, openid="o-raw")).get("errcode") or 0)


@pytest.fixture
async def raw(sandbox_api: SandboxApi) -> Raw:
    return Raw(sandbox_api.http, sandbox_api.base_url)


async def test_plain_token_fetch_invalidates_the_previous_after_five_minutes(raw: Raw, sandbox_api: SandboxApi) -> None:
    first = await raw.plain_token()
    second = await raw.plain_token()
    assert first != second
    assert await raw.user_info(first) == 0  # the 5-minute overlap
    await sandbox_api.advance_clock(301)
    assert await raw.user_info(first) == 42001
    assert await raw.user_info(second) == 0


async def test_stable_token_is_the_same_while_valid_and_renewed_near_expiry(raw: Raw, sandbox_api: SandboxApi) -> None:
    first = await raw.stable_token()
    again = await raw.stable_token()
    assert again["access_token"] == first["access_token"]
    assert again["expires_in"] <= first["expires_in"]
    await raw.plain_token()  # /cgi-bin/token is isolated from stable_token
    assert await raw.user_info(first["access_token"]) == 0
    await sandbox_api.advance_clock(7200 - 200)  # inside the last five minutes: a new one, the old still valid
    renewed = await raw.stable_token()
    assert renewed["access_token"] != first["access_token"]
    assert await raw.user_info(first["access_token"]) == 0
    await sandbox_api.advance_clock(201)
    assert await raw.user_info(first["access_token"]) == 42001
    assert await raw.user_info(renewed["access_token"]) == 0


async def test_forced_stable_token_kills_the_old_one_and_is_limited(raw: Raw) -> None:
    old = (await raw.stable_token())["access_token"]
    new = (await raw.stable_token(force=True))["access_token"]
    assert new != old
    assert await raw.user_info(old) == 40001
    assert (await raw.stable_token(force=True))["errcode"] == 45009  # at least 30 s apart


async def test_token_errors(raw: Raw, sandbox_api: SandboxApi) -> None:
    assert (await raw.get("/cgi-bin/user/info", openid="o-raw"))["errcode"] == 41001
    assert await raw.user_info("made-up") == 40001
    wrong_secret = await raw.get("/cgi-bin/token", grant_type="client_credential", appid=DEMO_MP_APPID, secret="x")
    assert wrong_secret["errcode"] == 40125
    unknown = await raw.get("/cgi-bin/token", grant_type="client_credential", appid="wxunknown", secret=DEMO_SECRET)
    assert unknown["errcode"] == 40013
    assert "rid:" in unknown["errmsg"]
    mini = (await raw.stable_token(DEMO_MINIAPP_APPID))["access_token"]
    assert await raw.user_info(mini) == 48001  # a mini-program token on an official-account API
    token = await raw.plain_token()
    await sandbox_api.expire_tokens()
    assert await raw.user_info(token) == 42001


async def test_jscode2session_is_text_plain_and_codes_are_single_use(raw: Raw, sandbox_api: SandboxApi) -> None:
    code = await sandbox_api.login_code("o-raw-login")
    params = {"appid": DEMO_MINIAPP_APPID, "secret": DEMO_SECRET, "grant_type": "authorization_code"}
    async with sandbox_api.http.get(raw.base + "/sns/jscode2session", params={**params, "js_code": code}) as resp:
        assert resp.content_type == "text/plain"
        reply = await resp.json(content_type=None)
    assert reply["openid"] == "o-raw-login" and reply["session_key"]
    assert (await raw.get("/sns/jscode2session", **params, js_code=code))["errcode"] == 40163
    wrong_app = {**params, "appid": DEMO_MP_APPID}
    assert (await raw.get("/sns/jscode2session", **wrong_app, js_code="x"))["errcode"] == 40013


async def test_unicode_escaped_bodies_are_refused(raw: Raw) -> None:
    token = await raw.plain_token()
    escaped = b'{"touser": "o-raw", "msgtype": "text", "text": {"content": "\\u60a8\\u597d"}}'
    assert (await raw.post("/cgi-bin/message/custom/send", data=escaped, access_token=token))["errcode"] == 40033


async def test_msg_sec_check_wants_version_2_and_a_valid_scene(raw: Raw) -> None:
    token = (await raw.stable_token(DEMO_MINIAPP_APPID))["access_token"]
    body = {"openid": "o-raw", "scene": 1, "content": "你好"}
    assert (await raw.post("/wxa/msg_sec_check", body, access_token=token))["errcode"] == 40097
    assert (await raw.post("/wxa/msg_sec_check", {**body, "version": 2, "scene": 9}, access_token=token))[
        "errcode"
    ] == 40129
    assert (await raw.post("/wxa/msg_sec_check", {**body, "version": 2}, access_token=token))["result"] == {
        "suggest": "pass",
        "label": 100,
    }


async def test_faults_stats_and_reset(raw: Raw, sandbox_api: SandboxApi) -> None:
    token = await raw.plain_token()
    await sandbox_api.fault("/cgi-bin/user/info", errcode=-1, times=2)
    assert [await raw.user_info(token) for _ in range(3)] == [-1, -1, 0]
    stats = await sandbox_api.stats()
    assert stats["calls"] == {"/cgi-bin/token": 1, "/cgi-bin/user/info": 3}
    assert stats["token_fetches"] == 1 and stats["tokens_issued"] == {DEMO_MP_APPID: 1}
    await sandbox_api.reset()
    assert (await sandbox_api.stats())["calls"] == {}
    assert await raw.user_info(token) == 40001  # a fresh sandbox knows no tokens


async def test_control_endpoints_reject_bad_input(sandbox_api: SandboxApi) -> None:
    async with sandbox_api.http.post(sandbox_api.base_url + "/sandbox/login-code", json={}) as resp:
        assert resp.status == 400
    async with sandbox_api.http.get(sandbox_api.base_url + "/sandbox/sent", params={"kind": "x"}) as resp:
        assert resp.status == 400


def test_cli_has_a_sandbox_command() -> None:
    args = build_parser().parse_args(["sandbox", "--port", "9999"])
    assert (args.host, args.port) == ("127.0.0.1", 9999)
    assert build_parser().parse_args(["sandbox"]).port == 8081
