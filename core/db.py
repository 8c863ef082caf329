"""Tortoise ORM: one config for the app, the tests and migrations; aerich migrations."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tortoise import Tortoise
from tortoise.context import TortoiseContext

from core.components import model_modules
from core.settings import Settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def normalise_db_url(url: str) -> str:
    """Accept postgresql:// as well as tortoise's postgres:// / asyncpg:// schemes."""
    if url.startswith("postgresql://"):
        return "postgres://" + url.removeprefix("postgresql://")
    return url


def tortoise_config(database_url: str, *, with_aerich: bool = False) -> dict[str, object]:
    """Every installed component's models in one Tortoise app ("models"), as the migrations expect."""
    models = [*model_modules(), "aerich.models"] if with_aerich else model_modules()
    return {
        "connections": {"default": normalise_db_url(database_url)},
        "apps": {"models": {"models": models, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


def ensure_sqlite_dir(database_url: str) -> None:
    if database_url.startswith("sqlite://") and ":memory:" not in database_url:
        Path(database_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)


# One ORM context per process and database. Two app instances in one process (the tests' multi-worker
# simulations) share it; Tortoise allows only one global-fallback context per process.
_shared: dict[str, tuple[TortoiseContext, int]] = {}
_shared_lock = asyncio.Lock()


@asynccontextmanager
async def orm_context(database_url: str) -> AsyncIterator[TortoiseContext]:
    async with _shared_lock:
        if database_url in _shared:
            ctx, users = _shared[database_url]
            _shared[database_url] = (ctx, users + 1)
        else:
            ensure_sqlite_dir(database_url)
            # Handlers, background tasks and test bodies run in other tasks than the startup task:
            # the global fallback lets them all find this context.
            ctx = await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)
            _shared[database_url] = (ctx, 1)
    try:
        yield ctx
    finally:
        async with _shared_lock:
            ctx, users = _shared[database_url]
            if users > 1:
                _shared[database_url] = (ctx, users - 1)
            else:
                del _shared[database_url]
                await ctx.close_connections()


async def ping_database() -> None:
    conn = Tortoise.get_connection("default")
    await conn.execute_query("SELECT 1")


def aerich_config(settings: Settings) -> dict[str, object]:
    return tortoise_config(settings.database_url, with_aerich=True)


def dialect(database_url: str) -> str:
    return "sqlite" if database_url.startswith("sqlite://") else "postgres"


def migrations_location(database_url: str) -> Path:
    """aerich writes dialect-specific SQL, so each dialect keeps its own migration history."""
    return MIGRATIONS_DIR / dialect(database_url)


async def upgrade(settings: Settings) -> list[str]:
    """Apply pending migrations (aerich); creates the schema on an empty database."""
    from aerich import Command

    ensure_sqlite_dir(settings.database_url)
    location = migrations_location(settings.database_url)
    command = Command(tortoise_config=aerich_config(settings), app="models", location=str(location))
    async with command:
        applied = await command.upgrade(run_in_transaction=True)
    return list(applied or [])


async def history(settings: Settings) -> list[tuple[str, bool]]:
    """Every migration of this dialect, oldest first, and whether this database has applied it."""
    from aerich import Command
    from tortoise.exceptions import OperationalError

    ensure_sqlite_dir(settings.database_url)
    location = migrations_location(settings.database_url)
    command = Command(tortoise_config=aerich_config(settings), app="models", location=str(location))
    async with command:
        versions = await command.history()
        try:
            pending = set(await command.heads())
        except OperationalError:  # no aerich table yet: nothing applied
            pending = set(versions)
    return [(version, version not in pending) for version in versions]


async def prepare_scratch(database_url: str) -> bool:
    """Bring a scratch database to the head of the migration history; False when there is no history yet,
    in which case the initial migration is written from the models."""
    from aerich import Command

    location = migrations_location(database_url)
    config = tortoise_config(database_url, with_aerich=True)
    async with Command(tortoise_config=config, app="models", location=str(location)) as command:
        if not (location / "models").exists():
            await command.init_db(safe=True)
            return False
        await command.upgrade(run_in_transaction=True)
    return True


async def write_migration(database_url: str, name: str) -> str | None:
    """aerich migrate against a scratch database at head (a fresh Command: aerich reads the head at init)."""
    from aerich import Command

    location = migrations_location(database_url)
    config = tortoise_config(database_url, with_aerich=True)
    async with Command(tortoise_config=config, app="models", location=str(location)) as command:
        return await command.migrate(name) or None


async def create_postgres_database(database_url: str) -> None:
    """Create the PostgreSQL database named in the URL if missing (used by tests and CI)."""
    import asyncpg

    base, _, name = normalise_db_url(database_url).rpartition("/")
    name = name.split("?")[0]
    admin_url = base.replace("postgres://", "postgresql://", 1) + "/postgres"
    conn = await asyncpg.connect(admin_url)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def drop_postgres_database(database_url: str) -> None:
    import asyncpg

    base, _, name = normalise_db_url(database_url).rpartition("/")
    admin_url = base.replace("postgres://", "postgresql://", 1) + "/postgres"
    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name.split("?")[0]}" WITH (FORCE)')
    finally:
        await conn.close()
