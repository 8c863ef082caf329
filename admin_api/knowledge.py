"""Knowledge base administration: entries CRUD, import/export, unanswered questions."""

from aiohttp import web

routes = web.RouteTableDef()
