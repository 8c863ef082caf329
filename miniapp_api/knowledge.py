"""Public FAQ endpoint: POST /api/v1/knowledge/ask."""

from aiohttp import web

routes = web.RouteTableDef()
