"""Enterprises: registration, instrument registry, verification bookings."""

from aiohttp import web

routes = web.RouteTableDef()
