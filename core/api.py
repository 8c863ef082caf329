"""Helpers for JSON handlers: parameter injection from pydantic annotations (feeds OpenAPI) and replies.

A handler reads:

    @routes.post("/api/v1/things")
    @api.and_request
    async def create_thing(request: web.Request, body: ThingCreate) -> r201[ThingRead]:
        ...
        return ok(ThingRead.model_validate(thing), status=201)

Positional-only parameters come from the path, plain ones from the query string, a pydantic model from
the JSON body, keyword-only ones from headers (aiohttp-pydantic's rules).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from aiohttp import web
from aiohttp_pydantic.decorator import inject_params
from aiohttp_pydantic.injectors import _parse_func_signature
from aiohttp_pydantic.oas.typing import r200, r201, r204, r400, r401, r403, r404, r409, r422
from pydantic import BaseModel, ValidationError

from core.errors import validation_error_response

__all__ = ["Page", "api", "ok", "r200", "r201", "r204", "r400", "r401", "r403", "r404", "r409", "r422"]

_CONTEXT_NAMES = {"body": "body", "query string": "query", "path": "path", "headers": "headers"}


async def _on_validation_error(exc: ValidationError, context: str) -> web.StreamResponse:
    return validation_error_response(exc, _CONTEXT_NAMES.get(context, context))


class _Api:
    """aiohttp-pydantic's `inject_params.and_request`, plus a mark on handlers that take a JSON body so that
    core.limits parses and bounds that body before aiohttp-pydantic sees it."""

    _inject = inject_params(on_validation_error=_on_validation_error)

    def and_request(self, handler: Any) -> Any:
        first = next(iter(inspect.signature(handler).parameters), "")
        _, body_args, *_ = _parse_func_signature(handler, ignore_params=(first,))
        wrapped = self._inject.and_request(handler)
        wrapped.json_body = bool(body_args)
        return wrapped


api = _Api()

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def ok(data: BaseModel | Sequence[BaseModel] | dict[str, Any] | list[Any], *, status: int = 200) -> web.Response:
    """A JSON reply from a schema (or plain data); datetimes as ISO strings, Chinese kept readable."""
    if isinstance(data, BaseModel):
        payload: Any = data.model_dump(mode="json")
    elif isinstance(data, list | tuple) and data and isinstance(data[0], BaseModel):
        payload = [item.model_dump(mode="json") for item in data]
    else:
        payload = data
    try:
        body = _dumps(payload).encode()
    except UnicodeEncodeError:  # a lone surrogate in stored text: escaped, the reply is still valid JSON
        body = json.dumps(payload, default=str).encode()
    return web.Response(body=body, status=status, content_type="application/json")
