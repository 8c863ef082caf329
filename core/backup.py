"""`jiliang backup` / `jiliang restore`: one tar.gz with the database, the uploaded files and a manifest.

The knowledge base lives in the database (its entries and staff edits), so the database part carries it; the
index cache under `var/knowledge` and jieba's cache are rebuilt at start and are not archived.

- SQLite: a consistent copy through SQLite's online backup API (safe while the server runs).
- PostgreSQL: every table's rows through COPY (asyncpg, the driver the app already uses) inside one
  REPEATABLE READ READ ONLY transaction, so all tables come from one snapshot. Not pg_dump: its client must be at
  least the server's major version and would be one more binary to install on every host and in the image,
  and the schema belongs to the migrations anyway; restore applies the migrations, checks it is at the same
  one as the backup, then COPYs the rows back in foreign-key order and moves the id sequences past them.

The manifest lists every file's SHA-256 and every table's row count; restore checks both before and after.
"""

from __future__ import annotations

import asyncio
import graphlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from core.cli import package_version
from core.db import dialect, normalise_db_url
from core.settings import Settings

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/jiliang.sqlite3"
PG_MEMBER_DIR = "database/tables"
UPLOADS = "uploads"  # under var_dir: complaint photos and any other upload
MIGRATION_TABLE = "aerich"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message tells the operator what to do."""


@dataclass(frozen=True)
class RestoreReport:
    tables: dict[str, int]
    files: int


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sqlite_path(database_url: str) -> Path:
    return Path(database_url.removeprefix("sqlite://"))


def _pg_dsn(database_url: str) -> str:
    return normalise_db_url(database_url).replace("postgres://", "postgresql://", 1)


# --- SQLite --------------------------------------------------------------------------------------------------


def _sqlite_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [name for (name,) in rows]


def _sqlite_counts(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in _sqlite_tables(conn)}


def _sqlite_snapshot(source: Path, target: Path) -> None:
    if not source.exists():
        raise BackupError(f"数据库文件不存在：{source}")
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)  # the online backup API: a consistent copy while others read and write
    finally:
        dst.close()
        src.close()


def _sqlite_restore(snapshot: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(snapshot), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


# --- PostgreSQL ----------------------------------------------------------------------------------------------

_TABLES_SQL = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
_FOREIGN_KEYS_SQL = """
SELECT child.relname AS child, parent.relname AS parent
FROM pg_constraint c
JOIN pg_class child ON child.oid = c.conrelid
JOIN pg_class parent ON parent.oid = c.confrelid
WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
"""
_COLUMNS_SQL = """
SELECT column_name FROM information_schema.columns
WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position
"""
_SEQUENCES_SQL = """
SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
FROM information_schema.columns
WHERE table_schema = current_schema() AND (column_default LIKE 'nextval%' OR is_identity = 'YES')
"""


async def _pg_order(conn: Any) -> list[str]:
    """Tables parents first, so rows can be copied in with their foreign keys checked."""
    sorter: graphlib.TopologicalSorter[str] = graphlib.TopologicalSorter()
    for row in await conn.fetch(_TABLES_SQL):
        sorter.add(row["tablename"])
    for row in await conn.fetch(_FOREIGN_KEYS_SQL):
        if row["child"] != row["parent"]:
            sorter.add(row["child"], row["parent"])
    return list(sorter.static_order())


async def _pg_counts(conn: Any, tables: list[str]) -> dict[str, int]:
    return {t: await conn.fetchval(f'SELECT COUNT(*) FROM "{t}"') for t in tables}


async def _pg_export(database_url: str, target_dir: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    import asyncpg

    await asyncio.to_thread(target_dir.mkdir, parents=True)
    conn = await asyncpg.connect(_pg_dsn(database_url))
    try:
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            tables = await _pg_order(conn)
            counts = await _pg_counts(conn, tables)
            columns = {t: [r["column_name"] for r in await conn.fetch(_COLUMNS_SQL, t)] for t in tables}
            for table in tables:
                await conn.copy_from_table(table, output=str(target_dir / f"{table}.copy"), columns=columns[table])
    finally:
        await conn.close()
    return counts, columns


async def _pg_restore(database_url: str, source_dir: Path, manifest: dict[str, Any], *, force: bool) -> dict[str, int]:
    import asyncpg

    conn = await asyncpg.connect(_pg_dsn(database_url))
    try:
        tables = await _pg_order(conn)
        current = await _pg_current_migration(conn)
        if manifest["migration"] is not None and current != manifest["migration"]:
            raise BackupError(
                f"备份的数据库结构版本是 {manifest['migration']}，目标库迁移后是 {current}："
                "请用与备份相同版本的 jiliang 恢复，再执行 jiliang db upgrade"
            )
        for table, columns in manifest["columns"].items():
            have = {r["column_name"] for r in await conn.fetch(_COLUMNS_SQL, table)}
            if missing := [c for c in columns if c not in have]:
                raise BackupError(f"目标库的表 {table} 缺少备份中的列 {', '.join(missing)}：数据库结构版本不一致")
        data_tables = [t for t in tables if t != MIGRATION_TABLE]
        _refuse_non_empty(await _pg_counts(conn, data_tables), force=force)
        async with conn.transaction():
            quoted = ", ".join(f'"{t}"' for t in data_tables)
            await conn.execute(f"TRUNCATE {quoted} CASCADE")
            for table in data_tables:
                if table not in manifest["tables"]:
                    continue
                await conn.copy_to_table(
                    table, source=str(source_dir / f"{table}.copy"), columns=manifest["columns"][table]
                )
            for row in await conn.fetch(_SEQUENCES_SQL):
                if row["seq"] and row["table_name"] in data_tables:
                    table, column = row["table_name"], row["column_name"]
                    highest = f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0)'
                    await conn.execute(f"SELECT setval($1, {highest} + 1, false)", row["seq"])
        return await _pg_counts(conn, data_tables)
    finally:
        await conn.close()


async def _pg_unversioned_schema(database_url: str) -> bool:
    """True when the database has tables but no migration history."""
    import asyncpg

    conn = await asyncpg.connect(_pg_dsn(database_url))
    try:
        tables = await conn.fetchval(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> $1",
            MIGRATION_TABLE,
        )
        return bool(tables) and await _pg_current_migration(conn) is None
    finally:
        await conn.close()


async def _pg_current_migration(conn: Any) -> str | None:
    exists = await conn.fetchval("SELECT to_regclass($1)", MIGRATION_TABLE)
    if exists is None:
        return None
    return await conn.fetchval(f"SELECT version FROM {MIGRATION_TABLE} ORDER BY id DESC LIMIT 1")


def _sqlite_current_migration(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        if MIGRATION_TABLE not in _sqlite_tables(conn):
            return None
        row = conn.execute(f"SELECT version FROM {MIGRATION_TABLE} ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None


# --- the archive ---------------------------------------------------------------------------------------------


def _upload_files(var_dir: Path) -> Iterator[tuple[str, Path]]:
    root = var_dir / UPLOADS
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            yield f"{UPLOADS}/{path.relative_to(root).as_posix()}", path


def _refuse_non_empty(counts: dict[str, int], *, force: bool) -> None:
    filled = {t: n for t, n in counts.items() if n and t != MIGRATION_TABLE}
    if filled and not force:
        some = "、".join(f"{t}（{n} 行）" for t, n in list(filled.items())[:3])
        raise BackupError(f"目标数据库不是空的：{some}……；确认要覆盖请加 --force")


async def create_backup(settings: Settings, archive: Path) -> dict[str, Any]:
    """Write the archive (atomically: a partial file never carries the final name); returns the manifest."""
    archive = Path(await asyncio.to_thread(os.path.abspath, archive))
    await asyncio.to_thread(archive.parent.mkdir, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=archive.parent, prefix=".jiliang-backup-") as tmp:
        staging = Path(tmp)
        members: dict[str, Path] = {}
        columns: dict[str, list[str]] = {}
        if dialect(settings.database_url) == "sqlite":
            snapshot = staging / "jiliang.sqlite3"
            await asyncio.to_thread(_sqlite_snapshot, sqlite_path(settings.database_url), snapshot)
            counts = _sqlite_counts(snapshot)
            migration = _sqlite_current_migration(snapshot)
            members[SQLITE_MEMBER] = snapshot
        else:
            counts, columns = await _pg_export(settings.database_url, staging / "tables")
            for table in counts:
                members[f"{PG_MEMBER_DIR}/{table}.copy"] = staging / "tables" / f"{table}.copy"
            import asyncpg

            conn = await asyncpg.connect(_pg_dsn(settings.database_url))
            try:
                migration = await _pg_current_migration(conn)
            finally:
                await conn.close()
        members.update(_upload_files(settings.var_dir))
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "jiliang_version": package_version(),
            "dialect": dialect(settings.database_url),
            "migration": migration,
            "tables": counts,
            "columns": columns,
            "files": {name: _file_entry(path) for name, path in members.items()},
        }
        partial = staging / "archive.tar.gz"
        await asyncio.to_thread(_write_tar, partial, manifest, members)
        partial.replace(archive)
    return manifest


def _file_entry(path: Path) -> dict[str, Any]:
    return {"sha256": sha256_file(path), "bytes": path.stat().st_size}


def _write_tar(path: Path, manifest: dict[str, Any], members: dict[str, Path]) -> None:
    body = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime = len(body), int(datetime.now(UTC).timestamp())
        tar.addfile(info, io.BytesIO(body))
        for name, source in members.items():
            tar.add(source, arcname=name, recursive=False)


def read_verified(archive: Path, into: Path) -> dict[str, Any]:
    """Extract the archive into `into` and check it against its manifest; nothing outside `into` is written."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            manifest_member = tar.extractfile(MANIFEST)
            if manifest_member is None:
                raise BackupError("备份文件缺少 manifest.json")
            manifest = json.loads(manifest_member.read())
            if manifest.get("format") != FORMAT_VERSION:
                raise BackupError(f"不认识的备份格式版本：{manifest.get('format')}")
            names = {m.name for m in tar.getmembers() if m.name != MANIFEST}
            if names != set(manifest["files"]):
                raise BackupError("备份文件内容与清单不符（多出或缺少文件）")
            tar.extractall(into, filter="data")  # refuses absolute paths, .. and links out of `into`
    except (tarfile.TarError, OSError, KeyError, json.JSONDecodeError) as exc:
        raise BackupError(f"无法读取备份文件 {archive}：{exc}") from None
    for name, expected in manifest["files"].items():
        if sha256_file(into / PurePosixPath(name)) != expected["sha256"]:
            raise BackupError(f"校验失败：{name} 的 SHA-256 与清单不符，备份已损坏")
    return manifest


