"""Demo data for `make run`: each package may provide `demo.seed(settings)`; every seed is idempotent."""

from __future__ import annotations

import logging

from core.db import orm_context
from core.extensions import optional_modules
from core.settings import Settings

log = logging.getLogger(__name__)
DEMO_MODULES = ["knowledge.demo", "complaints.demo", "appointments.demo", "campaigns.demo"]


async def seed_demo_data(settings: Settings) -> None:
    async with orm_context(settings.database_url):
        for module in optional_modules(DEMO_MODULES):
            await module.seed(settings)
            log.info("demo data: %s", module.__name__)
