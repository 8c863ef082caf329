"""Text analysis shared by the index and the queries: normalisation, a private jieba tokenizer, synonyms.

Pure apart from jieba's dictionary cache (written under `cache_dir`). Building an Analyzer costs about a second
of CPU (jieba's prefix dictionary), so it is built once per process, off the event loop, and reused by every
index rebuild; after construction it is only read, which is safe from several threads.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from pathlib import Path

import jieba

from knowledge.lexicon import Lexicon

log = logging.getLogger(__name__)

# Everything that is not a letter, digit or CJK ideograph separates words.
_NON_WORD = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)[·•・]+(?=\d)")


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
        total = float(tokenizer.total)
        # General-language rarity of a word (jieba's corpus): a prior for words the knowledge base never uses.
        self._log_total = math.log(total)

    def normalise(self, text: str) -> str:
        """Full-width -> half-width, lower case, typo fixes; punctuation becomes a single space."""
        text = unicodedata.normalize("NFKC", text).lower().translate(self._char_table)
        text = _DOT_BETWEEN_DIGITS.sub("", text)
        for wrong, right in self._typos:
            if wrong in text:
                text = text.replace(wrong, right)
        return _NON_WORD.sub(" ", text).strip()

    def tokens(self, text: str, *, normalised: bool = False) -> list[str]:
        """Canonical content words (stopwords dropped, synonyms folded, broader words added), in order."""
        if not normalised:
            text = self.normalise(text)
        out: list[str] = []
        lexicon = self.lexicon
        for piece in text.split():
            for token in self.tokenizer.lcut_for_search(piece, HMM=False):
                if token in lexicon.stopwords or token.isspace():
                    continue
                token = lexicon.canonical.get(token, token)
                out.append(token)
                out.extend(lexicon.broader.get(token, ()))
        return out

    def words(self, text: str, *, normalised: bool = False) -> list[str]:
        """Canonical content words in precise mode (no overlapping sub-words): what a question is made of."""
        if not normalised:
            text = self.normalise(text)
        out: list[str] = []
        lexicon = self.lexicon
        for piece in text.split():
            for token in self.tokenizer.lcut(piece, HMM=False):
                if token in lexicon.stopwords or token.isspace():
                    continue
                out.append(lexicon.canonical.get(token, token))
        return out

    def compact(self, text: str, *, normalised: bool = False) -> str:
        """The text as one canonical string for character n-grams: synonyms folded, stopwords kept out
        (a question made only of stopwords, like a greeting, is kept whole)."""
        if not normalised:
            text = self.normalise(text)
        return "".join(self.words(text, normalised=True)) or text.replace(" ", "")

    def general_weight(self, token: str) -> float:
        """How informative a word is in general Chinese: log(total / freq), unseen words the rarest."""
        freq = self.tokenizer.FREQ.get(token) or 0
        return self._log_total - math.log(freq + 1)
