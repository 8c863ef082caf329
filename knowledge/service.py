"""Knowledge-base services: import/export of kb.json, staff edits, the unanswered-question queue.

Async keyword-only functions, plain values in, models out; no HTTP. Callers that change what the bot says
must then call `KnowledgeHolder.publish_change()` so that every worker rebuilds its index. What staff propose
through the API or the console goes through `knowledge.answer_review` (a second reader); the writes here are
the operator's (`jiliang kb import`) and the reviewed ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q
from tortoise.functions import Count, Max
from tortoise.transactions import in_transaction

from core.errors import Conflict, InvalidInput, InvalidTransition, NotFound
from core.models import StaffAccount
from knowledge.kbfile import KbFile, KbRecord, parse_kb
from knowledge.models import KnowledgeEntry, UnansweredQuestion, UnansweredStatus
from knowledge.schemas import EntryContent, EntryUpdate, ImportReport
from knowledge.sources import ReviewItem, load_source_book

CONTENT_FIELDS = ("question", "alternatives", "keywords", "answer", "category", "actions", "published")


def record_of(entry: KnowledgeEntry) -> KbRecord:
    return KbRecord(
        id=entry.id,
        question=entry.question,
        answer=entry.answer,
        alternatives=tuple(entry.alternatives or ()),
        keywords=tuple(entry.keywords or ()),
        category=entry.category,
        actions=tuple(dict(a) for a in entry.actions or ()),
        updated_at=entry.updated_at.date().isoformat() if entry.updated_at else "",
    )


async def published_records() -> list[KbRecord]:
    entries = await KnowledgeEntry.filter(published=True).order_by("id")
    return [record_of(e) for e in entries]


async def table_fingerprint() -> str:
    """Changes whenever an entry is added, edited or deleted (count and latest edit time)."""
    rows = await KnowledgeEntry.all().annotate(n=Count("id"), latest=Max("updated_at")).values_list("n", "latest")
    count, latest = rows[0] if rows else (0, None)
    return f"{count}@{latest}"


async def count_entries() -> int:
    return await KnowledgeEntry.all().count()


# --- import / export ---------------------------------------------------------------------------------


def content_of(record: KbRecord, *, published: bool = True) -> dict[str, Any]:
    return {
        "question": record.question,
        "alternatives": list(record.alternatives),
        "keywords": list(record.keywords),
        "answer": record.answer,
        "category": record.category,
        "actions": [dict(a) for a in record.actions],
        "published": published,
    }


async def import_kb(
    kb: KbFile, *, actor: StaffAccount | None = None, advance: Callable[[int], object] | None = None
) -> ImportReport:
    """Upsert every entry by id (idempotent: an unchanged entry is not touched). Entries absent from the
    file are left alone; unpublish or delete them explicitly. `advance(1)` after each entry (progress)."""
    created = updated = unchanged = 0
    async with in_transaction():
        existing = {e.id: e for e in await KnowledgeEntry.filter(id__in=[r.id for r in kb.entries])}
        for record in kb.entries:
            content = content_of(record)
            entry = existing.get(record.id)
            if entry is None:
                await KnowledgeEntry.create(id=record.id, updated_by=actor, **content)
                created += 1
            elif any(getattr(entry, name) != value for name, value in content.items()):
                await KnowledgeEntry.filter(id=record.id).update(
                    **content, version=F("version") + 1, updated_at=datetime.now().astimezone(), updated_by=actor
                )
                updated += 1
            else:
                unchanged += 1
            if advance is not None:
                advance(1)
    return ImportReport(created=created, updated=updated, unchanged=unchanged, version=kb.version)


def parse_kb_json(raw: Any) -> KbFile:
    from knowledge.kbfile import KbFileError

    try:
        return parse_kb(raw)
    except KbFileError as exc:
        raise InvalidInput(str(exc), code="kb_invalid") from None


async def import_kb_json(raw: Any, *, actor: StaffAccount | None = None) -> ImportReport:
    return await import_kb(parse_kb_json(raw), actor=actor)


async def export_kb(*, version: str, advance: Callable[[int], object] | None = None) -> dict[str, Any]:
    entries = await KnowledgeEntry.all().order_by("id")
    out = []
    for entry in entries:
        data = record_of(entry).to_json()
        if not entry.published:
            data["published"] = False
        out.append(data)
        if advance is not None:
            advance(1)
    return {"version": version, "entries": out}


# --- staff CRUD --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryFilter:
    text: str | None = None
    category: str | None = None
    published: bool | None = None


async def list_entries(*, filters: EntryFilter, page: int, page_size: int) -> tuple[list[KnowledgeEntry], int]:
    query = KnowledgeEntry.all()
    if filters.category:
        query = query.filter(category=filters.category)
    if filters.published is not None:
        query = query.filter(published=filters.published)
    if filters.text:
        text = filters.text
        query = query.filter(Q(id__icontains=text) | Q(question__icontains=text) | Q(answer__icontains=text))
    total = await query.count()
    items = await query.order_by("id").offset((page - 1) * page_size).limit(page_size)
    return list(items), total


async def get_entry(*, entry_id: str) -> KnowledgeEntry:
    entry = await KnowledgeEntry.get_or_none(id=entry_id)
    if entry is None:
        raise NotFound("没有找到该知识条目", code="entry_not_found")
    return entry


def validate_content(content: dict[str, Any]) -> None:
    """The whole entry must still be valid after a partial edit (422 with the problem otherwise)."""
    EntryContent.model_validate(content)


async def apply_direct(*, entry_id: str, changes: dict[str, Any], actor: StaffAccount | None) -> None:
    await KnowledgeEntry.filter(id=entry_id).update(
        **changes, version=F("version") + 1, updated_at=datetime.now().astimezone(), updated_by=actor
    )


async def update_entry(*, entry_id: str, data: EntryUpdate, actor: StaffAccount | None) -> KnowledgeEntry:
    """Apply a partial edit if nobody changed the entry since the editor read `data.version` (else 409)."""
    changes = data.model_dump(include=set(CONTENT_FIELDS), exclude_unset=True)
    if data.actions is not None:
        changes["actions"] = [a.model_dump(exclude_none=True) for a in data.actions]
    entry = await get_entry(entry_id=entry_id)
    validate_content({**{f: getattr(entry, f) for f in CONTENT_FIELDS}, **changes})
    updated = await KnowledgeEntry.filter(id=entry_id, version=data.version).update(
        **changes, version=F("version") + 1, updated_at=datetime.now().astimezone(), updated_by=actor
    )
    if not updated:
        raise Conflict("该条目已被他人修改，请刷新后再编辑", code="entry_version_conflict", current=entry.version)
    return await get_entry(entry_id=entry_id)


async def delete_entry(*, entry_id: str) -> None:
    deleted = await KnowledgeEntry.filter(id=entry_id).delete()
    if not deleted:
        raise NotFound("没有找到该知识条目", code="entry_not_found")


async def categories() -> list[tuple[str, int]]:
    rows = await KnowledgeEntry.all().annotate(n=Count("id")).group_by("category").values_list("category", "n")
    return sorted((str(c), int(n)) for c, n in rows)


# --- unanswered questions ----------------------------------------------------------------------------


async def record_unanswered(
    *, text: str, normalised: str, channel: str, best_score: float, candidates: list[dict[str, object]]
) -> None:
    """Count one more asking of a question the bot could not answer (grouped by its normalised text)."""
    key = (normalised or text)[:200]
    now = datetime.now().astimezone()
    fields = {"text": text[:200], "channel": channel, "best_score": best_score, "candidates": candidates}
    updated = await UnansweredQuestion.filter(normalised=key).update(count=F("count") + 1, last_asked_at=now, **fields)
    if updated:
        return
    try:
        async with in_transaction():
            await UnansweredQuestion.create(normalised=key, last_asked_at=now, **fields)
    except IntegrityError:  # a concurrent first asking created it: count this one on the row that won
        await UnansweredQuestion.filter(normalised=key).update(count=F("count") + 1, last_asked_at=now, **fields)


async def list_unanswered(
    *, status: UnansweredStatus | None, page: int, page_size: int
) -> tuple[list[UnansweredQuestion], int]:
    query = UnansweredQuestion.all()
    if status is not None:
        query = query.filter(status=status)
    total = await query.count()
    items = await query.order_by("-count", "-last_asked_at").offset((page - 1) * page_size).limit(page_size)
    return list(items), total


async def open_question(question_id: int) -> UnansweredQuestion:
    question = await UnansweredQuestion.get_or_none(id=question_id)
    if question is None:
        raise NotFound("没有找到该问题", code="unanswered_not_found")
    if question.status != UnansweredStatus.OPEN:
        raise InvalidTransition("该问题已处理", code="unanswered_already_resolved", status=question.status.value)
    return question


async def _resolve(question: UnansweredQuestion, *, status: UnansweredStatus, entry_id: str | None, actor) -> None:
    done = await UnansweredQuestion.filter(id=question.id, status=UnansweredStatus.OPEN).update(
        status=status, resolved_entry_id=entry_id, resolved_by=actor, resolved_at=datetime.now().astimezone()
    )
    if not done:
        raise InvalidTransition("该问题已被他人处理", code="unanswered_already_resolved")


async def attach_unanswered(
    *, question_id: int, entry_id: str, alternative: str | None, actor: StaffAccount
) -> KnowledgeEntry:
    """Add the question (or staff's cleaned-up wording of it) to an entry's alternative questions."""
    async with in_transaction():
        question = await open_question(question_id)
        entry = await KnowledgeEntry.filter(id=entry_id).select_for_update().first()
        if entry is None:
            raise NotFound("没有找到该知识条目", code="entry_not_found")
        wording = (alternative or question.text).strip()
        if wording not in entry.alternatives and wording != entry.question:
            await KnowledgeEntry.filter(id=entry_id).update(
                alternatives=[*entry.alternatives, wording],
                version=F("version") + 1,
                updated_at=datetime.now().astimezone(),
                updated_by=actor,
            )
        await _resolve(question, status=UnansweredStatus.ATTACHED, entry_id=entry_id, actor=actor)
    return await get_entry(entry_id=entry_id)


async def dismiss_unanswered(*, question_id: int, actor: StaffAccount) -> UnansweredQuestion:
    question = await open_question(question_id)
    await _resolve(question, status=UnansweredStatus.DISMISSED, entry_id=None, actor=actor)
    return await UnansweredQuestion.get(id=question_id)


async def sources_to_review(*, today: date) -> list[ReviewItem]:
    """Entries of the knowledge base whose legal source was replaced or repealed, was last checked too long ago,
    or is unverified (data/sources.json), in id order."""
    ids = await KnowledgeEntry.all().order_by("id").values_list("id", flat=True)
    return load_source_book().review([str(i) for i in ids], today=today)
