"""`make run` (jiliang serve --demo) tells a newcomer how to get in, and what it prints works as printed."""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import Request, urlopen

from core.models import StaffRole
from tests.support.paths import ROOT


def free_port_pair() -> int:
    for _ in range(50):
        port = random.randint(20000, 60000)
        try:
            for p in (port, port + 1):
                socket.create_server(("127.0.0.1", p)).close()
        except OSError:
            continue
        return port
    raise RuntimeError("no two free consecutive ports")


def read_banner(server: subprocess.Popen[str], deadline: float) -> list[str]:
    assert server.stdout is not None
    lines: list[str] = []
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if len(lines) > 1 and line.startswith("====="):
            return lines
    raise AssertionError(f"no access banner; got {lines!r}, stderr: {server.stderr.read() if server.stderr else ''}")


def test_demo_prints_a_working_token_per_role_and_a_working_citizen_login(tmp_path: Path) -> None:
    port = free_port_pair()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")} | {"JILIANG_VAR_DIR": str(tmp_path)}
    server = subprocess.Popen(
        [sys.executable, "-m", "jiliang", "serve", "--demo", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        banner = read_banner(server, time.monotonic() + 120)
        tokens = {}
        for previous, line in zip(banner, banner[1:], strict=False):
            if "API 令牌:" in line:
                tokens[previous.split()[0]] = line.split("API 令牌:")[1].strip()
        assert set(tokens) == {role.value for role in StaffRole}
        for role, token in tokens.items():
            request = Request(f"http://127.0.0.1:{port}/api/v1/admin/me", headers={"Authorization": f"Bearer {token}"})
            with urlopen(request, timeout=10) as resp:
                assert role in json.load(resp)["roles"]

        shell = "\n".join(line for line in banner if line.startswith(("  CODE=", "         |", "  curl -s http")))
        login = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=30)
        assert login.returncode == 0, login.stderr
        assert json.loads(login.stdout.strip().splitlines()[-1])["token"]
    finally:
        server.terminate()
        server.wait(timeout=30)
