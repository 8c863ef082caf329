"""The mini-program channel's contribution: /api/v1/miniapp/... (the route tables listed in the package)."""

from __future__ import annotations

from core.components import Component, WebContribution


def _web() -> WebContribution:
    import miniapp_api

    return WebContribution(routes=miniapp_api.ROUTE_TABLES, operations=miniapp_api.OPERATION_DOCS)


COMPONENT = Component(name="miniapp_api", web=_web)
