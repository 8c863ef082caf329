"""Is this a question for us at all? A naive Bayes model over characters and character pairs.

In-domain: every question, alternative and keyword of the knowledge base (metrology and the consumer entries
the bureau answers through 12315). Out-of-domain: `data/out_of_scope.txt`, everyday questions written for this
purpose (other offices' formalities, arithmetic, chit-chat, cooking, utilities, health, travel ...).

The score is the mean log-odds per character pair, so it does not grow with the length of the question and no
single shared word decides it: "身份证丢了怎么补办" shares 丢/补办 with the lost-certificate entry, but most of
its pairs are far likelier in everyday questions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from knowledge.lexicon import DATA_DIR

OUT_OF_SCOPE_FILE = "out_of_scope.txt"
SMOOTHING = 0.5


def read_out_of_scope(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    lines = (data_dir / OUT_OF_SCOPE_FILE).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _features(compact: str) -> list[str]:
    if len(compact) < 2:
        return [compact] if compact else []
    return [compact[i : i + 2] for i in range(len(compact) - 1)] + list(compact)


@dataclass(frozen=True)
class DomainModel:
    log_odds: dict[str, float]  # feature -> log P(f | in) - log P(f | out)
    unseen: float  # log-odds of a feature neither class has seen

    def score(self, compact: str) -> float:
        """Mean log-odds of the text's features: > 0 leans to a question for us, < 0 to everyday talk."""
        features = _features(compact)
        if not features:
            return 0.0
        get, unseen = self.log_odds.get, self.unseen
        return sum(get(f, unseen) for f in features) / len(features)


def train_domain_model(inside: Iterable[str], outside: Iterable[str]) -> DomainModel:
    """Both arguments: normalised texts with no spaces (Analyzer.normalise, spaces removed)."""
    counts_in: Counter[str] = Counter()
    counts_out: Counter[str] = Counter()
    for text in inside:
        counts_in.update(_features(text))
    for text in outside:
        counts_out.update(_features(text))
    vocabulary = len(counts_in.keys() | counts_out.keys()) + 1
    total_in = sum(counts_in.values()) + SMOOTHING * vocabulary
    total_out = sum(counts_out.values()) + SMOOTHING * vocabulary
    base = math.log(total_out / total_in)
    log_odds = {
        f: math.log((counts_in.get(f, 0) + SMOOTHING) / (counts_out.get(f, 0) + SMOOTHING)) + base
        for f in counts_in.keys() | counts_out.keys()
    }
    return DomainModel(log_odds, base)
