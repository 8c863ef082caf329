"""A second reader for knowledge-base answers: a staff edit of an entry's answer (admin API or console) waits in
`knowledge_answer_draft` and goes live only when another person approves that exact text (its hash); until
then the old answer stays live. A newer edit of the same entry voids the pending one.

`jiliang kb import` (an operator's bulk action on the server, from a reviewed kb.json file) writes entries
directly, as before; it is not a staff edit through the console or the API.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from tortoise.expressions import F

from core.errors import Conflict, InvalidTransition, NotFound
from core.models import StaffAccount
from knowledge import service
from knowledge.models import KbAnswerDraft, KnowledgeEntry
from knowledge.schemas import EntryUpdate


def answer_hash(faq_id: str, answer: str) -> str:
    return hashlib.sha256(f"{faq_id}\n{answer}".encode()).hexdigest()


async def propose(*, actor: StaffAccount | None, faq_id: str, answer: str) -> KbAnswerDraft:
    """Queue a new answer for review; an earlier pending edit of the same entry is void."""
    await KbAnswerDraft.filter(faq_id=faq_id, state="pending").update(state="void")
    return await KbAnswerDraft.create(
        faq_id=faq_id, answer=answer, content_hash=answer_hash(faq_id, answer), created_by=actor
    )


async def pending() -> list[KbAnswerDraft]:
    return await KbAnswerDraft.filter(state="pending").order_by("id").limit(200).prefetch_related("created_by")


async def entries_of(drafts: list[KbAnswerDraft]) -> dict[str, KnowledgeEntry]:
    """The entries these drafts would change, by faq id."""
    return {e.id: e for e in await KnowledgeEntry.filter(id__in=[d.faq_id for d in drafts])}


async def approve(*, actor: StaffAccount, draft_id: int, seen_hash: str, now: datetime) -> KbAnswerDraft:
    """Another person approves the exact answer they read; it replaces the entry's live answer."""
    draft = await KbAnswerDraft.get_or_none(id=draft_id)
    if draft is None:
        raise NotFound("没有找到该待审核答案")
    if draft.state != "pending":
        raise InvalidTransition("该答案已被处理或已被更新的修改取代", code="kb_answer_not_pending")
    if draft.created_by_id == actor.id:  # type: ignore[attr-defined]
        raise InvalidTransition("不能审核自己修改的答案，须由另一人审核", code="kb_answer_self_approval")
    if draft.content_hash != seen_hash:
        raise InvalidTransition("答案在您查看后又被修改，请重新查看", code="kb_answer_changed")
    if not await KbAnswerDraft.filter(id=draft.id, state="pending").update(
        state="published", approved_by_id=actor.id, decided_at=now
    ):
        raise InvalidTransition("该答案已被处理或已被更新的修改取代", code="kb_answer_not_pending")
    updated = await KnowledgeEntry.filter(id=draft.faq_id).update(
        answer=draft.answer,
        version=F("version") + 1,
        updated_at=now,
        updated_by_id=draft.created_by_id,  # type: ignore[attr-defined]
    )
    if not updated:
        raise Conflict("该知识条目已被删除", code="entry_not_found")
    return draft


async def held_for_review(
    *, entry_id: str, data: EntryUpdate, actor: StaffAccount
) -> tuple[EntryUpdate | None, KbAnswerDraft | None]:
    """(the edit still to apply, or None when nothing else changes; the queued answer, if any)."""
    if data.answer is None:
        return data, None
    entry = await service.get_entry(entry_id=entry_id)
    if entry.version != data.version:
        raise Conflict("该条目已被他人修改，请刷新后再编辑", code="entry_version_conflict", current=entry.version)
    rest = data.model_dump(exclude_unset=True, exclude={"answer"})
    pending = None
    if data.answer != entry.answer:
        pending = await propose(actor=actor, faq_id=entry_id, answer=data.answer)
    return (EntryUpdate.model_validate(rest) if set(rest) - {"version"} else None), pending
