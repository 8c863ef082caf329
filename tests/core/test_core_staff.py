"""Staff accounts through the admin API: roles, tokens, who may do what."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from core.models import StaffRole


async def test_no_token_is_401_and_wrong_role_is_403(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    resp = await client.get("/api/v1/admin/staff")
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "staff_login_required"

    resp = await client.get("/api/v1/admin/staff", headers={"Authorization": "Bearer jlst_forged"})
    assert resp.status == 401

    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    resp = await client.get("/api/v1/admin/staff", headers=handler)
    assert resp.status == 403
    body = await resp.json()
    assert body["error"]["code"] == "role_required"
    assert "权限" in body["error"]["message"]


async def test_citizen_session_is_not_a_staff_token(client: TestClient, citizen_headers) -> None:  # type: ignore[no-untyped-def]
    resp = await client.get("/api/v1/admin/me", headers=await citizen_headers())
    assert resp.status == 401


async def test_admin_creates_staff_whose_token_works_once_rotated_old_fails(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    resp = await client.post(
        "/api/v1/admin/staff",
        json={"username": "wang.li", "display_name": "王丽", "roles": ["complaint_handler"], "district": "赛罕"},
        headers=admin,
    )
    assert resp.status == 201
    created = await resp.json()
    assert created["staff"]["district"] == "saihan"  # any spelling in, the slug stored
    token = created["token"]
    me = await client.get("/api/v1/admin/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status == 200
    assert (await me.json())["roles"] == ["complaint_handler"]
    me = await client.get("/api/v1/admin/me", headers={"Authorization": f"Bearer {token}"})
    assert (await me.json())["last_seen_at"] is not None

    staff_id = created["staff"]["id"]
    rotated = await client.post(f"/api/v1/admin/staff/{staff_id}/token", headers={"Authorization": f"Bearer {token}"})
    assert rotated.status == 201
    new_token = (await rotated.json())["token"]
    assert (await client.get("/api/v1/admin/me", headers={"Authorization": f"Bearer {token}"})).status == 401
    assert (await client.get("/api/v1/admin/me", headers={"Authorization": f"Bearer {new_token}"})).status == 200


async def test_duplicate_username_and_bad_input(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    payload = {"username": "zhao", "display_name": "赵", "roles": ["verification_officer"]}
    assert (await client.post("/api/v1/admin/staff", json=payload, headers=admin)).status == 201
    resp = await client.post("/api/v1/admin/staff", json=payload, headers=admin)
    assert resp.status == 409
    assert (await resp.json())["error"]["code"] == "username_taken"

    resp = await client.post("/api/v1/admin/staff", json={**payload, "username": "x y", "roles": []}, headers=admin)
    assert resp.status == 422
    body = await resp.json()
    assert body["error"]["code"] == "invalid_input"
    assert {tuple(d["loc"]) for d in body["error"]["details"]["fields"]} >= {("username",), ("roles",)}

    resp = await client.post("/api/v1/admin/staff", data=b"{not json", headers=admin)
    assert resp.status == 400
    assert (await resp.json())["error"] == {
        "code": "invalid_json",
        "message": "请求内容不是有效的 JSON",
        "details": {},
    }

    resp = await client.post(
        "/api/v1/admin/staff", json={**payload, "username": "qian", "district": "朝阳区"}, headers=admin
    )
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "invalid_district"


async def test_deactivated_staff_is_locked_out_and_admin_cannot_lock_self_out(
    client: TestClient, staff_headers
) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    resp = await client.post(
        "/api/v1/admin/staff",
        json={"username": "sun", "display_name": "孙", "roles": ["publicity_editor"]},
        headers=admin,
    )
    created = await resp.json()
    sun = {"Authorization": f"Bearer {created['token']}"}
    resp = await client.patch(f"/api/v1/admin/staff/{created['staff']['id']}", json={"active": False}, headers=admin)
    assert resp.status == 200
    assert (await client.get("/api/v1/admin/me", headers=sun)).status == 401

    me = await (await client.get("/api/v1/admin/me", headers=admin)).json()
    resp = await client.patch(f"/api/v1/admin/staff/{me['id']}", json={"active": False}, headers=admin)
    assert resp.status == 403
    resp = await client.patch("/api/v1/admin/staff/999999", json={"active": False}, headers=admin)
    assert resp.status == 404


async def test_staff_routes_appear_in_openapi(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    assert "/api/v1/admin/staff" in spec["paths"]
    assert "post" in spec["paths"]["/api/v1/admin/staff"]
