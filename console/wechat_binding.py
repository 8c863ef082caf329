"""我的账号 → 微信通知: bind the console account to the staff member's WeChat (official account), see what was
sent, unbind. The binding itself happens at the official account (core.staff_wechat.bind via /wechat)."""

from __future__ import annotations

from aiohttp import web

from console.pages import VISITOR, flash, page, redirect, redis_of, render, settings_of
from core import audit, staff_wechat
from core.models import StaffMessage

routes = web.RouteTableDef()
BASE = "/console/account/wechat"
STATUS_LABELS = {"pending": "发送中", "sent": "已发送", "failed": "发送失败", "delivered": "已送达",
                 "undelivered": "未送达", "empty": "当日无提醒"}  # fmt: skip


async def _render(request: web.Request, code: staff_wechat.BindCode | None = None) -> web.Response:
    staff = request[VISITOR].staff
    messages = await StaffMessage.filter(staff_id=staff.id).order_by("-created_at").limit(20)
    context = {
        "code": code,
        "messages": messages,
        "status_labels": STATUS_LABELS,
        "masked_openid": staff_wechat.mask_openid(staff.wechat_openid) if staff.wechat_openid else "",
        "digest_time": settings_of(request).staff_digest_time,
    }
    return await render(request, "account_wechat.html", context)


@routes.get(BASE)
@page()
async def wechat_page(request: web.Request) -> web.StreamResponse:
    return await _render(request)


@routes.post(BASE + "/code")
@page()
async def wechat_code(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    code = await staff_wechat.issue_bind_code(redis_of(request), staff_id=staff.id)
    await audit.record(request, "staff.wechat_code", actor=staff, target=f"staff:{staff.id}")
    return await _render(request, code)


@routes.post(BASE + "/unbind")
@page()
async def wechat_unbind(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    if await staff_wechat.unbind(staff):
        await audit.record(request, "staff.wechat_unbind", actor=staff, target=f"staff:{staff.id}",
                           details={"via": "console"})  # fmt: skip
        await flash(request, "已解除微信绑定，今后不再通过微信通知您")
    raise redirect(BASE)
