"""Service errors and the one middleware that renders every error as CONTRACT JSON with a Chinese message."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from pydantic import ValidationError
from tortoise.exceptions import DoesNotExist, IntegrityError

from core.outage import OUTAGE_RETRY_AFTER_SECONDS, unavailable_service

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ServiceError(Exception):
    """Raised by domain services; `message` is shown to the user, `code` is for the client's logic."""

    status = 400
    code = "bad_request"
    default_message = "请求有误"

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        **details: Any,
    ) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)
        if code:
            self.code = code
        self.details: dict[str, Any] = details
        self.headers = dict(headers or {})


class InvalidInput(ServiceError):
    status, code, default_message = 422, "invalid_input", "提交的内容不符合要求"


BEARER_REALM = 'Bearer realm="jiliang"'


def www_authenticate(bearer_error: str | None = None) -> str:
    """RFC 6750: the challenge every 401 carries; `error="invalid_token"` when a token was sent but is no good."""
    return f'{BEARER_REALM}, error="{bearer_error}"' if bearer_error else BEARER_REALM


class Unauthorized(ServiceError):
    status, code, default_message = 401, "unauthorized", "请先登录"

    def __init__(self, message: str | None = None, *, bearer_error: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.headers.setdefault("WWW-Authenticate", www_authenticate(bearer_error))


class Forbidden(ServiceError):
    status, code, default_message = 403, "forbidden", "您没有执行此操作的权限"


class NotFound(ServiceError):
    status, code, default_message = 404, "not_found", "没有找到相关记录"


class Conflict(ServiceError):
    status, code, default_message = 409, "conflict", "该操作与现有记录冲突"


class InvalidTransition(Conflict):
    code, default_message = "invalid_transition", "当前状态下不能执行此操作"


class TooManyRequests(ServiceError):
    status, code, default_message = 429, "too_many_requests", "操作过于频繁，请稍后再试"


class PayloadTooLarge(ServiceError):
    status, code, default_message = 413, "payload_too_large", "提交的内容过大"


class UnsupportedMediaType(ServiceError):
    status, code, default_message = 415, "unsupported_media_type", "不支持的内容类型"


class UpstreamUnavailable(ServiceError):
    status, code, default_message = 503, "upstream_unavailable", "微信服务暂时不可用，请稍后再试"


HTTP_MESSAGES = {
    400: ("bad_request", "请求格式有误"),
    401: ("unauthorized", "请先登录"),
    403: ("forbidden", "您没有执行此操作的权限"),
    404: ("not_found", "请求的地址不存在"),
    405: ("method_not_allowed", "不支持该请求方法"),
    413: ("payload_too_large", "提交的内容过大"),
    415: ("unsupported_media_type", "不支持的内容类型"),
    429: ("too_many_requests", "操作过于频繁，请稍后再试"),
}


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> web.Response:
    """The one error shape: `details` is always an object (empty when there is nothing to add); a request that
    does not validate lists what is wrong in `details.fields`."""
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    response = web.json_response(body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))
    response.headers.update(_required_headers(status, details, headers or {}))
    return response


def _required_headers(status: int, details: Any, headers: dict[str, str]) -> dict[str, str]:
    """Every 401 challenges (WWW-Authenticate) and every 429 says when to come back (Retry-After)."""
    headers = dict(headers)
    if status == 401:
        headers.setdefault("WWW-Authenticate", www_authenticate())
    if status == 429 and "Retry-After" not in headers:
        retry = details.get("retry_after_seconds") if isinstance(details, dict) else None
        headers["Retry-After"] = str(int(retry)) if isinstance(retry, int | float) and retry > 0 else "60"
    return headers


def validation_details(exc: ValidationError, where: str = "body") -> list[dict[str, Any]]:
    """One entry per problem: where (`body`, `query`, `path`, `headers`), the field's path, message and type."""
    details = []
    for err in exc.errors(include_url=False, include_context=False, include_input=False):
        details.append({"in": where, "loc": [str(p) for p in err["loc"]], "msg": err["msg"], "type": err["type"]})
    return details


def validation_error_response(exc: ValidationError, where: str = "body") -> web.Response:
    details = validation_details(exc, where)
    fields = "、".join(dict.fromkeys(".".join(d["loc"]) for d in details if d["loc"]))
    message = f"提交的内容不符合要求：{fields}" if fields else "提交的内容不符合要求"
    if where == "body" and any(d["type"] == "json_invalid" for d in details):
        message = "请求内容不是有效的 JSON"
    # One status for every request that does not validate, wherever the bad value is (body, query, path, header).
    return error_response(422, "invalid_input", message, {"fields": details})


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ServiceError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)
    except ValidationError as exc:
        return validation_error_response(exc)
    except DoesNotExist:
        return error_response(404, "not_found", NotFound.default_message)
    except IntegrityError:
        log.info("integrity error on %s %s", request.method, request.path, exc_info=True)
        return error_response(409, "conflict", Conflict.default_message)
    except HttpProcessingError as exc:  # aiohttp's parser on a malformed multipart body (headers of a part)
        return error_response(400, "bad_request", "请求格式有误", {"reason": exc.message})
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code, message = HTTP_MESSAGES.get(exc.status, (f"http_{exc.status}", "请求无法处理"))
        if exc.status == 400 and "Malformed JSON" in (exc.text or ""):  # aiohttp-pydantic's body parser
            code, message = "invalid_json", "请求内容不是有效的 JSON"
        return error_response(exc.status, code, message)
    except Exception as exc:
        if (service := unavailable_service(exc)) is not None:
            return outage_response(request, service, exc)
        log.exception("unhandled error in %s %s", request.method, request.path)
        return error_response(500, "internal_error", "服务器开小差了，请稍后再试")


def outage_response(request: web.Request, service: str, exc: BaseException) -> web.Response:
    """Redis or the database is unreachable: 503 with Retry-After, one warning line, no traceback."""
    log.warning("%s unavailable during %s %s: %r", service, request.method, request.path, exc)
    response = error_response(
        503,
        "service_unavailable",
        "服务暂时不可用，请稍后再试",
        {"retry_after_seconds": OUTAGE_RETRY_AFTER_SECONDS},
    )
    response.headers["Retry-After"] = str(OUTAGE_RETRY_AFTER_SECONDS)
    return response
