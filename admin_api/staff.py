"""Staff accounts (admin only) and the caller's own profile."""

from __future__ import annotations

from datetime import datetime

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from core.api import Page, api, ok, page_of, r200, r201, r404
from core.auth import create_staff, current_staff, rotate_staff_token
from core.districts import district_slug
from core.errors import Conflict, Forbidden, NotFound
from core.fields import DbId, PageNo, PageSize, Text
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()


class StaffRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    roles: list[StaffRole]
    district: str | None = Field(description="辖区代码（core/data/districts.json 的 slug）；空为全市")
    active: bool
    created_at: datetime
    last_seen_at: datetime | None


DISTRICT_HELP = "辖区：名称、简称、行政区划代码或 slug（如 赛罕区 / saihan），保存为 slug；空为全市"


class StaffCreate(BaseModel):
    username: Text(64, min_length=2) = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    display_name: Text(64, min_length=1) = Field()
    roles: list[StaffRole] = Field(min_length=1)
    district: Text(32) | None = Field(None, description=DISTRICT_HELP)


class StaffUpdate(BaseModel):
    # `T = None` without `| None`: left out = unchanged, an explicit null is a 422 (the columns are NOT NULL).
    display_name: Text(64, min_length=1) = Field(None)
    roles: list[StaffRole] = Field(None, min_length=1)
    district: Text(32) | None = Field(None, description=DISTRICT_HELP)
    active: bool = None  # type: ignore[assignment]  # None = left out (see above)


class StaffWithToken(BaseModel):
    staff: StaffRead
    token: str = Field(description="API token, shown only once")


@routes.get("/api/v1/admin/me")
@api.and_request
async def me(request: web.Request) -> r200[StaffRead]:
    """当前工作人员的账号信息"""
    account = await current_staff(request)
    return ok(StaffRead.model_validate(account))


@routes.get("/api/v1/admin/staff")
@api.and_request
async def list_staff(request: web.Request, page: PageNo = 1, page_size: PageSize = 50) -> r200[Page[StaffRead]]:
    """工作人员列表（仅管理员）"""
    await current_staff(request, StaffRole.ADMIN)
    accounts = await StaffAccount.all().order_by("id")
    return ok(page_of([StaffRead.model_validate(a) for a in accounts], page, page_size))


@routes.post("/api/v1/admin/staff")
@api.and_request
async def add_staff(request: web.Request, body: StaffCreate) -> r201[StaffWithToken]:
    """新建工作人员账号；令牌只显示这一次（仅管理员）"""
    await current_staff(request, StaffRole.ADMIN)
    if await StaffAccount.exists(username=body.username):
        raise Conflict(f"用户名“{body.username}”已被使用", code="username_taken")
    account, token = await create_staff(
        username=body.username,
        display_name=body.display_name,
        roles=body.roles,
        district=body.district,
    )
    return ok(StaffWithToken(staff=StaffRead.model_validate(account), token=token), status=201)


@routes.patch("/api/v1/admin/staff/{staff_id}")
@api.and_request
async def update_staff(request: web.Request, staff_id: DbId, /, body: StaffUpdate) -> r200[StaffRead] | r404:
    """修改岗位、辖区或停用账号（仅管理员）"""
    admin = await current_staff(request, StaffRole.ADMIN)
    account = await StaffAccount.get_or_none(id=staff_id)
    if account is None:
        raise NotFound("没有找到该工作人员", code="staff_not_found")
    changes = body.model_dump(exclude_unset=True)
    if account.id == admin.id and (changes.get("active") is False or StaffRole.ADMIN not in changes.get("roles", [])):
        if "active" in changes or "roles" in changes:
            raise Forbidden("不能停用自己的账号或取消自己的管理员岗位", code="self_lockout")
    if "district" in changes:
        changes["district"] = district_slug(changes["district"])
    if "roles" in changes:
        changes["roles"] = [StaffRole(r).value for r in changes["roles"]]
    if changes:
        account.update_from_dict(changes)
        await account.save(update_fields=list(changes))
    return ok(StaffRead.model_validate(account))


@routes.post("/api/v1/admin/staff/{staff_id}/token")
@api.and_request
async def new_token(request: web.Request, staff_id: DbId, /) -> r201[StaffWithToken] | r404:
    """重新生成 API 令牌，旧令牌立即失效（本人或管理员）"""
    caller = await current_staff(request)
    if caller.id != staff_id and not caller.has_role(StaffRole.ADMIN):
        raise Forbidden("只能为自己重新生成令牌", code="role_required")
    account = await StaffAccount.get_or_none(id=staff_id)
    if account is None:
        raise NotFound("没有找到该工作人员", code="staff_not_found")
    token = await rotate_staff_token(account)
    return ok(StaffWithToken(staff=StaffRead.model_validate(account), token=token), status=201)
