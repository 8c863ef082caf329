"""The staff API channel's contribution: /api/v1/admin/... and the middleware that audits every action."""

from __future__ import annotations

from core.components import Component, WebContribution


def _web() -> WebContribution:
    import admin_api

    return WebContribution(routes=admin_api.ROUTE_TABLES, setups=[admin_api.setup], operations=admin_api.OPERATION_DOCS)


COMPONENT = Component(name="admin_api", web=_web)
