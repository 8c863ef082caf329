"""Channel: the staff console (/console/), server-rendered pages in Chinese over the same domain services as
the admin API, with the same role and district scoping. Assets (htmx, ECharts, the stylesheet) are vendored
under console/static: nothing is loaded from the internet.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web

from console import (
    admin,
    appointments,
    complaint_intake,
    complaints,
    credit,
    fair_scales,
    filters,
    home,
    kb_entries,
    login,
    notifications,
    photo_review,
    publicity,
    publicity_bot,
    registry,
    sites,
    slots,
    stats,
    verification_checks,
    wechat_binding,
)
from console.errors import console_errors

STATIC_DIR = Path(__file__).with_name("static")
static_routes = web.RouteTableDef()
static_routes.static("/console/static", STATIC_DIR, append_version=False)

ROUTE_TABLES = [
    login.routes,
    home.routes,
    complaint_intake.routes,
    complaints.routes,
    photo_review.routes,
    fair_scales.routes,
    appointments.routes,
    slots.routes,
    sites.routes,
    registry.routes,
    verification_checks.routes,
    stats.routes,
    credit.routes,
    notifications.routes,
    wechat_binding.routes,
    publicity.routes,
    publicity_bot.routes,
    kb_entries.routes,
    admin.routes,
    static_routes,
]


def setup(app: web.Application) -> None:
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader("console", "templates"),
        enable_async=True,
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
    )
    filters.install(env)
    app.middlewares.append(console_errors)
