"""Intent rules: data, matched before the knowledge engine.

A rule fires only when the message *is* the request (a keyword plus a few filler words, matched in full), or
when it starts with an explicit wish such as 我要投诉. A question that merely mentions a keyword, like 投诉多久处理
or 世界计量日是哪一天, is left to the FAQ. `covers` lists the FAQ topics a rule may legitimately take over;
the tests check every FAQ question and development question against it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TRACKING_NO = re.compile(r"JL\d{14}", re.IGNORECASE)
_ASK = r"(?:我|要|想|需要|申请|在线|网上|怎么|如何|怎样|去哪里?|哪里|在哪里?|可以|能|帮我|请问|我想要)*"
_TAIL = r"(?:一下|吗|呢|啊|呀|吧)*"


@dataclass(frozen=True)
class Rule:
    intent: str
    keywords: tuple[str, ...]  # at least one must occur for the patterns to be tried (a cheap first pass)
    full: tuple[str, ...] = ()  # the whole normalised message must match one of these
    prefix: tuple[str, ...] = ()  # ... or start with one of these
    anywhere: tuple[str, ...] = ()  # ... or contain one of these
    covers: frozenset[str] = field(default_factory=frozenset)


RULES: tuple[Rule, ...] = (
    Rule(
        "complaint_status",
        ("投诉", "举报", "进度", "jl"),
        anywhere=(TRACKING_NO.pattern,),
        full=(
            _ASK + r"(?:查询?|查看|看看?|跟踪)?(?:一下)?(?:我的)?(?:投诉|举报)(?:的)?(?:处理)?(?:进度|进展|状态|结果)"
            r"(?:查询|怎么查|如何查|在哪查|在哪里查)?" + _TAIL,
            _ASK + r"(?:查询?|查看)(?:一下)?(?:我的)?(?:投诉|举报)" + _TAIL,
            r"(?:查|查询)?(?:进度|办理进度)(?:查询)?",
        ),
        covers=frozenset({"complaint-progress"}),
    ),
    Rule(
        "complaint",
        ("投诉", "举报"),
        full=(_ASK + r"(?:投诉|举报)(?:商家|商户|经营者|入口|他们|一下)?" + _TAIL,),
        prefix=(r"(?:我要|我想|我想要|帮我)(?:投诉|举报)",),
        covers=frozenset({"complaint-how-to-file", "complaint-mini-program"}),
    ),
    Rule(
        "booking",
        ("预约", "送检"),
        full=(
            _ASK + r"(?:预约)(?:检定|计量检定|强检|强制检定|送检)?" + _TAIL,
            _ASK + r"(?:检定|强检|送检)预约" + _TAIL,
        ),
        prefix=(r"(?:我要|我想|我想要)(?:预约|送检)",),
        covers=frozenset({"mandatory-verification-apply"}),
    ),
    Rule(
        "campaign",
        ("活动", "世界计量日", "质量月", "315", "3·15", "三一五", "消费者权益日"),
        full=(
            r"(?:最近|近期|现在|本月|今年|这个月)?(?:有什么|有啥|有哪些)?(?:的)?"
            r"(?:活动|世界计量日|质量月|3·?15|三一五|消费者权益日)(?:的)?(?:活动)?(?:有哪些|有什么|是什么)?" + _TAIL,
        ),
        covers=frozenset({"world-metrology-day", "quality-month", "consumer-rights-day-315"}),
    ),
    Rule(
        "human",
        ("人工", "客服"),
        full=(
            r"(?:我要|我想|请|帮我)?(?:转|找|接|联系)?人工(?:客服|服务|坐席)?" + _TAIL,
            r"(?:我要|我想|请)?(?:联系|找)?客服" + _TAIL,
        ),
        covers=frozenset({"human-agent"}),
    ),
)

_PUNCT = re.compile(r"[\s,.!?;:~，。！？；：、…～\"'“”‘’()（）【】\[\]]+")
_COMPILED = [
    (
        rule,
        [re.compile(p) for p in rule.full],
        [re.compile(p) for p in rule.prefix],
        [re.compile(p, re.IGNORECASE) for p in rule.anywhere],
    )
    for rule in RULES
]


def normalise(text: str) -> str:
    """Full-width to half-width, lower case, no spaces or punctuation (except the 3·15 dot)."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text)).lower().replace("・", "·")


@dataclass(frozen=True)
class Match:
    intent: str
    tracking_no: str | None = None


def match_intent(text: str) -> Match | None:
    norm = normalise(text)
    if not norm:
        return None
    for rule, full, prefix, anywhere in _COMPILED:
        if not any(keyword in norm for keyword in rule.keywords):
            continue
        for pattern in anywhere:
            if found := pattern.search(norm):
                return Match(rule.intent, tracking_no=found.group(0).upper())
        if any(p.fullmatch(norm) for p in full) or any(p.match(norm) for p in prefix):
            return Match(rule.intent)
    return None


def parse_choice(text: str) -> int | None:
    """'1', '２', '第1个' -> 1: the pick of a numbered suggestion."""
    norm = normalise(text)
    match = re.fullmatch(r"(?:第)?([1-9])(?:个|条|项)?", norm)
    return int(match.group(1)) if match else None
