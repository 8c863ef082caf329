"""deploy/ is runnable, not prose: the units verify, nginx parses and matches the app's limits, the image and
the compose stack are complete. Building and starting the stack needs a Docker daemon: `make deploy-stack-check`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from core.settings import Settings, load_settings
from jiliang.app import create_app
from tests.support.paths import ROOT

DEPLOY = ROOT / "deploy"
NGINX_CONF = DEPLOY / "nginx" / "jiliang.conf"
UPLOAD_ROUTES = [  # every route that takes a file; each needs the large body limit at the proxy
    "/api/v1/miniapp/complaints/photos",
    "/api/v1/miniapp/complaints",
    "/api/v1/miniapp/enterprises/{enterprise_id}/instruments/import",
]
JSON_BODY_LIMIT = "1m"  # README "Security and limits"
SIZE_UNITS = {"k": 1024, "m": 1024 * 1024, "g": 1024**3}


def nginx_size(value: str) -> int:
    return int(value[:-1]) * SIZE_UNITS[value[-1].lower()] if value[-1].isalpha() else int(value)


def nginx_locations(conf: str) -> dict[str, str]:
    """`location` matcher -> its block's text (one level deep is all the sample uses)."""
    return {m.group(1).strip(): m.group(2) for m in re.finditer(r"location\s+([^{]+)\{([^}]*)\}", conf)}


def location_for(path: str, locations: dict[str, str]) -> str:
    """nginx's choice: an exact `=` match, else the first matching regex, else the longest prefix."""
    for matcher in locations:
        if matcher.startswith("= ") and matcher[2:].strip() == path:
            return matcher
    for matcher in locations:
        if matcher.startswith("~ ") and re.search(matcher[2:].strip(), path):
            return matcher
    prefixes = [m for m in locations if not m.startswith(("=", "~")) and path.startswith(m)]
    return max(prefixes, key=len)


def test_nginx_limits_match_the_app(settings: Settings) -> None:
    conf = NGINX_CONF.read_text()
    server_level = re.sub(r"location\s+[^{]+\{[^}]*\}", "", conf)
    assert re.search(rf"client_max_body_size {JSON_BODY_LIMIT};", server_level)
    assert re.search(r"client_header_timeout 30s;", server_level)
    locations = nginx_locations(conf)
    canonical = {r.canonical for r in create_app(settings).router.resources()}
    for route in UPLOAD_ROUTES:
        assert route in canonical, f"{route} is no longer a route of the app: update deploy/nginx and this list"
        concrete = route.replace("{enterprise_id}", "42")
        block = locations[location_for(concrete, locations)]
        limit = re.search(r"client_max_body_size (\S+);", block)
        assert limit and nginx_size(limit.group(1)) == settings.max_body_bytes, route
    assert "client_max_body_size" not in locations[location_for("/api/v1/miniapp/login", locations)]


def test_nginx_accepts_the_sample(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if nginx is None:
        pytest.skip("nginx is not installed (make deploy-tools installs nginx-light)")
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {NGINX_CONF};\n}}\n"
    )
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(main)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_systemd_units_verify(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    jiliang = ROOT / ".venv" / "bin" / "jiliang"
    jiliang = jiliang if jiliang.exists() else Path(shutil.which("jiliang") or "/nonexistent")
    for unit in (DEPLOY / "systemd").glob("jiliang*"):
        text = unit.read_text().replace("/srv/jiliang/.venv/bin/jiliang", str(jiliang))
        text = text.replace("/etc/jiliang/jiliang.env", str(DEPLOY / "systemd" / "jiliang.env.example"))
        (tmp_path / unit.name).write_text(text)
    units = ["jiliang-web@8080.service", "jiliang-worker@1.service", "jiliang-migrate.service", "jiliang.target"]
    result = subprocess.run(
        ["systemd-analyze", "verify", *[f"./{u}" for u in units]], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Unknown key" not in result.stderr, result.stderr


def test_the_env_examples_pass_production_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    for example in (DEPLOY / "compose.env.example", DEPLOY / "systemd" / "jiliang.env.example"):
        for name in [n for n in os.environ if n.startswith("JILIANG_")]:
            monkeypatch.delenv(name)
        values = dict(
            line.split("=", 1) for line in example.read_text().splitlines() if line and not line.startswith("#")
        )
        if not values.get("JILIANG_MP_SECRET"):  # the systemd example leaves the secrets to fill in
            values |= {k: f"filled-{k.lower()}" for k, v in values.items() if not v}
            values["JILIANG_MP_AES_KEY"] = "x" * 43
        values |= {"JILIANG_ENV": "production", "JILIANG_REDIS_URL": values.get("JILIANG_REDIS_URL", "redis://r:6379")}
        for key, value in values.items():
            monkeypatch.setenv(key, value)
        assert load_settings(_env_file=None).env == "production"  # raises ConfigError on a demo value or a bad one


def test_the_image_installs_every_package_and_runs_unprivileged() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.MULTILINE)
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]["include"]
    copied = set(re.findall(r"^COPY (\S+) \./", dockerfile, re.MULTILINE))
    missing = {p.rstrip("*") for p in packages} - copied
    assert not missing, f"the image lacks {missing}"
    assert "migrations" in copied
    user = re.findall(r"^USER (\S+)$", dockerfile, re.MULTILINE)
    assert user and user[-1] not in ("root", "0")
    assert dockerfile.index("USER ") < dockerfile.index("ENTRYPOINT")
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text()
    assert all(f"!{p.rstrip('*')}/**" in ignored for p in packages)


def test_the_compose_stack_has_postgres_redis_migrations_web_and_worker() -> None:
    stack = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = stack["services"]
    assert services["db"]["image"].startswith("postgres:") and services["redis"]["image"].startswith("redis:")
    for name in ("web", "worker"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert services[name]["environment"]["JILIANG_DATABASE_URL"].startswith("postgres://")
        assert services[name]["environment"]["JILIANG_REDIS_URL"].startswith("redis://redis:")
    assert services["migrate"]["command"] == ["db", "upgrade"]
    assert services["worker"]["command"] == ["worker"]
    assert services["web"]["build"]["dockerfile"] == "deploy/Dockerfile"
