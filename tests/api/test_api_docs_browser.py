"""/api/docs renders in a real browser with no network: Debian's chromium (Playwright) against the app on a real
port, every request to anything but this server aborted. Skips without chromium on a developer's machine, fails
instead when CI=true or JILIANG_REQUIRE_BROWSER=1 (as the console's browser tests do)."""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp.test_utils import TestClient
from playwright.async_api import Browser, Route, expect

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


async def test_api_docs_render_every_operation_offline(browser: Browser, client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    operations = sum(
        1 for item in spec["paths"].values() for method in item if method in ("get", "post", "put", "patch", "delete")
    )
    context = await browser.new_context(base_url=str(client.make_url("")).rstrip("/"), locale="zh-CN")
    blocked: list[str] = []

    async def only_this_server(route: Route) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            await route.continue_()
        else:
            blocked.append(route.request.url)
            await route.abort()

    await context.route("**/*", only_this_server)
    page = await context.new_page()
    page.set_default_timeout(30_000)
    await page.goto("/api/docs")
    await expect(page.locator(".swagger-ui .info .title")).to_contain_text("呼和浩特市计量公共服务")
    # Swagger UI virtualises long lists (only what is near the viewport is in the DOM): scroll through the page
    # and collect every operation block rendered on the way.
    await expect(page.locator(".opblock").first).to_be_visible()
    rendered: set[str] = set()
    for _ in range(400):
        rendered.update(await page.eval_on_selector_all(".opblock", "blocks => blocks.map(b => b.id)"))
        at_end = await page.evaluate("window.scrollY + window.innerHeight >= document.body.scrollHeight - 2")
        if at_end and len(rendered) >= operations:
            break
        await page.evaluate("window.scrollBy(0, window.innerHeight / 2)")
        await page.wait_for_timeout(30)
    assert len(rendered) == operations, f"{len(rendered)} of {operations} operations rendered"
    await page.evaluate("window.scrollTo(0, 0)")
    filing = page.locator(".opblock-post", has_text="提交缺斤短两投诉")
    await expect(filing).to_be_visible()
    await filing.locator(".opblock-summary").click()  # expanded: the request body and its schema render
    await expect(filing.locator(".opblock-section-request-body")).to_be_visible()
    assert blocked == []
    await context.close()
