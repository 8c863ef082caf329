"""强检预约 → 检定机构: the verification sites (法定 / 授权 计量检定机构), created and edited with the same schemas
and services as the admin API's site routes (verification officers and admins), audited."""

from __future__ import annotations

from aiohttp import web
from pydantic import ValidationError

from appointments import service as appointments_service
from appointments.catalogue import configured as configured_catalogue
from appointments.models import SiteKind
from appointments.schemas import SiteCreate, SiteUpdate
from console.pages import VISITOR, flash, page, redirect, render, settings_of
from core import audit
from core.districts import all_districts
from core.errors import ServiceError
from core.models import StaffRole

routes = web.RouteTableDef()
OFFICER = StaffRole.VERIFICATION_OFFICER
BASE = "/console/appointments/sites"
KIND_LABELS = {SiteKind.INSTITUTE: "法定计量检定机构", SiteKind.AUTHORISED: "授权的计量检定机构"}
FIELD_LABELS = {"name": "名称", "kind": "类别", "district": "区县", "address": "地址", "phone": "电话",
                "instrument_types": "可检器具"}  # fmt: skip


def _fields_of(exc: ValidationError) -> str:
    return "、".join(dict.fromkeys(FIELD_LABELS.get(str(e["loc"][0]), str(e["loc"][0])) for e in exc.errors()))


async def _form(request: web.Request) -> dict[str, object]:
    form = await request.post()
    values: dict[str, object] = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}
    values["instrument_types"] = [v for v in form.getall("instrument_types", []) if isinstance(v, str)]
    return values


@routes.get(BASE)
@page(OFFICER)
async def sites(request: web.Request) -> web.StreamResponse:
    catalogue = await configured_catalogue(settings_of(request))
    context = {
        "sites": await appointments_service.list_sites(type_slug=None, active_only=False),
        "type_names": {slug: entry.name for slug, entry in catalogue.entries.items()},
        "kind_labels": KIND_LABELS, "districts": all_districts(),
    }  # fmt: skip
    return await render(request, "appointments/sites.html", context)


@routes.post(BASE)
@page(OFFICER)
async def create_site(request: web.Request) -> web.StreamResponse:
    values = await _form(request)
    try:
        body = SiteCreate.model_validate(values)
        site = await appointments_service.create_site(
            name=body.name, kind=body.kind, district=body.district, address=body.address, phone=body.phone,
            types=body.instrument_types,
            catalogue=await configured_catalogue(settings_of(request)),
        )  # fmt: skip
    except ValidationError as exc:
        await flash(request, f"请检查：{_fields_of(exc)}", "error")
        raise redirect(BASE) from None
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(BASE) from None
    await audit.record(request, "site.create", actor=request[VISITOR].staff, target=f"site:{site.id}",
                       details={"via": "console", **body.model_dump(mode="json")})  # fmt: skip
    await flash(request, f"已新增检定机构：{site.name}")
    raise redirect(BASE)


@routes.post(BASE + r"/{site_id:\d+}")
@page(OFFICER)
async def update_site(request: web.Request) -> web.StreamResponse:
    values = await _form(request)
    values["active"] = values.get("active") == "1"
    values = {k: v for k, v in values.items() if k in SiteUpdate.model_fields and v not in ("", [])}
    try:
        body = SiteUpdate.model_validate(values)
        site = await appointments_service.update_site(
            site_id=int(request.match_info["site_id"]), changes=body.model_dump(exclude_none=True),
            catalogue=await configured_catalogue(settings_of(request)),
        )  # fmt: skip
    except ValidationError as exc:
        await flash(request, f"请检查：{_fields_of(exc)}", "error")
        raise redirect(BASE) from None
    except ServiceError as exc:
        if exc.status == 404:
            raise
        await flash(request, exc.message, "error")
        raise redirect(BASE) from None
    await audit.record(request, "site.update", actor=request[VISITOR].staff, target=f"site:{site.id}",
                       details={"via": "console", **body.model_dump(mode="json", exclude_none=True)})  # fmt: skip
    await flash(request, f"已保存：{site.name}{'' if site.active else '（已停用）'}")
    raise redirect(BASE)
