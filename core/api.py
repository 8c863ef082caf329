"""Helpers for JSON handlers: parameter injection from pydantic annotations (feeds OpenAPI) and replies.

A handler reads:

    @routes.post("/api/v1/things")
    @api.and_request
    async def create_thing(request: web.Request, body: ThingCreate) -> r201[ThingRead]:
        ...
        return ok(ThingRead.model_validate(thing), status=201)

Positional-only parameters come from the path, plain ones from the query string, a pydantic model from
the JSON body, keyword-only ones from headers (aiohttp-pydantic's rules).

Authentication and authorisation come before validation: when the parameters do not validate, the handler is
run as an "auth probe" with placeholders for them, up to its current_staff/current_citizen call. An outsider
thus gets 401 (a wrong role 403) and learns nothing about the schema; only a caller who may use the route hears
what is wrong with the body. A placeholder refuses any use, so a handler that reads its parameters before
authenticating (a public route) ends the probe there with the validation error.
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, NoReturn, TypeVar

from aiohttp import web
from aiohttp_pydantic.decorator import inject_params
from aiohttp_pydantic.injectors import _parse_func_signature
from aiohttp_pydantic.oas.typing import r200, r201, r204, r400, r401, r403, r404, r409, r422
from pydantic import BaseModel, Field, ValidationError

from core.auth import AUTH_PROBE, AuthorisationPassed
from core.errors import ServiceError, validation_error_response

__all__ = ["Page", "api", "ok", "page_of", "r200", "r201", "r204", "r400", "r401", "r403", "r404", "r409", "r422"]

_CONTEXT_NAMES = {"body": "body", "query string": "query", "path": "path", "headers": "headers"}


AUTH_STATUSES = (401, 403, 429)


class _InvalidParams(Exception):  # carried from the injector to the auth probe
    def __init__(self, error: ValidationError, context: str) -> None:
        self.error, self.where = error, _CONTEXT_NAMES.get(context, context)


class _PlaceholderUsed(Exception):
    pass


class _Unvalidated:
    """Stands in for a parameter that failed validation during an auth probe; any use ends the probe."""

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise _PlaceholderUsed

    __getattr__ = __bool__ = __iter__ = __len__ = __int__ = __index__ = __float__ = __str__ = _refuse
    __format__ = __hash__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __contains__ = _refuse
    __getitem__ = __add__ = __radd__ = __sub__ = __mul__ = __call__ = _refuse

    def __repr__(self) -> str:
        return "<unvalidated>"


async def _raise_invalid(error: ValidationError, context: str) -> web.StreamResponse:
    raise _InvalidParams(error, context)


async def _probe_auth(request: web.Request, handler: Callable[..., Awaitable[Any]]) -> None:
    """Run `handler` with placeholders until it has authorised the caller; 401/403/429 propagate."""
    args: list[Any] = [request]
    kwargs: dict[str, Any] = {}
    for param in list(inspect.signature(handler).parameters.values())[1:]:
        if param.kind is inspect.Parameter.POSITIONAL_ONLY:
            args.append(_Unvalidated())
        else:
            kwargs[param.name] = _Unvalidated()
    request[AUTH_PROBE] = True
    try:
        await handler(*args, **kwargs)
    except ServiceError as exc:
        if exc.status in AUTH_STATUSES:
            raise
    except AuthorisationPassed:  # the caller may use the route, so they may hear what is wrong with the request
        pass
    except Exception:  # a placeholder was used (or what that caused): the parameters are at fault
        pass
    finally:
        request[AUTH_PROBE] = False


class _AuthFirst:
    """`@api.and_request`: aiohttp-pydantic's injection, with the auth probe before any validation error, and a
    mark on handlers that take a JSON body (read by core.limits)."""

    def __init__(self) -> None:
        self._inject = inject_params(on_validation_error=_raise_invalid).and_request

    def and_request(self, handler: Callable[..., Awaitable[Any]]) -> Callable[[web.Request], Awaitable[Any]]:
        injected = self._inject(handler)
        first = next(iter(inspect.signature(handler).parameters), "")
        _, body_args, *_ = _parse_func_signature(handler, ignore_params=(first,))

        @functools.wraps(injected)  # keeps what core.openapi reads (signature, is_aiohttp_pydantic_handler)
        async def guarded(request: web.Request) -> web.StreamResponse:
            try:
                return await injected(request)
            except _InvalidParams as invalid:
                await _probe_auth(request, handler)
                return validation_error_response(invalid.error, invalid.where)

        # core.limits parses and bounds the JSON body of such handlers before aiohttp-pydantic sees it.
        guarded.json_body = bool(body_args)  # type: ignore[attr-defined]  # a marker read by core.limits
        return guarded


api = _AuthFirst()

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """The one shape of every list: a page of `items`, the `total` across pages, and the page asked for."""

    items: list[T] = Field(description="本页条目")
    total: int = Field(description="全部条目数")
    page: int = Field(description="页码，从 1 开始")
    page_size: int = Field(description="每页条数（最多 100，超过则 422）")

    @classmethod
    def model_parametrized_name(cls, params: tuple[Any, ...]) -> str:
        """`ThingPage`, not `Page[Thing]`: OpenAPI component names allow only letters, digits, `.`, `-`, `_`."""
        return "".join(getattr(p, "__name__", str(p)) for p in params) + "Page"


def page_of(items: Sequence[Any], page: int, page_size: int) -> Page[Any]:
    """One page of a list the handler has in memory (lists bounded by their domain: sites, members, slots...)."""
    start = (page - 1) * page_size
    return Page[Any](items=list(items[start : start + page_size]), total=len(items), page=page, page_size=page_size)


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
