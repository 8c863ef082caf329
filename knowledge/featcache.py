"""Entry features (knowledge.features) kept on disk, so that a worker's start or restart builds the index without
segmenting every text again: a cold 2,000-entry build spends about nine tenths of its time in jieba's cut.

One file, `<var_dir>/knowledge/entry-features.npz`, holding the entries of the knowledge base last built:
- keyed as a whole by a fingerprint of everything an entry's features depend on besides its texts: the analyzer's
  (lexicon data files, jieba's dictionary and version, analyzer and lexicon code), the `Tuning`, the code of
  features.py and grams.py, and `FORMAT`. Another fingerprint: the whole file is ignored and rewritten;
- and per entry by a hash of its texts (question, alternatives, keywords, answer). Entries the file lacks are
  analysed and added; it is rewritten with exactly the entries of the index being stored, so it stays the size of
  the knowledge base.

Format: numpy arrays in an uncompressed .npz read with `allow_pickle=False` (no pickle: reading runs no code, and a
read is a copy per array, far cheaper than analysing), per-entry arrays concatenated with a count per entry, and
every string (title_words, doc_words, keyword phrases) in one UTF-8 buffer with its length in code points. Word
keys are Python string hashes, which differ per process: they are not stored but computed again from the words,
which doc_words lists in word_keys order. Zip members carry a CRC that numpy's reader checks.

Several workers may start at once on the same var dir: each writes a temporary file next to the cache and renames
it over it (os.replace is atomic), so a reader sees the old file or the new one, never half of one. A file that
cannot be read, does not validate or comes from another format or fingerprint is logged and ignored: its entries
are analysed again and the file rewritten. Not fsynced: after a power loss a torn file is ignored the same way.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import zipfile
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

import knowledge.features
import knowledge.grams
from knowledge.features import EntryFeatures, key_hashes, set_words
from knowledge.kbfile import KbRecord

if TYPE_CHECKING:
    from knowledge.analyzer import Analyzer
    from knowledge.index import FaqIndex, Tuning

log = logging.getLogger(__name__)

FORMAT = 1
FILE_NAME = "entry-features.npz"
_DIGEST_SIZE = 16
_STALE_TEMP_SECONDS = 3600  # temporary files of a writer that died are removed by the next writer
_CODE = hashlib.blake2b(
    Path(knowledge.features.__file__).read_bytes() + Path(knowledge.grams.__file__).read_bytes(), digest_size=16
).hexdigest()
# name -> dtype of every array (per-entry counts are int64)
_ARRAYS = {
    "meta": np.uint8,  # JSON {"format", "fingerprint"}
    "digests": np.uint8,  # (entries, 16)
    "answer_length": np.int64,
    "word_count": np.int64,
    "word_tf": np.float64,
    "answer_counts": np.float32,
    "sentence_gram_count": np.int64,
    "sentence_grams": np.int64,
    "sentence_count": np.int64,
    "sentence_sizes": np.int32,
    "gram_count": np.int64,
    "gram_keys": np.int64,
    "gram_counts": np.float32,
    "phrase_count": np.int64,
    "text": np.uint8,  # UTF-8: per entry title_words, doc_words, then its keyword phrases
    "text_lengths": np.int64,  # code points of each of those strings
}


class InvalidCache(ValueError):
    pass


def cache_fingerprint(analyzer: Analyzer, tuning: Tuning) -> str:
    text = f"format {FORMAT}\nanalyzer {analyzer.fingerprint}\ncode {_CODE}\n{tuning!r}"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def entry_digest(record: KbRecord) -> bytes:
    """Identifies what an entry's features are computed from (its id and category are not)."""
    texts = json.dumps([record.question, record.alternatives, record.keywords, record.answer], ensure_ascii=False)
    return hashlib.blake2b(texts.encode(), digest_size=_DIGEST_SIZE).digest()


