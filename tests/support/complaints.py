"""Fixtures for the complaint tests: real photos, a valid filing form, and a helper that files through the API."""

from __future__ import annotations

import io
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient
from PIL import Image

TZ = ZoneInfo("Asia/Shanghai")
GPS_IFD = 0x8825


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (120, 90), *, gps: bool = True) -> bytes:
    """A real image; with `gps`, EXIF carrying a camera model and a GPS position (Hohhot)."""
    image = Image.new("RGB", size, (200, 120, 40))
    out = io.BytesIO()
    kwargs: dict[str, Any] = {}
    if gps:
        exif = Image.Exif()
        exif[0x0110] = "JiliangCam"  # Model
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (40.0, 49.0, 0.0), 3: "E", 4: (111.0, 40.0, 0.0)})
        kwargs["exif"] = exif.tobytes()
    image.save(out, format=fmt, **kwargs)
    return out.getvalue()


def filing_form(**overrides: Any) -> dict[str, Any]:
    purchased = (datetime.now(TZ) - timedelta(hours=2)).isoformat()
    form: dict[str, Any] = {
        "merchant_name": "张记蔬菜 12号摊位",
        "location": "东瓦窑农贸市场",
        "district": "新城区",
        "goods": "西红柿",
        "category": "grain_veg_fruit",
        "unit_price": "2.50",
        "price_unit": "jin",
        "amount_paid": "5.00",
        "charged_weight_g": "1000",
        "found_weight_g": "850",
        "reweigh_method": "other_scale",  # 等准确度 (2x); a 公平秤 needs its registry entry
        "purchased_at": purchased,
        "description": "商家称1千克，公平秤复称只有850克。",
        "contact_phone": "13912345678",
        "complainant_name": "李明",
        "complainant_address": "呼和浩特市新城区东风路12号",
    }
    form.update(overrides)
    return form


class ComplaintApi:
    """Files complaints through the real endpoints as the mini-program would."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    async def upload(self, headers: dict[str, str], data: bytes | None = None, *, filename: str = "a.jpg") -> Any:
        form = FormData()
        form.add_field("file", data if data is not None else image_bytes(), filename=filename)
        return await self.client.post("/api/v1/miniapp/complaints/photos", data=form, headers=headers)

    async def photo_id(self, headers: dict[str, str]) -> int:
        resp = await self.upload(headers)
        assert resp.status == 201, await resp.text()
        return int((await resp.json())["id"])

    async def file(self, headers: dict[str, str], *, key: str | None = None, photos: int = 1, **overrides: Any) -> Any:
        form = filing_form(**overrides)
        if "photo_ids" not in overrides:
            form["photo_ids"] = [await self.photo_id(headers) for _ in range(photos)]
        hdrs = {**headers, "Idempotency-Key": key or uuid.uuid4().hex}
        return await self.client.post("/api/v1/miniapp/complaints", json=form, headers=hdrs)

    async def filed(self, headers: dict[str, str], **overrides: Any) -> dict[str, Any]:
        resp = await self.file(headers, **overrides)
        assert resp.status == 201, await resp.text()
        return (await resp.json())["complaint"]  # type: ignore[no-any-return]


@pytest.fixture
def complaint_api(client: TestClient) -> ComplaintApi:
    return ComplaintApi(client)


@pytest.fixture
def citizen(citizen_headers: Callable[..., Awaitable[dict[str, str]]]) -> Callable[..., Awaitable[dict[str, str]]]:
    """Headers of a new logged-in citizen (alias kept short for the complaint tests)."""
    return citizen_headers
