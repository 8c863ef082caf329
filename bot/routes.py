"""The official-account callback /wechat (XML in, XML out; never JSON errors)."""

from aiohttp import web

routes = web.RouteTableDef()
