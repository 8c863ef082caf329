"""系统管理: accounts (create, roles, district, reset password, deactivate) and the audit log (admins only)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from aiohttp import web
from multidict import MultiDictProxy
from pydantic import ValidationError

from complaints.deadlines import add_policy_version, policy_data, policy_versions, regulations
from complaints.policy_recompute import confirm_policy_version, recompute_after_policy
from complaints.schemas import PolicyCreate
from console.pages import VISITOR, flash, page, parse_day, redirect, redis_of, render
from core import audit, staff_sessions
from core.auth import create_staff
from core.clock import ZONE
from core.districts import all_districts, resolve_district
from core.errors import Conflict, Forbidden, InvalidInput, NotFound
from core.models import AuditEntry, StaffAccount, StaffRole
from core.passwords import issue_initial_password

routes = web.RouteTableDef()
ADMIN = StaffRole.ADMIN
AUDIT_PAGE_SIZE = 50
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


@routes.get("/console/admin/staff")
@page(ADMIN)
async def staff_list(request: web.Request) -> web.StreamResponse:
    accounts = await StaffAccount.all().order_by("id")
    return await render(
        request, "admin/staff.html", {"accounts": accounts, "districts": all_districts(), "roles": list(StaffRole)}
    )


def _roles(form: MultiDictProxy[str | bytes | bytearray | web.FileField]) -> list[StaffRole]:
    roles = [StaffRole(r) for r in form.getall("roles", []) if r in {x.value for x in StaffRole}]
    if not roles:
        raise InvalidInput("请至少选择一个岗位", code="roles_required")
    return roles


def _district(value: str | None) -> str | None:
    return resolve_district(value).slug if value else None


@routes.post("/console/admin/staff")
@page(ADMIN)
async def staff_create(request: web.Request) -> web.StreamResponse:
    admin = request[VISITOR].staff
    form = await request.post()
    username = str(form.get("username", "")).strip()
    display_name = str(form.get("display_name", "")).strip()
    try:
        if not (2 <= len(username) <= 64 and set(username) <= USERNAME_CHARS):
            raise InvalidInput("用户名为2-64位字母、数字或 _ . -", code="invalid_username")
        if not display_name:
            raise InvalidInput("请填写姓名", code="display_name_required")
        if await StaffAccount.exists(username=username):
            raise InvalidInput(f"用户名“{username}”已被使用", code="username_taken")
        roles = _roles(form)
        district = _district(str(form.get("district", "")))
    except InvalidInput as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/admin/staff") from None
    account, token = await create_staff(username=username, display_name=display_name, roles=roles, district=district)
    password = await issue_initial_password(account)
    await audit.record(
        request,
        "staff.create",
        actor=admin,
        target=f"staff:{account.id}",
        details={"via": "console", "username": username, "roles": account.roles, "district": district},
    )
    context = {"account": account, "password": password, "token": token}
    return await render(request, "admin/credentials.html", context)


async def _account(request: web.Request) -> StaffAccount:
    account = await StaffAccount.get_or_none(id=int(request.match_info["staff_id"]))
    if account is None:
        raise NotFound("没有找到该工作人员", code="staff_not_found")
    return account


@routes.post(r"/console/admin/staff/{staff_id:\d+}")
@page(ADMIN)
async def staff_update(request: web.Request) -> web.StreamResponse:
    admin = request[VISITOR].staff
    account = await _account(request)
    form = await request.post()
    try:
        roles = _roles(form)
        district = _district(str(form.get("district", "")))
    except InvalidInput as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/admin/staff") from None
    active = form.get("active") == "on"
    if account.id == admin.id and (not active or StaffRole.ADMIN not in roles):
        raise Forbidden("不能停用自己的账号或取消自己的管理员岗位", code="self_lockout")
    before = {"roles": account.roles, "district": account.district, "active": account.active}
    account.roles, account.district, account.active = [r.value for r in roles], district, active
    await account.save(update_fields=["roles", "district", "active"])
    after = {"roles": account.roles, "district": account.district, "active": account.active}
    if not active or after["roles"] != before["roles"] or after["district"] != before["district"]:
        await staff_sessions.destroy_all(redis_of(request), account.id)  # new rights take effect at next login
    changes = {k: {"from": before[k], "to": after[k]} for k in after if before[k] != after[k]}
    await audit.record(
        request, "staff.update", actor=admin, target=f"staff:{account.id}", details={"via": "console", **changes}
    )
    await flash(request, f"已保存 {account.display_name} 的账号设置")
    raise redirect("/console/admin/staff")


@routes.post(r"/console/admin/staff/{staff_id:\d+}/reset-password")
@page(ADMIN)
async def staff_reset_password(request: web.Request) -> web.StreamResponse:
    admin = request[VISITOR].staff
    account = await _account(request)
    password = await issue_initial_password(account)  # also clears a lockout
    await staff_sessions.destroy_all(redis_of(request), account.id)
    await audit.record(request, "password.reset", actor=admin, target=f"staff:{account.id}", details={"via": "console"})
    return await render(request, "admin/credentials.html", {"account": account, "password": password, "token": None})


def _day_start(value: str | None, *, end: bool = False) -> datetime | None:
    day = parse_day(value)
    if day is None:
        return None
    start = datetime.combine(day, time.min, ZONE)
    return start + timedelta(days=1) if end else start  # Hohhot time, as the database stores it


@routes.get("/console/admin/audit")
@page(ADMIN)
async def audit_log(request: web.Request) -> web.StreamResponse:
    q = dict(request.query)
    query = AuditEntry.all()
    if q.get("actor"):
        query = query.filter(actor_name__icontains=q["actor"])
    if q.get("action"):
        query = query.filter(action=q["action"])
    if q.get("target"):
        query = query.filter(target__icontains=q["target"])
    if q.get("ip"):
        query = query.filter(ip=q["ip"])
    if start := _day_start(q.get("date_from")):
        query = query.filter(at__gte=start)
    if end := _day_start(q.get("date_to"), end=True):
        query = query.filter(at__lt=end)
    page_no = max(int(q["page"]) if q.get("page", "").isdigit() else 1, 1)
    total = await query.count()
    entries = await query.order_by("-seq").offset((page_no - 1) * AUDIT_PAGE_SIZE).limit(AUDIT_PAGE_SIZE)
    verified = await audit.verify() if q.get("verify") else None
    context = {
        "entries": entries,
        "total": total,
        "page": page_no,
        "pages": max((total + AUDIT_PAGE_SIZE - 1) // AUDIT_PAGE_SIZE, 1),
        "q": q,
        "actions": audit.ACTION_LABELS,
        "verified": verified,
    }
    return await render(request, "admin/audit.html", context)


@routes.get("/console/admin/policy")
@page(ADMIN)
async def policy_page(request: web.Request) -> web.StreamResponse:
    context = {"regulations": regulations(), "versions": await policy_versions(), "units": policy_data()["units"]}
    return await render(request, "admin/policy.html", context)


@routes.post("/console/admin/policy")
@page(ADMIN)
async def policy_add(request: web.Request) -> web.StreamResponse:
    admin = request[VISITOR].staff
    form = dict(await request.post())
    fields: dict[str, object] = {k: v for k, v in form.items() if k not in ("csrf_token", "provisional")}
    fields["confirm"] = not form.get("provisional")
    try:
        body = PolicyCreate.model_validate(fields)
        row = await add_policy_version(**body.model_dump(), staff_id=admin.id)
    except ValidationError as exc:
        names = "、".join(dict.fromkeys(str(e["loc"][0]) for e in exc.errors() if e["loc"]))
        await flash(request, f"提交的内容不符合要求：{names}", "error")
        raise redirect("/console/admin/policy") from None
    except InvalidInput as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/admin/policy") from None
    await audit.record(
        request,
        "complaint.policy",
        actor=admin,
        target=f"policy:{row.id}",
        details={"via": "console", **body.model_dump(mode="json")},
    )
    if body.confirm:
        changed = await recompute_after_policy(actor=admin, row=row, audit=audit.recorder(request))
        await flash(
            request,
            f"已记录新的时限版本，自 {row.effective_from} 起受理的投诉适用；重算了{len(changed)}件在办投诉的期限",
        )
    else:
        await flash(request, "已记录为待确认的暂行版本，确认后生效")
    raise redirect("/console/admin/policy")


@routes.post(r"/console/admin/policy/{policy_id:\d+}/confirm")
@page(ADMIN)
async def policy_confirm(request: web.Request) -> web.StreamResponse:
    admin = request[VISITOR].staff
    try:
        row, changed = await confirm_policy_version(policy_id=int(request.match_info["policy_id"]), staff_id=admin.id)
    except (NotFound, Conflict) as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/admin/policy") from None
    await audit.record(request, "complaint.policy_confirm", actor=admin, target=f"policy:{row.id}", details={})
    await audit.record(
        request,
        "complaint.policy_recompute",
        actor=admin,
        target=f"policy:{row.id}",
        details={"regulation": row.regulation, "cases": changed, "count": len(changed)},
    )
    await flash(request, f"已确认该时限版本；重算了{len(changed)}件在办投诉的期限")
    raise redirect("/console/admin/policy")
