"""The `jiliang` command's mechanism and core's own commands (worker, db, backup, restore, staff).

Every installed component adds its subcommands through `Component.cli`; the composition root (`jiliang.cli`)
builds the parser from them and adds `serve`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, cast

from aiohttp import web

from core.components import CliRegistrar, cli_registrars, load_sections
from core.settings import ConfigError, Settings, load_settings

log = logging.getLogger("jiliang")


def run(coro: Coroutine[Any, Any, int | None]) -> int:
    return asyncio.run(coro) or 0


class PortInUse(Exception):
    def __init__(self, host: str, port: int, reason: OSError) -> None:
        super().__init__(f"无法监听 {host}:{port}（端口已被占用或无权限：{reason.strerror}），请用 --port 换一个端口")


async def start_site(runner: web.AppRunner, host: str, port: int) -> None:
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:
        raise PortInUse(host, port, exc) from None


def check_port_free(host: str, port: int) -> None:
    """Fail in a second rather than after migrations and the index build; start_site still catches a race."""
    import socket

    try:
        socket.create_server((host, port)).close()
    except OSError as exc:
        raise PortInUse(host, port, exc) from None


async def db_upgrade(settings: Settings) -> int:
    from core import db

    applied = await db.upgrade(settings)
    print("已是最新结构" if not applied else "已应用迁移: " + ", ".join(applied))
    return 0


async def db_history(settings: Settings) -> int:
    from core import db

    for version, applied in await db.history(settings):
        print(f"{'已应用' if applied else '未应用'}  {version}")
    return 0


def db_makemigrations(args: argparse.Namespace) -> int:
    """Write a migration for both dialects against scratch databases (SQLite file, PostgreSQL database).

    Each dialect runs in its own process: Tortoise and aerich cache dialect-specific state on model classes.
    """
    import subprocess
    import tempfile
    import uuid

    from core import db

    if args.only:
        url = args.only
        had_history = asyncio.run(db.prepare_scratch(url))
        written = asyncio.run(db.write_migration(url, args.name)) if had_history else "initial migration"
        print(f"{db.dialect(url)}: {written or 'no changes'}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        targets = [f"sqlite://{tmp}/scratch.sqlite3"]
        if args.postgres:
            targets.append(f"{args.postgres.rstrip('/')}/jiliang_scratch_{uuid.uuid4().hex[:8]}")
        for url in targets:
            if url.startswith("postgres"):
                asyncio.run(db.create_postgres_database(url))
            try:
                command = [sys.executable, "-m", args.entry_module, "db", "makemigrations", "--name", args.name]
                subprocess.run([*command, "--only", url], check=True)
            finally:
                if url.startswith("postgres"):
                    asyncio.run(db.drop_postgres_database(url))
    return 0


async def staff_create(settings: Settings, args: argparse.Namespace) -> int:
    from core import audit
    from core.auth import create_staff
    from core.db import orm_context
    from core.districts import district_slug
    from core.errors import ServiceError
    from core.models import StaffRole
    from core.passwords import issue_initial_password

    try:
        district = district_slug(args.district)
    except ServiceError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    async with orm_context(settings.database_url):
        account, token = await create_staff(
            username=args.username,
            display_name=args.name or args.username,
            roles=[StaffRole(r) for r in args.role],
            district=district,
        )
        password = await issue_initial_password(account)
        await audit.append(
            "staff.create",
            actor_name="命令行",
            target=f"staff:{account.id}",
            details={"username": account.username, "roles": account.roles, "district": account.district},
        )
    where = f" district={account.district}" if account.district else ""
    print(f"created staff #{account.id} {account.username} roles={','.join(account.roles)}{where}")
    print(f"API token (shown once, keep it secret): {token}")
    print(f"console password (shown once, must be changed at first login at /console/login): {password}")
    return 0


async def backup(settings: Settings, args: argparse.Namespace) -> int:
    from core.backup import BackupError, create_backup

    try:
        manifest = await create_backup(settings, Path(args.file))
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    rows = sum(n for t, n in manifest["tables"].items() if t != "aerich")
    uploads = sum(1 for name in manifest["files"] if name.startswith("uploads/"))
    print(f"已备份到 {args.file}：{len(manifest['tables'])} 张表共 {rows} 行，{uploads} 个上传文件")
    return 0


async def restore(settings: Settings, args: argparse.Namespace) -> int:
    from core.backup import BackupError, restore_backup

    try:
        report = await restore_backup(settings, Path(args.file), force=args.force)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"已从 {args.file} 恢复并校验：{sum(report.tables.values())} 行，{report.files} 个上传文件")
    return 0


def build_parser(registrars: Sequence[CliRegistrar] | None = None) -> argparse.ArgumentParser:
    """`jiliang` and every subcommand the registrars add (by default: the installed components')."""
    parser = argparse.ArgumentParser(prog="jiliang", description="呼和浩特市计量公共服务后端")
    parser.add_argument("--version", action="version", version=f"jiliang {package_version()}", help="打印版本并退出")
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")
    for register in cli_registrars() if registrars is None else registrars:
        register(sub)
    localise(parser)
    return parser


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Core's own commands: worker, db, backup, restore, staff."""
    from core.models import StaffRole

    p = sub.add_parser("worker", help="运行后台任务进程（arq）")
    p.set_defaults(handler=_worker)

    p = sub.add_parser("db", help="数据库命令")
    db_sub = p.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="执行数据库迁移").set_defaults(handler=lambda s, a: run(db_upgrade(s)))
    db_sub.add_parser("history", help="列出迁移及本数据库是否已应用").set_defaults(
        handler=lambda s, a: run(db_history(s))
    )
    mk = db_sub.add_parser("makemigrations", help="为 SQLite 和 PostgreSQL 生成迁移（开发用）")
    mk.add_argument("--name", default="update", help="迁移名称")
    mk.add_argument(
        "--postgres", default="postgres://postgres@127.0.0.1:5432", help="生成迁移用的临时 PostgreSQL 服务器"
    )
    mk.add_argument("--only", help=argparse.SUPPRESS)  # one scratch database URL (internal)
    mk.set_defaults(handler=lambda s, a: db_makemigrations(a))

    p = sub.add_parser("backup", help="把数据库、上传的照片和知识库备份为一个归档文件（含清单和校验和）")
    p.add_argument("file", help="归档文件路径，例如 jiliang-20270101.tar.gz")
    p.set_defaults(handler=lambda s, a: run(backup(s, a)))
    p = sub.add_parser("restore", help="从备份归档恢复（先校验清单；目标数据库须为空）")
    p.add_argument("file", help="jiliang backup 写出的归档文件")
    p.add_argument("--force", action="store_true", help="目标数据库不为空时也覆盖（先清空再恢复）")
    p.set_defaults(handler=lambda s, a: run(restore(s, a)))

    p = sub.add_parser("staff", help="工作人员账号")
    staff_sub = p.add_subparsers(dest="staff_command", required=True)
    create = staff_sub.add_parser("create", help="创建工作人员账号并打印其 API 令牌")
    create.add_argument("--username", required=True, help="登录名")
    create.add_argument("--name", help="显示名（中文姓名）")
    create.add_argument(
        "--role", action="append", required=True, choices=[r.value for r in StaffRole], help="角色，可重复"
    )
    create.add_argument("--district", help="所属区局：名称、代码或 slug（如 赛罕区、saihan），保存为 slug；不填为全市")
    create.set_defaults(handler=lambda s, a: run(staff_create(s, a)))


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jiliang")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Every command path below `parser` ("kb import", "wechat menu push", ...) and its parser."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found[name] = child
                found.update({f"{name} {path}": grandchild for path, grandchild in subcommands(child).items()})
    return found


