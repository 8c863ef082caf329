"""Limits checked before a handler runs: the body size of each kind of route, JSON that is cheap to parse
and bounded in depth, and no character a database cannot store in the path, the query or the headers.

- Routes marked `@large_body` (evidence photos, registry imports) take `max_body_bytes` as multipart only;
  every other body is limited to `max_json_body_bytes`. A declared Content-Length over the limit is refused
  with 413 before a byte of the body is read; a chunked body is cut off at the limit while it is read.
- A JSON body is decoded as UTF-8 (the only charset accepted), parsed once here with numbers and nesting
  bounded, and handed to the handler through `read_json`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.multipart import BadContentDispositionHeader

from core.errors import Handler, InvalidInput, PayloadTooLarge, ServiceError, UnsupportedMediaType
from core.fields import unstorable_character
from core.keys import SETTINGS

MAX_JSON_DEPTH = 32  # our schemas nest 4 deep at most; past this a body is an attack, not a request
_JSON_KEY = web.RequestKey("jiliang.json_body", object)
_UTF8 = {"utf-8", "utf8"}
F = TypeVar("F", bound=Callable[..., Any])


def large_body(handler: F) -> F:
    """Mark a route whose multipart requests may be as large as `max_body_bytes` (uploads)."""
    handler.large_body = True  # type: ignore[attr-defined]
    return handler


def takes_json(handler: Any) -> bool:
    return bool(getattr(handler, "json_body", False))


def _invalid_json(message: str = "请求内容不是有效的 JSON") -> ServiceError:
    return ServiceError(message, code="invalid_json")  # 400, as for any malformed body


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _check_tree(value: Any) -> None:
    """Depth and strings of a parsed document, iteratively (a deep document must not recurse here either)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if unstorable_character(node):
                raise InvalidInput("提交的内容包含空字符或无效的 Unicode 字符", code="invalid_character")
        elif isinstance(node, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise _invalid_json(f"JSON 嵌套不能超过 {MAX_JSON_DEPTH} 层")
            items = [*node.keys(), *node.values()] if isinstance(node, dict) else node
            stack.extend((item, depth + 1) for item in items)


def parse_json(raw: bytes | str) -> Any:
    """Parse a bounded JSON document; any defect is a 4xx (InvalidInput), never an exception of the parser."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        value = json.loads(text, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError covers malformed JSON and integers past Python's digit limit; RecursionError deep nesting.
        raise _invalid_json() from None
    _check_tree(value)
    return value


def parse_text(raw: bytes) -> str:
    """A form field as text: UTF-8 only (an undecodable field is the client's error, not ours)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("表单字段须为 UTF-8 编码", code="invalid_character") from None


def _bad_multipart() -> ServiceError:
    return ServiceError("表单（multipart/form-data）格式有误", code="invalid_multipart")


# What aiohttp's multipart reader raises on a body that is not well-formed multipart (BadContentDispositionHeader
# is a warning, an exception only where warnings are errors).
_MULTIPART_ERRORS = (ValueError, HttpProcessingError, BadContentDispositionHeader)


async def multipart_parts(request: web.Request) -> AsyncIterator[BodyPartReader]:
    """The body parts of a multipart request (nested multiparts skipped); a malformed body is a 400."""
    try:
        reader = await request.multipart()
        async for part in reader:
            if isinstance(part, BodyPartReader):
                yield part
    except _MULTIPART_ERRORS:
        raise _bad_multipart() from None


async def read_part(part: BodyPartReader, limit: int, too_large: ServiceError | None = None) -> bytes:
    """A part's content, refused (413 unless `too_large` says otherwise) once it passes `limit`."""
    content = bytearray()
    try:
        while chunk := await part.read_chunk(256 * 1024):
            content.extend(chunk)
            if len(content) > limit:
                raise too_large or PayloadTooLarge(f"字段 {part.name} 不能超过 {limit // 1024} KB", limit_bytes=limit)
    except _MULTIPART_ERRORS:
        raise _bad_multipart() from None
    return bytes(content)


async def read_json(request: web.Request) -> Any:
    """The request's JSON body, parsed once (by the middleware when the route declares a JSON body)."""
    if _JSON_KEY not in request:
        charset = (request.charset or "utf-8").lower()
        if charset not in _UTF8:
            raise UnsupportedMediaType("请求内容须为 UTF-8 编码的 JSON", code="unsupported_charset")
        request[_JSON_KEY] = parse_json(await request.read())
    return request[_JSON_KEY]


def _refuse_unstorable_parameters(request: web.Request) -> None:
    for where, values in (
        ("path", request.match_info.values()),
        ("query", request.query.values()),
        ("headers", request.headers.values()),
    ):
        if any(unstorable_character(v) for v in values):
            raise ServiceError("请求参数包含空字符或无效的 Unicode 字符", code="invalid_character", where=where)


@web.middleware
async def request_limits(request: web.Request, handler: Handler) -> web.StreamResponse:
    _refuse_unstorable_parameters(request)
    if not request.body_exists:
        return await handler(request)
    settings = request.config_dict[SETTINGS]
    route_handler = request.match_info.handler
    multipart = request.content_type.startswith("multipart/")
    limit = settings.max_body_bytes if multipart and getattr(route_handler, "large_body", False) else None
    if limit is None:
        limit = settings.max_json_body_bytes
        request = request.clone(client_max_size=limit)  # enforced while reading, for chunked bodies too
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"提交的内容不能超过 {limit // 1024} KB", limit_bytes=limit)
    if not multipart and takes_json(route_handler):
        await read_json(request)
    return await handler(request)
