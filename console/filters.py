"""Template filters: dates in Hohhot time, Chinese labels, deadline colours."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import jinja2

from complaints.kinds import fact_value
from core import clock
from core.audit import ACTION_LABELS
from core.districts import find_district
from core.models import StaffRole

ROLE_LABELS = {
    StaffRole.ADMIN: "系统管理员",
    StaffRole.COMPLAINT_HANDLER: "投诉处理",
    StaffRole.VERIFICATION_OFFICER: "检定人员",
    StaffRole.PUBLICITY_EDITOR: "宣传编辑",
    StaffRole.PUBLICITY_REVIEWER: "宣传审核",
}
BOOKING_LABELS = {
    "booked": "已预约",
    "checked_in": "已签到",
    "completed": "已完成",
    "cancelled": "已取消",
    "no_show": "未到检",
}
ENTERPRISE_LABELS = {"pending": "待审核", "approved": "已通过", "rejected": "未通过"}


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(clock.ZONE).strftime(fmt) if value else ""


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local_time(value, "%Y-%m-%d")
    return value.isoformat()


def district_name(value: str | None) -> str:
    if not value:
        return "全市"
    found = find_district(value)
    return found.name if found else value


def days_left(due: date | None, today: date | None = None) -> int | None:
    if due is None:
        return None
    return (due - (today or clock.now_local().date())).days


def deadline_class(due: date | None) -> str:
    """overdue (red), due today or tomorrow (orange), within three days (yellow), otherwise none."""
    left = days_left(due)
    if left is None:
        return ""
    if left < 0:
        return "dl-over"
    if left <= 1:
        return "dl-urgent"
    if left <= 3:
        return "dl-soon"
    return "dl-ok"


def deadline_text(due: date | None) -> str:
    left = days_left(due)
    if left is None:
        return "—"
    if left < 0:
        return f"已超期{-left}天"
    if left == 0:
        return "今天到期"
    return f"剩{left}天"


def role_names(roles: list[str]) -> str:
    return "、".join(ROLE_LABELS.get(StaffRole(r), r) for r in roles)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def pretty_json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str)


def install(env: jinja2.Environment) -> None:
    env.filters.update(
        local_time=local_time,
        day=day,
        district_name=district_name,
        deadline_class=deadline_class,
        deadline_text=deadline_text,
        role_names=role_names,
        action_label=action_label,
        pretty_json=pretty_json,
        fact_value=lambda value, name: fact_value(name, value),
        booking_label=lambda s: BOOKING_LABELS.get(str(s), str(s)),
        enterprise_label=lambda s: ENTERPRISE_LABELS.get(str(s), str(s)),
    )
    env.globals.update(ROLE_LABELS=ROLE_LABELS)
