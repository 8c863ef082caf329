"""Production-shaped data for the migration release check: the demo modules' data, then a few thousand rows.

Run as a script under the code of the release being upgraded FROM (`PYTHONPATH=<old tree>`), so the rows are
written by that release's models into that release's schema:

    PYTHONPATH=/tmp/old python release/volume.py --complaints 1000

It writes rows directly (bulk inserts), not through the services: the services need WeChat and Redis, and the
release check is about the shape and volume of the tables, not about business rules.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal

try:
    import jiliang  # noqa: F401  (installs the components: the models, jobs and demo data)
except ModuleNotFoundError as missing:  # a release from before the composition root: core listed the packages
    if missing.name != "jiliang":
        raise

STATUSES = ["pending", "accepted", "refused", "mediating", "mediated", "terminated", "withdrawn"]
DISTRICTS = ["xincheng", "huimin", "yuquan", "saihan", "tuoketuo", "helinger", "qingshuihe", "wuchuan"]
GOODS = [("西红柿", "grain_veg_fruit"), ("羊肉", "meat_egg"), ("苹果", "grain_veg_fruit"), ("黄花鱼", "aquatic")]


async def generate(complaints: int, seed: int = 13) -> dict[str, int]:
    from complaints.models import Complaint, ComplaintEvent, ComplaintPhoto, Market, Merchant
    from core.demo import seed_demo_data
    from core.models import MiniappUser, StaffAccount, Subscriber
    from core.settings import load_settings

    rng = random.Random(seed)
    settings = load_settings()
    await seed_demo_data(settings)  # markets, knowledge base, catalogue, campaigns: the demo modules

    from core.db import orm_context

    async with orm_context(settings.database_url):
        markets = await Market.all()
        users = [MiniappUser(openid=f"o-volume-{i:06d}", phone=f"139{i:08d}") for i in range(complaints // 2 + 1)]
        await MiniappUser.bulk_create(users, batch_size=500)
        users = await MiniappUser.filter(openid__startswith="o-volume-").order_by("id")
        await Subscriber.bulk_create(
            [Subscriber(openid=f"o-mp-volume-{i:06d}", district=rng.choice(DISTRICTS)) for i in range(complaints)],
            batch_size=500,
        )
        await StaffAccount.bulk_create(
            [
                StaffAccount(username=f"volume-{i}", display_name=f"工作人员{i}", roles=["complaint_handler"],
                             district=DISTRICTS[i % len(DISTRICTS)], token_hash=f"{i:064x}")
                for i in range(8)
            ]
        )  # fmt: skip
        merchants = [
            Merchant(name=f"第{i}号摊位", identity_key=f"volume:{i}", district=rng.choice(DISTRICTS),
                     market=rng.choice(markets) if markets else None)
            for i in range(max(complaints // 5, 1))
        ]  # fmt: skip
        await Merchant.bulk_create(merchants, batch_size=500)
        merchants = await Merchant.filter(identity_key__startswith="volume:").order_by("id")

        start = datetime(2026, 1, 5, 9, tzinfo=UTC)
        rows = []
        for i in range(complaints):
            when = start + timedelta(hours=7 * i)
            goods, category = rng.choice(GOODS)
            merchant = rng.choice(merchants)
            charged = Decimal(rng.choice([500, 1000, 1500, 2500]))
            rows.append(
                Complaint(
                    tracking_no=f"JL{when:%Y%m%d}{i:06d}", user=rng.choice(users), idempotency_key=f"volume{i:08d}",
                    status=rng.choice(STATUSES), merchant=merchant, market_id=merchant.market_id,
                    merchant_name=merchant.name, location="农贸市场", district=merchant.district,
                    assigned_district=merchant.district, goods=goods, category=category, unit_price=Decimal("6.50"),
                    price_unit="jin", amount_paid=Decimal("13.00"), charged_weight_g=charged,
                    found_weight_g=charged - rng.randint(0, 200), reweigh_method="fair_scale", purchased_at=when,
                    description="复称发现短少。", contact_phone="13912345678",
                    assessment={"verdict": "exceeds", "tolerance_g": "40"}, assessment_verdict="exceeds",
                    regulation="samr-121", policy={"accept_working_days": 7, "mediation_working_days": 45},
                    received_on=when.date(), filed_month=f"{when:%Y-%m}",
                    accept_due_on=(when + timedelta(days=9)).date(),
                )
            )  # fmt: skip
        await Complaint.bulk_create(rows, batch_size=500)
        filed = await Complaint.filter(idempotency_key__startswith="volume").order_by("id")
        events = [
            ComplaintEvent(complaint=c, action=action, from_status=before, to_status=after, actor_kind=kind)
            for c in filed
            for action, before, after, kind in (
                ("file", None, "pending", "citizen"),
                ("note", c.status, c.status, "staff"),
            )
        ]
        await ComplaintEvent.bulk_create(events, batch_size=1000)
        photos = [
            ComplaintPhoto(user_id=c.user_id, complaint=c, stored_name=f"{c.id:032x}.jpg", content_type="image/jpeg",
                           size_bytes=48_000, width=1280, height=960, sha256="0" * 64, check_status="pass")
            for c in filed
        ]  # fmt: skip
        await ComplaintPhoto.bulk_create(photos, batch_size=1000)
        from tortoise import Tortoise

        return {m._meta.db_table: await m.all().count() for m in Tortoise.apps["models"].values()}


async def read_every_model() -> dict[str, int]:
    """Under the NEW code after the upgrade: every model reads its rows (the columns it maps exist)."""
    from tortoise import Tortoise

    from core.db import orm_context
    from core.settings import load_settings

    async with orm_context(load_settings().database_url):
        counts = {}
        for model in Tortoise.apps["models"].values():
            await model.all().limit(100)
            counts[model._meta.db_table] = await model.all().count()
        return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="为迁移发布检查生成生产规模的数据")
    parser.add_argument("--complaints", type=int, default=1000, help="投诉条数（其余各表按比例）")
    parser.add_argument("--read", action="store_true", help="只用当前代码读取每个模型（升级之后）")
    args = parser.parse_args(argv)
    counts = asyncio.run(read_every_model() if args.read else generate(args.complaints))
    import json

    sys.stdout.write(json.dumps(counts) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
