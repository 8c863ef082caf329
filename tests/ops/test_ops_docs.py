"""/api/docs works without the internet: every asset it references is served by the app, pinned by version."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from aiohttp.test_utils import TestClient

from core.openapi import SWAGGER_UI_DIR

VENDORED = SWAGGER_UI_DIR


class References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for attr in ("src", "href"):
            if values.get(attr) and (tag != "a"):
                self.urls.append(values[attr])  # type: ignore[arg-type]
        self._in_script = tag == "script" and "src" not in values

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


async def test_docs_page_references_only_local_pinned_assets_and_they_are_served(client: TestClient) -> None:
    resp = await client.get("/api/docs")
    assert resp.status == 200
    page = References()
    page.feed(await resp.text())
    assert sorted(Path(u).name for u in page.urls) == ["swagger-ui-bundle.js", "swagger-ui.css"]
    version = (VENDORED / "VERSION").read_text().split()[1]
    for url in page.urls:
        assert url.startswith(f"/api/docs/swagger-ui-{version}/"), url  # local and pinned to the vendored version
        asset = await client.get(url)
        assert asset.status == 200
        body = await asset.read()
        assert hashlib.sha256(body).digest() == hashlib.sha256((VENDORED / Path(url).name).read_bytes()).digest()
        assert asset.headers["Content-Type"].startswith(("text/css", "text/javascript"))
        assert "immutable" in asset.headers["Cache-Control"]
    # The inline start-up script loads the spec from this server and turns off the online validator badge.
    script = " ".join(page.inline_scripts)
    assert '"/api/openapi.json"' in script and "validatorUrl: null" in script
    assert not re.search(r"https?://", script)


async def test_only_the_vendored_files_are_served(client: TestClient) -> None:
    version = (VENDORED / "VERSION").read_text().split()[1]
    for name in ("LICENSE", "..%2F..%2Fsettings.py", "swagger-ui.js", "index.html"):
        resp = await client.get(f"/api/docs/swagger-ui-{version}/{name}")
        assert resp.status == 404, name
    assert "Apache License" in (VENDORED / "LICENSE").read_text()  # the licence travels with the files
