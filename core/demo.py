"""Demo data for `make run`: each package may provide `demo.seed(settings)`; every seed is idempotent."""

from __future__ import annotations

import importlib
import logging

from core.db import orm_context
from core.settings import Settings

log = logging.getLogger(__name__)
DEMO_MODULES = ["knowledge.demo", "complaints.demo", "appointments.demo", "campaigns.demo"]


async def seed_demo_data(settings: Settings) -> None:
    async with orm_context(settings.database_url):
        for name in DEMO_MODULES:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
                continue
            await module.seed(settings)
            log.info("demo data: %s", name)
