"""Complaint handling for staff: queue, accept/refuse, mediation, close, statistics."""

from aiohttp import web

routes = web.RouteTableDef()