class FeatureCache:
    """The cache file of one var dir. Safe to share between threads; several processes may share the file."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / FILE_NAME
        self._lock = threading.Lock()
        # what this process last read from or wrote to the file: (fingerprint, entry digests)
        self._known: tuple[str, frozenset[bytes]] | None = None
        self._rejected: tuple[int, ...] | None = None  # identity of the last file found unusable

    def lookup(self, records: Sequence[KbRecord], analyzer: Analyzer, tuning: Tuning) -> list[EntryFeatures | None]:
        """The stored features of each record (None where the file has none). The file is not read when this
        process knows it holds none of them (a rebuild after an edit asks only for the edited entries)."""
        fingerprint = cache_fingerprint(analyzer, tuning)
        digests = [entry_digest(r) for r in records]
        with self._lock:
            known = self._known
            if known is not None and known[0] == fingerprint and known[1].isdisjoint(digests):
                return [None] * len(records)
            stored = self._read(fingerprint)
            self._known = (fingerprint, frozenset(stored.rows) if stored else frozenset())
        if stored is None:
            return [None] * len(records)
        return stored.features([stored.rows.get(d) for d in digests])

    def store(self, index: FaqIndex) -> bool:
        """Write the index's entries unless the file already holds exactly them; True when written. A failed
        write (read-only or full disk) is logged: the cache only saves time."""
        fingerprint = cache_fingerprint(index.analyzer, index.tuning)
        entries = dict(zip(map(entry_digest, index.records), index.features, strict=True))
        wanted = (fingerprint, frozenset(entries))
        with self._lock:
            if self._known != wanted and self._peek() == wanted:  # another worker wrote the same entries
                self._known = wanted
            if self._known == wanted:
                return False
            try:
                self._write(_pack(fingerprint, entries))
            except OSError:
                log.warning("could not write the knowledge feature cache %s", self.path, exc_info=True)
                return False
            self._known = wanted
            return True

    def _read(self, fingerprint: str) -> _Stored | None:
        try:
            with self.path.open("rb") as file:
                identity = _identity(file)
                try:
                    with np.load(file, allow_pickle=False) as npz:
                        arrays = {name: npz[name] for name in _ARRAYS}
                    return _Stored(arrays, fingerprint)
                except InvalidCache as exc:
                    log.info("knowledge feature cache %s not used: %s", self.path, exc)
                except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:  # corrupt or partial
                    log.warning("knowledge feature cache %s is unreadable, ignored: %r", self.path, exc)
                self._rejected = identity
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("knowledge feature cache %s cannot be opened: %r", self.path, exc)
        return None

    def _peek(self) -> tuple[str, frozenset[bytes]] | None:
        """The file's fingerprint and entries, from its two small arrays only (None if it has none, or is the
        file this process found unusable: its header may be fine when its body is not)."""
        try:
            with self.path.open("rb") as file:
                if _identity(file) == self._rejected:
                    return None
                with np.load(file, allow_pickle=False) as npz:
                    meta, digests = json.loads(npz["meta"].tobytes()), npz["digests"].tobytes()
            if meta["format"] != FORMAT:
                return None
            return meta["fingerprint"], frozenset(_split_digests(digests))
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
            return None

    def _write(self, arrays: dict[str, np.ndarray]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_stale_temporaries()
        fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f"{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, **arrays)
            os.replace(temporary, self.path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise

    def _remove_stale_temporaries(self) -> None:
        cutoff = time.time() - _STALE_TEMP_SECONDS
        for path in self.path.parent.glob(f"{self.path.name}.*.tmp"):
            with suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def _pack(fingerprint: str, entries: dict[bytes, EntryFeatures]) -> dict[str, np.ndarray]:
    features = list(entries.values())
    strings = [s for f in features for s in (f.title_words, f.doc_words, *f.keyword_phrases)]
    meta = json.dumps({"format": FORMAT, "fingerprint": fingerprint}).encode()
    arrays = {
        "meta": np.frombuffer(meta, dtype=np.uint8),
        "digests": np.frombuffer(b"".join(entries), dtype=np.uint8).reshape(len(entries), _DIGEST_SIZE),
        "answer_length": _counts(f.answer_length for f in features),
        "word_count": _counts(len(f.word_keys) for f in features),
        "word_tf": _concat([f.word_tf for f in features]),
        "answer_counts": _concat([f.answer_counts for f in features]),
        "sentence_gram_count": _counts(len(f.sentence_grams) for f in features),
        "sentence_grams": _concat([f.sentence_grams for f in features]),
        "sentence_count": _counts(len(f.sentence_sizes) for f in features),
        "sentence_sizes": _concat([f.sentence_sizes for f in features]),
        "gram_count": _counts(len(f.gram_keys) for f in features),
        "gram_keys": _concat([f.gram_keys for f in features]),
        "gram_counts": _concat([f.gram_counts for f in features]),
        "phrase_count": _counts(len(f.keyword_phrases) for f in features),
        "text": np.frombuffer("".join(strings).encode("utf-8"), dtype=np.uint8),
        "text_lengths": _counts(map(len, strings)),
    }
    return {name: array.astype(_ARRAYS[name], copy=False) for name, array in arrays.items()}


def _counts(values) -> np.ndarray:
    return np.fromiter(values, dtype=np.int64)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0)


class _Stored:
    """A cache file's arrays, validated, and the row of each entry digest."""

    def __init__(self, arrays: dict[str, np.ndarray], fingerprint: str) -> None:
        meta = json.loads(arrays["meta"].tobytes())
        if meta != {"format": FORMAT, "fingerprint": fingerprint}:
            raise InvalidCache("another format or fingerprint (lexicon, dictionary, tuning or code changed)")
        for name, dtype in _ARRAYS.items():
            if arrays[name].dtype != dtype or arrays[name].ndim != (2 if name == "digests" else 1):
                raise InvalidCache(f"array {name} has the wrong type or shape")
        n = len(arrays["digests"])
        if arrays["digests"].shape[1] != _DIGEST_SIZE:
            raise InvalidCache("bad digests")
        self.offsets: dict[str, list[int]] = {}
        for count, values in (
            ("word_count", "word_tf"),
            ("word_count", "answer_counts"),
            ("sentence_gram_count", "sentence_grams"),
            ("sentence_count", "sentence_sizes"),
            ("gram_count", "gram_keys"),
            ("gram_count", "gram_counts"),
        ):
            self.offsets[values] = _offsets(arrays[count], n, len(arrays[values]), values).tolist()
        if len(arrays["answer_length"]) != n or (arrays["answer_length"] < 0).any():
            raise InvalidCache("bad answer lengths")
        if (arrays["sentence_sizes"] < 0).any() or (arrays["sentence_gram_count"] != _sums(arrays)).any():
            raise InvalidCache("sentence sizes do not add up")
        string_count = 2 + arrays["phrase_count"]
        self.string_offsets = _offsets(string_count, n, len(arrays["text_lengths"]), "strings").tolist()
        text = arrays["text"].tobytes().decode("utf-8")
        lengths = arrays["text_lengths"]
        if (lengths < 0).any() or int(lengths.sum()) != len(text):
            raise InvalidCache("string lengths do not add up")
        ends = np.cumsum(lengths).tolist()
        self.strings = [text[end - length : end] for end, length in zip(ends, lengths.tolist(), strict=True)]
        self.words = [set_words(self.strings[start + 1]) for start in self.string_offsets[:-1]]
        if list(map(len, self.words)) != arrays["word_count"].tolist():
            raise InvalidCache("words do not match their counts")
        self.arrays = arrays
        self.rows = {digest: row for row, digest in enumerate(_split_digests(arrays["digests"].tobytes()))}

    def features(self, rows: list[int | None]) -> list[EntryFeatures | None]:
        present = [row for row in rows if row is not None]
        words = [word for row in present for word in self.words[row]]
        word_keys = iter(np.split(key_hashes(words), np.cumsum([len(self.words[r]) for r in present])[:-1]))
        arrays, offsets, strings = self.arrays, self.offsets, self.strings
        answer_length = arrays["answer_length"].tolist()

        def span(name: str, row: int) -> np.ndarray:
            return arrays[name][offsets[name][row] : offsets[name][row + 1]]

        def entry(row: int) -> EntryFeatures:
            first, end = self.string_offsets[row], self.string_offsets[row + 1]
            return EntryFeatures(
                word_keys=next(word_keys),
                word_tf=span("word_tf", row),
                answer_counts=span("answer_counts", row),
                answer_length=answer_length[row],
                sentence_grams=span("sentence_grams", row),
                sentence_sizes=span("sentence_sizes", row),
                gram_keys=span("gram_keys", row),
                gram_counts=span("gram_counts", row),
                title_words=strings[first],
                doc_words=strings[first + 1],
                keyword_phrases=tuple(strings[first + 2 : end]),
            )

        return [None if row is None else entry(row) for row in rows]


def _identity(file: BinaryIO) -> tuple[int, ...]:
    status = os.fstat(file.fileno())
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def _split_digests(blob: bytes) -> list[bytes]:
    return [blob[start : start + _DIGEST_SIZE] for start in range(0, len(blob), _DIGEST_SIZE)]


def _offsets(counts: np.ndarray, n: int, total: int, name: str) -> np.ndarray:
    if len(counts) != n or (counts < 0).any() or int(counts.sum()) != total:
        raise InvalidCache(f"{name}: counts do not add up")
    return np.concatenate(([0], np.cumsum(counts))).astype(np.int64)


def _sums(arrays: dict[str, np.ndarray]) -> np.ndarray:
    """Bigrams per entry according to its sentence sizes."""
    sizes = arrays["sentence_sizes"].astype(np.int64)
    entry = np.repeat(np.arange(len(arrays["sentence_count"])), arrays["sentence_count"])
    return np.bincount(entry, weights=sizes, minlength=len(arrays["sentence_count"])).astype(np.int64)
