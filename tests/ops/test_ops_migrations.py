"""Migrations as an operator sees them: the history, and the release check on production-shaped data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.app import Backends
from tests.support.paths import ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean | (env or {}), capture_output=True, text=True, timeout=600
    )


def test_history_lists_every_migration_and_what_this_database_applied(tmp_path: Path) -> None:
    env = {"JILIANG_VAR_DIR": str(tmp_path)}
    files = sorted(p.name for p in (ROOT / "migrations" / "sqlite" / "models").glob("*.py"))
    before = run("-m", "jiliang", "db", "history", env=env)
    assert before.returncode == 0, before.stderr
    assert before.stdout.split() == [word for name in files for word in ("未应用", name)]
    assert run("-m", "jiliang", "db", "upgrade", env=env).returncode == 0
    after = run("-m", "jiliang", "db", "history", env=env)
    assert after.stdout.split() == [word for name in files for word in ("已应用", name)]


def test_release_check_upgrades_a_copy_of_production_shaped_data(backends: Backends) -> None:
    args = ["-m", "release.check", "--from", "HEAD", "--complaints", "400"]
    if backends.postgres:
        args += ["--postgres", backends.database_url.rsplit("/", 1)[0]]
    result = run(*args)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["rows"] > 2000  # 400 complaints, their events, photos, users, merchants, subscribers, demo data