def localise(parser: argparse.ArgumentParser) -> None:
    """argparse's own words in Chinese, and each command's help repeated as the description of its page."""
    parser._positionals.title = "位置参数"
    parser._optionals.title = "选项"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "显示本帮助并退出"
        if isinstance(action, argparse._SubParsersAction):
            action.help = action.help or "子命令"
            for choice in action._choices_actions:
                child = action.choices[choice.dest]
                child.description = child.description or choice.help
                localise(child)


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    del args
    from core.worker import run_worker

    if settings.embedded_redis:
        print("jiliang worker needs JILIANG_REDIS_URL; with the embedded Redis, `jiliang serve` runs the jobs")
        return 2
    return run(run_worker(settings))


def main(argv: list[str] | None = None, *, parser: argparse.ArgumentParser | None = None, entry_module: str) -> int:
    """Parse, load the settings (a bad value: its message, exit 2) and run the command's handler.

    `entry_module` is what `python -m` runs to get this same command again (for commands that start a child).
    """
    from core.logging import configure_logging

    configure_logging()
    parser = parser or build_parser()
    parser.set_defaults(entry_module=entry_module)
    args = parser.parse_args(argv)
    # `serve --host/--port` are settings given on the command line: the public URL and the sandbox follow them.
    overrides = {
        name: value for name in ("host", "port") if (value := getattr(args, f"listen_{name}", None)) is not None
    }
    try:
        settings = load_settings(**overrides)
        load_sections(settings)  # every domain's own settings, checked now rather than at first use
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    return int(cast(int | None, args.handler(settings, args)) or 0)
