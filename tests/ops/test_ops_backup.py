"""`jiliang backup` / `jiliang restore` as an operator runs them, on whichever stack the suite runs on."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from complaints.photos import photo_path
from core.db import create_postgres_database, drop_postgres_database, normalise_db_url
from core.settings import Settings
from tests.support.app import Backends
from tests.support.complaints import ComplaintApi
from tests.support.paths import ROOT

COMPLAINTS_SQL = "SELECT id, tracking_no, status, merchant_name FROM complaint ORDER BY id"
PHOTOS_SQL = "SELECT id, complaint_id, stored_name FROM complaint_photo ORDER BY id"


def jiliang(*args: str, database_url: str, var_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    env |= {"JILIANG_ENV": "test", "JILIANG_DATABASE_URL": database_url, "JILIANG_VAR_DIR": str(var_dir)}
    return subprocess.run(
        [sys.executable, "-m", "jiliang", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


async def fetch(database_url: str, sql: str) -> list[tuple[Any, ...]]:
    if database_url.startswith("sqlite://"):
        with sqlite3.connect(database_url.removeprefix("sqlite://")) as conn:
            return [tuple(row) for row in conn.execute(sql).fetchall()]
    import asyncpg

    conn = await asyncpg.connect(normalise_db_url(database_url).replace("postgres://", "postgresql://", 1))
    try:
        return [tuple(row) for row in await conn.fetch(sql)]
    finally:
        await conn.close()


@pytest.fixture
async def empty_database(backends: Backends, tmp_path: Path) -> AsyncIterator[str]:
    """A database nobody has touched: a new SQLite file, or a new PostgreSQL database on the suite's server."""
    if not backends.postgres:
        yield f"sqlite://{tmp_path / 'restored' / 'jiliang.sqlite3'}"
        return
    url = f"{backends.database_url}_r{uuid.uuid4().hex[:6]}"
    await create_postgres_database(url)
    try:
        yield url
    finally:
        await drop_postgres_database(url)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def file_complaints(complaint_api: ComplaintApi, citizen: Any) -> None:
    for count in (1, 3, 2):
        await complaint_api.filed(await citizen(), photos=count)


async def test_backup_restores_into_an_empty_database_with_every_complaint_and_photo(
    complaint_api: ComplaintApi, citizen: Any, settings: Settings, empty_database: str, tmp_path: Path
) -> None:
    await file_complaints(complaint_api, citizen)
    complaints = await fetch(settings.database_url, COMPLAINTS_SQL)
    photos = await fetch(settings.database_url, PHOTOS_SQL)
    assert len(complaints) == 3 and len(photos) == 6

    archive = tmp_path / "backups" / "jiliang.tar.gz"
    made = jiliang("backup", str(archive), database_url=settings.database_url, var_dir=settings.var_dir)
    assert made.returncode == 0, made.stderr
    assert "6 个上传文件" in made.stdout

    restored_var = tmp_path / "restored-var"
    done = jiliang("restore", str(archive), database_url=empty_database, var_dir=restored_var)
    assert done.returncode == 0, done.stderr

    assert await fetch(empty_database, COMPLAINTS_SQL) == complaints
    assert await fetch(empty_database, PHOTOS_SQL) == photos
    for _, _, stored_name in photos:
        assert digest(photo_path(restored_var, stored_name)) == digest(photo_path(settings.var_dir, stored_name))

    # New rows get fresh ids after a restore (the id sequences moved past the restored rows). On PostgreSQL the
    # restore migrated the empty target first, so an upgrade is a no-op; a SQLite restore is the source file itself,
    # and the suite's source was built from the models without aerich's history, so there is nothing to upgrade.
    if empty_database.startswith("postgres"):
        upgrade = jiliang("db", "upgrade", database_url=empty_database, var_dir=restored_var)
        assert upgrade.returncode == 0, upgrade.stderr
    next_id = jiliang(
        "staff", "create", "--username", "after.restore", "--role", "admin", database_url=empty_database,
        var_dir=restored_var,
    )  # fmt: skip
    assert next_id.returncode == 0, next_id.stderr


async def test_restore_refuses_a_database_with_data_unless_forced(
    complaint_api: ComplaintApi, citizen: Any, settings: Settings, tmp_path: Path
) -> None:
    await file_complaints(complaint_api, citizen)
    archive = tmp_path / "b.tar.gz"
    assert jiliang("backup", str(archive), database_url=settings.database_url, var_dir=settings.var_dir).returncode == 0
    await complaint_api.filed(await citizen())  # after the backup: the restore must take it away
    refused = jiliang("restore", str(archive), database_url=settings.database_url, var_dir=settings.var_dir)
    assert refused.returncode == 1
    assert "不是空的" in refused.stderr and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert len(await fetch(settings.database_url, COMPLAINTS_SQL)) == 4

    forced = jiliang("restore", str(archive), "--force", database_url=settings.database_url, var_dir=settings.var_dir)
    assert forced.returncode == 0, forced.stderr
    assert len(await fetch(settings.database_url, COMPLAINTS_SQL)) == 3
    names = {name for _, _, name in await fetch(settings.database_url, PHOTOS_SQL)}
    on_disk = {p.name for p in photo_path(settings.var_dir, "x").parent.iterdir()}
    assert on_disk == names  # the later complaint's photo went with it


async def test_a_tampered_archive_is_refused_before_anything_is_written(
    complaint_api: ComplaintApi, citizen: Any, settings: Settings, empty_database: str, tmp_path: Path
) -> None:
    await file_complaints(complaint_api, citizen)
    archive = tmp_path / "b.tar.gz"
    assert jiliang("backup", str(archive), database_url=settings.database_url, var_dir=settings.var_dir).returncode == 0
    tampered, tampered_name = tmp_path / "tampered.tar.gz", ""
    with tarfile.open(archive) as source, tarfile.open(tampered, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.startswith("uploads/") and not tampered_name:
                data = data[:-1] + bytes([data[-1] ^ 1])
                tampered_name = member.name
            target.addfile(member, io.BytesIO(data))
    refused = jiliang("restore", str(tampered), database_url=empty_database, var_dir=tmp_path / "v")
    assert refused.returncode == 1
    assert tampered_name in refused.stderr and "SHA-256" in refused.stderr
    assert not (tmp_path / "v" / "uploads").exists()
    manifest = json.loads(tarfile.open(archive).extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest["tables"]["complaint"] == 3
