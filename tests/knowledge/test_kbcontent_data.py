"""The knowledge-base content file: schema, coverage of the FAQ topics, WeChat-sized answers, clean actions."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from tests.support.paths import ROOT as REPO

KB_PATH = REPO / "knowledge" / "data" / "kb.json"
CHECKSET_PATH = REPO / "tests" / "data" / "kbcontent_checkset.jsonl"

# The topic ids of shared/faq/topics.json (the contract with the bot and the evaluation sets), checked against the
# copy in tests/data/faq/.
TOPIC_IDS = [
    "complaint-how-to-file",
    "complaint-mini-program",
    "complaint-materials",
    "complaint-progress",
    "complaint-time-limit",
    "complaint-vs-report",
    "complaint-mediation-failed",
    "complaint-jurisdiction",
    "complaint-withdraw",
    "report-reward",
    "report-anonymous",
    "short-weight-what-to-do",
    "short-weight-tolerance",
    "short-weight-penalty",
    "fair-scale",
    "tare-packaging",
    "cheating-scale",
    "market-operator-duty",
    "gold-jewelry-scale",
    "mandatory-verification-scope",
    "mandatory-catalog",
    "mandatory-verification-fee",
    "mandatory-verification-apply",
    "verification-cycle",
    "mandatory-overdue-penalty",
    "verification-mark",
    "verification-failed",
    "weighbridge",
    "pressure-gauge",
    "medical-instruments",
    "enforcement-instruments",
    "ev-charger",
    "water-meter-inaccurate",
    "electricity-meter-inaccurate",
    "gas-meter-inaccurate",
    "heat-meter",
    "meter-service-life",
    "arbitration-verification",
    "fuel-short-dispensing",
    "fuel-dispenser-tolerance",
    "taxi-meter-complaint",
    "taxi-meter-verification",
    "pricing-scale-verification",
    "buy-scale-merchant",
    "bp-monitor-home",
    "household-scale-testing",
    "optical-shop-equipment",
    "glasses-prescription-wrong",
    "prepack-net-content-short",
    "prepack-shortage-allowance",
    "prepack-labeling",
    "prepack-c-mark",
    "over-packaging",
    "legal-units-what",
    "unit-jin-kg",
    "unit-mu",
    "unit-kwh-du",
    "honest-metrology-demo",
    "registered-metrologist-exam",
    "registered-metrologist-registration",
    "measurement-standard-assessment",
    "calibration-vs-verification",
    "non-mandatory-instruments",
    "calibration-where-fee",
    "measurement-management-system",
    "energy-metering",
    "carbon-metering",
    "world-metrology-day",
    "quality-month",
    "consumer-rights-day-315",
    "office-hours",
    "office-address",
    "human-agent",
    "what-is-metrology",
    "type-approval",
    "greeting",
    "express-delivery-scale",
    "verification-certificate",
    "instrument-repair",
    "grain-purchase",
]

MINIAPP_PAGES = {
    "pages/complaint/new",
    "pages/complaint/list",
    "pages/booking/new",
    "pages/instruments/list",
    "pages/enterprise/register",
}
ENTRY_FIELDS = {"id", "question", "alternatives", "keywords", "answer", "category", "actions", "updated_at"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}\.\d+$")
HAN = re.compile(r"[\u4e00-\u9fff]")
MAX_ANSWER_HAN = 300
MAX_ANSWER_CHARS = 480


def _shared_faq_dir() -> Path:
    """The copy of the team's shared/faq (topics.json, dev.jsonl) kept with the tests."""
    return REPO / "tests" / "data" / "faq"


