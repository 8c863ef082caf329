"""Long questions reduced to their question part.

People tell a story and bury the question in it ("昨天去早市买了三斤西红柿……回家一称才两斤六两……我该怎么办").
Every clause of the story shares a word or two with some entry, so the whole text matches nothing well. The
reduction keeps the clauses that ask something (question words) and the clauses that name what the question is
about (domain words of the lexicon), in their order, and drops the narrative (who, when, feelings).
"""

from __future__ import annotations

import re
from collections.abc import Collection

# A question this long or longer is a story: shorter ones are kept whole.
MIN_STORY_CHARS = 28
_CLAUSE_SPLIT = re.compile(r"[，,。.！!？?；;：:、\s]+|(?:然后|结果|可是|但是|不过|后来|所以)")
QUESTION_MARKERS = (
    "怎么",
    "如何",
    "怎样",
    "什么",
    "哪",
    "吗",
    "么",
    "呢",
    "能否",
    "可以",
    "是否",
    "要不要",
    "会不会",
    "有没有",
    "该不该",
    "多少",
    "多久",
    "多长",
    "几",
    "找谁",
    "谁管",
    "该",
    "请问",
    "想问",
    "想知道",
    "不知道",
    "不清楚",
    "不太清楚",
    "求助",
)


def subject_pattern(domain_words: Collection[str]) -> re.Pattern[str]:
    """One regular expression finding any domain word of 2+ characters (longest first)."""
    words = sorted((w for w in domain_words if len(w) > 1), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or r"(?!x)x")


def question_part(text: str, *, subject: re.Pattern[str]) -> str:
    """The clauses of a long text that ask the question or name its subject; the text itself when short or
    when nothing would be left. `text` is normalised (no punctuation but spaces is fine)."""
    if len(text) < MIN_STORY_CHARS:
        return text
    clauses = [c for c in _CLAUSE_SPLIT.split(text) if c]
    if len(clauses) < 2:
        return text
    asks = [any(m in clause for m in QUESTION_MARKERS) for clause in clauses]
    if not any(asks):
        return text
    last_ask = max(i for i, a in enumerate(asks) if a)
    kept = []
    for i, clause in enumerate(clauses):
        names_subject = subject.search(clause) is not None
        if asks[i] or names_subject or i == last_ask - 1:
            kept.append(clause)
    reduced = " ".join(kept)
    return reduced if len(reduced) >= 4 else text
