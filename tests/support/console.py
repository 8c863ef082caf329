"""Fixtures for the console tests: staff with passwords, and a browser-like client (cookie jar, form tokens)."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from core.auth import create_staff
from core.models import AuditEntry, StaffAccount, StaffRole
from core.passwords import set_password

PASSWORD = "Jiliang-Test-2026"
CSRF_RE = re.compile(r'name="(?:csrf_token|login_csrf)" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "no form token on the page"
    return match.group(1)


class ConsoleUser:
    """One browser: its own cookie jar, the page it last saw, forms submitted with that page's token."""

    def __init__(self, client: TestClient) -> None:
        self.server = client
        self.client = _Session(client)
        self.html = ""
        self.last_url = ""

    async def get(self, path: str, *, status: int | None = 200, **kw: Any) -> str:
        async with self.client.get(path, **kw) as resp:
            self.html = await resp.text()
            if status is not None:
                assert resp.status == status, (resp.status, path, self.html[:600])
            self.last_url = str(resp.url)
            return self.html

    async def post(self, path: str, data: dict[str, Any] | None = None, *, status: int | None = 200, **kw: Any) -> str:
        form = {"csrf_token": csrf_of(self.html), **(data or {})}
        async with self.client.post(path, data=form, **kw) as resp:
            self.html = await resp.text()
            self.last_url = str(resp.url)
            if status is not None:
                assert resp.status == status, (resp.status, path, self.html[:600])
            return self.html

    async def login(self, username: str, password: str = PASSWORD, *, status: int | None = 200) -> str:
        await self.get("/console/login")
        async with self.client.post(
            "/console/login",
            data={"login_csrf": csrf_of(self.html), "username": username, "password": password, "next": "/console/"},
        ) as resp:
            self.html = await resp.text()
            self.last_url = str(resp.url)
            if status is not None:
                assert resp.status == status, (resp.status, self.html[:600])
            return self.html


@pytest.fixture
def console_staff(app: Any) -> Callable[..., Awaitable[StaffAccount]]:
    """`await console_staff(StaffRole.COMPLAINT_HANDLER, district="saihan")`: an account that can log in now."""
    del app

    async def make(
        *roles: StaffRole, district: str | None = None, username: str | None = None, name: str | None = None
    ) -> StaffAccount:
        username = username or f"u{uuid.uuid4().hex[:8]}"
        account, _ = await create_staff(
            username=username, display_name=name or username, roles=list(roles) or [StaffRole.ADMIN], district=district
        )
        await set_password(account, PASSWORD, must_change=False)
        return account

    return make


class _Session:
    """A client session with its own cookie jar against the test server (paths relative to it)."""

    def __init__(self, client: TestClient) -> None:
        self._client = client
        self.session = ClientSession(cookie_jar=CookieJar(unsafe=True))

    def get(self, path: str, **kw: Any) -> Any:
        return self.session.get(self._client.make_url(path), **kw)

    def post(self, path: str, **kw: Any) -> Any:
        return self.session.post(self._client.make_url(path), **kw)


@pytest.fixture
async def browser_user(client: TestClient) -> AsyncIterator[Callable[[], ConsoleUser]]:
    """`browser_user()`: a new browser on the app under test (its own cookie jar)."""
    users: list[ConsoleUser] = []

    def make() -> ConsoleUser:
        users.append(ConsoleUser(client))
        return users[-1]

    yield make
    for user in users:
        await user.client.session.close()


async def audit_actions(**filters: Any) -> list[str]:
    return [e.action for e in await AuditEntry.filter(**filters).order_by("seq")]
