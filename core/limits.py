"""Limits checked before a handler runs: the body size of each kind of route, JSON that is cheap to parse
and bounded in depth, and no character a database cannot store in the path, the query or the headers.

- Routes marked `@large_body` (evidence photos, registry imports) take `max_body_bytes` as multipart only;
  every other body is limited to `max_json_body_bytes`. A declared Content-Length over the limit is refused
  with 413 before a byte of the body is read; a chunked body is cut off at the limit while it is read.
- A JSON body must be UTF-8 (the only charset accepted) and bounded in depth, number of values and length
  of numbers; these are checked on the raw bytes before anything parses it, and no string in it may hold a
  NUL or a lone surrogate.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.multipart import BadContentDispositionHeader

from core.errors import Handler, InvalidInput, PayloadTooLarge, ServiceError, UnsupportedMediaType
from core.fields import unstorable_character
from core.keys import SETTINGS

MAX_JSON_DEPTH = 32  # our schemas nest 4 deep at most; past this a body is an attack, not a request
MAX_JSON_VALUES = 20_000  # the largest real body (verification results) has about 2,500
MAX_NUMBER_CHARS = 100
_JSON_KEY = web.RequestKey("jiliang.json_body", object)
_UTF8 = {"utf-8", "utf8"}
F = TypeVar("F", bound=Callable[..., Any])


def large_body(handler: F) -> F:
    """Mark a route whose multipart requests may be as large as `max_body_bytes` (uploads)."""
    handler.large_body = True  # type: ignore[attr-defined]  # a marker read by request_limits
    return handler


def takes_json(handler: Any) -> bool:
    return bool(getattr(handler, "json_body", False))


def _invalid_json(message: str = "请求内容不是有效的 JSON") -> ServiceError:
    return ServiceError(message, code="invalid_json")  # 400, as for any malformed body


# The checks below run on the raw bytes with the C-speed `re` and `bytes` methods, so refusing a hostile
# document costs a few milliseconds per MiB and never a parse; a document that passes is parsed once, by
# whoever needs it (aiohttp-pydantic for a schema body, `read_json` otherwise).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_EMPTY_PAIR = re.compile(rb"\[\]|\{\}")
_LONG_NUMBER = re.compile(rb"[-+0-9.eE]{%d,}" % (MAX_NUMBER_CHARS + 1))
_CONSTANT = re.compile(rb"NaN|Infinity")
# A NUL or a UTF-16 surrogate can only reach a decoded string through a \\u escape (raw ones are not valid
# JSON or not valid UTF-8); escaped surrogate pairs (emoji) are legitimate, so a hit is checked exactly.
_SUSPECT_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})")


def _check_shape(raw: bytes) -> bool:
    """Refuse what would make parsing slow or deep; True when the decoded strings need the exact check."""
    too_complex = _invalid_json(f"JSON 内容过于复杂（最多 {MAX_JSON_VALUES} 个值，数字最长 {MAX_NUMBER_CHARS} 位）")
    if raw.count(b'"') > 4 * MAX_JSON_VALUES:  # before the regex below, whose cost grows with the strings
        raise too_complex
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid_json("请求内容须为 UTF-8 编码的 JSON") from None
    skeleton = _STRING.sub(b'""', raw)  # strings out: brackets, commas and digits inside them do not count
    brackets = skeleton.translate(None, _NOT_BRACKETS)
    if skeleton.count(b",") > MAX_JSON_VALUES or len(brackets) > 2 * MAX_JSON_VALUES:
        raise too_complex
    if _LONG_NUMBER.search(skeleton) or _CONSTANT.search(skeleton):
        raise too_complex
    for _ in range(MAX_JSON_DEPTH):  # each pass removes exactly one level of nesting
        if not brackets:
            break
        brackets = _EMPTY_PAIR.sub(b"", brackets)
    if brackets:
        opened = brackets.count(b"[") + brackets.count(b"{")
        balanced = 2 * opened == len(brackets) and b"[}" not in brackets and b"{]" not in brackets
        raise _invalid_json(f"JSON 嵌套不能超过 {MAX_JSON_DEPTH} 层") if balanced else _invalid_json()
    return _SUSPECT_ESCAPE.search(raw) is not None


def _refuse_unstorable_strings(value: Any) -> None:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if unstorable_character(node):
                raise InvalidInput("提交的内容包含空字符或无效的 Unicode 字符", code="invalid_character")
        elif isinstance(node, dict):
            stack.extend(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _loads(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise _invalid_json() from None


def check_json(raw: bytes) -> None:
    """Refuse a document that is hostile or that holds a string no database can store, without parsing it
    unless it holds a suspicious escape."""
    if raw.strip() and _check_shape(raw):
        _refuse_unstorable_strings(_loads(raw))


def parse_json(raw: bytes) -> Any:
    """Parse a JSON document within the bounds above; any defect is a 4xx, never an exception of the parser."""
    suspect = _check_shape(raw)
    value = _loads(raw)
    if suspect:
        _refuse_unstorable_strings(value)
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


async def _json_bytes(request: web.Request) -> bytes:
    if (request.charset or "utf-8").lower() not in _UTF8:
        raise UnsupportedMediaType("请求内容须为 UTF-8 编码的 JSON", code="unsupported_charset")
    return await request.read()  # bounded by the request's client_max_size


async def read_json(request: web.Request) -> Any:
    """The request's JSON body, parsed once, for handlers that read the body themselves."""
    if _JSON_KEY not in request:
        request[_JSON_KEY] = parse_json(await _json_bytes(request))
    return request[_JSON_KEY]


def _refuse_unstorable_parameters(request: web.Request) -> None:
    for where, values in (
        ("path", request.match_info.values()),
        ("query", request.query.values()),
        ("headers", request.headers.values()),
    ):
        if any(unstorable_character(v) for v in values):
            raise InvalidInput("请求参数包含空字符或无效的 Unicode 字符", code="invalid_character", where=where)


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
        check_json(await _json_bytes(request))  # aiohttp-pydantic parses it afterwards, once
    return await handler(request)
