"""投诉处理 › 公平秤登记 (a market's fair scales as their certificates describe them: class, e, capacity,
validity; the assessment decides Art. 6's 1x or 2x from them) and the column override on a case page."""

from __future__ import annotations

from aiohttp import web
from pydantic import ValidationError

from complaints import fair_scales
from complaints import service as complaints_service
from complaints.assessment_override import override_column
from complaints.fair_scales import ACCURACY_CLASS_LABELS, FairScaleWrite
from complaints.schemas import ColumnOverride
from console.pages import VISITOR, flash, page, redirect, render
from core import audit
from core.errors import InvalidInput, NotFound
from core.models import StaffRole

routes = web.RouteTableDef()
ROLES = (StaffRole.COMPLAINT_HANDLER, StaffRole.ADMIN)
PATH = r"/console/complaints/markets/{market_id:\d+}/fair-scales"


def _market_id(request: web.Request) -> int:
    value = int(request.match_info["market_id"])
    if value > 2_147_483_647:
        raise NotFound("没有找到该市场", code="market_not_found")
    return value


@routes.get(PATH)
@page(*ROLES)
async def scales_page(request: web.Request) -> web.StreamResponse:
    market_id = _market_id(request)
    market = await fair_scales.get_market(market_id)
    context = {
        "market": market,
        "scales": [fair_scales.read(s) for s in await fair_scales.market_scales(market_id)],
        "classes": ACCURACY_CLASS_LABELS,
    }
    return await render(request, "complaints/fair_scales.html", context)


@routes.post(PATH)
@page(*ROLES)
async def scales_save(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    market_id = _market_id(request)
    here = f"/console/complaints/markets/{market_id}/fair-scales"
    form = dict(await request.post())
    scale_id = str(form.pop("scale_id", ""))
    fields: dict[str, object] = {k: v for k, v in form.items() if k not in ("csrf_token", "active")}
    fields["active"] = bool(form.get("active"))
    try:
        body = FairScaleWrite.model_validate(fields)
        if scale_id:
            if not scale_id.isdigit() or int(scale_id) > 2_147_483_647:
                raise NotFound("没有找到该公平秤", code="fair_scale_not_found")
            scale = await fair_scales.update_scale(
                market_id=market_id, scale_id=int(scale_id), data=body, staff_id=staff.id
            )
        else:
            scale = await fair_scales.add_scale(market_id=market_id, data=body, staff_id=staff.id)
    except ValidationError as exc:
        names = "、".join(dict.fromkeys(str(e["loc"][0]) if e["loc"] else str(e["msg"]) for e in exc.errors()))
        await flash(request, f"提交的内容不符合要求：{names}", "error")
        raise redirect(here) from None
    except NotFound as exc:
        await flash(request, exc.message, "error")
        raise redirect(here) from None
    await audit.record(
        request,
        "complaint.fair_scale",
        actor=staff,
        target=f"fair_scale:{scale.id}",
        details={"via": "console", "market_id": market_id, **body.model_dump(mode="json")},
    )
    await flash(request, f"已保存公平秤“{scale.name}”")
    raise redirect(here)


@routes.post(r"/console/complaints/{complaint_id:\d+}/column-override")
@page(StaffRole.COMPLAINT_HANDLER)
async def column_override(request: web.Request) -> web.StreamResponse:
    """Assess the case by the other table column, with the reason recorded (audited)."""
    staff = request[VISITOR].staff
    complaint_id = int(request.match_info["complaint_id"])
    if complaint_id > 2_147_483_647:
        raise NotFound("没有找到该投诉", code="complaint_not_found")
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)
    form = await request.post()
    try:
        body = ColumnOverride.model_validate({"tier": form.get("tier", ""), "reason": form.get("reason", "")})
        await override_column(complaint=complaint, staff=staff, tier=body.tier, reason=body.reason)
    except ValidationError:
        await flash(request, "请选择档次并写明理由（2-200字）", "error")
    except InvalidInput as exc:
        await flash(request, exc.message, "error")
    else:
        await audit.record(
            request,
            "complaint.column_override",
            actor=staff,
            target=f"complaint:{complaint.id}",
            details={"via": "console", "tier": body.tier, "reason": body.reason},
        )
        await flash(request, "已改按所选档次重新判定")
    raise redirect(f"/console/complaints/{complaint.id}")
