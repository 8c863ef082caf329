"""`jiliang campaigns calendar --year 2027`: the year's calendar drafts (idempotent)."""

from __future__ import annotations

import argparse

from core.settings import Settings


async def _calendar(settings: Settings, year: int) -> int:
    from campaigns.calendar import generate_year, load_calendar
    from core.db import orm_context
    from core.progress import progress

    with progress("生成活动日历", total=len(load_calendar().events)) as advance:
        async with orm_context(settings.database_url):
            result = await generate_year(year, advance=advance)
    print(f"{year} 年活动日历（数据版本 {result.calendar_version}）")
    print(f"  新建草稿：{len(result.created)} {result.created}")
    print(f"  已存在：{len(result.existing)} {result.existing}")
    if result.skipped:
        print(f"  当年不适用：{', '.join(result.skipped)}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    from core.cli import run

    parser = subparsers.add_parser("campaigns", help="宣传活动")
    sub = parser.add_subparsers(dest="campaigns_command", required=True)
    cal = sub.add_parser("calendar", help="生成全年活动草稿（3·15、世界计量日、质量月、科普月），可重复执行")
    cal.add_argument("--year", type=int, required=True, help="年份，例如 2027")
    cal.set_defaults(handler=lambda s, a: run(_calendar(s, a.year)))
