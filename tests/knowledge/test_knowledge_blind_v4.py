"""The fourth evaluation set, knowledge_blind_v4.jsonl, written blind (tests/data/faq/BLIND-V4.md): its shape, and
that it stays apart from every set the engine was tuned or developed on. Only measured, never tuned on."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from knowledge.calibration import load_calibrator
from knowledge.kbfile import KB_PATH, read_kb
from tests.support.paths import TEST_DATA

BLIND = TEST_DATA / "knowledge_blind_v4.jsonl"
KINDS = {"ordinary", "hard", "near", "ood"}
# Sets the engine may have seen while being tuned or developed; the sibling blind set is checked when present.
OTHER_SETS = (
    "knowledge_tune.jsonl",
    "knowledge_heldout.jsonl",
    "knowledge_heldout_v2.jsonl",
    "knowledge_paraphrases.jsonl",
    "faq/dev.jsonl",
    "knowledge_blind_v3.jsonl",
)


def _plain(text: str) -> str:
    """Width, case, punctuation, spaces and emoji dropped: how near-copies between sets are compared."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "Z", "S", "C")))


def _rows() -> list[dict[str, str | None]]:
    return [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_blind_v4_set_labels_every_line_with_a_real_entry_and_covers_every_metrology_entry() -> None:
    rows = _rows()
    assert len(rows) >= 480
    assert all(set(row) == {"q", "id", "kind"} and str(row["q"]).strip() for row in rows)
    categories = {r.id: r.category for r in read_kb(KB_PATH).entries}
    sizes = Counter(row["kind"] for row in rows)
    assert set(sizes) == KINDS, sizes
    assert sizes["ordinary"] >= 200 and sizes["hard"] >= 160 and sizes["near"] >= 55 and sizes["ood"] >= 55, sizes
    for row in rows:
        expected = row["id"]
        assert (expected is None) == (row["kind"] == "ood"), row
        if expected is not None:
            assert expected in categories, row
            assert (categories[expected] == "consumer") == (row["kind"] == "near"), row
    metrology = {i for i, category in categories.items() if category != "consumer"}
    consumer = set(categories) - metrology
    for kind in ("ordinary", "hard"):
        assert {row["id"] for row in rows if row["kind"] == kind} == metrology, kind
    assert {row["id"] for row in rows if row["kind"] == "near"} == consumer
    mine = [_plain(str(row["q"])) for row in rows]
    assert len(set(mine)) == len(mine), "duplicate questions"


def test_the_blind_v4_set_shares_no_line_with_the_knowledge_base_or_another_set() -> None:
    others: set[str] = set()
    for name in OTHER_SETS:
        path = TEST_DATA / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            others |= {_plain(json.loads(line)["q"]) for line in lines if line.strip()}
    for record in read_kb(KB_PATH).entries:
        others |= {_plain(record.question), *(_plain(a) for a in record.alternatives)}
    assert len(others) > 1000  # the sets were really read
    assert [row["q"] for row in _rows() if _plain(str(row["q"])) in others] == []


def test_the_shipped_calibration_was_not_fitted_on_the_blind_v4_set() -> None:
    calibrator = load_calibrator() or pytest.fail("no calibration shipped")
    assert "blind_v4" not in calibrator.trained_on
