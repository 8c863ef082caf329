"""The official-account channel's contribution: /wechat, its runtime on the app, `jiliang simulate` / `wechat`."""

from __future__ import annotations

import bot
from bot import cli
from core.components import Component, WebContribution


def _web() -> WebContribution:
    return WebContribution(routes=bot.ROUTE_TABLES, cleanup_contexts=bot.CLEANUP_CTX, operations=bot.OPERATION_DOCS)


COMPONENT = Component(name="bot", cli=[cli.register], web=_web)
