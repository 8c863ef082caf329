"""Every legal number in the complaint data files names its source and a confidence label (V verified, S one
secondary source, U unverified), so what rests on S or U can be told apart wherever it is shown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[2] / "complaints" / "data"
LABELS = {"V", "S", "U"}
NUMBER_KEYS = {"days", "value", "max", "max_ratio"}  # a legal limit's value, in every file that has one


def _numbers(node: Any, path: str = "", source: str = "") -> Iterator[tuple[str, dict[str, Any], str]]:
    """Each limit with the source that covers it: its own, else the nearest enclosing one's."""
    if isinstance(node, dict):
        source = str(node.get("source") or source)
        if NUMBER_KEYS & set(node):
            yield path, node, source
        for key, value in node.items():
            yield from _numbers(value, f"{path}.{key}", source)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _numbers(value, f"{path}[{i}]", source)


@pytest.mark.parametrize("name", ["complaint_policy.json", "overpackaging.json"])
def test_each_limit_has_a_label_and_a_source(name: str) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    found = list(_numbers(data))
    assert found, "the walker must see the limits"
    for path, node, source in found:
        assert node.get("label") in LABELS, f"{name}{path}: label {node.get('label')!r}"
        assert source.strip() and source != (data.get("source") or None), f"{name}{path}: no source of its own"


def test_tables_carry_their_label_and_source() -> None:
    prepackaged = json.loads((DATA / "prepackaged_tolerances.json").read_text(encoding="utf-8"))
    for node in (prepackaged, prepackaged["batch_plan"], prepackaged["mass_volume"]["rounding_note"]):
        assert node["label"] in LABELS and node["source"].strip()
    retail = json.loads((DATA / "retail_tolerances.json").read_text(encoding="utf-8"))
    for key in ("equal_accuracy", "reference_accuracy"):
        assert retail[key]["label"] in LABELS and retail[key]["source"].strip()
