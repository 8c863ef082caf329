"""Credential guessing is throttled (core.ratelimit): staff and citizen tokens, login codes, invite codes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

from core.models import StaffRole
from tests.support.appointments import MINIAPP, AppointmentWorld
from tests.support.gateway import SandboxApi

MakeClient = Callable[..., Awaitable[TestClient]]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def refused(resp: ClientResponse) -> dict[str, Any]:
    assert resp.status == 429, await resp.text()
    assert 0 < int(resp.headers["Retry-After"]) <= 3600
    body = await resp.json()
    assert body["error"]["code"] == "rate_limited"
    assert "稍后" in body["error"]["message"]
    return body  # type: ignore[no-any-return]


async def rate_limited_count(client: TestClient, limit: str) -> float:
    text = await (await client.get("/metrics")).text()
    for line in text.splitlines():
        if line.startswith(f'jiliang_rate_limited_total{{limit="{limit}"}}'):
            return float(line.split()[-1])
    return 0.0


async def test_staff_token_guessing_is_stopped_per_client(make_client: MakeClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(rate_limit_token_failures_per_client="5/600")
    valid = await staff_headers(StaffRole.ADMIN)
    for n in range(5):
        resp = await client.get("/api/v1/admin/me", headers=bearer(f"jlst_guess{n}"))
        assert resp.status == 401
        assert resp.headers["WWW-Authenticate"] == 'Bearer realm="jiliang", error="invalid_token"'
    await refused(await client.get("/api/v1/admin/me", headers=bearer("jlst_guess6")))
    # While the address is blocked, not even a right guess gets through (nothing to learn from trying).
    await refused(await client.get("/api/v1/admin/me", headers=valid))
    assert await rate_limited_count(client, "token_failures_per_client") == 2


async def test_valid_tokens_are_not_counted(make_client: MakeClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(rate_limit_token_failures_per_client="3/600")
    valid = await staff_headers(StaffRole.ADMIN)
    for _ in range(10):
        assert (await client.get("/api/v1/admin/me", headers=valid)).status == 200


async def test_citizen_session_guessing_is_stopped(make_client: MakeClient, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(rate_limit_token_failures_per_client="3/600")
    for n in range(3):
        assert (await client.get("/api/v1/miniapp/me", headers=bearer(f"guess-{n}"))).status == 401
    await refused(await client.get("/api/v1/miniapp/me", headers=bearer("guess-4")))
    await refused(await client.get("/api/v1/miniapp/me", headers=await citizen_headers()))


async def test_forwarded_for_counts_only_from_a_trusted_proxy(make_client: MakeClient) -> None:
    direct = await make_client(rate_limit_token_failures_per_client="2/600")
    for n in range(2):
        # A client cannot get a fresh budget by writing its own X-Forwarded-For.
        spoofed = {**bearer("jlst_x"), "X-Forwarded-For": f"203.0.113.{n}"}
        assert (await direct.get("/api/v1/admin/me", headers=spoofed)).status == 401
    await refused(await direct.get("/api/v1/admin/me", headers={**bearer("jlst_x"), "X-Forwarded-For": "203.0.113.9"}))

    proxied = await make_client(rate_limit_token_failures_per_client="2/600", trusted_proxies=["127.0.0.0/8"])
    behind = {**bearer("jlst_y"), "X-Forwarded-For": "198.51.100.7, 127.0.0.1"}
    for _ in range(2):
        assert (await proxied.get("/api/v1/admin/me", headers=behind)).status == 401
    await refused(await proxied.get("/api/v1/admin/me", headers=behind))
    # Another client behind the same proxy has its own budget.
    other = {**bearer("jlst_y"), "X-Forwarded-For": "198.51.100.8"}
    assert (await proxied.get("/api/v1/admin/me", headers=other)).status == 401


async def test_login_codes_are_limited_per_client_and_per_account(
    make_client: MakeClient, sandbox_api: SandboxApi
) -> None:
    client = await make_client(rate_limit_login_failures_per_client="3/600", rate_limit_login_per_account="2/3600")
    for _ in range(2):
        code = await sandbox_api.login_code("o-throttled")
        assert (await client.post("/api/v1/miniapp/login", json={"code": code})).status == 200
    code = await sandbox_api.login_code("o-throttled")
    await refused(await client.post("/api/v1/miniapp/login", json={"code": code}))
    # Good logins from this address did not use up its budget for mistakes; guessed codes do.
    for n in range(3):
        resp = await client.post("/api/v1/miniapp/login", json={"code": f"guessed-{n}"})
        assert resp.status == 401 and resp.headers["WWW-Authenticate"].startswith("Bearer")
    code = await sandbox_api.login_code("o-someone-else")
    await refused(await client.post("/api/v1/miniapp/login", json={"code": code}))  # refused before WeChat is asked
    assert await rate_limited_count(client, "login_failures_per_client") == 1
    assert await rate_limited_count(client, "login_per_account") == 1


async def test_invite_codes_are_limited_per_citizen(make_client: MakeClient, staff_headers, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(
        rate_limit_invite_failures_per_account="3/600", rate_limit_invite_failures_per_client="100/600"
    )
    world = AppointmentWorld(client, staff_headers, citizen_headers)
    company = await world.company()
    invite = await world.call("POST", f"{MINIAPP}/enterprises/{company.id}/invite-code", company.headers, expect=201)
    guesser = await world.citizen()
    for guess in ("AAAA2222", "BBBB2222", "CCCC2222"):
        await world.call("POST", f"{MINIAPP}/enterprises/join", guesser, expect=422, json={"invite_code": guess})
    resp = await client.post(
        f"{MINIAPP}/enterprises/join", headers=guesser, json={"invite_code": invite["invite_code"]}
    )
    await refused(resp)
    # Someone else (same address, its own account budget) still joins with the right code.
    await world.call(
        "POST",
        f"{MINIAPP}/enterprises/join",
        await world.citizen(),
        expect=201,
        json={"invite_code": invite["invite_code"]},
    )


async def test_invite_codes_are_limited_per_client(make_client: MakeClient, staff_headers, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(
        rate_limit_invite_failures_per_account="100/600", rate_limit_invite_failures_per_client="2/600"
    )
    world = AppointmentWorld(client, staff_headers, citizen_headers)
    for guess in ("AAAA2222", "BBBB2222"):
        # A fresh account per guess does not help: the address is counted too.
        await world.call(
            "POST", f"{MINIAPP}/enterprises/join", await world.citizen(), expect=422, json={"invite_code": guess}
        )
    resp = await client.post(
        f"{MINIAPP}/enterprises/join", headers=await world.citizen(), json={"uscc": "91150105MA0N1C2D5Y"}
    )
    await refused(resp)
