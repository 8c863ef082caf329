"""Demo data for `make run`: two verification sites with slots over the next two weeks (idempotent)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from appointments.models import Site, SiteKind, Slot, SlotMode
from core.clock import ZONE, today
from core.settings import Settings

DEMO_SITES = [
    {
        "name": "呼和浩特市计量检定所（演示）",
        "kind": SiteKind.INSTITUTE,
        "district": "xincheng",
        "address": "新城区示例路1号",
        "phone": "0471-0000000",
        "instrument_types": ["price_computing_scale", "nonautomatic_scale", "bp_monitor", "pressure_gauge"],
        "mode": SlotMode.LAB,
    },
    {
        "name": "授权计量技术机构现场检定组（演示）",
        "kind": SiteKind.AUTHORISED,
        "district": "saihan",
        "address": "赛罕区示例路2号",
        "phone": "0471-0000001",
        "instrument_types": ["fuel_dispenser", "gas_dispenser", "truck_scale"],
        "mode": SlotMode.ONSITE,
    },
]


async def seed(settings: Settings) -> None:
    del settings
    for spec in DEMO_SITES:
        data = dict(spec)
        mode = data.pop("mode")
        if await Site.exists(name=data["name"]):
            continue
        site = await Site.create(**data)
        start_day = today() + timedelta(days=2)
        for offset in range(14):
            day = start_day + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            for hour in (9, 14):
                starts = datetime.combine(day, time(hour), ZONE)
                await Slot.create(
                    site=site, starts_at=starts, ends_at=starts + timedelta(hours=3), capacity=20, mode=mode
                )
