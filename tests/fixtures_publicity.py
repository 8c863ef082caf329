"""Fixtures for the publicity desk: pictures, the gateway of the running app, the sandbox's publishing records."""

from __future__ import annotations

import io
from typing import Any

import pytest
from aiohttp import web
from PIL import Image

from core.keys import RESOURCES
from core.wechat import WeChatGateway
from tests.fixtures_gateway import SandboxApi


def picture(colour: str = "red", size: tuple[int, int] = (64, 48), fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


@pytest.fixture
def gateway(app: web.Application) -> WeChatGateway:
    return app[RESOURCES].wechat


async def publishing_state(sandbox_api: SandboxApi) -> dict[str, Any]:
    return await sandbox_api.get("/sandbox/publishing/state")
