"""Console responses: errors as pages (in Chinese), not JSON (the rest of the app keeps its JSON errors), and
security headers on every page (a strict Content-Security-Policy, no framing)."""

from __future__ import annotations

import logging

from aiohttp import web
from tortoise.exceptions import DoesNotExist

from core.errors import HTTP_MESSAGES, Handler, ServiceError

log = logging.getLogger(__name__)
PREFIX = "/console"
# Everything the console loads is its own: scripts only from /console/static (no inline script, no eval).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
TITLES = {401: "请先登录", 403: "没有权限", 404: "页面不存在", 409: "操作冲突", 422: "内容有误", 429: "操作过于频繁"}


async def error_page(request: web.Request, status: int, message: str) -> web.Response:
    from console.pages import render

    title = TITLES.get(status, "出错了")
    return await render(request, "error.html", {"title": title, "message": message, "status": status}, status=status)


@web.middleware
async def console_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not (request.path == PREFIX or request.path.startswith(PREFIX + "/")):
        return await handler(request)
    response = await _page_or_error(request, handler)
    if not response.prepared:
        response.headers.update(SECURITY_HEADERS)
    return response


async def _page_or_error(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ServiceError as exc:
        message = exc.message + ("。它可能不存在，或不在您的辖区范围内。" if exc.status == 404 else "")
        return await error_page(request, exc.status, message)
    except DoesNotExist:
        return await error_page(request, 404, "没有找到相关记录")
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        _, message = HTTP_MESSAGES.get(exc.status, ("", "请求无法处理"))
        if exc.status == 404:
            message = "没有找到您要访问的页面或记录，它可能不存在，或不在您的辖区范围内。"
        return await error_page(request, exc.status, message)
    except Exception:
        log.exception("console page failed: %s %s", request.method, request.path)
        return await error_page(request, 500, "服务器开小差了，请稍后再试；如果一直出现，请联系系统管理员。")
