"""Citizens' short-weight complaints: file, list and read their own, withdraw, rate; subscribe-message grants."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import BodyPartReader, web

from complaints import filing, media, pump_check, reports
from complaints import service as complaints_service
from complaints.assessment import categories, reweigh_methods
from complaints.filing import FilingPart
from complaints.kinds import COMPLAINT, REPORT, field_labels, kinds_of
from complaints.models import Complaint, ComplaintPhoto
from complaints.photos import MAX_PHOTO_BYTES, photo_path
from complaints.schemas import (
    PRICE_UNIT_LABELS,
    ComplaintCreate,
    ComplaintRead,
    ComplaintSummary,
    FilingResult,
    PhotoRead,
    Prefill,
    RateBody,
    SubscriptionGrant,
    WithdrawBody,
    district_name,
    read_fields,
    summary_fields,
)
from core import subscribe_sender
from core.api import Page, api, ok, r200, r201
from core.auth import current_citizen
from core.districts import all_districts
from core.errors import InvalidInput, NotFound, PayloadTooLarge, ServiceError
from core.fields import DbId, PageNo, PageSize
from core.keys import ARQ, REDIS, RESOURCES, SETTINGS, WECHAT
from core.limits import large_body, multipart_parts, parse_json, parse_text, read_json, read_part
from core.openapi_contract import json_or_form_body
from core.privacy import mask_phone

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
MAX_PAGE_SIZE = 50
PHOTO_FIELDS = {"photos", "photo", "file"}


async def complaint_read(complaint: Complaint) -> ComplaintRead:
    photos, events = await complaints_service.complaint_details(complaint)
    fields = read_fields(complaint, photos=photos, events=events, for_staff=False)
    return ComplaintRead(**fields, pump_check_progress=await pump_check.progress_of(complaint))


@routes.get("/api/v1/miniapp/complaints/options")
@api.and_request
async def complaint_options(request: web.Request) -> r200[dict]:
    """Choices for the filing form: districts, goods categories, re-weighing methods, price units."""
    del request
    citizen_methods = ("fair_scale", "other_scale", "original_scale", "home_scale")
    return ok(
        {
            "districts": [{"slug": d.slug, "name": d.name} for d in all_districts()],
            "categories": [{"slug": slug, "label": c["label"]} for slug, c in categories().items()],
            "reweigh_methods": [
                {"slug": slug, "label": reweigh_methods()[slug]["label"], "rule": reweigh_methods()[slug]["rule"]}
                for slug in citizen_methods
            ],
            "price_units": [{"slug": slug, "label": label} for slug, label in PRICE_UNIT_LABELS.items()],
            "kinds": [
                {"slug": k.slug, "label": k.label, "track": k.track, "fields": field_labels(k)}
                for k in (*kinds_of(COMPLAINT), *kinds_of(REPORT))
            ],
            "report_reward_note": reports.reward_note(),
            "identity_required": ["complainant_name", "contact_phone", "complainant_address"],
            "max_photos": complaints_service.MAX_PHOTOS,
            "max_photo_bytes": MAX_PHOTO_BYTES,
        }
    )


@routes.get("/api/v1/miniapp/complaints/prefill")
@api.and_request
async def complaint_prefill(request: web.Request) -> r200[Prefill]:
    """The market to suggest (the 公平秤 QR code last scanned on the official account, else the nearest market
    with a 公平秤 to the position the user let the account use) and the bound phone, masked."""
    citizen = await current_citizen(request)
    found, user = await complaints_service.prefill(user_id=citizen.user_id, redis=request.config_dict[REDIS])
    market = found.market
    return ok(
        Prefill(
            market_id=market.id if market else None,
            market_name=market.name if market else None,
            market_address=market.address if market else None,
            district=market.district if market else None,
            district_name=district_name(market.district) if market else None,
            contact_phone=mask_phone(user.phone),
            market_source=found.source,
            market_distance_m=found.distance_m,
        )
    )


async def _read_file_part(part: BodyPartReader) -> bytes:
    too_large = PayloadTooLarge("单张照片不能超过10MB，请压缩后重新上传", code="photo_too_large")
    return await read_part(part, MAX_PHOTO_BYTES, too_large)


@routes.post("/api/v1/miniapp/complaints/photos")
@large_body
@api.and_request
async def upload_photo(request: web.Request) -> r201[PhotoRead]:
    """One evidence photo per request (wx.uploadFile sends one file); field name `file`. Attach it by id."""
    citizen = await current_citizen(request)
    if not request.content_type.startswith("multipart/"):
        raise InvalidInput("请以 multipart/form-data 上传照片", code="multipart_required")
    photo: ComplaintPhoto | None = None
    async for part in multipart_parts(request):
        if part.name not in PHOTO_FIELDS or photo is not None:
            continue
        data = await _read_file_part(part)
        photo = await complaints_service.upload_photo(user_id=citizen.user_id, data=data, **_photo_context(request))
    if photo is None:
        raise InvalidInput("没有收到照片文件（字段名 file）", code="photo_missing")
    return ok(
        PhotoRead.model_validate(photo),
        status=201,
    )


def _photo_context(request: web.Request) -> dict[str, Any]:
    settings = request.config_dict[SETTINGS]
    return {
        "var_dir": settings.var_dir,
        "redis": request.config_dict[REDIS],
        "decoder": request.config_dict[RESOURCES].decoder,
        "max_pixels": settings.photo_max_pixels,
    }


async def _filing_parts(request: web.Request) -> AsyncIterator[FilingPart]:
    """The multipart body as the domain wants it: photo files, and form fields (or one `data` JSON field)."""
    limit = request.config_dict[SETTINGS].max_json_body_bytes
    async for part in multipart_parts(request):
        if part.name in PHOTO_FIELDS and part.filename is not None:
            yield FilingPart(photo=await _read_file_part(part))
        elif part.name == "data":
            data = parse_json(await read_part(part, limit))
            if not isinstance(data, dict):
                raise InvalidInput("data 字段应为 JSON 对象", code="invalid_input")
            yield FilingPart(fields=data)
        elif part.name:
            yield FilingPart(fields={part.name: parse_text(await read_part(part, limit))})


def _services(request: web.Request) -> filing.Services:
    app = request.config_dict
    return filing.Services(wechat=app[WECHAT], redis=app[REDIS], arq=app[ARQ])


@routes.post("/api/v1/miniapp/complaints")
@large_body
@api.and_request
@json_or_form_body(ComplaintCreate)
async def file_complaint(request: web.Request, *, idempotency_key: str | None = None) -> r201[FilingResult]:
    """File a complaint or a report: JSON (photo_ids from /photos) or multipart (fields or `data` JSON, plus
    `photos` files). Complaints need the complainant's name, phone (default: the phone bound through WeChat's
    phone grant) and address; a report may be anonymous (`anonymous: true`, then no feedback).

    The Idempotency-Key header (or field) makes a double tap file once: the retry answers 200 with the same case.
    """
    citizen = await current_citizen(request)
    if request.content_type.startswith("multipart/"):
        intake = filing.PhotoIntake(user_id=citizen.user_id, **_photo_context(request))
        complaint, created = await filing.file_with_uploads(
            user_id=citizen.user_id,
            openid=citizen.openid,
            idempotency_key=idempotency_key,
            parts=_filing_parts(request),
            intake=intake,
            services=_services(request),
        )
    else:
        raw = await read_json(request)
        if not isinstance(raw, dict):
            raise InvalidInput("请求内容应为 JSON 对象", code="invalid_input")
        complaint, created = await filing.file_complaint(
            user_id=citizen.user_id,
            openid=citizen.openid,
            data=ComplaintCreate.model_validate(raw),
            idempotency_key=idempotency_key,
            services=_services(request),
        )
    result = FilingResult(tracking_no=complaint.tracking_no, created=created, complaint=await complaint_read(complaint))
    return ok(result, status=201 if created else 200)


@routes.get("/api/v1/miniapp/complaints")
@api.and_request
async def my_complaints(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 20
) -> r200[Page[ComplaintSummary]]:
    citizen = await current_citizen(request)
    page, page_size = max(page, 1), min(max(page_size, 1), MAX_PAGE_SIZE)
    items, total = await complaints_service.citizen_complaints(user_id=citizen.user_id, page=page, page_size=page_size)
    return ok(
        Page[ComplaintSummary](
            items=[ComplaintSummary(**summary_fields(c)) for c in items], total=total, page=page, page_size=page_size
        )
    )


@routes.get(r"/api/v1/miniapp/complaints/{complaint_id:\d+}")
@api.and_request
async def my_complaint(request: web.Request, complaint_id: DbId, /) -> r200[ComplaintRead]:
    citizen = await current_citizen(request)
    complaint = await complaints_service.citizen_complaint(user_id=citizen.user_id, complaint_id=complaint_id)
    return ok(await complaint_read(complaint))


@routes.get(r"/api/v1/miniapp/complaints/{complaint_id:\d+}/photos/{photo_id:\d+}")
@api.and_request
async def my_photo(request: web.Request, complaint_id: DbId, photo_id: DbId, /) -> web.StreamResponse:
    citizen = await current_citizen(request)
    complaint = await complaints_service.citizen_complaint(user_id=citizen.user_id, complaint_id=complaint_id)
    return await photo_response(request, complaint, photo_id)


async def photo_response(request: web.Request, complaint: Complaint, photo_id: int) -> web.StreamResponse:
    path, content_type = await complaints_service.photo_file(
        var_dir=request.config_dict[SETTINGS].var_dir, complaint=complaint, photo_id=photo_id
    )
    return web.FileResponse(path, headers={"Content-Type": content_type, "Cache-Control": "private, max-age=3600"})


@routes.post(r"/api/v1/miniapp/complaints/{complaint_id:\d+}/withdraw")
@api.and_request
async def withdraw_complaint(request: web.Request, complaint_id: DbId, /, body: WithdrawBody) -> r200[ComplaintRead]:
    citizen = await current_citizen(request)
    complaint = await complaints_service.withdraw(
        user_id=citizen.user_id,
        complaint_id=complaint_id,
        note=body.note,
        arq=request.config_dict[ARQ],
        settings=request.config_dict[SETTINGS],
    )
    return ok(await complaint_read(complaint))


@routes.post(r"/api/v1/miniapp/complaints/{complaint_id:\d+}/rating")
@api.and_request
async def rate_complaint(request: web.Request, complaint_id: DbId, /, body: RateBody) -> r200[ComplaintRead]:
    citizen = await current_citizen(request)
    complaint = await complaints_service.rate(
        user_id=citizen.user_id, complaint_id=complaint_id, rating=body.rating, comment=body.comment
    )
    return ok(await complaint_read(complaint))


@routes.post("/api/v1/miniapp/subscriptions")
@api.and_request
async def grant_subscriptions(request: web.Request, body: SubscriptionGrant) -> r200[dict]:
    """Call after wx.requestSubscribeMessage with the template ids the user accepted: one send each."""
    citizen = await current_citizen(request)
    for template_id in body.template_ids:
        if not template_id.strip() or len(template_id) > 64:
            raise InvalidInput("模板编号无效", code="invalid_template_id")
    quota = await subscribe_sender.grant(user_id=citizen.user_id, template_ids=body.template_ids)
    return ok({"quota": quota})


@routes.get("/api/v1/miniapp/subscriptions")
@api.and_request
async def my_subscriptions(request: web.Request) -> r200[dict]:
    citizen = await current_citizen(request)
    return ok({"quota": await subscribe_sender.quotas(user_id=citizen.user_id)})


# --- WeChat's side: the signed photo link mediaCheckAsync downloads, and the mini-program message push ---------


@routes.get("/media/complaint-photos/{token}")
async def photo_for_wechat(request: web.Request) -> web.StreamResponse:
    """A photo behind a signed, expiring link (only WeChat's content check is given such links)."""
    settings = request.config_dict[SETTINGS]
    photo_id = media.photo_id_from_token(settings, request.match_info["token"])
    photo = await complaints_service.linked_photo(photo_id) if photo_id is not None else None
    if photo is None:
        raise NotFound("链接无效或已过期", code="link_expired")
    path = photo_path(settings.var_dir, photo.stored_name)
    if not path.exists():
        raise NotFound("链接无效或已过期", code="link_expired")
    return web.FileResponse(path, headers={"Content-Type": photo.content_type, "Cache-Control": "no-store"})


def _push_signature_ok(request: web.Request) -> bool:
    token = request.config_dict[SETTINGS].miniapp_push_token
    if token is None:
        return False
    query = request.query
    parts = sorted([token.get_secret_value(), query.get("timestamp", ""), query.get("nonce", "")])
    expected = hashlib.sha1("".join(parts).encode()).hexdigest()  # WeChat's signature scheme
    return hmac.compare_digest(expected, query.get("signature", ""))


@routes.get("/api/v1/miniapp/wechat-push")
async def push_verify(request: web.Request) -> web.Response:
    """URL verification of the mini-program message push (plaintext or compatible mode, JSON format)."""
    if not _push_signature_ok(request):
        return web.Response(status=403, text="forbidden")
    return web.Response(text=request.query.get("echostr", ""))


@routes.post("/api/v1/miniapp/wechat-push")
async def push_event(request: web.Request) -> web.Response:
    """Events WeChat pushes to the mini-program's server: here `wxa_media_check` verdicts of evidence photos.

    Always "success" once the signature is good, so WeChat does not retry events we do not handle.
    """
    if not _push_signature_ok(request):
        return web.Response(status=403, text="forbidden")
    try:
        event = await read_json(request)
    except ServiceError:
        log.warning("mini-program push with a body that is not JSON")
        return web.Response(text="success")
    if isinstance(event, dict) and event.get("Event") == "wxa_media_check":
        if not await media.apply_media_check(event):
            log.info("wxa_media_check for an unknown trace_id %s", event.get("trace_id"))
    return web.Response(text="success")
