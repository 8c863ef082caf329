"""The domain's versioned data files: commitment text, credit rule, award policy, inspection checklists."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")


@cache
def _load(name: str) -> dict[str, Any]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def commitment_texts() -> dict[str, Any]:
    return _load("commitment.json")


def commitment_text(version: str | None = None) -> dict[str, Any]:
    """One version of the commitment text (the current one by default)."""
    data = commitment_texts()
    wanted = version or data["current"]
    for entry in data["versions"]:
        if entry["version"] == wanted:
            return entry
    raise KeyError(wanted)


def credit_rule() -> dict[str, Any]:
    return _load("credit_rule.json")


def award_policy() -> dict[str, Any]:
    return _load("award_policy.json")


def checklists() -> dict[str, Any]:
    return _load("checklists.json")


def target_types() -> dict[str, dict[str, Any]]:
    return checklists()["target_types"]
