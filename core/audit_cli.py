"""`jiliang audit verify` (exit 0 only when the chain is intact) and `jiliang audit prune` (retention)."""

from __future__ import annotations

import argparse
import asyncio

from core.settings import Settings


async def _verify(settings: Settings) -> int:
    from core.audit import verify
    from core.db import orm_context

    async with orm_context(settings.database_url):
        result = await verify()
    if result.entries == 0:
        print("审计日志为空")
        return 0
    span = f"第{result.first_seq}至第{result.last_seq}条，共{result.entries}条"
    if result.intact:
        print(f"审计日志完整：{span}，哈希链校验通过")
        return 0
    print(f"审计日志校验失败（{span}）：")
    for problem in result.problems:
        print(f"  - {problem}")
    return 1


async def _prune(settings: Settings) -> int:
    from core.audit import prune
    from core.db import orm_context

    async with orm_context(settings.database_url):
        removed = await prune(retention_days=settings.audit_retention_days)
    print(f"已清理超过{settings.audit_retention_days}天的审计记录：{removed}条")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="工作人员审计日志")
    sub = parser.add_subparsers(dest="audit_command", required=True)
    sub.add_parser("verify", help="校验审计日志的哈希链；完整时退出码为 0").set_defaults(
        handler=lambda s, a: asyncio.run(_verify(s))
    )
    sub.add_parser("prune", help="删除超过 JILIANG_AUDIT_RETENTION_DAYS 的记录（保留可校验的链）").set_defaults(
        handler=lambda s, a: asyncio.run(_prune(s))
    )
