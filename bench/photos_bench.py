"""Server memory while decoding hostile photos: the decode pool's bounds on, against the same server with
them off (6 threads, no memory budget) in the same run.

    .venv/bin/python -m bench.photos_bench [--parallel 6]

Each configuration starts a fresh `jiliang serve` (SQLite, embedded Redis, the WeChat sandbox in this
process), logs a citizen in, uploads one small photo to warm up, then sends the hostile uploads in parallel
and samples the server's RSS (/proc, through psutil) every 10 ms:
- png:  7000×7000 one-colour PNGs (about 160 KB on the wire, 196 MB decoded), issue #11's attack;
- jpeg: 8192×6144 JPEGs, the largest photo a phone saves by default (50 MP).
It prints the RSS before, the peak, and 1 s after. Bounded: each phase gives up after 120 seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from PIL import Image

from tests.support.hostile_images import solid_png  # the same hostile inputs as the suite's resource test
from tests.support.redis_process import free_port
from tests.support.server_process import ServerProcess
from wechat_sandbox.sandbox import create_sandbox_app

MB = 1024 * 1024
PHASE_TIMEOUT_SECONDS = 120
CONFIGURATIONS = {
    "bounds off (6 threads, no budget)": {
        "JILIANG_PHOTO_DECODE_CONCURRENCY": "6",
        "JILIANG_PHOTO_DECODE_MEMORY_MB": "100000",
    },
    "defaults (2 threads, 256 MB budget)": {},
}


def _jpeg(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 140, 200)).save(out, format="JPEG", quality=85)
    return out.getvalue()


async def _measure(server: ServerProcess, sandbox_url: str, payload: bytes, parallel: int) -> str:
    async with aiohttp.ClientSession() as http:
        async with http.post(sandbox_url + "/sandbox/login-code", json={"openid": f"o-bench-{time.time_ns()}"}) as r:
            code = (await r.json())["code"]
        headers = {"Authorization": f"Bearer {(await server.login(http, code))['token']}"}

        async def upload(data: bytes) -> int:
            form = aiohttp.FormData()
            form.add_field("file", data, filename="photo", content_type="application/octet-stream")
            async with http.post(server.url + "/api/v1/miniapp/complaints/photos", data=form, headers=headers) as r:
                await r.read()
                return r.status

        await upload(_jpeg((640, 480)))
        await asyncio.sleep(0.5)
        baseline = peak = server.rss_bytes()
        done = asyncio.Event()

        async def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, server.rss_bytes())
                await asyncio.sleep(0.01)

        sampler = asyncio.create_task(sample())
        started = time.monotonic()
        statuses = await asyncio.wait_for(
            asyncio.gather(*(upload(payload) for _ in range(parallel))), PHASE_TIMEOUT_SECONDS
        )
        elapsed = time.monotonic() - started
        done.set()
        await sampler
        await asyncio.sleep(1.0)
        after = server.rss_bytes()
    return (
        f"before {baseline / MB:6.0f} MB   peak {peak / MB:6.0f} MB (+{(peak - baseline) / MB:5.0f})   "
        f"1 s after {after / MB:6.0f} MB (+{(after - baseline) / MB:5.0f})   {elapsed:5.1f} s   "
        f"statuses {sorted(set(statuses))}"
    )


async def main(parallel: int) -> int:
    payloads = {"png 7000×7000": solid_png(7000, 7000), "jpeg 8192×6144": _jpeg((8192, 6144))}
    sandbox = web.AppRunner(create_sandbox_app(), access_log=None)
    await sandbox.setup()
    port = free_port()
    await web.TCPSite(sandbox, "127.0.0.1", port).start()
    sandbox_url = f"http://127.0.0.1:{port}"
    print(f"{parallel} parallel uploads per phase; server RSS")
    try:
        for name, payload in payloads.items():
            print(f"{name} ({len(payload) / 1024:.0f} KB each)")
            for label, env in CONFIGURATIONS.items():
                with tempfile.TemporaryDirectory() as tmp:
                    server = ServerProcess(Path(tmp), wechat_api_base=sandbox_url, **env)
                    await server.start()
                    try:
                        print(f"  {label:<36} {await _measure(server, sandbox_url, payload, parallel)}", flush=True)
                    finally:
                        await server.stop()
    finally:
        await sandbox.cleanup()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parallel", type=int, default=6)
    sys.exit(asyncio.run(main(parser.parse_args().parallel)))
