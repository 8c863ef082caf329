"""Demo data for `make run`: a few Hohhot markets, so the `market:<id>` QR scenes and the filing form have targets."""

from __future__ import annotations

from complaints.models import Market
from core.settings import Settings

DEMO_MARKETS = [
    ("xincheng", "东瓦窑农贸市场", "新城区东瓦窑街"),
    ("saihan", "大学路菜市场", "赛罕区大学东路"),
    ("huimin", "通道街农贸市场", "回民区通道北街"),
    ("yuquan", "小召农贸市场", "玉泉区小召前街"),
]


async def seed(settings: Settings) -> None:
    del settings
    for district, name, address in DEMO_MARKETS:
        await Market.get_or_create(district=district, name=name, defaults={"address": address})
