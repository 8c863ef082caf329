"""Local stand-in for WeChat's server API (`jiliang sandbox`). Filled in by the gateway work."""

from aiohttp import web


def create_sandbox_app() -> web.Application:
    return web.Application()
