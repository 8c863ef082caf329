"""Staff identity in the console: passwords, lockout, forced change, sessions, CSRF, TOTP, API token expiry."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from aiohttp.test_utils import TestClient

from core import staff_sessions, totp
from core.auth import create_staff
from core.keys import REDIS, SETTINGS
from core.models import StaffAccount, StaffRole
from core.passwords import complexity_problems, generate_password, issue_initial_password, verify_password
from tests.support.console import PASSWORD, audit_actions, csrf_of


def test_complexity_rules_name_what_to_fix() -> None:
    assert complexity_problems("Jiliang-Test-2026", username="wang", min_length=10) == []
    assert "至少10个字符" in complexity_problems("Ab1!", username="wang", min_length=10)
    assert any("三类" in p for p in complexity_problems("abcdefghijkl", username="wang", min_length=10))
    assert any("用户名" in p for p in complexity_problems("Wang.Li-2026x", username="wang.li", min_length=10))
    for _ in range(20):
        assert complexity_problems(generate_password(), username="admin", min_length=10) == []


def test_totp_matches_rfc6238_vectors() -> None:
    key = b"12345678901234567890"  # RFC 6238 appendix B, SHA-1
    assert totp.hotp(key, 59 // 30, digits=8) == "94287082"
    assert totp.hotp(key, 1111111109 // 30, digits=8) == "07081804"
    assert totp.hotp(key, 20000000000 // 30, digits=8) == "65353130"
    secret = totp.new_secret()
    now = time.time()
    assert totp.matching_step(secret, totp.code_at(secret, now - 30), at=now) is not None  # one step of drift
    assert totp.matching_step(secret, totp.code_at(secret, now - 120), at=now) is None
    assert totp.matching_step(secret, "12345", at=now) is None


async def test_login_sets_a_strict_cookie_and_lands_on_the_home_page(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER, name="王丽")
    user = browser_user()
    await user.get("/console/")  # not logged in: the login page
    assert "/console/login" in user.last_url and "工作人员登录" in user.html
    await user.get("/console/login")
    async with user.client.post(
        "/console/login",
        data={"login_csrf": csrf_of(user.html), "username": staff.username, "password": PASSWORD},
        allow_redirects=False,
    ) as resp:
        assert resp.status == 302
        cookie = resp.headers.getall("Set-Cookie")
    session_cookie = next(c for c in cookie if c.startswith(staff_sessions.COOKIE_NAME + "="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie and "Path=/console" in session_cookie
    assert "Secure" not in session_cookie  # development over http; production adds it (settings.secure_cookies)
    async with user.client.get("/console/login") as resp:
        assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
        assert resp.headers["X-Frame-Options"] == "DENY"
    html = await user.get("/console/")
    assert "工作台" in html and "王丽" in html
    assert await audit_actions(actor_id=staff.id) == ["login.success"]


async def test_login_form_needs_its_token(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff()
    user = browser_user()
    await user.get("/console/login")
    async with user.client.post(
        "/console/login", data={"login_csrf": "forged", "username": staff.username, "password": PASSWORD}
    ) as resp:
        assert resp.status == 403
        assert "页面已过期" in await resp.text()


async def test_five_wrong_passwords_lock_the_account(browser_user, console_staff, app) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER)
    user = browser_user()
    for attempt in range(5):
        html = await user.login(staff.username, "Wrong-Password-1", status=401)
        assert ("已锁定" in html) == (attempt == 4), attempt
    html = await user.login(staff.username, PASSWORD, status=401)  # the right password no longer works
    assert "已锁定" in html
    await staff.refresh_from_db()
    assert staff.locked_until is not None and staff.locked_until > datetime.now(UTC)
    actions = await audit_actions(actor_id=staff.id)
    assert actions.count("login.failure") == 6 and "login.locked" in actions
    # An unknown username fails the same way, and is recorded under the name that was typed.
    html = await user.login("nobody-here", "x", status=401)
    assert "用户名或密码错误" in html
    assert await audit_actions(actor_name="nobody-here") == ["login.failure"]
    # The threshold is configurable.
    assert app[SETTINGS].staff_lockout_threshold == 5


async def test_first_login_forces_a_password_change(browser_user) -> None:  # type: ignore[no-untyped-def]
    account, _ = await create_staff(username="new.one", display_name="新人", roles=[StaffRole.COMPLAINT_HANDLER])
    initial = await issue_initial_password(account)
    user = browser_user()
    await user.login("new.one", initial)
    assert user.last_url.endswith("/console/password") and "须先设置自己的新密码" in user.html
    await user.get("/console/complaints")
    assert user.last_url.endswith("/console/password")  # every page sends them back until they change it
    html = await user.post(
        "/console/password",
        {"current_password": initial, "new_password": "short", "confirm_password": "short"},
        status=422,
    )
    assert "至少10个字符" in html
    new = "Neu-Passwort-2026"
    await user.post("/console/password", {"current_password": initial, "new_password": new, "confirm_password": new})
    assert user.last_url.endswith("/console/") and "工作台" in user.html
    await account.refresh_from_db()
    assert not account.password_must_change and verify_password(account.password_hash, new)
    assert "password.change" in await audit_actions(actor_id=account.id)


async def test_every_state_changing_form_checks_the_csrf_token(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff()
    user = browser_user()
    await user.login(staff.username)
    async with user.client.post("/console/logout", data={"csrf_token": "forged"}) as resp:
        assert resp.status == 403
        assert "页面已过期" in await resp.text()
    async with user.client.post("/console/admin/staff", data={"username": "evil", "display_name": "x"}) as resp:
        assert resp.status == 403
    assert not await StaffAccount.exists(username="evil")
    await user.get("/console/")
    await user.post("/console/logout")
    assert user.last_url.endswith("/console/login")
    await user.get("/console/")
    assert "/console/login" in user.last_url


async def test_logout_everywhere_ends_the_other_browsers(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff()
    office, home = browser_user(), browser_user()
    await office.login(staff.username)
    await home.login(staff.username)
    await home.get("/console/account")
    await home.post("/console/logout-everywhere")
    await office.get("/console/")
    assert "/console/login" in office.last_url
    assert "logout.everywhere" in await audit_actions(actor_id=staff.id)


async def test_sessions_expire_when_idle_and_after_the_absolute_limit(browser_user, console_staff, app) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff()
    user = browser_user()
    await user.login(staff.username)
    redis, settings = app[REDIS], app[SETTINGS]
    keys = [k async for k in redis.scan_iter(staff_sessions.SESSION_PREFIX + "*")]
    assert len(keys) == 1
    ttl = await redis.ttl(keys[0])
    assert 0 < ttl <= settings.staff_session_idle_minutes * 60  # idle expiry is Redis' TTL, restarted per request
    await redis.expire(keys[0], 5)
    await user.get("/console/")
    assert await redis.ttl(keys[0]) > 5
    # Past the absolute limit the session ends even though it is in use.
    data = json.loads(await redis.get(keys[0]))
    data["created_at"] = time.time() - settings.staff_session_absolute_hours * 3600 - 1
    await redis.set(keys[0], json.dumps(data), ex=60)
    await user.get("/console/")
    assert "/console/login" in user.last_url


async def test_totp_second_factor(browser_user, console_staff, app) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER)
    user = browser_user()
    await user.login(staff.username)
    await user.get("/console/account")
    secret = user.html.split('id="totp-secret">')[1].split("<")[0]
    await user.post("/console/account/totp/enable", {"code": "000000" if totp.code_at(secret) != "000000" else "1"})
    assert "验证码不正确" in user.html
    await user.post("/console/account/totp/enable", {"code": totp.code_at(secret)})
    assert "已启用动态验证码" in user.html
    await staff.refresh_from_db()
    assert staff.totp_enabled

    other = browser_user()
    await other.login(staff.username)
    assert "/console/login/totp" in other.last_url
    await other.get("/console/complaints")  # the password alone is not a session
    assert "/console/login?" in other.last_url
    await other.get("/console/login/totp")
    await other.post("/console/login/totp", {"code": totp.code_at(secret)}, status=401)  # already used above
    await app[REDIS].delete(staff_sessions.TOTP_STEP_PREFIX + str(staff.id))
    await other.post("/console/login/totp", {"code": totp.code_at(secret)})
    assert "工作台" in other.html
    actions = await audit_actions(actor_id=staff.id)
    assert "totp.enable" in actions and "login.totp_failure" in actions and actions[-1] == "login.success"


async def test_api_tokens_expire(client: TestClient, app) -> None:  # type: ignore[no-untyped-def]
    account, token = await create_staff(username="machine", display_name="对接", roles=[StaffRole.ADMIN])
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/admin/me", headers=headers)).status == 200
    days = app[SETTINGS].staff_api_token_days
    await StaffAccount.filter(id=account.id).update(token_issued_at=datetime.now(UTC) - timedelta(days=days, minutes=1))
    resp = await client.get("/api/v1/admin/me", headers=headers)
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "staff_token_expired"


async def test_demo_staff_can_log_in_as_each_role(browser_user, app) -> None:  # type: ignore[no-untyped-def]
    from core.demo import DEMO_PASSWORD, DEMO_STAFF, seed_demo_staff

    del app
    first = await seed_demo_staff()
    again = await seed_demo_staff()  # idempotent
    assert [d.username for d in first] == [d.username for d in again] == [s[0] for s in DEMO_STAFF]
    user = browser_user()
    await user.login("wangli", DEMO_PASSWORD)
    assert "工作台" in user.html and "王丽" in user.html and 'href="/console/complaints"' in user.html
