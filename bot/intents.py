"""Intents: matched before the knowledge engine, from the bot content as data (publicity.bot_content).

The patterns of the 投诉 / 预约 / 查进度 / 活动 / 人工 intents are data: `bot/data/intents.json` is what ships
(version 0 of the bot content), and the publicity office edits them in the console like the keyword rules,
live after a second person approves the version. A pattern fires only when the message *is* the request (a
keyword plus a few filler words, matched in full), or when it starts with an explicit wish such as 我要投诉. A
question that merely mentions a keyword, like 投诉多久处理 or 世界计量日是哪一天, is left to the FAQ. `covers`
in the data lists the FAQ topics an intent may legitimately take over; the tests check every FAQ question and
development question against the shipped patterns.

Patterns are phrase patterns (publicity.phrases), matched in time linear in the message: the regular
expressions that were here backtracked exponentially on a message like 我想要我想要…投诉x.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from publicity.bot_content import BotContent

TRACKING_NO = re.compile(r"JL\d{14}", re.IGNORECASE)  # the complaints system's numbers: always 查进度
DATA_PATH = Path(__file__).parent / "data" / "intents.json"

_PUNCT = re.compile(r"[\s,.!?;:~，。！？；：、…～\"'“”‘’()（）【】\[\]]+")


def normalise(text: str) -> str:
    """Full-width to half-width, lower case, no spaces or punctuation (except the 3·15 dot)."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text)).lower().replace("・", "·")


@cache
def intent_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    return data


def shipped_patterns() -> list[dict[str, Any]]:
    return [dict(pattern) for pattern in intent_data()["patterns"]]


def covers() -> dict[str, frozenset[str]]:
    return {intent: frozenset(ids) for intent, ids in intent_data()["covers"].items()}


@dataclass(frozen=True)
class Match:
    intent: str
    tracking_no: str | None = None


def match_intent(text: str, content: BotContent | None = None) -> Match | None:
    """The intent of a message under `content` (default: the shipped bot content, version 0)."""
    found = (content or _shipped_content()).intent_of(text)
    return Match(found[0], tracking_no=found[1]) if found else None


@cache
def _shipped_content() -> BotContent:
    from publicity.bot_content import default_content

    return default_content()


def parse_choice(text: str) -> int | None:
    """'1', '２', '第1个' -> 1: the pick of a numbered suggestion."""
    norm = normalise(text)
    match = re.fullmatch(r"(?:第)?([1-9])(?:个|条|项)?", norm)
    return int(match.group(1)) if match else None
