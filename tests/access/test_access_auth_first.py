"""Authentication and authorisation come before body validation, on every staff and mini-program route."""

from __future__ import annotations

import re

from aiohttp import web
from aiohttp.test_utils import TestClient

from core.models import StaffRole

# Routes a caller uses before having any credential, and WeChat's signed message push (checked by signature).
PUBLIC = {
    ("POST", "/api/v1/miniapp/login"),
    ("GET", "/api/v1/miniapp/wechat-push"),
    ("POST", "/api/v1/miniapp/wechat-push"),
    # Public reference data shown before login (no parameter that could fail validation).
    ("GET", "/api/v1/miniapp/catalogue"),
    ("GET", "/api/v1/miniapp/catalogue/{slug}"),
    ("GET", "/api/v1/miniapp/complaints/options"),
}
PROTECTED_PREFIXES = ("/api/v1/admin/", "/api/v1/miniapp/")
BAD_BODY = b'{"title": 12, "roles": "x", "code": [], "send_at": "tomorrow", "unknown": {"deep": [1, 2, 3]}}'


def _protected_routes(app: web.Application) -> list[tuple[str, str]]:
    routes = []
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter")
        if not path or not path.startswith(PROTECTED_PREFIXES) or route.method in ("HEAD", "*"):
            continue
        if (route.method, path) in PUBLIC:
            continue
        # Path parameters get a value that fails validation wherever the route lets it through.
        url = re.sub(r"\{[^}]+\}", "not-an-id", path)
        if "pattern" in info and not info["pattern"].fullmatch(url):
            url = re.sub(r"\{[^}]+\}", "999999999", path)
        routes.append((route.method, url))
    return sorted(set(routes))


async def test_every_protected_route_says_401_before_looking_at_the_body(client: TestClient) -> None:
    routes = _protected_routes(client.server.app)
    assert len(routes) > 60  # the walk covers the whole API, not a sample
    wrong = {}
    for method, url in routes:
        resp = await client.request(
            method,
            url + "?page=abc&page_size=-5&date_from=yesterday",
            data=BAD_BODY,
            headers={"Content-Type": "application/json"},
        )
        body = await resp.json()
        challenged = resp.headers.get("WWW-Authenticate", "").startswith("Bearer")
        error = body.get("error") if isinstance(body, dict) else None
        if resp.status != 401 or not error or error["details"] not in (None, {}) or not challenged:
            wrong[f"{method} {url}"] = (resp.status, error["code"] if error else body)
    assert wrong == {}


async def test_wrong_role_gets_403_not_the_schema(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    resp = await client.post("/api/v1/admin/campaigns", data=BAD_BODY, headers=handler)
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "role_required"

    resp = await client.patch("/api/v1/admin/staff/abc", json={"roles": "nonsense"}, headers=handler)
    assert resp.status == 403


async def test_the_right_role_hears_what_is_wrong_with_the_body(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    editor = await staff_headers(StaffRole.PUBLICITY_EDITOR)
    resp = await client.post("/api/v1/admin/campaigns", data=BAD_BODY, headers=editor)
    assert resp.status == 422
    assert any(d["loc"] == ["title"] for d in (await resp.json())["error"]["details"]["fields"])


async def test_a_forged_token_is_challenged_as_invalid(client: TestClient) -> None:
    forged = {"Authorization": "Bearer jlst_forged", "Content-Type": "application/json"}
    resp = await client.post("/api/v1/admin/campaigns", data=b'{"title": "x"}', headers=forged)
    assert resp.status == 401
    assert 'error="invalid_token"' in resp.headers["WWW-Authenticate"]


async def test_public_routes_still_validate(client: TestClient) -> None:
    resp = await client.post("/api/v1/miniapp/login", json={"code": ""})
    assert resp.status == 422
    resp = await client.post("/api/v1/knowledge/ask", json={"question": 5})
    assert resp.status == 422
