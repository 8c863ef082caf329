"""The staff console's contribution: /console/ pages, its templates and error pages."""

from __future__ import annotations

from core.components import Component, WebContribution


def _web() -> WebContribution:
    import console

    return WebContribution(routes=console.ROUTE_TABLES, setups=[console.setup])


COMPONENT = Component(name="console", web=_web)
