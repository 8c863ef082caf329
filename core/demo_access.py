"""How to get into a `jiliang serve --demo`: one staff account per role with a fresh token, and the sandbox
steps that stand in for wx.login. Printed once at start; tokens are rotated at every start, never stored."""

from __future__ import annotations

from dataclasses import dataclass

from core.auth import create_staff, rotate_staff_token
from core.models import StaffAccount, StaffRole

DEMO_CITIZEN_OPENID = "o-demo-citizen"
DEMO_STAFF = {
    StaffRole.ADMIN: "演示管理员",
    StaffRole.COMPLAINT_HANDLER: "演示投诉处理员",
    StaffRole.VERIFICATION_OFFICER: "演示检定员",
    StaffRole.PUBLICITY_EDITOR: "演示宣传编辑",
    StaffRole.PUBLICITY_REVIEWER: "演示宣传审核",
}


@dataclass(frozen=True)
class DemoLogin:
    role: StaffRole
    username: str
    display_name: str
    token: str


def demo_username(role: StaffRole) -> str:
    return "demo-" + role.value.replace("_", "-")


async def demo_logins() -> list[DemoLogin]:
    """Create the demo staff accounts on first start, give each a new API token on every start."""
    logins = []
    for role, display_name in DEMO_STAFF.items():
        username = demo_username(role)
        account = await StaffAccount.get_or_none(username=username)
        if account is None:
            _, token = await create_staff(username=username, display_name=display_name, roles=[role])
        else:
            token = await rotate_staff_token(account)
        logins.append(DemoLogin(role=role, username=username, display_name=display_name, token=token))
    return logins


def access_banner(logins: list[DemoLogin], *, app_url: str, sandbox_url: str | None) -> str:
    lines = [
        "=" * 72,
        f"jiliang 演示环境：{app_url}    接口文档：{app_url}/api/docs",
        "",
        "工作人员（每个角色一个账号；令牌每次启动重新生成，只显示这一次）：",
    ]
    for login in logins:
        lines.append(f"  {login.role.value:<22} {login.username:<30} {login.display_name}")
        lines.append(f"      API 令牌: {login.token}")
    example = logins[0].token if logins else "<令牌>"
    lines += [
        f'  例：curl -s {app_url}/api/v1/admin/me -H "Authorization: Bearer {example}"',
        "",
        "小程序用户（沙箱代替 wx.login 发放一次性登录码，5 分钟内有效）：",
    ]
    if sandbox_url is None:
        lines.append("  未启动沙箱（已设置 JILIANG_WECHAT_API_BASE）：登录码向该地址的 /sandbox/login-code 申请")
    else:
        lines += [
            f'  CODE=$(curl -s {sandbox_url}/sandbox/login-code -d \'{{"openid": "{DEMO_CITIZEN_OPENID}"}}\' \\',
            "         | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"code\"])')",
            f'  curl -s {app_url}/api/v1/miniapp/login -d "{{\\"code\\": \\"$CODE\\"}}"   # -> token',
        ]
    lines.append("=" * 72)
    return "\n".join(lines)
