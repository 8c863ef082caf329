"""A second reader for what the knowledge base tells citizens. Every entry counts as a legal answer (the bot
answers with the bureau's authority whatever the category), so through the admin API and the console:

- a **new entry** (created, imported, or made from an unanswered question) waits in `knowledge_answer_draft`
  as kind "entry": it is not in `knowledge_entry`, so no index sees it, until another person approves it;
- an **edit of what citizens read** of a live entry (its question, shown in "您是想问…", its answer, its links)
  waits as kind "answer"; the live text stays until approval. Matching aids (alternative wordings, keywords,
  category) and unpublishing change nothing a citizen reads that was not approved, and apply at once.

The reviewer approves the exact version they read: its content hash, over the entry id, the kind and every
reviewed field. Approval by the draft's author is refused. A newer draft for the same entry voids the pending
one, so an edit after approval, or during review, needs a new approval. Callers audit (the admin API's
middleware, the console's handlers) and call `KnowledgeHolder.publish_change()` after an approval.

`jiliang kb import` (an operator's bulk load on the server, of the reviewed kb.json shipped with a release)
writes entries directly, as before; it is not a staff edit.

Invariants, enforced here: a draft leaves `pending` once (conditional UPDATE on state); an approval and the
entry write it makes are one transaction; an entry id is created once (the primary key).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from core.errors import Conflict, InvalidInput, InvalidTransition, NotFound
from core.models import StaffAccount
from knowledge import service
from knowledge.kbfile import KbFile
from knowledge.models import KbAnswerDraft, KnowledgeEntry, UnansweredQuestion, UnansweredStatus
from knowledge.schemas import EntryCreate, EntryUpdate, ImportReport

REVIEWED_FIELDS = ("question", "answer", "actions")  # what a citizen reads of an entry
MAX_PENDING_LISTED = 500


def draft_hash(faq_id: str, kind: str, content: dict[str, Any]) -> str:
    canonical = json.dumps({"id": faq_id, "kind": kind, "content": content}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _reviewed(source: Any) -> dict[str, Any]:
    """The reviewed fields of an entry, a record or a dict, as plain JSON values."""
    get = source.get if isinstance(source, dict) else lambda name: getattr(source, name)
    return {
        "question": get("question"),
        "answer": get("answer"),
        "actions": [dict(action) for action in get("actions") or ()],
    }


async def _propose(
    *,
    actor: StaffAccount | None,
    faq_id: str,
    kind: str,
    content: dict[str, Any],
    source: str,
    unanswered_id: int | None = None,
) -> KbAnswerDraft:
    """Queue a version for review; an earlier pending draft of the same entry is void."""
    await KbAnswerDraft.filter(faq_id=faq_id, state="pending").update(state="void")
    return await KbAnswerDraft.create(
        faq_id=faq_id,
        kind=kind,
        answer=str(content["answer"]),
        content=content,
        content_hash=draft_hash(faq_id, kind, content),
        source=source,
        unanswered_id=unanswered_id,
        created_by=actor,
    )


async def propose(*, actor: StaffAccount | None, faq_id: str, answer: str) -> KbAnswerDraft:
    """An edit of a live entry's answer only (its question and links as they are)."""
    entry = await service.get_entry(entry_id=faq_id)
    content = {**_reviewed(entry), "answer": answer}
    return await _propose(actor=actor, faq_id=faq_id, kind="answer", content=content, source="api")


def _entry_content(data: EntryCreate) -> dict[str, Any]:
    content = data.model_dump(include=set(service.CONTENT_FIELDS))
    content["actions"] = [a.model_dump(exclude_none=True) for a in data.actions]
    return content


async def propose_entry(
    *, actor: StaffAccount | None, data: EntryCreate, source: str = "api", unanswered_id: int | None = None
) -> KbAnswerDraft:
    """A new entry, created only when another person approves it."""
    if await KnowledgeEntry.exists(id=data.id):
        raise Conflict(f"编号 {data.id} 已被使用", code="entry_exists")
    return await _propose(
        actor=actor,
        faq_id=data.id,
        kind="entry",
        content=_entry_content(data),
        source=source,
        unanswered_id=unanswered_id,
    )


