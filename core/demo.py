"""Demo data for `make run`: each installed component may provide a demo seeder; every seed is idempotent."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from core.auth import create_staff
from core.components import demo_seeders
from core.db import orm_context
from core.models import StaffAccount, StaffRole
from core.passwords import set_password
from core.settings import Settings

log = logging.getLogger(__name__)


# Console accounts for `make run` (never in production: Settings refuses demo credentials there).
DEMO_PASSWORD = "Jiliang-Demo-2026"
DEMO_STAFF = [
    ("admin", "系统管理员", [StaffRole.ADMIN], None),
    ("wangli", "王丽", [StaffRole.COMPLAINT_HANDLER], "xincheng"),
    ("liming", "李明", [StaffRole.COMPLAINT_HANDLER], "saihan"),
    ("zhaojd", "赵检定", [StaffRole.VERIFICATION_OFFICER], "xincheng"),
    ("editor", "宣传编辑", [StaffRole.PUBLICITY_EDITOR], None),
    ("reviewer", "宣传审核", [StaffRole.PUBLICITY_REVIEWER], None),
]


@dataclass(frozen=True)
class DemoLogin:
    username: str
    display_name: str
    roles: list[str]
    district: str | None


async def seed_demo_staff() -> list[DemoLogin]:
    """One console account per role, password DEMO_PASSWORD (kept if someone changed it since)."""
    logins = []
    for username, name, roles, district in DEMO_STAFF:
        account = await StaffAccount.get_or_none(username=username)
        if account is None:
            account, _ = await create_staff(username=username, display_name=name, roles=roles, district=district)
            await set_password(account, DEMO_PASSWORD, must_change=False)
        logins.append(DemoLogin(account.username, account.display_name, account.roles, account.district))
    return logins


async def seed_demo_data(settings: Settings) -> list[DemoLogin]:
    async with orm_context(settings.database_url):
        for name, seed in demo_seeders():
            await seed(settings)
            log.info("demo data: %s", name)
        return await seed_demo_staff()
