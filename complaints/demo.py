"""Demo data for `make run`: a few Hohhot markets, so the `market:<id>` QR scenes and the filing form have targets.

The coordinates are approximate (street level, for the demo's nearest-公平秤 suggestion), not surveyed positions.
"""

from __future__ import annotations

from complaints.models import Market
from core.settings import Settings

# (district, name, address, latitude, longitude); every demo market has a 公平秤.
DEMO_MARKETS = [
    ("xincheng", "东瓦窑农贸市场", "新城区东瓦窑街", 40.8533, 111.6871),
    ("saihan", "大学路菜市场", "赛罕区大学东路", 40.8108, 111.7012),
    ("huimin", "通道街农贸市场", "回民区通道北街", 40.8262, 111.6502),
    ("yuquan", "小召农贸市场", "玉泉区小召前街", 40.8017, 111.6606),
]


async def seed(settings: Settings) -> None:
    del settings
    for district, name, address, latitude, longitude in DEMO_MARKETS:
        await Market.get_or_create(
            district=district,
            name=name,
            defaults={"address": address, "fair_scale": True, "latitude": latitude, "longitude": longitude},
        )
