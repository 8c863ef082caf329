"""The committed TypeScript types of the mini-program (clients/miniapp/jiliang-api.d.ts) are what the current
spec generates: a change to the contract shows as a diff here until `make client` is run and committed."""

from __future__ import annotations

import difflib

from aiohttp.test_utils import TestClient

from core.openapi_typescript import generate, ts_type
from tests.support.paths import ROOT

CLIENT = ROOT / "clients" / "miniapp" / "jiliang-api.d.ts"


async def test_committed_client_types_match_the_spec(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    current = generate(spec)
    committed = CLIENT.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(committed.splitlines(True), current.splitlines(True), "committed", "spec", n=2))
    assert not diff, f"the API contract changed; run `make client` and commit the new types:\n{diff[:6000]}"
    assert "citizenFileComplaint: {" in committed and '"Idempotency-Key": string;' in committed


def test_schema_translation() -> None:
    assert ts_type({"type": "string", "nullable": True}) == "string | null"
    assert ts_type({"type": "array", "items": {"$ref": "#/components/schemas/A"}}) == 'components["schemas"]["A"][]'
    assert ts_type({"enum": ["a", "b"]}) == '"a" | "b"'
    assert ts_type({"type": "string", "format": "binary"}) == "Blob"
    obj = ts_type({"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}, "y": {}}})
    assert obj == "{\n  x: number;\n  y?: unknown;\n}"
    assert (
        ts_type({"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": True})
        == 'components["schemas"]["A"] | null'
    )