def normalise(text: str) -> str:
    """Full-width to half-width, lower case, punctuation and spaces dropped: how near-copies are compared."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "Z", "S", "C")))


@pytest.fixture(scope="module")
def kb() -> dict:
    raw = KB_PATH.read_bytes()
    return json.loads(raw.decode("utf-8"))


@pytest.fixture(scope="module")
def entries(kb: dict) -> list[dict]:
    return kb["entries"]


def test_top_level_shape(kb: dict) -> None:
    assert set(kb) == {"version", "entries"}
    assert VERSION.match(kb["version"]), kb["version"]
    assert isinstance(kb["entries"], list) and len(kb["entries"]) >= len(TOPIC_IDS)


def test_file_is_two_space_indented_utf8() -> None:
    text = KB_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_every_entry_has_exactly_the_fields_with_the_right_types(entries: list[dict]) -> None:
    for entry in entries:
        assert set(entry) == ENTRY_FIELDS, entry.get("id")
        assert SLUG.match(entry["id"]), entry["id"]
        for field in ("question", "answer", "category"):
            assert isinstance(entry[field], str) and entry[field].strip(), (entry["id"], field)
        assert SLUG.match(entry["category"]), entry["id"]
        date.fromisoformat(entry["updated_at"])
        assert all(isinstance(a, str) and a.strip() for a in entry["alternatives"]), entry["id"]
        assert all(isinstance(k, str) and k.strip() for k in entry["keywords"]), entry["id"]


def test_ids_are_unique(entries: list[dict]) -> None:
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_every_faq_topic_is_covered_with_its_canonical_question(entries: list[dict]) -> None:
    by_id = {e["id"]: e for e in entries}
    assert [i for i in TOPIC_IDS if i not in by_id] == []
    topics = json.loads((_shared_faq_dir() / "topics.json").read_text(encoding="utf-8"))
    assert sorted(t["id"] for t in topics) == sorted(TOPIC_IDS)
    for topic in topics:
        assert by_id[topic["id"]]["question"] == topic["question"], topic["id"]


def test_alternatives_and_keywords_counts(entries: list[dict]) -> None:
    for entry in entries:
        assert 8 <= len(entry["alternatives"]) <= 15, (entry["id"], len(entry["alternatives"]))
        assert 3 <= len(entry["keywords"]) <= 10, (entry["id"], len(entry["keywords"]))


def test_no_phrasing_is_shared_between_entries(entries: list[dict]) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for entry in entries:
        mine = {normalise(t) for t in [entry["question"], *entry["alternatives"]]}
        for text in mine:
            if owner.setdefault(text, entry["id"]) != entry["id"]:
                clashes.append((text, owner[text], entry["id"]))
    assert clashes == []


def test_answers_fit_a_wechat_reply(entries: list[dict]) -> None:
    for entry in entries:
        answer = entry["answer"]
        assert len(HAN.findall(answer)) <= MAX_ANSWER_HAN, entry["id"]
        assert len(answer) <= MAX_ANSWER_CHARS, entry["id"]
        assert answer == answer.strip(), entry["id"]


def test_actions_are_well_formed(entries: list[dict]) -> None:
    for entry in entries:
        for action in entry["actions"]:
            assert isinstance(action.get("label"), str) and action["label"].strip(), entry["id"]
            kind = action.get("type")
            if kind == "miniapp_page":
                assert set(action) == {"type", "label", "path"} and action["path"] in MINIAPP_PAGES, entry["id"]
            elif kind == "phone":
                assert set(action) == {"type", "label", "value"} and action["value"].isdigit(), entry["id"]
            elif kind == "url":
                assert set(action) == {"type", "label", "url"} and action["url"].startswith("https://"), entry["id"]
            else:
                pytest.fail(f"{entry['id']}: unknown action type {kind!r}")
        kinds = [(a["type"], a.get("path") or a.get("value") or a.get("url")) for a in entry["actions"]]
        assert len(kinds) == len(set(kinds)), entry["id"]


def test_complaint_entries_point_to_an_action(entries: list[dict]) -> None:
    for entry in entries:
        if entry["category"] == "complaint":
            assert entry["actions"], entry["id"]


def _dev_questions() -> list[str]:
    lines = (_shared_faq_dir() / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def _bigrams(text: str) -> set[str]:
    text = normalise(text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def test_no_alternative_copies_a_dev_question(entries: list[dict]) -> None:
    dev = {normalise(q) for q in _dev_questions()}
    copied = [
        (entry["id"], text)
        for entry in entries
        for text in [entry["question"], *entry["alternatives"]]
        if normalise(text) in dev
    ]
    assert copied == []


def test_no_alternative_is_a_light_edit_of_a_dev_question(entries: list[dict]) -> None:
    """The dev set measures the bot: an alternative sharing most of a dev line's character pairs would inflate it."""
    dev = [(q, _bigrams(q)) for q in _dev_questions()]
    close = []
    for entry in entries:
        for text in entry["alternatives"]:
            mine = _bigrams(text)
            for question, theirs in dev:
                if len(mine & theirs) / len(mine | theirs) >= 0.6:
                    close.append((entry["id"], text, question))
    assert close == []


def test_checkset_stays_held_out_and_names_real_entries(entries: list[dict]) -> None:
    """tests/data/kbcontent_checkset.jsonl is a second measurement set: its questions must not leak into the KB."""
    rows = [json.loads(line) for line in CHECKSET_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 200
    ids = {e["id"] for e in entries}
    assert [r["id"] for r in rows if r["id"] is not None and r["id"] not in ids] == []
    assert any(r["id"] is None for r in rows)
    phrasings = {normalise(t) for e in entries for t in [e["question"], *e["alternatives"]]}
    assert [r["q"] for r in rows if normalise(r["q"]) in phrasings] == []
