"""Is this a question for us at all? A naive Bayes model over characters and character pairs.

In-domain: the questions and alternatives of the knowledge base (metrology and the consumer entries the bureau
answers through 12315), as the index already holds them (their character n-grams, `EntryFeatures.gram_keys`):
training costs a few numpy operations, no text is analysed again. Out-of-domain: `data/out_of_scope.txt`,
everyday questions written for this purpose (other offices' formalities, arithmetic, chit-chat, cooking,
utilities, health, travel ...).

The score is the mean log-odds per character and character pair of the question's canonical words, so it does
not grow with the length of the question and no single shared word decides it: "身份证丢了怎么补办" shares
丢失/补办 with the lost-certificate entry, but most of its pairs are far likelier in everyday questions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.grams import gram_codes
from knowledge.lexicon import DATA_DIR

OUT_OF_SCOPE_FILE = "out_of_scope.txt"
SMOOTHING = 0.5
_CHAR_LIMIT = 1 << 21  # codes of single characters are below it, of pairs below _PAIR_LIMIT (knowledge.grams)
_PAIR_LIMIT = 1 << 42


def read_out_of_scope(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    lines = (data_dir / OUT_OF_SCOPE_FILE).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def text_grams(compact: str) -> list[str]:
    """Characters and character pairs of a compact text (canonical words joined)."""
    return [*compact, *(compact[i : i + 2] for i in range(len(compact) - 1))]


@dataclass(frozen=True)
class DomainModel:
    log_odds: dict[str, float]  # gram -> log P(g | in) - log P(g | out) (a dict: a question has a few dozen grams)
    unseen: float  # log-odds of a gram neither class has seen

    def score(self, compact: str) -> float:
        """Mean log-odds of the text's grams: > 0 leans to a question for us, < 0 to everyday talk."""
        grams = text_grams(compact)
        if not grams:
            return 0.0
        get, unseen = self.log_odds.get, self.unseen
        return sum(get(g, unseen) for g in grams) / len(grams)


def _gram_of(code: int) -> str:
    return chr(code) if code < _CHAR_LIMIT else chr(code >> 21) + chr(code & (_CHAR_LIMIT - 1))


def train_domain_model(inside: Iterable[tuple[np.ndarray, np.ndarray]], outside: Iterable[str]) -> DomainModel:
    """`inside`: per entry, its gram codes and counts (1-3-grams; the 3-grams are left out here);
    `outside`: compact texts of everyday questions."""
    parts = list(inside)
    keys_in = np.concatenate([k for k, _ in parts]) if parts else np.zeros(0, dtype=np.int64)
    counts_in = np.concatenate([c for _, c in parts]).astype(np.float64) if parts else np.zeros(0)
    pairs = keys_in < _PAIR_LIMIT
    keys_in, counts_in = keys_in[pairs], counts_in[pairs]
    keys_out = gram_codes([g for text in outside for g in text_grams(text)])
    keys = np.unique(np.concatenate([keys_in, keys_out]))
    n_in = np.bincount(np.searchsorted(keys, keys_in), weights=counts_in, minlength=len(keys))
    n_out = np.bincount(np.searchsorted(keys, keys_out), minlength=len(keys)).astype(np.float64)
    vocabulary = len(keys) + 1
    total_in = n_in.sum() + SMOOTHING * vocabulary
    total_out = n_out.sum() + SMOOTHING * vocabulary
    base = float(np.log(total_out / total_in))
    log_odds = np.log((n_in + SMOOTHING) / (n_out + SMOOTHING)) + base
    return DomainModel(dict(zip(map(_gram_of, keys.tolist()), log_odds.tolist(), strict=True)), base)
