"""Character 1-3-grams as exact 64-bit keys, and the n-grams of many sentences computed in one numpy pass.

A code point fits in 21 bits, so up to three of them pack into one int64 without collisions (unlike a string
hash); normalised text has no NUL, so a gram's length is implied by its code (1-grams < 2**21 <= 2-grams).
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

_BITS = 21


def gram_code(gram: str) -> int:
    code = 0
    for char in gram:
        code = code << _BITS | ord(char)
    return code


def gram_codes(grams: Collection[str]) -> np.ndarray:
    """int64 keys of 1-3-character strings (the query side of the tables built from `SentenceGrams`)."""
    return np.fromiter(map(gram_code, grams), dtype=np.int64, count=len(grams))


class SentenceGrams:
    """The 1-, 2- and 3-grams of many sentences, each sentence belonging to one of `n_entries` entries
    (sentences in entry order)."""

    def __init__(self, sentences: list[str], sentence_entry: np.ndarray, n_entries: int) -> None:
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        points = np.frombuffer("".join(sentences).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        size = len(points)
        points = np.concatenate((points, np.zeros(2, dtype=np.int64)))  # grams past the end are masked out
        self.sentence_of = np.repeat(np.arange(len(sentences), dtype=np.int64), lengths)
        offset = np.arange(size) - (np.cumsum(lengths) - lengths)[self.sentence_of]
        self.remaining = lengths[self.sentence_of] - offset  # characters left in the sentence from here
        first, second, third = points[:size], points[1 : size + 1], points[2 : size + 2]
        self.codes = {
            1: first,
            2: first << _BITS | second,
            3: (first << 2 * _BITS) | (second << _BITS) | third,
        }
        self.lengths = lengths
        self.sentence_entry = sentence_entry
        self.n_entries = n_entries

    def entry_grams(self, selected: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per entry: its distinct 1-3-grams over the selected sentences and their counts, in the order a
        Counter updated sentence by sentence (1-grams, then 2-grams, then 3-grams of each) would list them."""
        codes, sentences = [], []
        for k in (1, 2, 3):
            mask = (self.remaining >= k) & selected[self.sentence_of]
            codes.append(self.codes[k][mask])
            sentences.append(self.sentence_of[mask])
        order = np.argsort(np.concatenate(sentences), kind="stable")  # sentence, then k, then position
        code = np.concatenate(codes)[order]
        entry = self.sentence_entry[np.concatenate(sentences)[order]]
        # group equal (entry, gram): a stable sort keeps each group's first occurrence first
        grouped = np.lexsort((code, entry))
        entry, code = entry[grouped], code[grouped]
        starts = np.flatnonzero(_group_starts(entry, code))
        counts = np.diff(np.append(starts, len(code)))
        by_appearance = np.argsort(grouped[starts], kind="stable")
        keys, counts = code[starts][by_appearance], counts[by_appearance].astype(np.float32)
        splits = np.cumsum(np.bincount(entry[starts], minlength=self.n_entries))[:-1]
        return list(zip(np.split(keys, splits), np.split(counts, splits), strict=True))

    def bigram_sets(self, selected: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per entry: the distinct bigrams of each selected sentence (a one-character sentence is its own
        gram), concatenated, and how many each sentence has (int32)."""
        single = self.lengths[self.sentence_of] == 1
        mask = ((self.remaining >= 2) | single) & selected[self.sentence_of]
        code = np.where(single, self.codes[1], self.codes[2])[mask]
        sentence = self.sentence_of[mask]
        grouped = np.lexsort((code, sentence))
        sentence, code = sentence[grouped], code[grouped]
        first = _group_starts(sentence, code)
        sentence, code = sentence[first], code[first]
        sizes = np.bincount(sentence, minlength=len(self.lengths))[selected].astype(np.int32)
        entry_of_selected = self.sentence_entry[selected]
        gram_splits = np.cumsum(np.bincount(self.sentence_entry[sentence], minlength=self.n_entries))[:-1]
        size_splits = np.cumsum(np.bincount(entry_of_selected, minlength=self.n_entries))[:-1]
        return list(zip(np.split(code, gram_splits), np.split(sizes, size_splits), strict=True))


def _group_starts(outer: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Where a new (outer, inner) pair starts in arrays sorted by both."""
    starts = np.ones(len(outer), dtype=bool)
    starts[1:] = (outer[1:] != outer[:-1]) | (inner[1:] != inner[:-1])
    return starts
