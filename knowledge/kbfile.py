"""The knowledge-base data file (knowledge/data/kb.json): reading, validating and writing it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

KB_PATH = Path(__file__).resolve().parent / "data" / "kb.json"
# Categories of entries that are not metrology: consumer questions the bureau handles through 12315.
OUTSIDE_METROLOGY_CATEGORIES = frozenset({"consumer"})


@dataclass(frozen=True)
class KbRecord:
    """One FAQ entry as the index sees it (the same fields as kb.json and the database row)."""

    id: str
    question: str
    answer: str
    alternatives: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    category: str = ""
    actions: tuple[dict[str, str], ...] = ()
    updated_at: str = ""

    @property
    def outside_metrology(self) -> bool:
        return self.category in OUTSIDE_METROLOGY_CATEGORIES

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["alternatives"] = list(self.alternatives)
        data["keywords"] = list(self.keywords)
        data["actions"] = [dict(a) for a in self.actions]
        return data


@dataclass(frozen=True)
class KbFile:
    version: str
    entries: tuple[KbRecord, ...] = field(default_factory=tuple)


class KbFileError(ValueError):
    """The file is not a usable knowledge base; the message names the entry and the field."""


def record_from_json(raw: dict[str, Any]) -> KbRecord:
    from knowledge.schemas import EntryData

    data = EntryData.model_validate(raw)
    return KbRecord(
        id=data.id,
        question=data.question,
        answer=data.answer,
        alternatives=tuple(data.alternatives),
        keywords=tuple(data.keywords),
        category=data.category,
        actions=tuple(a.model_dump(exclude_none=True) for a in data.actions),
        updated_at=data.updated_at.isoformat() if data.updated_at else "",
    )


def parse_kb(raw: Any) -> KbFile:
    from pydantic import ValidationError

    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise KbFileError('知识库文件应为 {"version": ..., "entries": [...]}')
    records: list[KbRecord] = []
    seen: set[str] = set()
    for position, item in enumerate(raw["entries"]):
        try:
            record = record_from_json(item)
        except ValidationError as exc:
            where = item.get("id") if isinstance(item, dict) else position
            raise KbFileError(f"第 {position + 1} 条（{where}）不符合要求：{exc.errors()[0]['msg']}") from None
        if record.id in seen:
            raise KbFileError(f"条目编号重复：{record.id}")
        seen.add(record.id)
        records.append(record)
    return KbFile(version=str(raw.get("version") or ""), entries=tuple(records))


def read_kb(path: Path = KB_PATH) -> KbFile:
    return parse_kb(json.loads(path.read_text(encoding="utf-8")))


def dump_kb(kb: KbFile) -> str:
    payload = {"version": kb.version, "entries": [r.to_json() for r in kb.entries]}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
