"""Citizens' short-weight complaints: file, list and read their own, withdraw, rate."""

from aiohttp import web

routes = web.RouteTableDef()