async def propose_from_unanswered(*, question_id: int, data: EntryCreate, actor: StaffAccount) -> KbAnswerDraft:
    """A new entry for an unanswered question (its wording added as an alternative); the question is resolved
    when the entry is approved."""
    question = await service.open_question(question_id)
    if question.text not in data.alternatives and question.text != data.question:
        data = data.model_copy(update={"alternatives": [*data.alternatives, question.text]})
    return await propose_entry(actor=actor, data=data, source="unanswered", unanswered_id=question.id)


async def pending() -> list[KbAnswerDraft]:
    return (
        await KbAnswerDraft.filter(state="pending")
        .order_by("id")
        .limit(MAX_PENDING_LISTED)
        .prefetch_related("created_by")
    )


async def list_drafts(*, state: str | None, page: int, page_size: int) -> tuple[list[KbAnswerDraft], int]:
    query = KbAnswerDraft.all() if state is None else KbAnswerDraft.filter(state=state)
    total = await query.count()
    items = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size).prefetch_related("created_by")
    return list(items), total


async def get_draft(draft_id: int) -> KbAnswerDraft:
    draft = await KbAnswerDraft.get_or_none(id=draft_id)
    if draft is None:
        raise NotFound("没有找到该待审核内容", code="kb_draft_not_found")
    return draft


async def _publish(draft: KbAnswerDraft, *, actor: StaffAccount, seen_hash: str, now: datetime) -> None:
    if draft.state != "pending":
        raise InvalidTransition("该内容已被处理或已被更新的修改取代", code="kb_answer_not_pending", draft=draft.id)
    if draft.created_by_id == actor.id:  # type: ignore[attr-defined]
        raise InvalidTransition(
            "不能审核自己修改的答案，须由另一人审核", code="kb_answer_self_approval", draft=draft.id
        )
    if draft.content is None:
        raise InvalidTransition("该答案按旧方式提交，请作者重新提交", code="kb_answer_not_pending", draft=draft.id)
    if draft.content_hash != seen_hash or draft_hash(draft.faq_id, draft.kind, draft.content) != seen_hash:
        raise InvalidTransition("答案在您查看后又被修改，请重新查看", code="kb_answer_changed", draft=draft.id)
    if not await KbAnswerDraft.filter(id=draft.id, state="pending", content_hash=seen_hash).update(
        state="published", approved_by_id=actor.id, decided_at=now
    ):
        raise InvalidTransition("该内容已被处理或已被更新的修改取代", code="kb_answer_not_pending", draft=draft.id)
    author_id = draft.created_by_id  # type: ignore[attr-defined]
    content: dict[str, Any] = dict(draft.content)
    if draft.kind == "entry":
        if await KnowledgeEntry.exists(id=draft.faq_id):
            raise Conflict(f"编号 {draft.faq_id} 已被使用", code="entry_exists", draft=draft.id)
        await KnowledgeEntry.create(id=draft.faq_id, updated_by_id=author_id, **content)
        if draft.unanswered_id is not None:  # still open: it is answered now (dismissed or attached meanwhile: left)
            await UnansweredQuestion.filter(id=draft.unanswered_id, status=UnansweredStatus.OPEN).update(
                status=UnansweredStatus.ATTACHED,
                resolved_entry_id=draft.faq_id,
                resolved_by_id=author_id,
                resolved_at=now,
            )
        return
    from tortoise.expressions import F

    fields = {name: content[name] for name in REVIEWED_FIELDS if name in content}
    updated = await KnowledgeEntry.filter(id=draft.faq_id).update(
        **fields, version=F("version") + 1, updated_at=now, updated_by_id=author_id
    )
    if not updated:
        raise Conflict("该知识条目已被删除", code="entry_not_found", draft=draft.id)


async def entries_of(drafts: list[KbAnswerDraft]) -> dict[str, KnowledgeEntry]:
    """The entries these drafts would change, by faq id."""
    return {e.id: e for e in await KnowledgeEntry.filter(id__in=[d.faq_id for d in drafts])}


