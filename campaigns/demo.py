"""Demo data for `make run`: this year's and next year's calendar drafts (idempotent)."""

from __future__ import annotations

from campaigns.calendar import generate_year
from core import clock
from core.settings import Settings


async def seed(settings: Settings) -> None:
    del settings
    year = clock.now_local().year
    for each in (year, year + 1):
        await generate_year(each)
