"""Public FAQ endpoint: POST /api/v1/knowledge/ask."""

from __future__ import annotations

from aiohttp import web

from core import ratelimit
from core.api import api, ok, r200, r422
from core.keys import REDIS
from knowledge.keys import KNOWLEDGE
from knowledge.runtime import Answer
from knowledge.schemas import AskReply, AskRequest, clean_question

routes = web.RouteTableDef()

# Public and unauthenticated: a fixed window per client address keeps one caller from monopolising a worker.
ASK_LIMIT_PER_MINUTE = 60
ASK_LIMIT = ratelimit.Limit(name="knowledge-ask", max_hits=ASK_LIMIT_PER_MINUTE, window_seconds=60)


async def _limit_rate(request: web.Request) -> None:
    await ratelimit.enforce(
        request.config_dict[REDIS],
        ASK_LIMIT,
        ratelimit.client_address(request),
        message="提问过于频繁，请稍后再试",
        code="ask_rate_limited",
    )


def ask_reply(answer: Answer, *, actions: list[dict[str, str]]) -> AskReply:
    return AskReply(
        q=answer.question,
        faq_id=answer.faq_id,
        score=round(answer.score, 4),
        answer=answer.answer,
        suggestions=[s.faq_id for s in answer.suggestions],
        band=answer.band,
        suggestion_questions=[s.question for s in answer.suggestions],
        actions=actions,
    )


@routes.post("/api/v1/knowledge/ask")
@api.and_request
async def ask(request: web.Request, body: AskRequest) -> r200[AskReply] | r422:
    """Answer a metrology question: confidently (faq_id set), with up to 3 suggestions, or a fallback naming 12315."""
    question = clean_question(body.question)
    await _limit_rate(request)
    holder = request.config_dict[KNOWLEDGE]
    answer = await holder.answer(question, channel="api")
    entry = holder.get_entry(answer.faq_id) if answer.faq_id else None
    return ok(ask_reply(answer, actions=entry.actions if entry else []))
