"""JSON logs: one line per access with the request id, and the same id echoed to the client."""

from __future__ import annotations

import contextvars
import importlib
import json
import logging
import re
import secrets
import sys
from datetime import UTC, datetime

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from core.errors import Handler

REQUEST_ID = web.RequestKey("request_id", str)
REQUEST_ID_HEADER = "X-Request-ID"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
_PHONE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def redact(text: str) -> str:
    """Mask mainland mobile numbers wherever they appear in a log line."""
    return _PHONE.sub(r"\1****\2", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        for key in ("request_id", "method", "path", "status", "ms", "remote"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if "request_id" not in entry and (request_id := current_request_id.get()):
            entry["request_id"] = request_id  # a log line written while handling a request
        if record.exc_info:
            entry["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """Readable lines for a person at a terminal; the same masking as the JSON lines."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def json_logs(log_format: str = "auto") -> bool:
    """`auto` writes JSON unless stderr is a terminal (systemd, containers and pipes get JSON)."""
    return log_format == "json" or (log_format == "auto" and not sys.stderr.isatty())


# Libraries that install their own stderr handler at import; their records go through ours instead.
_SELF_HANDLING_LIBRARIES = ("jieba",)


def configure_logging(level: int | str = logging.INFO, log_format: str = "auto") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_logs(log_format) else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.captureWarnings(True)  # warnings.warn(...) from libraries becomes a log record too
    for name in _SELF_HANDLING_LIBRARIES:
        importlib.import_module(name)  # jieba adds its handler at import: import first, then take it off
        library = logging.getLogger(name)
        library.handlers.clear()
        library.propagate = True
        library.setLevel(logging.NOTSET)  # jieba sets DEBUG on itself; the root's level decides


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    incoming = request.headers.get(REQUEST_ID_HEADER)
    request_id = incoming if incoming and _SAFE_ID.match(incoming) else secrets.token_hex(16)
    request[REQUEST_ID] = request_id
    current_request_id.set(request_id)  # the handler runs in its own task: this stays with the request
    response = await handler(request)
    response.headers[REQUEST_ID_HEADER] = request_id
    return response


class JsonAccessLogger(AbstractAccessLogger):
    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status,
            extra={
                "request_id": request.get(REQUEST_ID, ""),
                "method": request.method,
                "path": request.path,
                "status": response.status,
                "ms": round(time * 1000, 2),
                "remote": request.remote,
            },
        )
