"""Mini-program login: wx.login code -> code2Session -> session token; phone number binding."""

from aiohttp import web

routes = web.RouteTableDef()