async def approve(*, actor: StaffAccount, draft_id: int, seen_hash: str, now: datetime) -> KbAnswerDraft:
    """Another person approves the exact version they read; it goes live (the caller publishes the change)."""
    return (await approve_many(actor=actor, items=[(draft_id, seen_hash)], now=now))[0]


async def approve_many(*, actor: StaffAccount, items: Sequence[tuple[int, str]], now: datetime) -> list[KbAnswerDraft]:
    """All of them or none (one transaction): an import's entries are approved together, one index rebuild."""
    if len({draft_id for draft_id, _ in items}) != len(items):
        raise InvalidInput("同一待审核内容重复提交", code="kb_draft_duplicate")
    async with in_transaction():
        drafts = []
        for draft_id, seen_hash in items:
            draft = await get_draft(draft_id)
            await _publish(draft, actor=actor, seen_hash=seen_hash, now=now)
            drafts.append(draft)
    for draft in drafts:
        await draft.refresh_from_db()
    return drafts


async def reject(*, actor: StaffAccount, draft_id: int, now: datetime) -> KbAnswerDraft:
    """The reviewer turns a version down; nothing changes for citizens (the author may submit a new one)."""
    del actor  # who rejected is in the audit log
    draft = await get_draft(draft_id)
    if not await KbAnswerDraft.filter(id=draft.id, state="pending").update(state="rejected", decided_at=now):
        raise InvalidTransition("该内容已被处理或已被更新的修改取代", code="kb_answer_not_pending")
    await draft.refresh_from_db()
    return draft


async def held_for_review(
    *, entry_id: str, data: EntryUpdate, actor: StaffAccount
) -> tuple[EntryUpdate | None, KbAnswerDraft | None]:
    """(the edit still to apply at once, or None when nothing else changes; the queued version, if any)."""
    entry = await service.get_entry(entry_id=entry_id)
    if entry.version != data.version:
        raise Conflict("该条目已被他人修改，请刷新后再编辑", code="entry_version_conflict", current=entry.version)
    sent = data.model_dump(exclude_unset=True)
    live = _reviewed(entry)
    proposed = dict(live)
    if data.question is not None:
        proposed["question"] = data.question
    if data.answer is not None:
        proposed["answer"] = data.answer
    if data.actions is not None:
        proposed["actions"] = [a.model_dump(exclude_none=True) for a in data.actions]
    pending_draft = None
    if proposed != live:
        # the whole entry must still be valid after the edit (as service.update_entry checks for direct edits)
        service.validate_content({**{f: getattr(entry, f) for f in service.CONTENT_FIELDS}, **proposed})
        pending_draft = await _propose(actor=actor, faq_id=entry_id, kind="answer", content=proposed, source="api")
    rest = {key: value for key, value in sent.items() if key not in REVIEWED_FIELDS}
    return (EntryUpdate.model_validate(rest) if set(rest) - {"version"} else None), pending_draft


async def propose_import(kb: KbFile, *, actor: StaffAccount) -> ImportReport:
    """A kb.json document through the staff API: new entries and changed texts wait for a second reader; the
    matching aids of existing entries (alternatives, keywords, category, published) apply at once."""
    held: list[int] = []
    updated = unchanged = 0
    async with in_transaction():
        existing = {e.id: e for e in await KnowledgeEntry.filter(id__in=[r.id for r in kb.entries])}
        for record in kb.entries:
            content = service.content_of(record)
            entry = existing.get(record.id)
            if entry is None:
                draft = await _propose(actor=actor, faq_id=record.id, kind="entry", content=content, source="import")
                held.append(draft.id)
                continue
            texts = _reviewed(content)
            if texts != _reviewed(entry):
                draft = await _propose(actor=actor, faq_id=record.id, kind="answer", content=texts, source="import")
                held.append(draft.id)
            aids = {k: v for k, v in content.items() if k not in REVIEWED_FIELDS}
            if any(getattr(entry, name) != value for name, value in aids.items()):
                await service.apply_direct(entry_id=record.id, changes=aids, actor=actor)
                updated += 1
            elif texts == _reviewed(entry):
                unchanged += 1
    return ImportReport(created=0, updated=updated, unchanged=unchanged, version=kb.version, held=held)
