"""Release check: the migrations of this tree apply to a copy of production-shaped data of an earlier release.

    python -m release.check --from v1.2.0          # or: make release-check FROM=v1.2.0

1. `git archive FROM` into a scratch folder; its own `jiliang db upgrade` builds its schema in a scratch database
   (SQLite, or PostgreSQL with --postgres), and `release/volume.py` fills it under its models (demo modules plus
   a few thousand rows).
2. The database is copied (the copy is what gets upgraded, as one would rehearse on a copy of production).
3. This tree's `jiliang db upgrade` runs on the copy; then every model of this tree reads its table, every table
   that existed before keeps its row count, and `jiliang backup` reads the whole database.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOLUME_SCRIPT = ROOT / "release" / "volume.py"


class CheckFailed(Exception):
    pass


def _run(args: list[str], *, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(args)} (in {cwd}) failed:\n{result.stderr[-3000:]}")
    return result.stdout


def _environment(database_url: str, var_dir: Path, code: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    return env | {
        "JILIANG_DATABASE_URL": database_url,
        "JILIANG_VAR_DIR": str(var_dir),
        "JILIANG_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(code),
    }


def _copy_database(source: str, scratch: Path) -> str:
    if source.startswith("sqlite://"):
        target = scratch / "copy.sqlite3"
        shutil.copyfile(source.removeprefix("sqlite://"), target)
        return f"sqlite://{target}"
    import asyncio

    import asyncpg

    base, _, name = source.rpartition("/")
    copy = f"{name}_copy"

    async def clone() -> None:
        conn = await asyncpg.connect(base.replace("postgres://", "postgresql://", 1) + "/postgres")
        try:
            await conn.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
        finally:
            await conn.close()

    asyncio.run(clone())
    return f"{base}/{copy}"


def entry_module(tree: Path) -> str:
    """The `jiliang` command of a source tree: releases before the composition root ran it from core.cli."""
    return "jiliang" if (tree / "jiliang" / "__main__.py").exists() else "core.cli"


def check(from_ref: str, complaints: int, postgres: str | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="jiliang-release-check-") as tmp:
        scratch = Path(tmp)
        old = scratch / "from"
        old.mkdir()
        archive = subprocess.run(["git", "archive", from_ref], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        if postgres:
            database = f"{postgres.rstrip('/')}/jiliang_release_{uuid.uuid4().hex[:8]}"
            import asyncio

            from core.db import create_postgres_database

            asyncio.run(create_postgres_database(database))
        else:
            database = f"sqlite://{scratch / 'production.sqlite3'}"
        copy = database
        try:
            old_env = _environment(database, scratch / "var-old", old)
            _run(["-m", entry_module(old), "db", "upgrade"], cwd=old, env=old_env)
            before = json.loads(_run([str(VOLUME_SCRIPT), "--complaints", str(complaints)], cwd=old, env=old_env))
            copy = _copy_database(database, scratch)
            new_env = _environment(copy, scratch / "var-new", ROOT)
            started = time.perf_counter()
            upgraded = _run(["-m", "jiliang", "db", "upgrade"], cwd=ROOT, env=new_env).strip()
            seconds = time.perf_counter() - started
            after = json.loads(_run([str(VOLUME_SCRIPT), "--read"], cwd=ROOT, env=new_env))
            changed = {t: (n, after[t]) for t, n in before.items() if t in after and after[t] != n}
            if changed:
                raise CheckFailed(f"row counts changed by the upgrade (before, after): {changed}")
            _run(["-m", "jiliang", "backup", str(scratch / "after.tar.gz")], cwd=ROOT, env=new_env)
        finally:
            if postgres:
                import asyncio

                from core.db import drop_postgres_database

                for url in {database, copy}:
                    asyncio.run(drop_postgres_database(url))
    return {"from": from_ref, "rows": sum(before.values()), "upgrade": upgraded, "upgrade_seconds": round(seconds, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="迁移发布检查：在旧版本的生产规模数据副本上执行本版本的迁移")
    parser.add_argument("--from", dest="from_ref", default="HEAD", help="升级前的版本（git 引用，默认 HEAD）")
    parser.add_argument("--complaints", type=int, default=1000, help="生成的投诉条数（其余各表按比例）")
    parser.add_argument("--postgres", help="在这个 PostgreSQL 服务器上检查，例如 postgres://postgres@127.0.0.1:5432")
    args = parser.parse_args(argv)
    try:
        result = check(args.from_ref, args.complaints, args.postgres)
    except CheckFailed as exc:
        sys.stderr.write(f"发布检查失败：{exc}\n")
        return 1
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
