"""Authentication through the HTTP API: the Authorization scheme, logging out on one or every device, staff gates."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from aiohttp.test_utils import TestClient

from core.auth import USER_SESSIONS_PREFIX
from core.keys import REDIS
from core.models import StaffAccount, StaffRole

Login = Callable[..., Awaitable[dict[str, Any]]]
ME = "/api/v1/miniapp/me"
STAFF_ME = "/api/v1/admin/me"


async def status_and_code(client: TestClient, method: str, path: str, authorization: str | None) -> tuple[int, Any]:
    headers = {} if authorization is None else {"Authorization": authorization}
    async with client.request(method, path, headers=headers) as resp:
        body = await resp.json() if resp.content_type == "application/json" else None
        code = body["error"]["code"] if resp.status >= 400 else None
        if code is not None:
            assert body["error"]["message"]  # a Chinese message for the user
        return resp.status, code


async def test_only_the_bearer_scheme_carries_a_citizen_token(client: TestClient, login: Login) -> None:
    token = (await login("o-scheme"))["token"]
    for authorization in (
        f"Basic {token}",
        f"Token {token}",
        f"Bearer{token}",  # no space: not the Bearer scheme
        token,
        "Bearer",
        "Bearer    ",
        "",
    ):
        assert await status_and_code(client, "GET", ME, authorization) == (401, "login_required"), authorization
    # The scheme name is case-insensitive (RFC 7235); surrounding spaces around the token are ignored.
    for authorization in (f"Bearer {token}", f"bearer {token}", f"BEARER {token}", f"Bearer {token}  "):
        assert await status_and_code(client, "GET", ME, authorization) == (200, None), authorization
    assert await status_and_code(client, "GET", ME, f"Bearer {token}x") == (401, "session_expired")


async def test_log_out_everywhere_ends_every_session_of_that_user_only(client: TestClient, login: Login) -> None:
    phone, tablet, old = (await login("o-many"))["token"], (await login("o-many"))["token"], await login("o-many")
    other = (await login("o-someone-else"))["token"]
    redis = client.server.app[REDIS]
    user_sessions = USER_SESSIONS_PREFIX + str(old["user"]["id"])
    assert await redis.scard(user_sessions) == 3
    assert 0 < await redis.ttl(user_sessions) <= old["expires_in"]

    # Logging out one device forgets that session in the user's list too.
    resp = await client.post("/api/v1/miniapp/logout", headers={"Authorization": f"Bearer {old['token']}"})
    assert resp.status == 204
    assert await redis.scard(user_sessions) == 2

    resp = await client.post("/api/v1/miniapp/logout?all=1", headers={"Authorization": f"Bearer {phone}"})
    assert resp.status == 200
    assert await resp.json() == {"revoked_sessions": 2}
    for token in (phone, tablet):
        assert await status_and_code(client, "GET", ME, f"Bearer {token}") == (401, "session_expired")
    assert await redis.exists(user_sessions) == 0
    assert await status_and_code(client, "GET", ME, f"Bearer {other}") == (200, None)

    fresh = (await login("o-many"))["token"]
    resp = await client.post("/api/v1/miniapp/logout?all=true", headers={"Authorization": f"Bearer {fresh}"})
    assert await resp.json() == {"revoked_sessions": 1}
    assert await status_and_code(client, "POST", "/api/v1/miniapp/logout?all=1", f"Bearer {fresh}") == (
        401,
        "session_expired",
    )
    assert await status_and_code(client, "POST", "/api/v1/miniapp/logout?all=1", None) == (401, "login_required")


async def test_logout_everywhere_is_in_the_api_reference(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    logout = spec["paths"]["/api/v1/miniapp/logout"]["post"]
    assert any(p["name"] == "all" and p["in"] == "query" for p in logout["parameters"])


async def test_staff_tokens_only_through_bearer_and_only_staff_tokens(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]], login: Login
) -> None:
    token = (await staff_headers(StaffRole.COMPLAINT_HANDLER))["Authorization"].removeprefix("Bearer ")
    for authorization in (f"Token {token}", f"Basic {token}", token, "Bearer ", None):
        assert await status_and_code(client, "GET", STAFF_ME, authorization) == (401, "staff_login_required")
    assert await status_and_code(client, "GET", STAFF_ME, f"bearer {token}") == (200, None)
    citizen = (await login("o-not-staff"))["token"]
    # A citizen session is a wrong staff token (and counts towards the bad-token throttle), not a missing one.
    assert await status_and_code(client, "GET", STAFF_ME, f"Bearer {citizen}") == (401, "staff_token_invalid")
    assert await status_and_code(client, "GET", STAFF_ME, f"Bearer {token}0") == (401, "staff_token_invalid")
    assert await status_and_code(client, "GET", STAFF_ME, "Bearer jlst_") == (401, "staff_token_invalid")
    # A staff token is not a citizen session.
    assert await status_and_code(client, "GET", ME, f"Bearer {token}") == (401, "session_expired")


async def test_roles_deactivation_and_rotation(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    admin = await staff_headers(StaffRole.ADMIN)
    resp = await client.get("/api/v1/admin/staff", headers=handler)
    assert resp.status == 403
    error = (await resp.json())["error"]
    assert error["code"] == "role_required" and error["details"]["required"] == ["admin"]
    assert (await client.get("/api/v1/admin/staff", headers=admin)).status == 200
    # Admin passes every role check, e.g. a verification officer's.
    assert (await client.get("/api/v1/admin/verification-slots", headers=admin)).status == 200
    assert (await client.get("/api/v1/admin/verification-slots", headers=handler)).status == 403

    me = await (await client.get(STAFF_ME, headers=handler)).json()
    resp = await client.patch(f"/api/v1/admin/staff/{me['id']}", json={"active": False}, headers=admin)
    assert resp.status == 200
    assert await status_and_code(client, "GET", STAFF_ME, handler["Authorization"]) == (401, "staff_token_invalid")
    await client.patch(f"/api/v1/admin/staff/{me['id']}", json={"active": True}, headers=admin)
    assert await status_and_code(client, "GET", STAFF_ME, handler["Authorization"]) == (200, None)

    rotated = await (await client.post(f"/api/v1/admin/staff/{me['id']}/token", headers=handler)).json()
    assert await status_and_code(client, "GET", STAFF_ME, handler["Authorization"]) == (401, "staff_token_invalid")
    assert await status_and_code(client, "GET", STAFF_ME, f"Bearer {rotated['token']}") == (200, None)


async def test_last_seen_is_written_once_per_five_minutes(
    client: TestClient, staff_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    headers = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    me = await (await client.get(STAFF_ME, headers=headers)).json()
    first = (await StaffAccount.get(id=me["id"])).last_seen_at
    assert first is not None and (datetime.now(UTC) - first).total_seconds() < 60
    redis = client.server.app[REDIS]
    marker = f"auth:staff-seen:{me['id']}"
    assert 299_000 < await redis.pttl(marker) <= 300_000  # five minutes, set a moment ago

    long_ago = datetime(2026, 1, 1, tzinfo=UTC)
    await StaffAccount.filter(id=me["id"]).update(last_seen_at=long_ago)
    await client.get(STAFF_ME, headers=headers)
    assert (await StaffAccount.get(id=me["id"])).last_seen_at == long_ago  # within the five minutes: no write
    await redis.delete(marker)  # as if the five minutes had passed
    await client.get(STAFF_ME, headers=headers)
    assert (await StaffAccount.get(id=me["id"])).last_seen_at > long_ago
