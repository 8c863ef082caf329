"""Staff accounts (admin only) and the caller's own profile."""

from aiohttp import web

routes = web.RouteTableDef()
