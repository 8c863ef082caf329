"""What aiohttp-pydantic's generated spec does not know, added so that /api/openapi.json is complete and true.

aiohttp-pydantic reads the handlers' annotations: parameters, JSON bodies and success schemas. This module adds,
for every operation: an operationId and a tag per area (from the path and the handler's name), a Chinese
summary (core/openapi_summaries.py), its security requirement, every error status it can answer with the one
shared error schema, the `Idempotency-Key` header, the bodies the handler reads by hand (multipart uploads, the
complaint filing) and the routes written without parameter injection (WeChat callbacks, health, metrics). HEAD
duplicates of GETs are dropped and decimals, which are always sent as strings, are typed as strings.
What is particular to one channel's operations (files, CSV, extra errors, public ones) the channel declares in its
component (`core.components.OperationDocs`); this module applies it by operationId without naming them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel

from core.components import OperationDocs
from core.keys import OPERATION_DOCS
from core.openapi_summaries import SUMMARIES

Handler = TypeVar("Handler", bound=Callable[..., Any])

METHODS = ("get", "put", "post", "delete", "patch")
WRITE_METHODS = {"post", "put", "patch", "delete"}

# (path prefix, tag); the first match wins.
AREAS: list[tuple[str, str]] = [
    ("/api/v1/miniapp/wechat-push", "wechat"),
    ("/api/v1/miniapp/enterprises", "enterprise"),
    ("/api/v1/miniapp/catalogue", "enterprise"),
    ("/api/v1/miniapp/verification-", "enterprise"),
    ("/api/v1/miniapp/", "citizen"),
    ("/api/v1/knowledge/", "citizen"),
    ("/api/v1/admin/", "staff"),
    ("/api/v1/public/", "public"),
    ("/wechat", "wechat"),
    ("/media/", "wechat"),
    ("/healthz", "ops"),
    ("/readyz", "ops"),
    ("/metrics", "ops"),
]
TAGS = [
    {"name": "citizen", "description": "市民（小程序）：登录、计量问答、缺斤短两投诉、订阅消息"},
    {"name": "enterprise", "description": "企业（小程序）：企业登记、成员、强检器具、检定预约"},
    {"name": "staff", "description": "工作人员（管理接口）：投诉办理、强检预约、知识库、宣传活动、账号"},
    {
        "name": "public",
        "description": "公开查询（免登录，限流）：公平秤、诚信计量、检定机构、扫码验真",
    },
    {"name": "wechat", "description": "微信服务器回调：公众号消息、小程序消息推送、内容检测取图"},
    {"name": "ops", "description": "运维：存活、就绪、监控指标"},
]
SECURITY_SCHEMES = {
    "citizenBearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "小程序会话令牌：POST /api/v1/miniapp/login 返回的 token，放在 Authorization: Bearer <token>",
    },
    "staffBearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "工作人员 API 令牌（jiliang staff create 或管理员重新生成时显示一次）",
    },
    "metricsBearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "设置了 JILIANG_METRICS_TOKEN 时读取 /metrics 所需的令牌",
    },
}
IDEMPOTENCY_PATTERN = r"^[A-Za-z0-9_.:-]{8,64}$"
DECIMAL_PATTERN = r"^-?\d+(\.\d+)?$"

ERROR_MESSAGES = {
    400: "请求格式有误（如不是有效的 JSON、multipart 格式错误）",
    401: "未登录、令牌无效或已过期",
    403: "没有执行此操作的权限",
    404: "没有找到相关记录",
    409: "与当前状态或现有记录冲突",
    413: "请求体或单个文件过大",
    415: "不支持的内容类型或字符集",
    422: "参数或请求体不符合要求（details.fields 列出每个问题）",
    429: "操作过于频繁，Retry-After 秒后再试",
    503: "服务或其依赖（数据库、Redis、微信）暂时不可用，Retry-After 秒后再试",
}
HEADERS_BY_STATUS = {
    401: {"WWW-Authenticate": {"description": "Bearer 认证质询（RFC 6750）", "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "多少秒后可以再试", "schema": {"type": "integer", "minimum": 1}}},
    503: {"Retry-After": {"description": "多少秒后可以再试", "schema": {"type": "integer", "minimum": 1}}},
}
ERROR_SCHEMAS: dict[str, Any] = {
    "FieldProblem": {
        "type": "object",
        "description": "请求中一处不符合要求的值",
        "required": ["in", "loc", "msg", "type"],
        "properties": {
            "in": {"type": "string", "enum": ["body", "query", "path", "headers"], "description": "位置"},
            "loc": {"type": "array", "items": {"type": "string"}, "description": "字段路径"},
            "msg": {"type": "string", "description": "说明"},
            "type": {"type": "string", "description": "问题类别（机器可读）"},
        },
    },
    "Error": {
        "type": "object",
        "description": "所有错误的统一格式",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "details"],
                "properties": {
                    "code": {"type": "string", "description": "机器可读的错误代码，如 invalid_input"},
                    "message": {"type": "string", "description": "给用户看的中文说明"},
                    "details": {
                        "type": "object",
                        "description": "补充信息，始终是对象（没有时为空对象）；参数错误时 fields 列出每个问题",
                        "properties": {
                            "fields": {"type": "array", "items": {"$ref": "#/components/schemas/FieldProblem"}}
                        },
                        "additionalProperties": True,
                    },
                },
            }
        },
    },
}


def json_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def binary_content(*media_types: str) -> dict[str, Any]:
    return {t: {"schema": {"type": "string", "format": "binary"}} for t in media_types}


def text_content(media_type: str = "text/plain") -> dict[str, Any]:
    return {media_type: {"schema": {"type": "string"}}}


PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def file_form(field: str, description: str) -> dict[str, Any]:
    return {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": [field],
                    "properties": {field: {"type": "string", "format": "binary", "description": description}},
                }
            }
        },
    }


# Routes written without parameter injection (aiohttp-pydantic does not see them), described by hand.
MANUAL_PATHS: dict[str, dict[str, dict[str, Any]]] = {
    "/api/v1/miniapp/enterprises/{enterprise_id}/instruments/import": {
        "post": {
            "x-handler": "import_instruments",
            "parameters": [
                {"in": "path", "name": "enterprise_id", "required": True, "schema": {"type": "integer", "minimum": 1}}
            ],
            "requestBody": file_form("file", "CSV 或 XLSX 文件，不超过 10MB"),
            "responses": {
                "201": {
                    "description": "导入的条数",
                    "content": json_content({"$ref": "#/components/schemas/ImportReport"}),
                }
            },
        }
    },
    "/wechat": {
        "get": {
            "x-handler": "verify",
            "responses": {"200": {"description": "echostr 原样返回", "content": text_content()}},
        },
        "post": {
            "x-handler": "receive",
            "requestBody": {"content": text_content("text/xml")},
            "responses": {
                "200": {
                    "description": "被动回复（XML）或 success",
                    "content": {**text_content("application/xml"), **text_content()},
                }
            },
        },
    },
    "/api/v1/miniapp/wechat-push": {
        "get": {
            "x-handler": "push_verify",
            "responses": {"200": {"description": "echostr", "content": text_content()}},
        },
        "post": {
            "x-handler": "push_event",
            "requestBody": {"content": json_content({"type": "object"})},
            "responses": {"200": {"description": "success", "content": text_content()}},
        },
    },
    "/media/complaint-photos/{token}": {
        "get": {
            "x-handler": "photo_for_wechat",
            "parameters": [{"in": "path", "name": "token", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "照片", "content": binary_content(*PHOTO_TYPES)}},
        }
    },
    "/healthz": {
        "get": {
            "x-handler": "healthz",
            "responses": {
                "200": {
                    "description": "进程存活",
                    "content": json_content(
                        {"type": "object", "properties": {"status": {"type": "string", "enum": ["ok"]}}}
                    ),
                }
            },
        }
    },
    "/readyz": {
        "get": {
            "x-handler": "readyz",
            "responses": {
                "200": {
                    "description": "数据库和 Redis 均可用",
                    "content": json_content(
                        {
                            "type": "object",
                            "properties": {"status": {"type": "string"}, "checks": {"type": "object"}},
                        }
                    ),
                }
            },
        }
    },
    "/metrics": {
        "get": {
            "x-handler": "metrics",
            "responses": {"200": {"description": "Prometheus 文本格式", "content": text_content()}},
        }
    },
}

# Error statuses core's own routes answer beyond what the generic rules below give them; each channel declares its
# operations' own (core.components.OperationDocs, in the channel's component).
EXTRA_ERRORS: dict[str, frozenset[int]] = {
    "opsMetrics": frozenset({401, 403}),
    "opsReadyz": frozenset({503}),
}
PLAIN_REFUSALS = {400, 403, 413}
# Core's own routes answering without the database or Redis; channels name theirs (OperationDocs.no_outage).
NO_OUTAGE = frozenset({"opsHealthz", "opsMetrics"})


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def area_of(path: str) -> str:
    return next(tag for prefix, tag in AREAS if path.startswith(prefix))


def _handlers(app: web.Application) -> dict[tuple[str, str], str]:
    """(method, path as the spec writes it) -> the handler's function name."""
    return {key: getattr(handler, "__name__", "handler") for key, handler in _handler_objects(app).items()}


