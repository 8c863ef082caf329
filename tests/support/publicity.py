"""Fixtures for the publicity desk: pictures, the gateway of the running app, the sandbox's publishing records."""

from __future__ import annotations

import io
from typing import Any

import pytest
from aiohttp import web
from PIL import Image

from core.keys import RESOURCES
from core.wechat import WeChatGateway
from tests.support.gateway import SandboxApi


def picture(colour: str = "red", size: tuple[int, int] = (64, 48), fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


@pytest.fixture
def gateway(app: web.Application) -> WeChatGateway:
    return app[RESOURCES].wechat


async def publishing_state(sandbox_api: SandboxApi) -> dict[str, Any]:
    return await sandbox_api.get("/sandbox/publishing/state")


async def arrive(app: web.Application, campaign_id: int) -> None:
    """The clock reaches a scheduled campaign's send time: its send_at and its queued dispatch job move to now."""
    from datetime import UTC, datetime

    from campaigns.models import Campaign
    from campaigns.scheduling import dispatch_job_id
    from core.jobs import QUEUE_NAME

    now = datetime.now(UTC)
    await Campaign.filter(id=campaign_id).update(send_at=now)
    arq = app[RESOURCES].arq
    job_id = dispatch_job_id(campaign_id)
    assert await arq.zscore(QUEUE_NAME, job_id) is not None, "no dispatch job queued"
    await arq.zadd(QUEUE_NAME, {job_id: int(now.timestamp() * 1000)})


async def upload_form(user: Any, path: str, filename: str, data: bytes) -> str:
    """A multipart form post from a ConsoleUser (the page's token included)."""
    from aiohttp import FormData

    from tests.support.console import csrf_of

    form = FormData()
    form.add_field("csrf_token", csrf_of(user.html))
    form.add_field("image", data, filename=filename, content_type="image/png")
    async with user.client.post(path, data=form) as resp:
        user.html = await resp.text()
        assert resp.status == 200, (resp.status, user.html[:400])
        return user.html
