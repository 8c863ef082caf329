"""`jiliang serve`'s runner over real sockets: connections that never send a complete request head are closed
after the configured time and counted in /metrics, and the server keeps answering while they are open."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web

from core.server import GuardedAppRunner
from core.settings import Settings
from jiliang.app import create_app

HEAD_TIMEOUT = 1.0
IDLE_SOCKETS = 300


@pytest.fixture
async def served(settings: Settings) -> AsyncIterator[str]:
    settings = settings.model_copy(update={"request_head_timeout_seconds": HEAD_TIMEOUT})
    runner = GuardedAppRunner(create_app(settings), settings, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"{host}:{port}"
    finally:
        await runner.cleanup()


async def _open(address: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    host, port = address.rsplit(":", 1)
    return await asyncio.open_connection(host, int(port))


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    try:
        await asyncio.wait_for(reader.read(), seconds)  # read() returns at EOF: the server closed
    except TimeoutError:
        return False
    return True


async def _timed_out_count(address: str) -> float:
    async with aiohttp.ClientSession() as session, session.get(f"http://{address}/metrics") as resp:
        text = await resp.text()
    line = next(line for line in text.splitlines() if line.startswith("jiliang_http_connections_timed_out_total"))
    return float(line.split()[-1])


async def test_partial_heads_and_silent_connections_are_closed_and_counted(served: str) -> None:
    sockets = [await _open(served) for _ in range(IDLE_SOCKETS)]
    for _reader, writer in sockets[: IDLE_SOCKETS // 2]:  # half send the start of a head and stop
        writer.write(b"POST /api/v1/knowledge/ask HTTP/1.1\r\nHost: jiliang\r\nContent-Type: application/json\r\n")
        await writer.drain()

    # While they are all open, the server still answers at once.
    started = time.monotonic()
    async with aiohttp.ClientSession() as session, session.get(f"http://{served}/healthz") as resp:
        assert resp.status == 200
    assert time.monotonic() - started < HEAD_TIMEOUT / 2

    closed = await asyncio.gather(*(_closed_within(reader, HEAD_TIMEOUT * 4) for reader, _ in sockets))
    assert all(closed)
    for _, writer in sockets:
        writer.close()
    assert await _timed_out_count(served) == IDLE_SOCKETS


async def test_an_idle_keep_alive_connection_is_closed_after_the_same_time(served: str) -> None:
    reader, writer = await _open(served)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: jiliang\r\n\r\n")
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    started = time.monotonic()
    assert await _closed_within(reader, HEAD_TIMEOUT * 4)
    assert time.monotonic() - started >= HEAD_TIMEOUT * 0.5
    writer.close()


async def test_a_request_sent_in_time_is_answered(served: str) -> None:
    reader, writer = await _open(served)
    for piece in (b"GET /healthz HTTP/1.1\r\n", b"Host: jiliang\r\n", b"\r\n"):
        writer.write(piece)
        await writer.drain()
        await asyncio.sleep(HEAD_TIMEOUT / 5)
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), HEAD_TIMEOUT)
    assert head.startswith(b"HTTP/1.1 200")
    writer.close()
