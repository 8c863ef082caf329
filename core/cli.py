"""The `jiliang` command. Domain and channel packages add their own subcommands through `cli.register`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Callable

from aiohttp import web

from core.extensions import optional_modules
from core.settings import ConfigError, Settings, load_settings

log = logging.getLogger("jiliang")

# Packages whose `cli.register(subparsers)` adds commands (jiliang ask, kb, simulate, wechat, campaigns ...).
EXTENSION_MODULES = [
    "core.sandbox",
    "core.audit_cli",
    "knowledge.cli",
    "bot.cli",
    "complaints.cli",
    "appointments.cli",
    "campaigns.cli",
]
DEMO_SANDBOX_PORT_OFFSET = 1


def run(coro: Awaitable[int | None]) -> int:
    return asyncio.run(coro) or 0  # type: ignore[arg-type]


async def wait_for_stop_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def serve(settings: Settings, *, demo: bool) -> int:
    from core import db
    from core.app import create_app
    from core.logging import JsonAccessLogger
    from core.server import GuardedAppRunner

    runners: list[web.AppRunner] = []
    if demo and "JILIANG_WECHAT_API_BASE" not in _environ():
        from core.sandbox import create_sandbox_app
        from core.sandbox_state import default_apps

        sandbox_port = settings.port + DEMO_SANDBOX_PORT_OFFSET
        sandbox = web.AppRunner(create_sandbox_app(default_apps(settings)), access_log=None)
        await sandbox.setup()
        await web.TCPSite(sandbox, settings.host, sandbox_port).start()
        runners.append(sandbox)
        settings = settings.model_copy(update={"wechat_api_base": f"http://{settings.host}:{sandbox_port}"})
        log.info("WeChat sandbox on %s", settings.wechat_api_base)
    if settings.database_url.startswith("sqlite://") or demo:
        applied = await db.upgrade(settings)
        if applied:
            log.info("migrations applied: %s", ", ".join(applied))
    demo_logins = []
    if demo:
        from core.demo import seed_demo_data

        demo_logins = await seed_demo_data(settings)
    app = create_app(settings)
    access = {"access_log_class": JsonAccessLogger} if settings.access_log else {"access_log": None}
    runner = GuardedAppRunner(app, settings, **access)
    await runner.setup()
    runners.append(runner)
    try:
        await web.TCPSite(runner, settings.host, settings.port).start()
        log.info("jiliang serving on http://%s:%s", settings.host, settings.port)
        if demo_logins:
            print_demo_logins(settings, demo_logins)
        await wait_for_stop_signal()
    finally:
        for r in reversed(runners):
            await r.cleanup()
    return 0


def print_demo_logins(settings: Settings, logins: list) -> None:  # type: ignore[type-arg]
    from core.demo import DEMO_PASSWORD
    from core.districts import find_district

    print(f"\n工作人员控制台: http://{settings.host}:{settings.port}/console/login  (演示密码均为 {DEMO_PASSWORD})")
    for login in logins:
        place = find_district(login.district).name if login.district and find_district(login.district) else "全市"
        print(f"  {login.username:<10} {login.display_name:<6} {','.join(login.roles):<22} {place}")
    print(flush=True)


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)


async def db_upgrade(settings: Settings) -> int:
    from core import db

    applied = await db.upgrade(settings)
    print("已是最新结构" if not applied else "已应用迁移: " + ", ".join(applied))
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
                command = [sys.executable, "-m", "core.cli", "db", "makemigrations", "--name", args.name, "--only", url]
                subprocess.run(command, check=True)
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


def build_parser() -> argparse.ArgumentParser:
    from core.models import StaffRole

    parser = argparse.ArgumentParser(prog="jiliang", description="呼和浩特市计量公共服务后端")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the web app")
    p.add_argument("--demo", action="store_true", help="local sandbox for WeChat, migrations and demo data")
    p.set_defaults(handler=lambda s, a: run(serve(s, demo=a.demo)))

    p = sub.add_parser("worker", help="run the arq job worker")
    p.set_defaults(handler=_worker)

    p = sub.add_parser("db", help="database commands")
    db_sub = p.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(handler=lambda s, a: run(db_upgrade(s)))
    mk = db_sub.add_parser("makemigrations", help="write a migration for SQLite and PostgreSQL (developers)")
    mk.add_argument("--name", default="update")
    mk.add_argument(
        "--postgres", default="postgres://postgres@127.0.0.1:5432", help="server for the scratch PostgreSQL database"
    )
    mk.add_argument("--only", help=argparse.SUPPRESS)  # one scratch database URL (internal)
    mk.set_defaults(handler=lambda s, a: db_makemigrations(a))

    p = sub.add_parser("staff", help="staff accounts")
    staff_sub = p.add_subparsers(dest="staff_command", required=True)
    create = staff_sub.add_parser("create", help="create a staff account and print its API token")
    create.add_argument("--username", required=True)
    create.add_argument("--name", help="display name (中文姓名)")
    create.add_argument("--role", action="append", required=True, choices=[r.value for r in StaffRole])
    create.add_argument("--district", help="district office: name, code or slug (e.g. 赛罕区, saihan); stored as slug")
    create.set_defaults(handler=lambda s, a: run(staff_create(s, a)))

    for module in optional_modules(EXTENSION_MODULES):
        register: Callable[[argparse._SubParsersAction], None] | None = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    del args
    from core.worker import run_worker

    if settings.embedded_redis:
        print("jiliang worker needs JILIANG_REDIS_URL; with the embedded Redis, `jiliang serve` runs the jobs")
        return 2
    return run(run_worker(settings))


def main(argv: list[str] | None = None) -> int:
    from core.logging import configure_logging

    configure_logging()
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return int(args.handler(settings, args) or 0)


if __name__ == "__main__":
    sys.exit(main())
