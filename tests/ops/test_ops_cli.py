"""Running the service as an operator: listen address, paths, logs, version and help of the `jiliang` command."""

from __future__ import annotations

import itertools
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import subcommands
from core.settings import Settings
from jiliang.cli import build_parser
from tests.support.paths import ROOT

CJK = re.compile(r"[\u4e00-\u9fff]")


def jiliang(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
    return subprocess.run(
        [sys.executable, "-m", "jiliang", *args],
        cwd=ROOT,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_taken_port_is_one_readable_line_and_a_failure(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        env = {"JILIANG_VAR_DIR": str(tmp_path / "var")}
        result = jiliang("serve", "--port", str(port), env=env, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if str(port) in line]
    assert len(lines) == 1 and "端口" in lines[0] and "--port" in lines[0]


def test_the_demo_sandbox_port_follows_the_port(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        sandbox_port = taken.getsockname()[1]
        result = jiliang("serve", "--demo", "--port", str(sandbox_port - 1), env={"JILIANG_VAR_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert f"127.0.0.1:{sandbox_port}" in result.stderr


def test_var_dir_places_the_default_database_and_the_public_url_follows_the_address(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [n for n in os.environ if n.startswith("JILIANG_")]:
        monkeypatch.delenv(name)
    settings = Settings(_env_file=None, var_dir=tmp_path / "state", port=9090)  # type: ignore[call-arg]
    assert settings.database_url == f"sqlite://{tmp_path / 'state' / 'jiliang.sqlite3'}"
    assert settings.public_base_url == "http://127.0.0.1:9090"
    everywhere = Settings(_env_file=None, host="0.0.0.0", port=8000)  # type: ignore[call-arg]
    assert everywhere.public_base_url == "http://127.0.0.1:8000"
    assert everywhere.database_url == "sqlite://var/jiliang.sqlite3"
    explicit = Settings(  # type: ignore[call-arg]
        _env_file=None, port=9090, public_base_url="https://jl.example.cn", database_url="sqlite:///tmp/x.sqlite3"
    )
    assert (explicit.public_base_url, explicit.database_url) == ("https://jl.example.cn", "sqlite:///tmp/x.sqlite3")


def test_db_upgrade_creates_the_database_under_var_dir(tmp_path: Path) -> None:
    result = jiliang("db", "upgrade", env={"JILIANG_VAR_DIR": str(tmp_path / "state")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "state" / "jiliang.sqlite3").stat().st_size > 0


def test_library_output_goes_through_the_json_formatter_at_the_configured_level(tmp_path: Path) -> None:
    env = {"JILIANG_VAR_DIR": str(tmp_path), "JILIANG_LOG_FORMAT": "json"}
    quiet = jiliang("ask", "电子秤多久检定一次", env=env)
    assert quiet.returncode == 0, quiet.stderr
    assert "jieba" not in quiet.stderr  # jieba's DEBUG lines stay below the default INFO
    verbose = jiliang("ask", "电子秤多久检定一次", env={**env, "JILIANG_LOG_LEVEL": "debug"})
    assert verbose.returncode == 0, verbose.stderr
    logged = [line for line in verbose.stderr.splitlines() if not line.startswith("[")]  # "[faq-id · score]": ask's
    records = [json.loads(line) for line in logged]  # every other line is a JSON log record
    assert any(r["logger"] == "jieba" and r["level"] == "debug" for r in records)


def test_version() -> None:
    result = jiliang("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"jiliang \d+\.\d+\.\d+\S*\n", result.stdout)


def test_every_command_and_argument_has_chinese_help() -> None:
    parser = build_parser()
    missing = []
    for path, command in [("jiliang", parser), *subcommands(parser).items()]:
        if not (command.description and CJK.search(command.description)):
            missing.append(f"{path}: description")
        for action in command._actions:
            if action.help == "==SUPPRESS==":
                continue
            if not (action.help and CJK.search(action.help)):
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    assert not missing, missing


def test_the_readme_command_table_matches_the_parser() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    documented = set()
    for row in section.splitlines():
        if not row.startswith("| `jiliang"):
            continue
        for code in re.findall(r"`jiliang ([^`]+)`", row.split("|")[1]):
            words = itertools.takewhile(lambda w: re.fullmatch(r"[a-z][a-z-]*", w), code.split())
            documented.add(" ".join(words) or "--version")
        # "`jiliang wechat menu push` / `show`": the later ones are siblings of the first
        first = re.search(r"`jiliang ([^`]+)`", row).group(1).split()  # type: ignore[union-attr]
        for sibling in re.findall(r"/ `([a-z-]+)`", row.split("|")[1]):
            documented.add(" ".join([*first[:-1], sibling]))
    commands = subcommands(build_parser())
    leaves = {path for path, p in commands.items() if not any(other.startswith(path + " ") for other in commands)}
    unknown = {d for d in documented if d not in commands and d != "--version"}
    assert not unknown, f"README names commands the parser does not have: {unknown}"
    assert leaves <= documented, f"commands missing from the README's table: {sorted(leaves - documented)}"
