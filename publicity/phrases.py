"""Phrase patterns: how staff write what a message must say, for keyword rules and intent patterns, matched in
time linear in the message (never a backtracking regular expression, so no pattern can stall a worker).

A pattern is a sequence of items, matched against the normalised message (full-width to half-width, lower
case, no spaces or punctuation):

- plain text, e.g. `人工客服`, must appear as it is;
- a group `[投诉|举报]` is one of its words; `[的]?` may be left out; `[我|要|想]*` may repeat, or be left out;
  `[一下|吗]+` appears at least once.

Match types: `exact` (the whole message is the pattern), `prefix` (the message starts with it), `contains`
(it appears anywhere). The matcher keeps the set of positions the items so far can reach (a Thompson-style
simulation): each item costs at most (message length × words in the item) comparisons, whatever the input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

MatchType = Literal["exact", "prefix", "contains"]
MAX_PATTERN_CHARS = 400
MAX_ITEMS = 24
MAX_WORDS = 40  # per group
MAX_WORD_CHARS = 20
SYNTAX = "[]|"
QUANTIFIERS = "?*+"


class PhraseError(ValueError):
    """A pattern staff cannot use, with the reason in Chinese."""


@dataclass(frozen=True)
class Item:
    words: tuple[str, ...]
    min: int  # 0 or 1
    repeat: bool  # * or +
    by_first: dict[str, tuple[str, ...]]  # the words by their first character: only those are tried at a position


def _item(words: tuple[str, ...], min_: int, repeat: bool) -> Item:
    by_first: dict[str, tuple[str, ...]] = {}
    for word in words:
        by_first[word[0]] = (*by_first.get(word[0], ()), word)
    return Item(words, min_, repeat, by_first)


@dataclass(frozen=True)
class Phrase:
    source: str
    items: tuple[Item, ...]
    required: tuple[tuple[str, ...], ...]  # one word of each mandatory item must occur (a cheap first check)

    def search(self, norm: str, match: MatchType) -> bool:
        for words in self.required:
            if not any(word in norm for word in words):
                return False
        positions = {0} if match in ("exact", "prefix") else set(range(len(norm) + 1))
        for item in self.items:
            positions = _advance(norm, positions, item)
            if not positions:
                return False
        return len(norm) in positions if match == "exact" else True


def _step(norm: str, positions: set[int], item: Item) -> set[int]:
    end = len(norm)
    return {p + len(w) for p in positions if p < end for w in item.by_first.get(norm[p], ()) if norm.startswith(w, p)}


def _advance(norm: str, positions: set[int], item: Item) -> set[int]:
    reached = _step(norm, positions, item)
    if item.repeat:  # every position reachable by more repetitions, each position visited once
        frontier = reached
        while frontier:
            frontier = _step(norm, frontier, item) - reached
            reached |= frontier
    return reached | positions if item.min == 0 else reached


def compile_phrase(source: str, normalise: Callable[[str], str]) -> Phrase:
    """Parse a pattern (PhraseError with the reason in Chinese when it cannot be used)."""
    if not source.strip():
        raise PhraseError("匹配内容不能为空")
    if len(source) > MAX_PATTERN_CHARS:
        raise PhraseError(f"匹配内容不能超过 {MAX_PATTERN_CHARS} 字")
    items: list[Item] = []
    literal: list[str] = []
    i = 0

    def flush() -> None:
        text = normalise("".join(literal))
        literal.clear()
        if text:
            items.append(_item((text,), 1, False))

    while i < len(source):
        char = source[i]
        if char == "]" or char == "|":
            raise PhraseError(f"“{char}”只能用在 [ ] 里面，如 [投诉|举报]")
        if char != "[":
            literal.append(char)
            i += 1
            continue
        flush()
        end = source.find("]", i + 1)
        if end < 0:
            raise PhraseError("[ 没有配对的 ]")
        body = source[i + 1 : end]
        if "[" in body:
            raise PhraseError("[ ] 不能嵌套")
        words = tuple(dict.fromkeys(normalise(w) for w in body.split("|")))
        if not all(words) or not words:
            raise PhraseError(f"[{body}] 里有空的选项（可以不出现的请在 ] 后加 ?）")
        if len(words) > MAX_WORDS or any(len(w) > MAX_WORD_CHARS for w in words):
            raise PhraseError(f"[ ] 里最多 {MAX_WORDS} 个选项，每个不超过 {MAX_WORD_CHARS} 字")
        quantifier = source[end + 1] if end + 1 < len(source) and source[end + 1] in QUANTIFIERS else ""
        items.append(_item(words, 1 if quantifier in ("", "+") else 0, quantifier in ("*", "+")))
        i = end + 1 + len(quantifier)
    flush()
    if not items:
        raise PhraseError("匹配内容不能只有标点或空格")
    if len(items) > MAX_ITEMS:
        raise PhraseError(f"匹配内容最多 {MAX_ITEMS} 段")
    if all(item.min == 0 for item in items):
        raise PhraseError("匹配内容至少要有一段必须出现的文字（不能全部带 ? 或 *）")
    required = tuple(item.words for item in items if item.min == 1)
    return Phrase(source=source, items=tuple(items), required=required)
