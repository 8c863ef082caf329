"""宣传 · 知识库条目: find an entry, edit it, import a kb.json file. The question, answer and links of an edit (and
new entries and changed texts of an import) wait for a second reader (knowledge.answer_review), as through the
admin API; other phrasings, keywords, the category and publishing apply at once."""

from __future__ import annotations

from aiohttp import web
from pydantic import ValidationError

from console.pages import VISITOR, flash, form_data, page, redirect, render
from console.publicity import EDITOR, REVIEWER
from core import audit
from core.errors import InvalidInput, ServiceError
from core.limits import large_body, parse_json
from core.models import StaffAccount
from knowledge import answer_review, service
from knowledge.keys import KNOWLEDGE
from knowledge.models import KbAnswerDraft
from knowledge.schemas import EntryUpdate
from knowledge.service import EntryFilter

routes = web.RouteTableDef()
BASE = "/console/publicity/kb-entries"
PAGE_SIZE = 50
MAX_SEARCH = 50
MAX_PAGE = 1000
MAX_KB_FILE_BYTES = 8 * 1024 * 1024
MAX_KB_FILE_ENTRIES = 20_000
FIELD_NAMES = {
    "question": "问题",
    "answer": "答案",
    "alternatives": "其他问法",
    "keywords": "关键词",
    "category": "分类",
    "version": "版本",
}
ID_PATTERN = r"{id:[a-z0-9][a-z0-9-]{0,63}}"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _page_no(raw: str) -> int:
    return min(int(raw), MAX_PAGE) if raw.isdigit() and 0 < len(raw) <= 4 and int(raw) > 0 else 1


@routes.get(BASE)
@page(EDITOR, REVIEWER)
async def kb_entries(request: web.Request) -> web.StreamResponse:
    text = request.query.get("q", "").strip()[:MAX_SEARCH]
    page_no = _page_no(request.query.get("page", "1"))
    entries, total = await service.list_entries(
        filters=EntryFilter(text=text or None), page=page_no, page_size=PAGE_SIZE
    )
    pending = set(
        await KbAnswerDraft.filter(state="pending", faq_id__in=[e.id for e in entries]).values_list("faq_id", flat=True)
    )
    pages = max(1, -(-total // PAGE_SIZE))
    context = {"entries": entries, "total": total, "q": text, "page_no": page_no, "pages": pages, "pending": pending}
    return await render(request, "publicity/kb_entries.html", context)


@routes.get(BASE + "/" + ID_PATTERN)
@page(EDITOR, REVIEWER)
async def kb_entry(request: web.Request) -> web.StreamResponse:
    entry = await service.get_entry(entry_id=request.match_info["id"])
    drafts = await KbAnswerDraft.filter(state="pending", faq_id=entry.id).order_by("id")
    return await render(request, "publicity/kb_entry.html", {"entry": entry, "drafts": drafts})


def _edit_of(form: dict[str, str]) -> EntryUpdate:
    version = form.get("version", "")
    return EntryUpdate.model_validate(
        {
            "version": int(version) if version.isdigit() and len(version) <= 9 else 0,
            "question": form.get("question", ""),
            "answer": form.get("answer", ""),
            "alternatives": _lines(form.get("alternatives", "")),
            "keywords": _lines(form.get("keywords", "").replace("，", "\n").replace(",", "\n")),
            "category": form.get("category", ""),
            "published": form.get("published") == "on",
        }
    )


@routes.post(BASE + "/" + ID_PATTERN)
@page(EDITOR)
async def kb_entry_edit(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    entry_id = request.match_info["id"]
    here = f"{BASE}/{entry_id}"
    try:
        data = _edit_of(await form_data(request))
        rest, draft = await answer_review.held_for_review(entry_id=entry_id, data=data, actor=staff)
        if rest is not None:
            await service.update_entry(entry_id=entry_id, data=rest, actor=staff)
            await request.config_dict[KNOWLEDGE].publish_change()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = FIELD_NAMES.get(str(first["loc"][0]), str(first["loc"][0]))
        await flash(request, f"{where}有误：{first['msg']}", "error")
        raise redirect(here) from None
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(here) from None
    changed = sorted(set(rest.model_dump(exclude_unset=True)) - {"version"}) if rest else []
    await audit.record(
        request,
        "publicity.kb_entry_edit",
        actor=staff,
        target=f"kb:{entry_id}",
        details={"applied": changed, "draft": draft.id if draft else None},
    )
    parts = []
    if draft is not None:
        parts.append("问题、答案的修改已提交，须由另一人审核后生效，此前市民看到的仍是原来的答案")
    if rest is not None:
        parts.append("其他问法、关键词、分类和发布状态已保存并生效")
    await flash(request, "；".join(parts) or "没有修改")
    raise redirect(here)


@routes.post(BASE + "/import")
@large_body
@page(EDITOR)
async def kb_import(request: web.Request) -> web.StreamResponse:
    """A kb.json file (the `jiliang kb export` format): changed texts and new entries wait for a second reader."""
    staff: StaffAccount = request[VISITOR].staff
    form = await request.post()
    upload = form.get("file")
    try:
        if not isinstance(upload, web.FileField):
            raise InvalidInput("请选择要导入的 kb.json 文件", code="kb_file_missing")
        raw = upload.file.read(MAX_KB_FILE_BYTES + 1)
        if len(raw) > MAX_KB_FILE_BYTES:
            raise InvalidInput("文件超过 8 MB，请分批导入", code="kb_file_too_large")
        document = parse_json(raw)
        entries = document.get("entries") if isinstance(document, dict) else None
        if not isinstance(entries, list) or len(entries) > MAX_KB_FILE_ENTRIES:
            raise InvalidInput("文件须为知识库导出的格式（含 entries 列表），最多 20000 条", code="kb_invalid")
        report = await answer_review.propose_import(service.parse_kb_json(document), actor=staff)
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(BASE) from None
    if report.created or report.updated:
        await request.config_dict[KNOWLEDGE].publish_change()
    await audit.record(
        request,
        "publicity.kb_import",
        actor=staff,
        target="kb",
        details={"updated": report.updated, "unchanged": report.unchanged, "held": report.held},
    )
    await flash(
        request,
        f"导入完成：{len(report.held)} 条新条目或文字修改待另一人审核，{report.updated} 条的问法和关键词已更新，"
        f"{report.unchanged} 条无变化",
    )
    raise redirect(BASE)