def _handler_objects(app: web.Application) -> dict[tuple[str, str], Any]:
    found = {}
    for route in app.router.routes():
        resource = route.resource
        if resource is None or route.method in ("HEAD", "*"):
            continue
        path = re.sub(r"\{(\w+):[^}]*\}", r"{\1}", resource.canonical)
        found[(route.method.lower(), path)] = route.handler
    return found


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _add_schema(spec: dict[str, Any], model: type[BaseModel]) -> dict[str, str]:
    from core.openapi import pydantic_schema_to_oas_3_0

    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in schema.pop("$defs", {}).items():
        pydantic_schema_to_oas_3_0(sub)
        spec["components"]["schemas"].setdefault(name, sub)
    pydantic_schema_to_oas_3_0(schema)
    spec["components"]["schemas"].setdefault(model.__name__, schema)
    return {"$ref": f"#/components/schemas/{model.__name__}"}


BODY_MODEL_ATTR = "openapi_body_model"


def json_or_form_body(model: type[BaseModel]) -> Callable[[Handler], Handler]:
    """Declares the request body of a handler that reads JSON or multipart itself (e.g. complaint filing), so
    that core describes it without importing the domain's schema. Put it right above the handler's `def`."""

    def mark(handler: Handler) -> Handler:
        setattr(handler, BODY_MODEL_ATTR, model)
        return handler

    return mark


