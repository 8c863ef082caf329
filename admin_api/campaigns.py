"""Publicity office: campaign drafting, review, scheduling, delivery progress."""

from aiohttp import web

routes = web.RouteTableDef()
