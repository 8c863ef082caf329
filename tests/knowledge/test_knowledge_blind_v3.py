"""The third blind set (tests/data/knowledge_blind_v3.jsonl, see tests/data/faq/BLIND-V3.md) stays apart.

It is the final, honest measurement of the FAQ engine: only measured, never tuned on. These checks need no
engine run and no database; they guard its shape and that it shares no line with anything the engine was built
or tuned against.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from knowledge.calibration import load_calibrator
from knowledge.kbfile import KB_PATH, read_kb
from tests.support.paths import TEST_DATA

BLIND = TEST_DATA / "knowledge_blind_v3.jsonl"
OTHER_SETS = (
    "knowledge_tune.jsonl",
    "knowledge_heldout.jsonl",
    "knowledge_heldout_v2.jsonl",
    "knowledge_paraphrases.jsonl",
    "kbcontent_checkset.jsonl",
    "faq/dev.jsonl",
    "knowledge_blind_v4.jsonl",
)
KINDS = {"ordinary", "hard", "near", "ood"}


def _plain(text: str) -> str:
    """Width, case, punctuation, spaces and emoji dropped: how near-copies between sets are compared."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "Z", "S", "C")))


def _rows(name: str) -> list[dict[str, str | None]]:
    lines = (TEST_DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_blind_v3_set_has_its_size_kinds_and_valid_ids() -> None:
    rows = _rows(BLIND.name)
    kb = {r.id: r.category for r in read_kb(KB_PATH).entries}
    sizes = Counter(row["kind"] for row in rows)
    assert len(rows) >= 500, sizes
    assert set(sizes) == KINDS, sizes
    assert sizes["ordinary"] >= 200 and sizes["hard"] >= 150 and sizes["near"] >= 56 and sizes["ood"] >= 80, sizes
    for row in rows:
        expected, kind = row["id"], row["kind"]
        assert (expected is None) == (kind == "ood"), row
        if expected is not None:
            assert expected in kb, row
            assert (kb[expected] == "consumer") == (kind == "near"), row
    consumer = {i for i, category in kb.items() if category == "consumer"}
    assert {row["id"] for row in rows if row["kind"] == "near"} == consumer


@pytest.mark.parametrize("kind", ["ordinary", "hard"])
def test_every_metrology_entry_is_asked_in_the_blind_v3_set(kind: str) -> None:
    metrology = {r.id for r in read_kb(KB_PATH).entries if r.category != "consumer"}
    asked = {row["id"] for row in _rows(BLIND.name) if row["kind"] == kind}
    assert sorted(metrology - asked) == []


def test_the_blind_v3_set_shares_no_line_with_other_sets_or_the_knowledge_base() -> None:
    mine = [str(row["q"]) for row in _rows(BLIND.name)]
    plain = [_plain(q) for q in mine]
    assert len(set(plain)) == len(plain), "duplicate questions"
    others = {_plain(str(row["q"])) for name in OTHER_SETS for row in _rows(name)}
    others |= {_plain(t) for r in read_kb(KB_PATH).entries for t in (r.question, *r.alternatives)}
    assert [q for q, p in zip(mine, plain, strict=True) if p in others] == []


def test_the_shipped_calibration_was_not_fitted_on_the_blind_v3_set() -> None:
    calibrator = load_calibrator() or pytest.fail("no calibration shipped")
    assert "blind_v3" not in calibrator.trained_on
