"""The aerich migrations build exactly the schema the models describe (catches a forgotten migration)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg

from core.db import create_postgres_database, drop_postgres_database
from tests.support.app import Backends
from tests.support.paths import ROOT


def sqlite_columns(url: str) -> dict[str, set[tuple[str, str, bool]]]:
    conn = sqlite3.connect(url.removeprefix("sqlite://"))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: {(c[1], c[2].upper(), bool(c[3])) for c in conn.execute(f'PRAGMA table_info("{t}")')}
            for t in tables
            if t not in ("aerich", "sqlite_sequence")
        }
    finally:
        conn.close()


async def postgres_columns(url: str) -> dict[str, set[tuple[str, str, bool]]]:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        rows = await conn.fetch(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name <> 'aerich'"
        )
    finally:
        await conn.close()
    tables: dict[str, set[tuple[str, str, bool]]] = {}
    for r in rows:
        tables.setdefault(r["table_name"], set()).add((r["column_name"], r["data_type"], r["is_nullable"] == "NO"))
    return tables


def upgrade(url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JILIANG_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "jiliang", "db", "upgrade"], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_migrations_match_the_models(backends: Backends, tmp_path: Path) -> None:
    if backends.postgres:
        url = f"{backends.database_url}_mig_{uuid.uuid4().hex[:6]}"
        asyncio.run(create_postgres_database(url))
    else:
        url = f"sqlite://{tmp_path / 'migrated.sqlite3'}"
    try:
        first = upgrade(url)
        assert first.returncode == 0, first.stderr
        again = upgrade(url)  # idempotent: nothing left to apply
        assert again.returncode == 0, again.stderr
        assert "已是最新结构" in again.stdout
        if backends.postgres:
            migrated = asyncio.run(postgres_columns(url))
            modelled = asyncio.run(postgres_columns(backends.database_url))
        else:
            migrated = sqlite_columns(url)
            modelled = sqlite_columns(backends.database_url)
    finally:
        if backends.postgres:
            asyncio.run(drop_postgres_database(url))
    assert migrated == modelled, "models changed without a migration: run `jiliang db makemigrations --name <what>`"
