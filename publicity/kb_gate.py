"""The admin API's knowledge edits pass here: a changed answer is taken out of the edit and queued for a second
reader (publicity.kb_review); the rest of the edit applies at once."""

from __future__ import annotations

from core.errors import Conflict
from core.models import StaffAccount
from knowledge import service
from knowledge.schemas import EntryUpdate
from publicity import kb_review
from publicity.models import KbAnswerDraft


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
        pending = await kb_review.propose(actor=actor, faq_id=entry_id, answer=data.answer)
    return (EntryUpdate.model_validate(rest) if set(rest) - {"version"} else None), pending
