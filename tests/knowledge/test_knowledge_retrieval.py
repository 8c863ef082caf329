"""The retrieval engine on its own: normalisation, lexicon, ranking, bands, out-of-domain rejection."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jieba
import pytest

from knowledge.evaluation import evaluate
from knowledge.index import FaqIndex, build_index
from knowledge.kbfile import KB_PATH, read_kb
from knowledge.runtime import FALLBACK_ANSWER, index_from_file, respond
from tests.support.paths import TEST_DATA


def test_normalisation_folds_width_case_punctuation_and_typos(sample_index: FaqIndex) -> None:
    analyzer = sample_index.analyzer
    assert analyzer.normalise("ＡＢＣ，１２３１５！") == "abc 12315"
    assert analyzer.normalise("3·15当天") == "315当天"
    assert analyzer.normalise("电子称不准") == "电子秤不准"
    assert analyzer.normalise("買菜檢定") == "买菜检定"


def test_synonyms_fold_colloquial_words_onto_one_canonical_word(sample_index: FaqIndex) -> None:
    tokens = sample_index.analyzer.tokens
    for variant in ("缺斤少两", "短斤少两", "少秤", "缺秤"):
        assert "缺斤短两" in tokens(f"遇到{variant}了"), variant
    assert "检定" in tokens("要去鉴定吗")
    assert "加油机" in tokens("油枪有问题")
    assert {"家用秤", "秤"} <= set(tokens("体重秤"))  # broader word added next to the canonical one
    assert "怎么" not in tokens("怎么办")  # stopwords stay out


def test_private_tokenizer_leaves_the_global_one_alone(sample_index: FaqIndex) -> None:
    assert sample_index.analyzer.tokenizer is not jieba.dt
    assert "缺斤短两" in sample_index.analyzer.tokenizer.FREQ
    assert "短斤缺两" not in jieba.dt.FREQ


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("买东西缺斤少两怎么办", "short-weight-what-to-do"),  # variant of the canonical word
        ("鬼秤怎么认出来", "cheating-scale"),  # 俗称
        ("开超市的电子称要不要年检", "pricing-scale-verification"),  # typo 电子称
        ("加油枪加的油不够", "fuel-short-dispensing"),  # 油枪 -> 加油机
        ("強檢收費嗎", "mandatory-verification-fee"),  # traditional characters
        ("自来水表跑得快", "water-meter-inaccurate"),
        ("你好", "greeting"),
    ],
)
def test_answers_questions_as_people_ask_them(sample_index: FaqIndex, question: str, expected: str) -> None:
    result = sample_index.search(question)
    assert result.best is not None and result.best.faq_id == expected, result
    assert result.band == "confident", result


def test_a_long_story_ranks_its_topic_first_and_is_not_dismissed(sample_index: FaqIndex) -> None:
    result = sample_index.search("菜市场称的菜少了二两，老板不认账，我该怎么办")
    assert result.best is not None and result.best.faq_id == "short-weight-what-to-do"
    assert result.band in ("confident", "suggest")


@pytest.mark.parametrize(
    "question", ["明天呼和浩特天气怎么样", "驾照扣分怎么查", "帮我订一张火车票", "医保卡怎么激活", "你会唱歌吗"]
)
def test_out_of_domain_questions_get_no_confident_answer(sample_index: FaqIndex, question: str) -> None:
    answer, result = respond(sample_index, question)
    assert result.band != "confident"
    assert answer.faq_id is None


def test_fallback_names_12315_and_suggestions_are_at_most_three(sample_index: FaqIndex) -> None:
    answer, _ = respond(sample_index, "医保卡怎么激活")
    assert answer.band == "fallback" and "12315" in answer.answer and answer.suggestions == []
    assert "12315" in FALLBACK_ANSWER


def test_middle_band_offers_up_to_three_suggestions(sample_index: FaqIndex) -> None:
    strict = dataclasses.replace(
        sample_index.tuning, answer_threshold=1.01, answer_threshold_outside=1.01, suggest_threshold=0.01
    )
    index = build_index(sample_index.records, analyzer=sample_index.analyzer, version="strict", tuning=strict)
    answer, result = respond(index, "秤不准")
    assert result.band == "suggest", result
    assert answer.faq_id is None
    assert 1 <= len(answer.suggestions) <= 3
    assert answer.suggestions[0].faq_id == result.candidates[0].faq_id
    assert answer.answer.startswith("您是想问")
    assert all(s.question in answer.answer for s in answer.suggestions)


def test_confidence_orders_bands(sample_index: FaqIndex) -> None:
    tuning = sample_index.tuning
    assert 0 < tuning.suggest_threshold < tuning.answer_threshold < 1
    confident = sample_index.search("公平秤在哪里")
    chatter = sample_index.search("今天吃什么好")
    assert confident.confidence >= tuning.answer_threshold > chatter.confidence


def test_empty_and_punctuation_only_questions_fall_back(sample_index: FaqIndex) -> None:
    for question in ("", "？？？", "   "):
        result = sample_index.search(question)
        assert result.band == "fallback" and result.candidates == ()


def test_paraphrase_check_set_on_the_real_knowledge_base(knowledge_cache_dir: Path) -> None:
    """Our own paraphrases (never dev.jsonl lines) against the shipped kb.json, when it is present."""
    if not KB_PATH.exists():
        pytest.skip("knowledge/data/kb.json is written on the kbcontent branch")
    index = index_from_file(KB_PATH, cache_dir=knowledge_cache_dir)
    lines = (TEST_DATA / "knowledge_paraphrases.jsonl").read_text(encoding="utf-8")
    items = [(d["q"], d["id"]) for d in map(json.loads, lines.splitlines())]
    report = evaluate(index, items)
    assert report.top1_rate >= 0.85, report.lines()
    assert report.top3_rate >= 0.95, report.lines()
    assert report.rejection_rate >= 0.7, report.lines()
    ids = {r.id for r in read_kb(KB_PATH).entries}
    assert {expected for _, expected in items if expected} <= ids


def test_rebuild_after_an_edit_reuses_unchanged_entries_and_ranks_like_a_fresh_build(
    sample_index: FaqIndex,
) -> None:
    records = list(sample_index.records)
    records[0] = dataclasses.replace(records[0], alternatives=(*records[0].alternatives, "秤到底准不准"))
    rebuilt = build_index(records, analyzer=sample_index.analyzer, version="edited", previous=sample_index)
    fresh = build_index(records, analyzer=sample_index.analyzer, version="fresh")
    assert rebuilt.features[0] is not sample_index.features[0]
    assert all(new is old for new, old in zip(rebuilt.features[1:], sample_index.features[1:], strict=True))
    for question in ("秤到底准不准", "公平秤在哪里", "电子秤需要检定吗", "今天吃什么好", "缺斤少两怎么办"):
        assert rebuilt.search(question) == fresh.search(question), question
    # another tuning changes what each entry contributes: nothing is reused then
    strict = dataclasses.replace(sample_index.tuning, w_keyword=2.0)
    retuned = build_index(records, analyzer=sample_index.analyzer, version="t", tuning=strict, previous=rebuilt)
    assert not any(new is old for new, old in zip(retuned.features, rebuilt.features, strict=True))


def test_segmentation_is_jiebas_precise_mode(sample_index: FaqIndex) -> None:
    analyzer = sample_index.analyzer
    pieces = ["电子秤需要检定吗", "gb7724标准的计量器具", "abc执gb123", "㐀㐁测试混合abc", "1.5kg的大米", "x"]
    for piece in pieces:
        assert analyzer.segment(piece) == analyzer.tokenizer.lcut(piece, HMM=False), piece


def test_keys_that_share_a_str_hash_stay_apart(sample_index: FaqIndex) -> None:
    # CPython hashes a str's internal bytes: "执" (UCS-2) and "gb" (Latin-1) are both b"gb" to it
    assert hash("执") == hash("gb")
    records = [
        dataclasses.replace(sample_index.records[0], id="licence", question="执照"),
        dataclasses.replace(sample_index.records[1], id="standard", question="gb标准"),
    ]
    index = build_index(records, analyzer=sample_index.analyzer, version="collide")
    rows = index.entries_table.find(["执", "gb"])
    assert rows["执"] != rows["gb"]
    assert index.entries_table.postings(rows["执"])[0].tolist() == [0]
    assert index.entries_table.postings(rows["gb"])[0].tolist() == [1]
