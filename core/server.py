"""The runner `jiliang serve` listens with: connections that never finish a request are closed, and counted.

aiohttp (3.14) has no separate timeout for reading a request head. Its keep-alive timer does that job: it
is armed when a connection opens and again after every response, and when it fires on a connection whose
handler is still waiting for a complete request head (idle, or holding a partial head) the connection is
closed. So `request_head_timeout_seconds` is passed as `keepalive_timeout`, which bounds idle keep-alive too
(aiohttp's default is 3630 s). The only thing added here is a Prometheus counter of those closes, instead of
anything per connection in the log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from core.keys import METRICS
from core.settings import Settings


class _CountingRequestHandler(RequestHandler):
    def __init__(self, manager: _CountingServer, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._on_timeout_close = manager.on_timeout_close

    def _process_keepalive(self) -> None:
        was_open = not self._force_close
        super()._process_keepalive()
        if was_open and self._force_close:
            self._on_timeout_close()


class _CountingServer(web.Server):
    def __init__(self, *args: Any, on_timeout_close: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_timeout_close = on_timeout_close

    def __call__(self) -> RequestHandler:
        return _CountingRequestHandler(self, loop=self._loop, **self._kwargs)


class GuardedAppRunner(web.AppRunner):
    """An AppRunner whose connections are closed when no complete request head arrives in time."""

    def __init__(self, app: web.Application, settings: Settings, **kwargs: Any) -> None:
        super().__init__(app, keepalive_timeout=settings.request_head_timeout_seconds, **kwargs)

    async def _make_server(self) -> web.Server:
        server = await super()._make_server()
        counter = self.app[METRICS].connections_timed_out
        return _CountingServer(
            server.request_handler,
            request_factory=server.request_factory,
            handler_cancellation=server.handler_cancellation,
            loop=server._loop,
            on_timeout_close=counter.inc,
            **server._kwargs,
        )
