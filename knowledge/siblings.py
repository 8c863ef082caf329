"""Sibling entries: same subject, different question (data/siblings.json).

The ranker sees mostly the subject ("缺斤短两"), so siblings score alike; what tells them apart is a few words of
intent ("罚", "撤回", "考过了"). `SiblingRules` finds, for the best candidates, which of them the question's
words ask for, and whether the two best are siblings the question does not tell apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from knowledge.lexicon import DATA_DIR

SIBLINGS_FILE = "siblings.json"


@dataclass(frozen=True)
class SiblingRules:
    groups: tuple[dict[str, tuple[str, ...]], ...]  # per group: entry id -> cue words

    def related(self, a: str, b: str) -> bool:
        return any(a in group and b in group for group in self.groups)

    def preference(self, best: str, rival: str, text: str) -> int:
        """+1 when `text` has more of `best`'s cue words than of `rival`'s in a group they share, -1 the other
        way round, 0 when no shared group tells them apart (cue words counted in characters)."""
        verdict = 0
        for group in self.groups:
            if best in group and rival in group:
                mine = sum(len(cue) for cue in group[best] if cue in text)
                theirs = sum(len(cue) for cue in group[rival] if cue in text)
                if theirs > mine:
                    return -1
                if mine > theirs:
                    verdict = 1
        return verdict


def load_sibling_rules(data_dir: Path = DATA_DIR) -> SiblingRules:
    path = data_dir / SIBLINGS_FILE
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"groups": []}
    groups = tuple({faq_id: tuple(cues) for faq_id, cues in group["cues"].items()} for group in raw.get("groups", []))
    return SiblingRules(groups)
