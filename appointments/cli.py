"""`jiliang appointments ...`: run the daily jobs by hand (after an outage) and print the overdue list."""

from __future__ import annotations

import argparse
import asyncio

from core.settings import Settings


async def _run_daily(settings: Settings) -> int:
    from appointments.jobs import expire_no_show_bookings, send_due_reminders
    from core.jobs import drain, job_context
    from core.resources import open_resources

    async with open_resources(settings) as res:
        ctx = job_context(res)
        expired = await expire_no_show_bookings(ctx)
        queued = await send_due_reminders(ctx)
        sent = await drain(res) if settings.embedded_redis else 0  # a real worker sends them otherwise
    print(
        f"逾期未到检的预约已释放：{expired} 个；到期提醒：新排入 {queued} 条"
        + (f"，已发送 {sent} 个任务" if sent else "")
    )
    return 0


async def _overdue(settings: Settings, district: str | None) -> int:
    from appointments.catalogue import configured
    from appointments.stats import overdue, overdue_csv
    from core.clock import today
    from core.db import orm_context
    from core.districts import resolve_district

    async with orm_context(settings.database_url):
        rows = await overdue(on=today(), district=resolve_district(district).slug if district else None, type_slug=None)
        names = {slug: e.name for slug, e in (await configured(settings)).entries.items()}
        print(overdue_csv(rows, names).lstrip("\ufeff"), end="")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("appointments", help="强制检定预约")
    sub = parser.add_subparsers(dest="appointments_command", required=True)
    daily = sub.add_parser("daily", help="立即释放未到场的预约并排队到期提醒（可重复执行）")
    daily.set_defaults(handler=lambda s, a: asyncio.run(_run_daily(s)))
    late = sub.add_parser("overdue", help="以 CSV 打印逾期未检的计量器具")
    late.add_argument("--district", help="只看一个区，例如 赛罕区")
    late.set_defaults(handler=lambda s, a: asyncio.run(_overdue(s, a.district)))
