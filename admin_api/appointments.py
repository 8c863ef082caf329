"""Verification officers: enterprises approval, sites and slots, check-in, results, statistics."""

from aiohttp import web

routes = web.RouteTableDef()
