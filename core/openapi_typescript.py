"""TypeScript types of /api/openapi.json for the mini-program (`make client` -> clients/miniapp/jiliang-api.d.ts).

The output follows openapi-typescript's layout (`paths`, `operations`, `components`), so a front end can use it
with openapi-fetch or by hand: `operations["citizenFileComplaint"]["requestBody"]["content"]["application/json"]`.
Written in Python rather than taken from npm so that `make test` on a machine without Node still checks that the
committed file is what the current spec gives (tests/test_api_client_types.py): a contract change shows as a diff.
"""

from __future__ import annotations

import json
import re
from typing import Any

HEADER = (
    "// The jiliang API's types for the mini-program, generated from /api/openapi.json by `make client`\n"
    "// (core/openapi_typescript.py). Do not edit: change the API and regenerate.\n"
)
METHODS = ("get", "put", "post", "delete", "patch")
IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _key(name: str) -> str:
    return name if IDENTIFIER.match(name) else json.dumps(name, ensure_ascii=False)


def _ref(ref: str) -> str:
    _, _, kind, name = ref.split("/", 3)
    return f'components["{kind}"]["{name}"]'


def _indent(text: str, level: int) -> str:
    pad = "  " * level
    return "\n".join(pad + line if line else line for line in text.splitlines())


def _doc(schema: dict[str, Any]) -> str:
    text = schema.get("description") or schema.get("summary")
    if not text:
        return ""
    return "/** " + " ".join(str(text).split()).replace("*/", "* /") + " */\n"


def ts_type(schema: dict[str, Any] | None) -> str:
    """One schema object as a TypeScript type expression."""
    if not schema:
        return "unknown"
    if "$ref" in schema:
        base = _ref(schema["$ref"])
    elif "allOf" in schema:
        base = " & ".join(ts_type(s) for s in schema["allOf"]) or "unknown"
    elif "anyOf" in schema or "oneOf" in schema:
        base = " | ".join(ts_type(s) for s in schema.get("anyOf") or schema["oneOf"]) or "unknown"
    elif "enum" in schema:
        base = " | ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
    else:
        base = _plain(schema)
    if schema.get("nullable"):
        base = f"({base}) | null" if " " in base else f"{base} | null"
    return base


def _plain(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "string":
        return "Blob" if schema.get("format") == "binary" else "string"
    if kind in ("integer", "number"):
        return "number"
    if kind == "boolean":
        return "boolean"
    if kind == "array":
        item = ts_type(schema.get("items"))
        return f"({item})[]" if " " in item else f"{item}[]"
    if kind == "object" or "properties" in schema:
        return _object(schema)
    return "unknown"


def _object(schema: dict[str, Any]) -> str:
    required = set(schema.get("required", []))
    lines = []
    for name, prop in (schema.get("properties") or {}).items():
        optional = "" if name in required else "?"
        lines.append(_doc(prop) + f"{_key(name)}{optional}: {ts_type(prop)};")
    extra = schema.get("additionalProperties")
    if extra or (not lines and extra is None):
        value = ts_type(extra) if isinstance(extra, dict) else "unknown"
        lines.append(f"[key: string]: {value};")
    if not lines:
        return "Record<string, never>"
    return "{\n" + _indent("\n".join(lines), 1) + "\n}"


def _content(content: dict[str, Any]) -> str:
    lines = [f"{_key(media)}: {ts_type(body.get('schema'))};" for media, body in content.items()]
    return "{\n" + _indent("\n".join(lines), 1) + "\n}"


def _response(response: dict[str, Any]) -> str:
    if "$ref" in response:
        return _ref(response["$ref"])
    parts = []
    if response.get("headers"):
        headers = [f"{_key(n)}?: {ts_type(h.get('schema'))};" for n, h in response["headers"].items()]
        parts.append("headers: {\n" + _indent("\n".join(headers), 1) + "\n};")
    parts.append(f"content: {_content(response['content'])};" if response.get("content") else "content?: never;")
    return "{\n" + _indent("\n".join(parts), 1) + "\n}"


def _parameters(parameters: list[dict[str, Any]]) -> str:
    groups: dict[str, list[str]] = {}
    required_groups = set()
    for param in parameters:
        optional = "" if param.get("required") else "?"
        if param.get("required"):
            required_groups.add(param["in"])
        line = _doc(param) + f"{_key(param['name'])}{optional}: {ts_type(param.get('schema'))};"
        groups.setdefault(param["in"], []).append(line)
    lines = []
    for where in ("query", "header", "path", "cookie"):
        if where in groups:
            optional = "" if where in required_groups else "?"
            lines.append(f"{where}{optional}: {{\n" + _indent("\n".join(groups[where]), 1) + "\n};")
    return "{\n" + _indent("\n".join(lines), 1) + "\n}" if lines else "Record<string, never>"


def _operation(operation: dict[str, Any]) -> str:
    lines = [f"parameters: {_parameters(operation.get('parameters', []))};"]
    body = operation.get("requestBody")
    if body:
        optional = "" if body.get("required") else "?"
        lines.append(f"requestBody{optional}: {{\n  content: {_indent(_content(body['content']), 1).lstrip()};\n}};")
    responses = [f"{status}: {_response(r)};" for status, r in operation["responses"].items()]
    lines.append("responses: {\n" + _indent("\n".join(responses), 1) + "\n};")
    return "{\n" + _indent("\n".join(lines), 1) + "\n}"


def generate(spec: dict[str, Any]) -> str:
    """The whole .d.ts text for a spec (deterministic: same spec, same bytes)."""
    out = [HEADER]
    out.append("export interface paths {")
    for path, item in spec["paths"].items():
        members = [f"{m}: operations[{json.dumps(item[m]['operationId'])}];" for m in METHODS if m in item]
        out.append(_indent(f"{json.dumps(path)}: {{\n" + _indent("\n".join(members), 1) + "\n};", 1))
    out.append("}\n")
    components = spec.get("components", {})
    out.append("export interface components {")
    schemas = [_doc(s) + f"{_key(n)}: {ts_type(s)};" for n, s in components.get("schemas", {}).items()]
    out.append(_indent("schemas: {\n" + _indent("\n".join(schemas), 1) + "\n};", 1))
    responses = [f"{_key(n)}: {_response(r)};" for n, r in components.get("responses", {}).items()]
    out.append(_indent("responses: {\n" + _indent("\n".join(responses), 1) + "\n};", 1))
    out.append("}\n")
    out.append("export interface operations {")
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                operation = item[method]
                text = _doc(operation) + f"{operation['operationId']}: {_operation(operation)};"
                out.append(_indent(text, 1))
    out.append("}\n")
    out.append('export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];')
    out.append('export type ApiError = components["schemas"]["Error"];\n')
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    """The current app's spec as TypeScript, written to FILE (run as `python -m jiliang.client_types FILE`)."""
    import argparse
    from pathlib import Path

    from core.app import create_app
    from core.openapi import build_spec

    parser = argparse.ArgumentParser(description="由 /api/openapi.json 生成小程序使用的 TypeScript 类型")
    parser.add_argument("file", type=Path, help="输出的 .d.ts 文件")
    args = parser.parse_args(argv)
    args.file.parent.mkdir(parents=True, exist_ok=True)
    args.file.write_text(generate(build_spec(create_app())), encoding="utf-8")


if __name__ == "__main__":
    main()
