"""The `jiliang` command: core's mechanism (`core.cli`) with every installed component's commands, and `serve`,
which assembles the app, the demo data and (with --demo) the local WeChat sandbox."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING

from aiohttp import web

from core.cli import PortInUse, check_port_free, run, start_site
from core.cli import build_parser as build_core_parser
from core.cli import main as run_command
from core.components import cli_registrars
from core.settings import Settings

if TYPE_CHECKING:
    from core.demo import DemoLogin

log = logging.getLogger("jiliang")

ENTRY_MODULE = "jiliang"
DEMO_SANDBOX_PORT_OFFSET = 1


def build_parser() -> argparse.ArgumentParser:
    return build_core_parser([register_serve, *cli_registrars()])


def main(argv: list[str] | None = None) -> int:
    return run_command(argv, parser=build_parser(), entry_module=ENTRY_MODULE)


def register_serve(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="运行 Web 服务")
    p.add_argument("--host", dest="listen_host", metavar="HOST", help="监听地址（默认取 JILIANG_HOST，127.0.0.1）")
    port_help = "监听端口（默认取 JILIANG_PORT，8080）；演示沙箱用下一个端口"
    p.add_argument("--port", dest="listen_port", metavar="PORT", type=int, help=port_help)
    p.add_argument("--demo", action="store_true", help="同时启动本地微信沙箱，执行迁移并载入演示数据")
    p.set_defaults(handler=lambda s, a: run(serve(s, demo=a.demo)))


async def wait_for_stop_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def serve(settings: Settings, *, demo: bool) -> int:
    from core import db
    from core.logging import JsonAccessLogger
    from core.server import GuardedAppRunner
    from jiliang.app import create_app

    runners: list[web.AppRunner] = []
    try:
        with_sandbox = demo and "JILIANG_WECHAT_API_BASE" not in _environ()
        check_port_free(settings.host, settings.port)
        if with_sandbox:
            check_port_free(settings.host, settings.port + DEMO_SANDBOX_PORT_OFFSET)
        if with_sandbox:
            from wechat_sandbox.sandbox import create_sandbox_app
            from wechat_sandbox.sandbox_state import default_apps

            sandbox_port = settings.port + DEMO_SANDBOX_PORT_OFFSET
            sandbox = web.AppRunner(create_sandbox_app(default_apps(settings)), access_log=None)
            await sandbox.setup()
            runners.append(sandbox)
            await start_site(sandbox, settings.host, sandbox_port)
            settings = settings.model_copy(update={"wechat_api_base": f"http://{settings.host}:{sandbox_port}"})
            log.info("WeChat sandbox on %s", settings.wechat_api_base)
        if settings.database_url.startswith("sqlite://") or demo:
            applied = await db.upgrade(settings)
            if applied:
                log.info("migrations applied: %s", ", ".join(applied))
        banner = None
        demo_logins: list[DemoLogin] = []
        if demo:
            from core.demo import seed_demo_data

            demo_logins = await seed_demo_data(settings)
            banner = await demo_banner(settings, with_sandbox=with_sandbox)
        app = create_app(settings)
        access = {"access_log_class": JsonAccessLogger} if settings.access_log else {"access_log": None}
        runner = GuardedAppRunner(app, settings, **access)
        await runner.setup()
        runners.append(runner)
        await start_site(runner, settings.host, settings.port)
        log.info("jiliang serving on http://%s:%s", settings.host, settings.port)
        if banner:
            print(banner, flush=True)
        if demo_logins:
            print_demo_logins(settings, demo_logins)
        await wait_for_stop_signal()
    except PortInUse as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        for r in reversed(runners):
            await r.cleanup()
    return 0


def print_demo_logins(settings: Settings, logins: list[DemoLogin]) -> None:
    from core.demo import DEMO_PASSWORD
    from core.districts import find_district

    print(f"\n工作人员控制台: http://{settings.host}:{settings.port}/console/login  (演示密码均为 {DEMO_PASSWORD})")
    for login in logins:
        district = find_district(login.district) if login.district else None
        place = district.name if district else "全市"
        print(f"  {login.username:<10} {login.display_name:<6} {','.join(login.roles):<22} {place}")
    print(flush=True)


async def demo_banner(settings: Settings, *, with_sandbox: bool) -> str:
    from core.db import orm_context
    from core.demo_access import access_banner, demo_logins

    async with orm_context(settings.database_url):
        logins = await demo_logins()
    app_url = f"http://{settings.host}:{settings.port}"
    return access_banner(logins, app_url=app_url, sandbox_url=settings.wechat_api_base if with_sandbox else None)


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)


if __name__ == "__main__":
    sys.exit(main())