async def restore_backup(settings: Settings, archive: Path, *, force: bool) -> RestoreReport:
    with tempfile.TemporaryDirectory(prefix="jiliang-restore-") as tmp:
        staging = Path(tmp)
        manifest = await asyncio.to_thread(read_verified, archive, staging)
        target_dialect = dialect(settings.database_url)
        if manifest["dialect"] != target_dialect:
            raise BackupError(f"这是 {manifest['dialect']} 的备份，不能恢复到 {target_dialect} 数据库")
        expected = {t: n for t, n in manifest["tables"].items() if t != MIGRATION_TABLE}
        if target_dialect == "sqlite":
            target = sqlite_path(settings.database_url)
            _refuse_non_empty(_sqlite_counts(target), force=force)
            await asyncio.to_thread(_sqlite_restore, staging / SQLITE_MEMBER, target)
            restored = {t: n for t, n in _sqlite_counts(target).items() if t != MIGRATION_TABLE}
        else:
            from core import db

            # The schema at the same migration as the backup (checked below). A schema built from the models
            # without aerich's history (the test suite's) is not migrated again: the column check still applies.
            if not await _pg_unversioned_schema(settings.database_url):
                await db.upgrade(settings)
            restored = await _pg_restore(settings.database_url, staging / PG_MEMBER_DIR, manifest, force=force)
        if {t: restored.get(t, 0) for t in expected} != expected:
            raise BackupError("恢复后的行数与备份清单不符")
        files = _restore_uploads(staging / UPLOADS, settings.var_dir / UPLOADS)
    return RestoreReport(tables=expected, files=files)


def _restore_uploads(source: Path, target: Path) -> int:
    """Replace the uploads folder as a whole: files of the overwritten database must not linger."""
    count = sum(1 for p in source.rglob("*") if p.is_file()) if source.exists() else 0
    target.parent.mkdir(parents=True, exist_ok=True)
    previous = target.with_name(target.name + ".before-restore")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    if source.exists():
        shutil.copytree(source, target)
    else:
        target.mkdir()
    shutil.rmtree(previous, ignore_errors=True)
    return count