def _filing_body(spec: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    ref = _add_schema(spec, model)
    return {
        "required": True,
        "content": {
            "application/json": {"schema": ref},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "description": "表单字段同 ComplaintCreate（或一个 data 字段放整个 JSON），加上 1-9 张照片文件",
                    "properties": {
                        "data": {"type": "string", "description": "ComplaintCreate 的 JSON 文本"},
                        "photos": {
                            "type": "array",
                            "maxItems": 9,
                            "items": {"type": "string", "format": "binary"},
                            "description": "证据照片，每张不超过 10MB",
                        },
                    },
                }
            },
        },
    }


def _schema_fixes(node: Any) -> None:
    """Decimals as strings (pydantic says number-or-string; the API always writes the string form), and what
    OpenAPI 3.0 has no word for: `propertyNames`, a `default: null` on a property that is not nullable."""
    if isinstance(node, dict):
        node.pop("propertyNames", None)
        if "default" in node and node["default"] is None and not node.get("nullable"):
            del node["default"]
        any_of = node.get("anyOf")
        if isinstance(any_of, list) and sorted(b.get("type", "") for b in any_of) == ["number", "string"]:
            del node["anyOf"]
            node.update(type="string", pattern=DECIMAL_PATTERN)
            node.setdefault("description", '十进制数，以字符串表示，如 "12.50"')
        for value in node.values():
            _schema_fixes(value)
    elif isinstance(node, list):
        for value in node:
            _schema_fixes(value)


def _error_statuses(
    operation_id: str, method: str, operation: dict[str, Any], secured: bool, docs: OperationDocs
) -> set[int]:
    declared = {int(s) for s in operation.get("responses", {}) if s[0] in "45"}
    statuses = declared | EXTRA_ERRORS.get(operation_id, frozenset()) | docs.extra_errors.get(operation_id, frozenset())
    params = operation.get("parameters", [])
    body = operation.get("requestBody", {}).get("content", {})
    if secured:
        statuses |= {401, 403, 429}
    if params or body:
        statuses.add(422)
    if any(p["in"] == "path" for p in params) or method in WRITE_METHODS:
        statuses |= {404, 409} if method in WRITE_METHODS else {404}
    if body:
        statuses |= {400, 413, 415}
    if operation_id not in NO_OUTAGE | docs.no_outage:
        statuses.add(503)
    return statuses


