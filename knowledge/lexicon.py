"""The metrology lexicon kept as data: user dictionary, synonyms, typos and stopwords (read once per process)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Lexicon:
    userdict_path: Path
    typo_phrases: dict[str, str]  # wrong -> right, applied to text (longest first)
    typo_chars: dict[str, str]  # e.g. traditional -> simplified
    canonical: dict[str, str]  # variant token -> canonical token
    broader: dict[str, tuple[str, ...]]  # canonical token -> broader tokens added next to it
    stopwords: frozenset[str]
    user_words: frozenset[str] = field(default_factory=frozenset)
    # canonical words that make a question a metrology / market-regulation one (not everyday words)
    domain_words: frozenset[str] = field(default_factory=frozenset)
    fingerprint: str = ""  # hash of the data files it was read from (knowledge.featcache keys on it)

    @property
    def version(self) -> str:
        return f"{len(self.canonical)}-{len(self.typo_phrases)}-{len(self.user_words)}"


def load_lexicon(data_dir: Path = DATA_DIR) -> Lexicon:
    digest = hashlib.blake2b(digest_size=16)

    def read(name: str) -> str:
        data = (data_dir / name).read_bytes()
        digest.update(f"{name}:{len(data)}:".encode())
        digest.update(data)
        return data.decode("utf-8")

    typos = json.loads(read("typos.json"))
    dialect = json.loads(read("dialect.json"))
    synonyms = json.loads(read("synonyms.json"))
    canonical: dict[str, str] = {}
    broader: dict[str, tuple[str, ...]] = {}
    generic: set[str] = set()
    for group in synonyms["groups"]:
        head = group["canonical"].lower()
        for variant in group.get("variants", []):
            canonical[variant.lower()] = head
        if group.get("broader"):
            broader[head] = tuple(w.lower() for w in group["broader"])
        if group.get("generic"):
            generic.add(head)
    stopwords = frozenset(
        line.strip() for line in read("stopwords.txt").splitlines() if line.strip() and not line.startswith("#")
    )
    userdict = data_dir / "userdict.txt"
    user_words = frozenset(line.split()[0].lower() for line in read(userdict.name).splitlines() if line.strip())
    extra = {
        line.strip().lower() for line in read("domain.txt").splitlines() if line.strip() and not line.startswith("#")
    }
    domain = {canonical.get(w, w) for w in user_words | extra} | set(canonical.values())
    return Lexicon(
        userdict_path=userdict,
        typo_phrases={
            k.lower(): v.lower()
            for k, v in [
                *typos.get("phrases", {}).items(),
                *dialect.get("dialect", {}).items(),
                *dialect.get("voice", {}).items(),
            ]
        },
        typo_chars=dict(typos.get("chars", {})),
        canonical=canonical,
        broader=broader,
        stopwords=stopwords,
        user_words=user_words,
        domain_words=frozenset(domain - generic),
        fingerprint=digest.hexdigest(),
    )
