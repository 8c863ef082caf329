"""The `jiliang` command as an operator runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT


def jiliang(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jiliang", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_staff_create_prints_a_working_token_once(tmp_path: Path) -> None:
    env = {"JILIANG_DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}"}
    assert jiliang("db", "upgrade", env=env).returncode == 0
    result = jiliang("staff", "create", "--username", "li.na", "--name", "李娜", "--role", "complaint_handler", env=env)
    assert result.returncode == 0, result.stderr
    token_line = next(line for line in result.stdout.splitlines() if "API token" in line)
    assert token_line.split(": ")[-1].startswith("jlst_")

    import sqlite3

    stored = sqlite3.connect(tmp_path / "cli.sqlite3").execute("SELECT token_hash, roles FROM staff_account").fetchall()
    assert len(stored) == 1
    assert stored[0][0] != token_line.split(": ")[-1]  # only the digest is stored
    assert "complaint_handler" in stored[0][1]


def test_bad_role_and_bad_config_are_clear_errors() -> None:
    result = jiliang("staff", "create", "--username", "x", "--role", "boss")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    result = jiliang("db", "upgrade", env={"JILIANG_DATABASE_URL": "mysql://x"})
    assert result.returncode == 2
    assert "JILIANG_DATABASE_URL" in result.stderr


def test_worker_refuses_to_start_without_a_shared_redis() -> None:
    result = jiliang("worker", env={"JILIANG_REDIS_URL": ""})
    assert result.returncode == 2
    assert "JILIANG_REDIS_URL" in result.stdout
