"""Text analysis shared by the index and the queries: normalisation, a private jieba tokenizer, synonyms.

Pure apart from jieba's dictionary cache (written under `cache_dir`). Building an Analyzer costs about a second
of CPU (jieba's prefix dictionary), so it is built once per process, off the event loop, and reused by every
index rebuild. After construction its only state that changes is a bounded memo of what each token contributes,
filled with single dict assignments (atomic under the GIL), so it is safe to share between threads.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import jieba

import knowledge.lexicon
from knowledge.lexicon import Lexicon

# Everything that is not a letter, digit or CJK ideograph separates words.
_NON_WORD = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)[·•・]+(?=\d)")
# jieba's own block pattern (jieba.re_han_default) and the ASCII letters it glues (jieba.re_eng)
_JIEBA_BLOCK = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+")
_JIEBA_BLOCK_SPLIT = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
# distinct tokens whose terms are remembered (the synthetic 20,000-entry benchmark KB has about 90,000)
_MAX_MEMOISED_TOKENS = 200_000
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True)
class Analysis:
    normalised: str
    words: tuple[str, ...]  # precise-mode canonical content words
    search: tuple[str, ...]  # words plus their known sub-words and broader words (for matching)
    compact: str  # canonical words joined, for character n-grams


class Analyzer:
    def __init__(self, lexicon: Lexicon, *, cache_dir: Path) -> None:
        self.lexicon = lexicon
        cache_dir.mkdir(parents=True, exist_ok=True)
        tokenizer = jieba.Tokenizer()  # private: never the global jieba.dt
        tokenizer.tmp_dir = str(cache_dir)
        tokenizer.initialize()
        tokenizer.load_userdict(str(lexicon.userdict_path))
        for word in lexicon.canonical:  # every synonym variant must come out as one token
            if len(word) > 1 and not tokenizer.FREQ.get(word):
                tokenizer.add_word(word, freq=300)
        self.tokenizer = tokenizer
        self._typos = sorted(lexicon.typo_phrases.items(), key=lambda kv: -len(kv[0]))
        self._char_table = str.maketrans(lexicon.typo_chars)
        self._token_terms: dict[str, tuple[str | None, tuple[str, ...]]] = {}
        total = float(tokenizer.total)
        # General-language rarity of a word (jieba's corpus): a prior for words the knowledge base never uses.
        self._log_total = math.log(total)
        self.fingerprint = _fingerprint(lexicon, tokenizer)

    def forget_tokens(self) -> None:
        """Drop the memo of what each token adds: the state of a fresh process (benchmarks)."""
        self._token_terms.clear()

    def normalise(self, text: str) -> str:
        """Full-width -> half-width, lower case, typo fixes; punctuation becomes a single space."""
        text = unicodedata.normalize("NFKC", text).lower().translate(self._char_table)
        text = _DOT_BETWEEN_DIGITS.sub("", text)
        for wrong, right in self._typos:
            if wrong in text:
                text = text.replace(wrong, right)
        return _NON_WORD.sub(" ", text).strip()

    def analyse(self, text: str) -> Analysis:
        """One segmentation pass (precise mode) giving everything the index needs. Texts are not memoised (an
        index rebuild reuses the previous index's per-entry results instead); what each token adds is."""
        norm = self.normalise(text)
        words: list[str] = []
        search: list[str] = []
        known, token_terms = self._token_terms, self._terms_of
        for piece in norm.split():
            for raw in self.segment(piece):
                terms = known.get(raw)
                if terms is None:
                    terms = token_terms(raw)
                search += terms[1]
                if terms[0] is not None:
                    words.append(terms[0])
        compact = "".join(words) or norm.replace(" ", "")
        return Analysis(norm, tuple(words), tuple(search), compact)

    def _terms_of(self, raw: str) -> tuple[str | None, tuple[str, ...]]:
        """What one segmented token contributes: its canonical word (None for a stopword) and its search terms.
        Tokens repeat across texts far more than texts do, so this is memoised (bounded: queries can bring
        any number of new tokens, such as numbers)."""
        lexicon, freq = self.lexicon, self.tokenizer.FREQ
        search: list[str] = []

        def emit(token: str) -> None:
            if token in lexicon.stopwords:
                return
            token = lexicon.canonical.get(token, token)
            search.append(token)
            search.extend(lexicon.broader.get(token, ()))

        # jieba's search mode, derived from the same pass: known 2- and 3-character parts of long words
        if len(raw) > 2:
            for size in (2, 3) if len(raw) > 3 else (2,):
                for i in range(len(raw) - size + 1):
                    part = raw[i : i + size]
                    if freq.get(part):
                        emit(part)
        emit(raw)
        word = None if raw in lexicon.stopwords else sys.intern(lexicon.canonical.get(raw, raw))
        terms = (word, tuple(map(sys.intern, search)))
        if len(self._token_terms) < _MAX_MEMOISED_TOKENS:
            self._token_terms[raw] = terms
        return terms

    def segment(self, piece: str) -> list[str]:
        """jieba's precise mode without HMM (`Tokenizer.lcut(piece, HMM=False)`), token for token, for a
        normalised piece (no spaces), at about twice the speed: jieba's word graph and best route are computed
        in one backward pass over plain lists, with the same floating-point operations and tie-breaks."""
        if _JIEBA_BLOCK.fullmatch(piece):
            return self._segment_block(piece)
        tokens: list[str] = []
        for block in _JIEBA_BLOCK_SPLIT.split(piece):
            if not block:
                continue
            if _JIEBA_BLOCK.fullmatch(block):
                tokens += self._segment_block(block)
            else:  # outside jieba's CJK range: one token per character, as jieba does
                tokens += block
        return tokens

    def _segment_block(self, block: str) -> list[str]:
        n = len(block)
        best_end = self._route(block)
        tokens: list[str] = []
        letters = ""
        at = 0
        while at < n:
            stop = best_end[at] + 1
            word = block[at:stop]
            if stop - at == 1 and word in _ASCII_ALNUM:
                letters += word  # jieba glues single letters and digits together
            else:
                if letters:
                    tokens.append(letters)
                    letters = ""
                tokens.append(word)
            at = stop
        if letters:
            tokens.append(letters)
        return tokens

    def _route(self, block: str) -> list[int]:
        """Where the best word starting at each position ends (inclusive)."""
        freq, log, log_total = self.tokenizer.FREQ, math.log, self._log_total
        n = len(block)
        best_score = [0.0] * (n + 1)
        best_end = [0] * (n + 1)
        for start in range(n - 1, -1, -1):
            # jieba: max((log(freq or 1) - log_total + score after, end) for end in the word graph): the highest
            # score wins, and among equal scores the longest word
            score, end = log(freq.get(block[start]) or 1) - log_total + best_score[start + 1], start
            found_word = False
            stop = start + 1
            while stop <= n:
                count = freq.get(block[start:stop])
                if count is None:
                    break
                if count:
                    candidate = log(count) - log_total + best_score[stop]
                    if not found_word or candidate >= score:
                        score, end = candidate, stop - 1
                    found_word = True
                stop += 1
            best_score[start], best_end[start] = score, end
        return best_end

    def tokens(self, text: str) -> list[str]:
        """Canonical content words for matching: synonyms folded, stopwords dropped, sub-words and broader
        words added."""
        return list(self.analyse(text).search)

    def words(self, text: str) -> list[str]:
        """Canonical content words in precise mode (no overlapping sub-words): what a question is made of."""
        return list(self.analyse(text).words)

    def compact(self, text: str) -> str:
        """The text as one canonical string for character n-grams (a question made only of stopwords, like a
        greeting, is kept whole)."""
        return self.analyse(text).compact

    def general_weight(self, token: str) -> float:
        """How informative a word is in general Chinese: log(total / freq), unseen words the rarest."""
        freq = self.tokenizer.FREQ.get(token) or 0
        return self._log_total - math.log(freq + 1)


def _fingerprint(lexicon: Lexicon, tokenizer: jieba.Tokenizer) -> str:
    """What an analysis depends on besides its text: the lexicon's data files, jieba's version and dictionary, and
    the code that reads them (this module and knowledge/lexicon.py). Equal fingerprints, equal analyses."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"lexicon:{lexicon.fingerprint}\njieba:{jieba.__version__}\n".encode())
    with tokenizer.get_dict_file() as dictionary:
        digest.update(dictionary.read())
    for module in (__file__, knowledge.lexicon.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()
