"""The reproducible 双随机 draw.

Inputs are published as sorted lists of [id, name] with a SHA-256 over their canonical JSON. Each candidate is
ranked by SHA-256("<seed>|target|<id>"); the `sample_size` lowest are the targets. For each target the
inspectors are ranked by SHA-256("<seed>|inspector|<target id>|<staff id>") and the lowest
`inspectors_per_target` are assigned. Anyone holding the seed and the inputs can redo it with any SHA-256 tool.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass

DRAW_VERSION = "sha256-rank-v1"


@dataclass(frozen=True)
class DrawResult:
    seed: str
    inputs_hash: str
    assignments: list[dict[str, object]]  # [{"business_id": int, "inspector_ids": [int, ...]}]


def new_seed() -> str:
    return secrets.token_hex(16)


def canonical_inputs(targets: list[list[object]], inspectors: list[list[object]]) -> str:
    return json.dumps({"targets": targets, "inspectors": inspectors}, ensure_ascii=False, separators=(",", ":"))


def inputs_hash(targets: list[list[object]], inspectors: list[list[object]]) -> str:
    return hashlib.sha256(canonical_inputs(targets, inspectors).encode("utf-8")).hexdigest()


def _rank(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_draw(
    *,
    seed: str,
    targets: list[list[object]],
    inspectors: list[list[object]],
    sample_size: int,
    inspectors_per_target: int,
) -> DrawResult:
    """The draw from `seed` over sorted inputs; the same arguments always give the same result."""
    target_ids = sorted(int(t[0]) for t in targets)  # type: ignore[call-overload]
    inspector_ids = sorted(int(i[0]) for i in inspectors)  # type: ignore[call-overload]
    chosen = sorted(target_ids, key=lambda tid: _rank(f"{seed}|target|{tid}"))[:sample_size]
    assignments: list[dict[str, object]] = []
    for tid in sorted(chosen):
        ranked = sorted(inspector_ids, key=lambda sid: _rank(f"{seed}|inspector|{tid}|{sid}"))
        assignments.append({"business_id": tid, "inspector_ids": ranked[:inspectors_per_target]})
    return DrawResult(seed=seed, inputs_hash=inputs_hash(targets, inspectors), assignments=assignments)
