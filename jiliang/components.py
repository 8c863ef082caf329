"""The installed components, in order: routes are added, cleanup contexts opened and commands listed in it.

A new domain or channel adds its `component.py` and one line here (and a layer in the import-linter contracts).
"""

from __future__ import annotations

from admin_api.component import COMPONENT as ADMIN_API
from appointments.component import COMPONENT as APPOINTMENTS
from bot.component import COMPONENT as BOT
from campaigns.component import COMPONENT as CAMPAIGNS
from complaints.component import COMPONENT as COMPLAINTS
from console.component import COMPONENT as CONSOLE
from core.component import COMPONENT as CORE
from core.components import Component
from credit.component import COMPONENT as CREDIT
from knowledge.component import COMPONENT as KNOWLEDGE
from miniapp_api.component import COMPONENT as MINIAPP_API
from publicity.component import COMPONENT as PUBLICITY
from wechat_sandbox.component import COMPONENT as WECHAT_SANDBOX

INSTALLED: list[Component] = [
    CORE,
    # domains
    KNOWLEDGE,
    COMPLAINTS,
    APPOINTMENTS,
    CAMPAIGNS,
    PUBLICITY,
    CREDIT,
    # channels
    BOT,
    MINIAPP_API,
    ADMIN_API,
    CONSOLE,
    # development tools
    WECHAT_SANDBOX,
]
