"""Where legal answers come from (data/sources.json): the citation shown under an answer, and the entries whose
source needs a look (replaced or repealed, checked too long ago, or only known from memory)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from knowledge.lexicon import DATA_DIR

SOURCES_FILE = "sources.json"
STALE_STATUSES = frozenset({"replaced", "repealed", "expired"})


UNVERIFIED = "U"  # the label of a source nobody has checked in its text (V verified, S one secondary source)


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    status: str  # in_force | replaced | repealed | expired
    checked: date
    label: str  # V | S | M (see docs/facts.md)
    replaced_by: str | None = None


@dataclass(frozen=True)
class Cite:
    source: str
    article: str = ""


@dataclass(frozen=True)
class EntryCitation:
    cites: tuple[Cite, ...]
    checked: date


@dataclass(frozen=True)
class ReviewItem:
    entry_id: str
    reasons: tuple[str, ...]  # Chinese, for the console
    sources: tuple[str, ...]  # titles cited
    checked: date


@dataclass(frozen=True)
class SourceBook:
    version: str
    review_after_days: int
    sources: dict[str, Source]
    citations: dict[str, EntryCitation]

    def citation_line(self, entry_id: str) -> str | None:
        """ "依据：《...》第...条；JJG ...（核对于 2026-12-03）" for an entry with a legal source, else None."""
        citation = self.citations.get(entry_id)
        if citation is None:
            return None
        # An unverified source is named as such: nothing unverified is shown to citizens as certain.
        parts = []
        for cite in citation.cites:
            source = self.sources[cite.source]
            parts.append(source.title + cite.article + ("（待核实）" if source.label == UNVERIFIED else ""))
        return f"依据：{'；'.join(parts)}（核对于{citation.checked.isoformat()}）"

    def review(self, entry_ids: list[str], *, today: date) -> list[ReviewItem]:
        """Entries (of `entry_ids`, in that order) whose sources need a look, with the reasons."""
        items = []
        for entry_id in entry_ids:
            citation = self.citations.get(entry_id)
            if citation is None:
                continue
            reasons: list[str] = []
            for cite in citation.cites:
                source = self.sources[cite.source]
                if source.status in STALE_STATUSES:
                    successor = self.sources.get(source.replaced_by or "")
                    state = {"replaced": "已被替代", "repealed": "已废止", "expired": "已失效"}[source.status]
                    reasons.append(f"{source.title}{state}" + (f"，现行：{successor.title}" if successor else ""))
                elif source.label == UNVERIFIED:
                    reasons.append(f"{source.title}未经核实")
            if (today - citation.checked).days > self.review_after_days:
                reasons.append(f"上次核对为{citation.checked.isoformat()}，已超过{self.review_after_days}天")
            if reasons:
                titles = tuple(self.sources[c.source].title for c in citation.cites)
                items.append(ReviewItem(entry_id, tuple(reasons), titles, citation.checked))
        return items


def parse_source_book(raw: dict) -> SourceBook:
    sources = {
        key: Source(
            key=key,
            title=value["title"],
            status=value["status"],
            checked=date.fromisoformat(value["checked"]),
            label=value.get("label", UNVERIFIED),
            replaced_by=value.get("replaced_by"),
        )
        for key, value in raw["sources"].items()
    }
    citations = {}
    for entry_id, value in raw["citations"].items():
        cites = tuple(Cite(c["source"], c.get("article", "")) for c in value["cites"])
        unknown = [c.source for c in cites if c.source not in sources]
        if unknown:
            raise ValueError(f"sources.json: {entry_id} cites unknown sources {unknown}")
        citations[entry_id] = EntryCitation(cites, date.fromisoformat(value["checked"]))
    return SourceBook(str(raw.get("version", "")), int(raw.get("review_after_days", 365)), sources, citations)


@cache
def load_source_book(data_dir: Path = DATA_DIR) -> SourceBook:
    return parse_source_book(json.loads((data_dir / SOURCES_FILE).read_text(encoding="utf-8")))


def cited_answer(entry_id: str, answer: str) -> str:
    """The answer as the citizen sees it: with its legal source and check date, when it has one."""
    line = load_source_book().citation_line(entry_id)
    return f"{answer}\n{line}" if line else answer