def _idempotency_header(operation: dict[str, Any]) -> None:
    for param in operation.get("parameters", []):
        if param["in"] == "header" and param["name"] == "idempotency_key":
            param.update(
                name="Idempotency-Key",
                required=True,
                description="防重复提交标识（8-64 位字母、数字或 _.:-）；同一标识重复提交返回 200 和同一件投诉",
                schema={"type": "string", "minLength": 8, "maxLength": 64, "pattern": IDEMPOTENCY_PATTERN},
            )


def _only_chinese_description(operation: dict[str, Any]) -> None:
    """Handlers' docstrings are written for developers of this server (English); the spec speaks Chinese."""
    description = operation.get("description")
    if description is not None and not re.search(r"[\u4e00-\u9fff]", description):
        del operation["description"]


def complete_spec(spec: dict[str, Any], app: web.Application) -> dict[str, Any]:
    """The generated spec, completed (see the module's docstring). Raises if a route has no summary."""
    spec = copy.deepcopy(spec)
    components = spec.setdefault("components", {})
    components.setdefault("schemas", {}).update(ERROR_SCHEMAS)
    components["securitySchemes"] = SECURITY_SCHEMES
    components["responses"] = {
        str(status): {
            "description": message,
            "content": json_content({"$ref": "#/components/schemas/Error"}),
            **({"headers": HEADERS_BY_STATUS[status]} if status in HEADERS_BY_STATUS else {}),
        }
        for status, message in ERROR_MESSAGES.items()
    }
    components["responses"]["PlainRefusal"] = {
        "description": "微信回调的拒绝（签名不符、格式错误、过大）：简短纯文本，不是 JSON",
        "content": text_content(),
    }
    spec["tags"] = TAGS
    for item in spec["paths"].values():
        item.pop("head", None)
    for path, item in MANUAL_PATHS.items():
        spec["paths"].setdefault(path, {}).update(copy.deepcopy(item))
    docs = app.get(OPERATION_DOCS) or OperationDocs()
    handlers = _handlers(app)
    handler_objects = _handler_objects(app)
    seen: set[str] = set()
    shared = {name for name in handlers.values() if list(handlers.values()).count(name) > 1}
    for path, method, operation in _operations(spec):
        tag = area_of(path)
        handler = operation.pop("x-handler", None) or handlers[(method, path)]
        operation_id = tag + _camel(handler)
        if handler in shared and (extension := re.search(r"\.(\w+)$", path)):
            operation_id += extension.group(1).capitalize()  # one handler for .csv and .xlsx: one id each
        if operation_id in seen:
            raise ValueError(f"duplicate operationId {operation_id}")
        seen.add(operation_id)
        operation["operationId"] = operation_id
        operation["tags"] = [tag]
        operation["summary"] = SUMMARIES[operation_id]
        _only_chinese_description(operation)
        secured = tag in ("citizen", "enterprise", "staff") and operation_id not in docs.public
        if tag == "staff":
            operation["security"] = [{"staffBearer": []}]
        elif secured:
            operation["security"] = [{"citizenBearer": []}]
        elif operation_id == "opsMetrics":
            operation["security"] = [{}, {"metricsBearer": []}]
        else:
            operation["security"] = []
        _idempotency_header(operation)
        body_model = getattr(handler_objects.get((method, path)), BODY_MODEL_ATTR, None)
        if body_model is not None:
            operation["requestBody"] = _filing_body(spec, body_model)
        if operation_id in docs.request_bodies:
            operation["requestBody"] = copy.deepcopy(dict(docs.request_bodies[operation_id]))
        _fill_success(operation, operation_id, docs)
        responses = operation["responses"]
        for status in sorted(_error_statuses(operation_id, method, operation, secured, docs)):
            plain = tag == "wechat" and status in PLAIN_REFUSALS  # WeChat's servers get text, never JSON errors
            responses[str(status)] = {"$ref": "#/components/responses/" + ("PlainRefusal" if plain else str(status))}
        for status, response in responses.items():
            if "$ref" not in response and not response.get("description"):
                response["description"] = "成功" if status.startswith("2") else ERROR_MESSAGES.get(int(status), "错误")
    _schema_fixes(spec)
    return spec


def _fill_success(operation: dict[str, Any], operation_id: str, docs: OperationDocs) -> None:
    responses = operation.setdefault("responses", {})
    responses.update(copy.deepcopy(dict(docs.success.get(operation_id, {}))))
    if "204" in responses:  # No Content: aiohttp-pydantic gives it an empty JSON schema
        responses["204"] = {"description": "成功，无返回内容"}
    if not any(s.startswith("2") for s in responses):
        raise ValueError(f"{operation_id} has no success response")
