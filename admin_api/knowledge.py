"""Knowledge base administration: entries CRUD, import/export, unanswered questions, the second reader.

Any staff member may read; admins and publicity editors propose; what citizens would read (a new entry, an
entry's question, answer and links) goes live only when another admin or publicity reviewer approves that
exact version (knowledge.answer_review). Every change that goes live bumps the shared knowledge version, so
every worker rebuilds its index without a restart. Every write is audited (admin_api.audit).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web
from aiohttp_pydantic.oas.typing import r202
from pydantic import BaseModel, Field

from core.api import Page, api, ok, page_of, r200, r204, r403, r404, r409, r422
from core.auth import current_staff
from core.clock import now as clock_now
from core.errors import InvalidInput
from core.fields import DbId, PageNo, PageSize, Text
from core.models import StaffRole
from knowledge import answer_review, service
from knowledge.answer_review import held_for_review
from knowledge.keys import KNOWLEDGE
from knowledge.models import UnansweredStatus
from knowledge.schemas import (
    AskRequest,
    AttachToEntry,
    DraftApprovals,
    DraftsApproved,
    EntryCreate,
    EntryRead,
    EntryUpdate,
    ImportReport,
    KbDraftRead,
    SourceReviewRead,
    UnansweredRead,
    clean_question,
)

routes = web.RouteTableDef()
EDITORS = (StaffRole.ADMIN, StaffRole.PUBLICITY_EDITOR)
REVIEWERS = (StaffRole.ADMIN, StaffRole.PUBLICITY_REVIEWER)
PREFIX = "/api/v1/admin/knowledge"


class KbDocument(BaseModel):
    """The kb.json format: {"version", "entries": [...]} (each entry is validated on import)."""

    version: str = ""
    entries: list[dict[str, Any]] = Field(max_length=20000)


class CandidateRead(BaseModel):
    faq_id: str
    question: str
    score: float
    words: float
    chars: float
    coverage: float


class TryReply(BaseModel):
    q: str
    faq_id: str | None
    band: str
    confidence: float
    candidates: list[CandidateRead]
    index_version: str


async def _changed(request: web.Request) -> None:
    await request.config_dict[KNOWLEDGE].publish_change()


@routes.get(PREFIX + "/entries")
@api.and_request
async def list_entries(
    request: web.Request,
    q: Text(200) | None = None,
    category: Text(32) | None = None,
    published: bool | None = None,
    page: PageNo = 1,
    page_size: PageSize = 50,
) -> r200[Page[EntryRead]]:
    await current_staff(request)
    page, page_size = max(page, 1), min(max(page_size, 1), 200)
    filters = service.EntryFilter(text=q, category=category, published=published)
    items, total = await service.list_entries(filters=filters, page=page, page_size=page_size)
    reads = [EntryRead.model_validate(e) for e in items]
    return ok(Page[EntryRead](items=reads, total=total, page=page, page_size=page_size))


@routes.get(PREFIX + "/entries/{entry_id}")
@api.and_request
async def get_entry(request: web.Request, entry_id: str, /) -> r200[EntryRead] | r404:
    await current_staff(request)
    return ok(EntryRead.model_validate(await service.get_entry(entry_id=entry_id)))


@routes.post(PREFIX + "/entries")
@api.and_request
async def create_entry(request: web.Request, body: EntryCreate) -> r202[KbDraftRead] | r403 | r409 | r422:
    """A new entry waits for a second reader: it is created (and answered) only once another person approves it."""
    actor = await current_staff(request, *EDITORS)
    draft = await answer_review.propose_entry(actor=actor, data=body)
    return ok(KbDraftRead.model_validate(draft), status=202)


@routes.patch(PREFIX + "/entries/{entry_id}")
@api.and_request
async def update_entry(
    request: web.Request, entry_id: str, /, body: EntryUpdate
) -> r200[EntryRead] | r403 | r404 | r409 | r422:
    actor = await current_staff(request, *EDITORS)
    rest, pending = await held_for_review(entry_id=entry_id, data=body, actor=actor)
    entry = await service.update_entry(entry_id=entry_id, data=rest, actor=actor) if rest else None
    if entry is None:
        entry = await service.get_entry(entry_id=entry_id)
    else:
        await _changed(request)
    response = ok(EntryRead.model_validate(entry))
    if pending is not None:  # the new answer waits for a second reader; the old one stays live meanwhile
        response.headers["X-Answer-Pending-Review"] = str(pending.id)
    return response


@routes.delete(PREFIX + "/entries/{entry_id}")
@api.and_request
async def delete_entry(request: web.Request, entry_id: str, /) -> r204 | r403 | r404:
    await current_staff(request, *EDITORS)
    await service.delete_entry(entry_id=entry_id)
    await _changed(request)
    return web.Response(status=204)


@routes.get(PREFIX + "/export")
@api.and_request
async def export_kb(request: web.Request) -> r200[KbDocument]:
    """The whole knowledge base in the kb.json format (unpublished entries carry "published": false)."""
    await current_staff(request)
    holder = request.config_dict[KNOWLEDGE]
    return ok(await service.export_kb(version=f"db-{holder.loaded_version or '0'}"))


@routes.post(PREFIX + "/import")
@api.and_request
async def import_kb(request: web.Request, body: KbDocument) -> r200[ImportReport] | r403 | r422:
    """Entries by id from a kb.json document: new entries and changed texts wait for a second reader (`held`),
    alternative wordings, keywords and categories apply at once; unchanged entries are left alone."""
    actor = await current_staff(request, *EDITORS)
    kb = service.parse_kb_json(body.model_dump())
    report = await answer_review.propose_import(kb, actor=actor)
    if report.created or report.updated:
        await _changed(request)
    return ok(report)


@routes.get(PREFIX + "/drafts")
@api.and_request
async def list_drafts(
    request: web.Request, state: Text(16) = "pending", page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[KbDraftRead]] | r422:
    """Versions waiting for a second reader (state: pending, published, void, rejected, all), newest first."""
    await current_staff(request)
    if state not in ("pending", "published", "void", "rejected", "all"):
        raise InvalidInput("状态只能是 pending、published、void、rejected 或 all", code="invalid_status")
    page, page_size = max(page, 1), min(max(page_size, 1), 100)
    items, total = await answer_review.list_drafts(
        state=None if state == "all" else state, page=page, page_size=page_size
    )
    reads = [KbDraftRead.model_validate(d) for d in items]
    return ok(Page[KbDraftRead](items=reads, total=total, page=page, page_size=page_size))


@routes.get(PREFIX + "/drafts/{draft_id}")
@api.and_request
async def get_draft(request: web.Request, draft_id: DbId, /) -> r200[KbDraftRead] | r404:
    await current_staff(request)
    return ok(KbDraftRead.model_validate(await answer_review.get_draft(draft_id)))


@routes.post(PREFIX + "/drafts/approve")
@api.and_request
async def approve_drafts(request: web.Request, body: DraftApprovals) -> r200[DraftsApproved] | r403 | r404 | r409:
    """A second reader approves the versions they read (each by its content hash), all or none; the author of a
    version cannot approve it. Approved entries answer citizens at once, on every worker."""
    actor = await current_staff(request, *REVIEWERS)
    drafts = await answer_review.approve_many(
        actor=actor, items=[(item.id, item.content_hash) for item in body.items], now=clock_now()
    )
    await _changed(request)
    return ok(DraftsApproved(approved=[KbDraftRead.model_validate(d) for d in drafts]))


@routes.post(PREFIX + "/drafts/{draft_id}/reject")
@api.and_request
async def reject_draft(request: web.Request, draft_id: DbId, /) -> r200[KbDraftRead] | r403 | r404 | r409:
    """The reviewer turns a version down; citizens keep reading what was live."""
    actor = await current_staff(request, *REVIEWERS)
    return ok(KbDraftRead.model_validate(await answer_review.reject(actor=actor, draft_id=draft_id, now=clock_now())))


@routes.post(PREFIX + "/try")
@api.and_request
async def try_question(request: web.Request, body: AskRequest) -> r200[TryReply] | r422:
    """What the bot would answer, with the candidates and their scores (nothing is recorded)."""
    await current_staff(request)
    question = clean_question(body.question)
    index = request.config_dict[KNOWLEDGE].current
    if index is None:
        return ok(TryReply(q=question, faq_id=None, band="fallback", confidence=0.0, candidates=[], index_version=""))
    result = index.search(question, limit=5)
    faq_id = result.best.faq_id if result.band == "confident" and result.best else None
    candidates = [CandidateRead(**c.__dict__) for c in result.candidates]
    reply = TryReply(
        q=question,
        faq_id=faq_id,
        band=result.band,
        confidence=result.confidence,
        candidates=candidates,
        index_version=index.version,
    )
    return ok(reply)


@routes.get(PREFIX + "/sources/review")
@api.and_request
async def sources_to_review(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[SourceReviewRead]]:
    """Entries whose legal source was replaced or repealed, was checked too long ago, or is unverified."""
    await current_staff(request)
    items = await service.sources_to_review(today=date.today())
    return ok(page_of([SourceReviewRead.model_validate(item) for item in items], page, page_size))


@routes.get(PREFIX + "/unanswered")
@api.and_request
async def list_unanswered(
    request: web.Request, status: str = "open", page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[UnansweredRead]] | r422:
    """Questions the bot could not answer confidently, most asked first (status: open, attached, dismissed, all)."""
    await current_staff(request)
    wanted = _status_filter(status)
    page, page_size = max(page, 1), min(max(page_size, 1), 200)
    items, total = await service.list_unanswered(status=wanted, page=page, page_size=page_size)
    reads = [UnansweredRead.model_validate(q) for q in items]
    return ok(Page[UnansweredRead](items=reads, total=total, page=page, page_size=page_size))


def _status_filter(value: str) -> UnansweredStatus | None:
    if value == "all":
        return None
    try:
        return UnansweredStatus(value)
    except ValueError:
        raise InvalidInput("状态只能是 open、attached、dismissed 或 all", code="invalid_status") from None


@routes.post(PREFIX + "/unanswered/{question_id}/attach")
@api.and_request
async def attach_unanswered(
    request: web.Request, question_id: DbId, /, body: AttachToEntry
) -> r200[EntryRead] | r403 | r404 | r409:
    """Teach the bot: the question becomes an alternative wording of an existing entry."""
    actor = await current_staff(request, *EDITORS)
    entry = await service.attach_unanswered(
        question_id=question_id, entry_id=body.entry_id, alternative=body.alternative, actor=actor
    )
    await _changed(request)
    return ok(EntryRead.model_validate(entry))


@routes.post(PREFIX + "/unanswered/{question_id}/create-entry")
@api.and_request
async def create_entry_from_unanswered(
    request: web.Request, question_id: DbId, /, body: EntryCreate
) -> r202[KbDraftRead] | r403 | r404 | r409 | r422:
    """A new entry for the question, waiting for a second reader; the question is resolved when it is approved."""
    actor = await current_staff(request, *EDITORS)
    draft = await answer_review.propose_from_unanswered(question_id=question_id, data=body, actor=actor)
    return ok(KbDraftRead.model_validate(draft), status=202)


@routes.post(PREFIX + "/unanswered/{question_id}/dismiss")
@api.and_request
async def dismiss_unanswered(request: web.Request, question_id: DbId, /) -> r200[UnansweredRead] | r403 | r404 | r409:
    actor = await current_staff(request, *EDITORS)
    question = await service.dismiss_unanswered(question_id=question_id, actor=actor)
    return ok(UnansweredRead.model_validate(question))
