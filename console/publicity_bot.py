"""宣传 · 机器人内容: the welcome text, intent texts, keyword rules and menu the bot uses, edited as a draft,
tried in a "try it" box against the live router, approved by a second person (the exact hash they saw) and then
live on every worker at once; the live menu is pushed to WeChat with one action."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from console.pages import VISITOR, flash, form_data, page, redirect, redis_of, render
from console.publicity import EDITOR, REVIEWER, gateway_of
from core import audit
from core.clock import now_local
from core.errors import InvalidInput, ServiceError
from core.keys import SETTINGS
from core.models import StaffAccount
from core.wechat import WeChatError
from knowledge import answer_review as kb_review
from knowledge.keys import KNOWLEDGE
from knowledge.schemas import EntryCreate
from publicity import bot_content
from publicity.bot_content import INTENT_TEXTS, RULE_INTENTS, BotContent, IntentPattern, KeywordRule

routes = web.RouteTableDef()
BASE = "/console/publicity/bot"
MATCH_LABELS = {"exact": "完全一致", "contains": "包含", "prefix": "开头一致"}
INTENT_LABELS = {
    "complaint": "投诉",
    "complaint_status": "查进度",
    "booking": "预约",
    "campaign": "活动",
    "human": "人工",
}
MAX_FORM_FIELD = 20_000
MAX_TRY_CHARS = 500


def rules_text(rules: list[KeywordRule]) -> str:
    """One rule a line: 优先级|匹配方式|关键词|回复（或 @意图）."""
    return "\n".join(
        f"{rule.priority}|{rule.match}|{rule.pattern}|{('@' + rule.intent) if rule.intent else rule.reply}"
        for rule in rules
    )


def patterns_text(patterns: list[IntentPattern]) -> str:
    """One pattern a line: 优先级|匹配方式|意图|句式."""
    return "\n".join(f"{p.priority}|{p.match}|{p.intent}|{p.pattern}" for p in patterns)


def _priority(value: str, what: str, number: int) -> int:
    if not value.lstrip("-").isdigit() or len(value) > 5:
        raise InvalidInput(f"{what}第 {number} 行：优先级须为 -1000 到 1000 的整数")
    return int(value)


def parse_patterns(text: str) -> list[dict[str, Any]]:
    labels = {label: key for key, label in INTENT_LABELS.items()}
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|", 3)]  # the pattern may contain | inside [ ]
        if len(parts) != 4:
            raise InvalidInput(f"意图句式第 {number} 行格式应为：优先级|exact/prefix/contains|意图|句式")
        priority, match, intent, pattern = parts
        patterns.append(
            {
                "priority": _priority(priority, "意图句式", number),
                "match": match,
                "intent": labels.get(intent, intent),
                "pattern": pattern,
            }
        )
    return patterns


def parse_rules(text: str) -> list[dict[str, Any]]:
    rules = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        head = line.split("|", 2)
        tail = head[2].rsplit("|", 1) if len(head) == 3 else []
        if len(tail) != 2:  # the pattern may contain | (inside [ ]), the reply may not
            raise InvalidInput(f"关键词规则第 {number} 行格式应为：优先级|exact/contains/prefix|关键词|回复或@意图")
        priority, match, pattern, answer = (part.strip() for part in (head[0], head[1], *tail))
        _priority(priority, "关键词规则", number)
        rule: dict[str, Any] = {"priority": int(priority), "match": match, "pattern": pattern}
        if answer.startswith("@"):
            rule["intent"] = answer[1:]
        else:
            rule["reply"] = answer.replace("\\n", "\n")
        rules.append(rule)
    return rules


def content_from_form(form: dict[str, str]) -> BotContent:
    for key, value in form.items():
        if len(value) > MAX_FORM_FIELD:
            raise InvalidInput(f"字段 {key} 过长")
    try:
        menu = json.loads(form.get("menu", ""))
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"菜单 JSON 格式有误：第 {exc.lineno} 行第 {exc.colno} 列") from None
    raw = {
        "welcome": form.get("welcome", ""),
        "intents": {key: form.get(f"intent_{key}", "") for key in INTENT_TEXTS},
        "rules": parse_rules(form.get("rules", "")),
        "intent_patterns": parse_patterns(form.get("intent_patterns", "")),
        "menu": menu,
    }
    return bot_content.parse_document(raw)


def menu_json(content: BotContent) -> str:
    return json.dumps(
        [button.model_dump(exclude_defaults=True) for button in content.menu], ensure_ascii=False, indent=2
    )


async def _page(request: web.Request, *, form: dict[str, str] | None = None, tried: Any = None) -> web.Response:
    live = await bot_content.live_version()
    draft = await bot_content.current_draft()
    shown = bot_content.load(draft) if draft is not None else await bot_content.live_content_now()
    history = await bot_content.history(20)
    return await render(
        request,
        "publicity/bot.html",
        {
            "live": live,
            "draft": draft,
            "shown": shown,
            "form": form,
            "rules": form["rules"] if form else rules_text(shown.rules),
            "intent_patterns": form.get("intent_patterns", "") if form else patterns_text(shown.intent_patterns),
            "menu": form["menu"] if form else menu_json(shown),
            "intent_texts": INTENT_TEXTS,
            "intent_labels": INTENT_LABELS,
            "rule_intents": RULE_INTENTS,
            "match_labels": MATCH_LABELS,
            "history": history,
            "tried": tried,
        },
    )


@routes.get(BASE)
@page(EDITOR, REVIEWER)
async def bot_page(request: web.Request) -> web.StreamResponse:
    return await _page(request)


@routes.post(BASE)
@page(EDITOR)
async def bot_save(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    form = await form_data(request)
    try:
        content = content_from_form(form)
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        return await _page(request, form=form)
    draft = await bot_content.save_draft(actor=staff, content=content)
    await audit.record(
        request,
        "publicity.bot_content_saved",
        actor=staff,
        target=f"bot_content:{draft.id}",
        details={"hash": draft.content_hash, "rules": len(content.rules)},
    )
    await flash(request, f"已保存草稿（版本 {draft.id}，{draft.content_hash[:12]}），须由另一人审核后生效")
    raise redirect(BASE)


@routes.post(BASE + "/{id:\\d{1,9}}/approve")
@page(REVIEWER)
async def bot_approve(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    form = await form_data(request)
    version_id = int(request.match_info["id"])
    seen_hash = form.get("hash", "")[:64]
    try:
        version = await bot_content.approve(actor=staff, version_id=version_id, seen_hash=seen_hash, now=now_local())
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(BASE) from None
    target = f"bot_content:{version.id}"
    await audit.record(
        request, "publicity.bot_content_approved", actor=staff, target=target, details={"hash": seen_hash}
    )
    await bot_content.publish_change(redis_of(request), version)
    await audit.record(
        request, "publicity.bot_content_published", actor=staff, target=target, details={"hash": seen_hash}
    )
    await flash(request, f"版本 {version.id} 已审核通过并生效")
    raise redirect(BASE)


@routes.post(BASE + "/menu-push")
@page(EDITOR, REVIEWER)
async def bot_menu_push(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    settings = request.config_dict[SETTINGS]
    live = await bot_content.live_version()
    content = bot_content.load(live) if live is not None else bot_content.default_content()
    menu = bot_content.build_menu(
        content, miniapp_appid=settings.miniapp_appid, fallback_url=settings.public_base_url.rstrip("/") + "/"
    )
    try:
        await gateway_of(request).create_menu(menu)
    except WeChatError as exc:
        await flash(request, f"菜单推送失败：{exc}", "error")
        raise redirect(BASE) from None
    await audit.record(
        request,
        "publicity.bot_menu_pushed",
        actor=staff,
        target=f"bot_content:{live.id if live else 0}",
        details={"buttons": [button["name"] for button in menu["button"]]},
    )
    await flash(request, "已将生效版本的菜单推送到微信")
    raise redirect(BASE)


@routes.post(BASE + "/try")
@page(EDITOR, REVIEWER)
async def bot_try(request: web.Request) -> web.StreamResponse:
    """Which keyword rule, built-in intent or FAQ answer would reply to a typed message (draft or live)."""
    form = await form_data(request)
    message = form.get("message", "")[:MAX_TRY_CHARS]
    which = form.get("which", "live")
    if which == "draft" and (draft := await bot_content.current_draft()) is not None:
        content = bot_content.load(draft)
    else:
        which, content = "live", await bot_content.live_content_now()
    return await _page(request, tried=route_preview(request, content, message, which))


def route_preview(request: web.Request, content: BotContent, message: str, which: str) -> dict[str, Any]:
    from knowledge.runtime import respond

    result: dict[str, Any] = {"message": message, "which": "草稿" if which == "draft" else "生效版本"}
    if (rule := content.first_rule(message)) is not None:
        result["by"] = f"关键词规则（{MATCH_LABELS[rule.match]}：{rule.pattern}，优先级 {rule.priority}）"
        result["answer"] = rule.reply or _intent_answer(content, rule.intent)
        return result
    if (found := content.intent_of(message)) is not None:
        intent, number = found
        norm = bot_content.normalise(message)
        pattern = None if number else next((p for p in content.sorted_patterns() if p.matches(norm)), None)
        how = (
            f"{MATCH_LABELS[pattern.match]}：{pattern.pattern[:60]}，优先级 {pattern.priority}"
            if pattern
            else "投诉编号"
        )
        result["by"] = f"意图：{INTENT_LABELS.get(intent, intent)}（{how}）"
        result["answer"] = _intent_answer(content, intent) + (f"（编号 {number}）" if number else "")
        return result
    index = request.config_dict[KNOWLEDGE].current
    if index is None:
        result["by"], result["answer"] = "知识库（未加载）", ""
        return result
    answer, _ = respond(index, message)
    result["by"] = f"知识库（{answer.band}{'，' + answer.faq_id if answer.faq_id else ''}）"
    result["answer"] = answer.answer
    return result


def _intent_answer(content: BotContent, intent: str) -> str:
    link = "〔小程序链接〕"
    if intent == "complaint":
        return content.text("complaint").format(link=link)
    if intent == "booking":
        return content.text("booking").format(link=link)
    if intent == "complaint_status":
        return content.text("status_how_to").format(link=link) + "（带编号时回复查询结果）"
    if intent == "campaign":
        return "当前主题活动；没有时：" + content.text("no_campaign")
    return "知识库“人工服务”条目；没有时：" + content.text("human_fallback")


# --- knowledge-base answers waiting for a second reader ----------------------------------------------------


@routes.get("/console/publicity/kb-answers")
@page(EDITOR, REVIEWER)
async def kb_answers(request: web.Request) -> web.StreamResponse:
    drafts = await kb_review.pending()
    entries = await kb_review.entries_of(drafts)
    return await render(request, "publicity/kb_answers.html", {"drafts": drafts, "entries": entries})


@routes.post("/console/publicity/kb-answers/new")
@page(EDITOR)
async def kb_entry_propose(request: web.Request) -> web.StreamResponse:
    """A new knowledge-base entry from the console: it waits for a second reader like every other."""
    staff: StaffAccount = request[VISITOR].staff
    form = await form_data(request)
    raw = {
        "id": form.get("id", "").strip(),
        "question": form.get("question", ""),
        "answer": form.get("answer", ""),
        "category": form.get("category", ""),
        "alternatives": [line for line in form.get("alternatives", "").splitlines() if line.strip()],
    }
    try:
        data = EntryCreate.model_validate(raw)
        draft = await kb_review.propose_entry(actor=staff, data=data, source="console")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = {"id": "编号", "question": "问题", "answer": "答案"}.get(str(first["loc"][0]), str(first["loc"][0]))
        await flash(request, f"{where}有误：{first['msg']}（编号用小写字母、数字和连字符）", "error")
        raise redirect("/console/publicity/kb-answers") from None
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/publicity/kb-answers") from None
    await audit.record(
        request,
        "publicity.kb_entry_proposed",
        actor=staff,
        target=f"kb:{draft.faq_id}",
        details={"draft": draft.id, "hash": draft.content_hash},
    )
    await flash(request, f"新条目“{draft.faq_id}”已提交，须由另一人审核后生效")
    raise redirect("/console/publicity/kb-answers")


@routes.post("/console/publicity/kb-answers/{id:\\d{1,9}}/approve")
@page(REVIEWER)
async def kb_answer_approve(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    form = await form_data(request)
    seen_hash = form.get("hash", "")[:64]
    try:
        draft = await kb_review.approve(
            actor=staff, draft_id=int(request.match_info["id"]), seen_hash=seen_hash, now=now_local()
        )
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/publicity/kb-answers") from None
    await request.config_dict[KNOWLEDGE].publish_change()
    await audit.record(
        request,
        "publicity.kb_answer_approved",
        actor=staff,
        target=f"kb:{draft.faq_id}",
        details={"draft": draft.id, "hash": seen_hash},
    )
    await flash(request, f"“{draft.faq_id}”{'新条目' if draft.kind == 'entry' else '的新答案'}已审核通过并生效")
    raise redirect("/console/publicity/kb-answers")


@routes.post("/console/publicity/kb-answers/{id:\\d{1,9}}/reject")
@page(REVIEWER)
async def kb_answer_reject(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    try:
        draft = await kb_review.reject(actor=staff, draft_id=int(request.match_info["id"]), now=now_local())
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect("/console/publicity/kb-answers") from None
    await audit.record(
        request,
        "publicity.kb_answer_rejected",
        actor=staff,
        target=f"kb:{draft.faq_id}",
        details={"draft": draft.id, "hash": draft.content_hash},
    )
    await flash(request, f"已退回“{draft.faq_id}”的待审核内容，市民看到的仍是原来的答案")
    raise redirect("/console/publicity/kb-answers")
