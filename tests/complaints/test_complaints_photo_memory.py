"""Decoding hostile photos has a bounded footprint, measured on a real `jiliang serve` process (its RSS, not
pytest's): six parallel 7000×7000 PNGs (about 160 KB each, 196 MB each once decoded)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

from tests.support.complaints import image_bytes
from tests.support.hostile_images import solid_png
from tests.support.server_process import ServerProcess

MB = 1024 * 1024
PARALLEL_UPLOADS = 6
PEAK_GROWTH_LIMIT = 600 * MB  # issue #11: under the hostile uploads, peak RSS grows by less than this
SETTLED_GROWTH_LIMIT = 150 * MB  # ... and falls back afterwards
SAMPLE_SECONDS = 0.01


async def _upload(http: aiohttp.ClientSession, headers: dict[str, str], data: bytes) -> tuple[int, dict]:
    form = aiohttp.FormData()
    form.add_field("file", data, filename="photo.png", content_type="image/png")
    async with http.post("/api/v1/miniapp/complaints/photos", data=form, headers=headers) as resp:
        return resp.status, await resp.json()


async def test_parallel_hostile_pngs_keep_the_server_rss_bounded_and_it_falls_back(
    tmp_path: Path, sandbox: TestServer, sandbox_api
) -> None:  # type: ignore[no-untyped-def]
    hostile = solid_png(7000, 7000)
    assert len(hostile) < 250 * 1024
    server = ServerProcess(tmp_path / "app", wechat_api_base=str(sandbox.make_url("")).rstrip("/"))
    await server.start()
    try:
        async with aiohttp.ClientSession(server.url) as http:
            login = await server.login(http, await sandbox_api.login_code("o-photo-memory"))
            headers = {"Authorization": f"Bearer {login['token']}"}
            status, _ = await _upload(http, headers, image_bytes("PNG", (640, 480)))  # warm up Pillow's plugins
            assert status == 201
            await asyncio.sleep(0.5)
            baseline = server.rss_bytes()

            peak = baseline
            done = asyncio.Event()

            async def sample() -> None:
                nonlocal peak
                while not done.is_set():
                    peak = max(peak, server.rss_bytes())
                    await asyncio.sleep(SAMPLE_SECONDS)

            sampler = asyncio.create_task(sample())
            started = time.monotonic()
            results = await asyncio.gather(*(_upload(http, headers, hostile) for _ in range(PARALLEL_UPLOADS)))
            elapsed = time.monotonic() - started
            done.set()
            await sampler
            await asyncio.sleep(1.0)
            settled = server.rss_bytes()
    finally:
        await server.stop()

    report = (
        f"baseline {baseline / MB:.0f} MB, peak {peak / MB:.0f} MB (+{(peak - baseline) / MB:.0f}), "
        f"after {settled / MB:.0f} MB (+{(settled - baseline) / MB:.0f}), {elapsed:.1f}s for {PARALLEL_UPLOADS}"
    )
    for status, body in results:  # 49 MP is under the 50-MP cap: accepted, stored scaled down to 4096 px
        assert status == 201, body
        assert (body["width"], body["height"]) == (3500, 3500)
    assert peak - baseline < PEAK_GROWTH_LIMIT, report
    assert settled - baseline < SETTLED_GROWTH_LIMIT, report
