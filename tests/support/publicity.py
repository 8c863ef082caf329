"""Fixtures for the publicity desk: pictures, the gateway of the running app, the sandbox's publishing records."""

from __future__ import annotations

import io
from typing import Any
from uuid import uuid4

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from PIL import Image

from core.auth import create_staff
from core.keys import RESOURCES
from core.models import StaffRole
from core.passwords import set_password
from core.wechat import WeChatGateway
from tests.support.console import PASSWORD
from tests.support.gateway import SandboxApi
from tests.support.knowledge import ADMIN, MUSEUM


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


async def account(*roles: StaffRole) -> tuple[str, dict[str, str]]:
    """A staff account usable both in the console (password) and the admin API (token)."""
    username = f"kb{uuid4().hex[:8]}"
    staff, token = await create_staff(username=username, display_name=username, roles=list(roles))
    await set_password(staff, PASSWORD, must_change=False)
    return username, {"Authorization": f"Bearer {token}"}


async def live_museum_entry(client: TestClient) -> None:
    """The MUSEUM entry created by one editor and approved by another, through the admin API."""
    _, author = await account(StaffRole.PUBLICITY_EDITOR)
    _, reviewer = await account(StaffRole.PUBLICITY_REVIEWER)
    resp = await client.post(ADMIN + "/entries", json=MUSEUM, headers=author)
    assert resp.status == 202
    draft = (await resp.json())["id"]
    seen = (await (await client.get(f"{ADMIN}/drafts/{draft}", headers=reviewer)).json())["content_hash"]
    approval = {"items": [{"id": draft, "content_hash": seen}]}
    resp = await client.post(ADMIN + "/drafts/approve", json=approval, headers=reviewer)
    assert resp.status == 200, await resp.text()
