"""Demo data for `make run`: a few Hohhot markets, so the `market:<id>` QR scenes and the filing form have targets.

The coordinates are approximate (street level, for the demo's nearest-公平秤 suggestion), not surveyed positions.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from complaints.models import FairScale, Market
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
    verified = date.today() - timedelta(days=60)
    for district, name, address, latitude, longitude in DEMO_MARKETS:
        market, _ = await Market.get_or_create(
            district=district,
            name=name,
            defaults={"address": address, "fair_scale": True, "latitude": latitude, "longitude": longitude},
        )
        # A typical market fair scale (class III, e = 5 g, 30 kg), so 公平秤 re-weighings are assessed 1x or 2x.
        await FairScale.get_or_create(
            market=market,
            name="服务台公平秤",
            defaults={
                "accuracy_class": "III",
                "division_g": Decimal(5),
                "max_capacity_g": Decimal(30000),
                "verified_on": verified,
                "valid_until": verified + timedelta(days=364),
                "certificate_no": f"DEMO-{market.id:04d}",
            },
        )
