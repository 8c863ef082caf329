"""投诉处理 → 证据照片: a person's verdict on a photo WeChat's content check marked `review` (or never checked),
through the same service as the admin API's photo check, scoped to the handler's office and audited."""

from __future__ import annotations

from aiohttp import web

from complaints import service as complaints_service
from console.pages import VISITOR, flash, form_data, page, redirect
from core import audit
from core.models import StaffRole

routes = web.RouteTableDef()
VERDICTS = {"pass": "人工核验通过", "risky": "判定为违规内容"}


@routes.post(r"/console/complaints/{complaint_id:\d+}/photos/{photo_id:\d+}/check")
@page(StaffRole.COMPLAINT_HANDLER)
async def review_photo(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    complaint = await complaints_service.staff_complaint(
        staff=staff, complaint_id=int(request.match_info["complaint_id"])
    )
    photo_id = int(request.match_info["photo_id"])
    verdict = (await form_data(request)).get("verdict", "")
    back = f"/console/complaints/{complaint.id}"
    if verdict not in VERDICTS:
        await flash(request, "请选择“通过”或“违规”", "error")
        raise redirect(back)
    await complaints_service.review_photo(complaint=complaint, photo_id=photo_id, verdict=verdict)
    await audit.record(request, "complaint.photo_review", actor=staff, target=f"complaint:{complaint.id}",
                       details={"via": "console", "photo": photo_id, "verdict": verdict})  # fmt: skip
    await flash(request, f"照片已{VERDICTS[verdict]}")
    raise redirect(back)
