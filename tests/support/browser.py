"""Pages in a real browser: Debian's chromium driven by Playwright (`make browser` installs it).

An area's conftest.py imports the `browser` fixture from here; test modules import the helpers. Without chromium
a browser test is skipped on a developer's machine, and fails instead when CI=true or JILIANG_REQUIRE_BROWSER=1,
so CI never passes a browser test by skipping it. Screenshots go under build/screenshots/ for reviewers.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from playwright.async_api import Browser, Page, async_playwright, expect

from tests.support.console import PASSWORD
from tests.support.paths import ROOT

SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HAVE_CHROMIUM = Path(CHROMIUM).exists()
DESKTOP = {"width": 1366, "height": 768}
TABLET = {"width": 820, "height": 1180}

__all__ = ["CHROMIUM", "DESKTOP", "SCREENSHOTS", "TABLET", "browser", "expect", "log_in", "new_page", "shot"]


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    if not HAVE_CHROMIUM:
        if os.environ.get("CI") == "true" or os.environ.get("JILIANG_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is missing: run `make browser` (CI must run the browser tests)")
        pytest.skip("chromium not installed (make browser)")
    async with async_playwright() as pw:
        instance = await pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield instance
        finally:
            await instance.close()


async def new_page(browser: Browser, client: TestClient, viewport: dict[str, int] = DESKTOP) -> Page:
    context = await browser.new_context(
        base_url=str(client.make_url("")).rstrip("/"), viewport=viewport, locale="zh-CN"
    )
    page = await context.new_page()
    page.set_default_timeout(15_000)
    return page


async def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    await page.goto("/console/login")
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", password)
    await page.click("button[type=submit]")
