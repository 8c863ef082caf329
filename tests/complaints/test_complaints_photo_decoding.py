"""Photo decoding with a bounded footprint: the pixel cap from the header, JPEG decoded at a reduced scale,
the orientation still applied, and the decode pool's bounds on threads and memory."""

from __future__ import annotations

import asyncio
import io
import threading
import time

from PIL import Image

from core.decoding import DecodePool
from tests.support.hostile_images import solid_png

ORIENTATION = 0x0112
ROTATE_270 = 6  # EXIF: the camera was turned; viewers rotate the pixels 90° clockwise


def _large_jpeg(size: tuple[int, int], *, orientation: int | None = None) -> bytes:
    exif = Image.Exif()
    if orientation:
        exif[ORIENTATION] = orientation
    out = io.BytesIO()
    Image.new("RGB", size, (90, 140, 200)).save(out, format="JPEG", quality=80, exif=exif.tobytes())
    return out.getvalue()


async def test_the_largest_phone_photo_is_accepted_scaled_and_upright(complaint_api, citizen):  # type: ignore[no-untyped-def]
    resp = await complaint_api.upload(await citizen(), _large_jpeg((8192, 6144), orientation=ROTATE_270))
    assert resp.status == 201, await resp.text()
    body = await resp.json()
    assert (body["width"], body["height"]) == (3072, 4096)  # decoded at 1/2 by libjpeg, then turned upright


async def test_one_row_over_the_pixel_cap_is_refused_from_the_header(complaint_api, citizen, settings):  # type: ignore[no-untyped-def]
    assert settings.photo_max_pixels == 8192 * 6144
    resp = await complaint_api.upload(await citizen(), solid_png(8192, 6145), filename="big.png")
    assert resp.status == 422
    error = (await resp.json())["error"]
    assert error["code"] == "photo_too_large"
    assert "万像素" in error["message"]
    assert error["details"] == {"max_pixels": 8192 * 6144}


async def test_the_pixel_cap_is_a_setting(make_client, citizen_headers):  # type: ignore[no-untyped-def]
    from tests.support.complaints import ComplaintApi

    strict = ComplaintApi(await make_client(photo_max_pixels=2_000_000))
    headers = await citizen_headers()
    assert (await strict.upload(headers, solid_png(2000, 1000), filename="a.png")).status == 201
    assert (await strict.upload(headers, solid_png(2000, 1001), filename="b.png")).status == 422


class _Recorder:
    """Blocking jobs that note how many run at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.order: list[str] = []

    def job(self, name: str) -> str:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.order.append(name)
        time.sleep(0.05)
        with self.lock:
            self.running -= 1
        return name


async def test_jobs_over_the_memory_budget_together_run_one_after_the_other() -> None:
    pool = DecodePool(concurrency=2, memory_budget=100)
    recorder = _Recorder()
    try:
        results = await asyncio.gather(*(pool.run(recorder.job, f"big{i}", cost=60) for i in range(3)))
        assert results == ["big0", "big1", "big2"]
        assert recorder.most == 1
        recorder.most = 0
        await asyncio.gather(*(pool.run(recorder.job, f"small{i}", cost=40) for i in range(4)))
        assert recorder.most == 2  # two fit in the budget and in the threads
    finally:
        pool.close()


async def test_a_large_job_is_not_starved_by_small_ones_and_one_over_budget_runs_alone() -> None:
    pool = DecodePool(concurrency=2, memory_budget=100)
    recorder = _Recorder()
    try:
        first = asyncio.ensure_future(pool.run(recorder.job, "small0", cost=30))
        await asyncio.sleep(0)
        big = asyncio.ensure_future(pool.run(recorder.job, "huge", cost=10_000))  # capped: it runs alone
        await asyncio.sleep(0)
        later = [asyncio.ensure_future(pool.run(recorder.job, f"small{i}", cost=30)) for i in (1, 2)]
        await asyncio.gather(first, big, *later)
        assert recorder.order.index("huge") < recorder.order.index("small1")
    finally:
        pool.close()
