"""The bot's content as data: welcome text, the texts of the 投诉 / 预约 / 查进度 / 活动 / 人工 intents and the
phrase patterns that recognise them, keyword rules and the custom menu, versioned in `publicity_bot_content`.

Until a version is approved the bot says exactly what the shipped content says (`default_content()` is built from
bot.texts, bot.menu and bot/data/intents.json). Patterns are phrase patterns (publicity.phrases), matched in linear
time; staff cannot enter a regular expression. Every change is a draft; a second person approves the hash they saw,
which makes it live. Each worker caches the live version and checks a Redis version key on every use (one GET), and
reads the table again at least every POLL_SECONDS, so a change made in the console is served at once by every
worker."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, PrivateAttr, ValidationError, field_validator, model_validator

from core.errors import InvalidInput, InvalidTransition, NotFound
from core.models import StaffAccount
from publicity.models import BotContentVersion
from publicity.phrases import MAX_PATTERN_CHARS as MAX_INTENT_PATTERN_CHARS
from publicity.phrases import Phrase, PhraseError, compile_phrase

if TYPE_CHECKING:
    from redis.asyncio import Redis

VERSION_KEY = "botcontent:live"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BotHooks:
    """What this domain needs from the bot channel, registered by the bot when it is imported (the layers allow
    bot -> publicity, not the reverse): the code's own content, its text normaliser and its menu keys."""

    defaults: Callable[[], dict[str, Any]]  # the document of the shipped values (texts, intent patterns, menu)
    normalise: Callable[[str], str]
    tracking_no: Callable[[str], str | None]
    click_keys: Callable[[], set[str]]


_hooks: list[BotHooks] = []


def register_bot(hooks: BotHooks) -> None:
    _hooks[:] = [hooks]


def bot_hooks() -> BotHooks:
    if not _hooks:
        import importlib

        importlib.import_module("bot.texts_live")  # registers itself; the bot is part of every app and CLI
    return _hooks[0]


def normalise(text: str) -> str:
    return bot_hooks().normalise(text)


POLL_SECONDS = 30.0
MAX_TEXT_CHARS = 600
MAX_RULES = 100
MAX_PATTERN_CHARS = 120  # a keyword rule's pattern
MAX_INTENT_PATTERNS = 100
MAX_MATCHED_CHARS = 500  # the part of a message rules and patterns look at
MAX_DOCUMENT_BYTES = 64_000

# The intent texts an editor may change, with the placeholders each one must keep to (and may use).
INTENT_TEXTS: dict[str, tuple[str, frozenset[str]]] = {
    "complaint": ("投诉：进入小程序", frozenset({"link"})),
    "complaint_at_market": ("投诉：扫过市场二维码的粉丝", frozenset({"link"})),
    "booking": ("预约：检定预约", frozenset({"link"})),
    "status_how_to": ("查进度：查询方法", frozenset({"link"})),
    "status_not_found": ("查进度：没有查到", frozenset({"tracking_no", "link"})),
    "no_campaign": ("活动：没有进行中的活动", frozenset()),
    "human_fallback": ("人工：人工服务", frozenset()),
}
RULE_INTENTS = ("complaint", "complaint_status", "booking", "campaign", "human")
BUTTON_TYPES = ("click", "view", "miniprogram")
MatchType = Literal["exact", "contains", "prefix"]
_REGEX_SYNTAX = re.compile(r"[\\^$.|?*+()\[\]{}]")


@lru_cache(maxsize=2048)
def phrase(pattern: str) -> Phrase:
    """The compiled pattern (PhraseError, a ValueError with the reason in Chinese, when it cannot be used)."""
    return compile_phrase(pattern, normalise)


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise ValueError("花括号不成对（要显示花括号请写 {{ 或 }}）") from exc


def _byte_len(value: str) -> int:
    return len(value.encode("utf-8"))


def _check_phrase(pattern: str) -> None:
    try:
        phrase(pattern)
    except PhraseError as exc:
        raise ValueError(f"“{pattern[:40]}”：{exc}") from None


class KeywordRule(BaseModel):
    """A message that matches `pattern` (a phrase pattern: exact / contains / prefix, on the normalised text) gets
    `reply`, or runs `intent`. Rules are tried by priority, highest first, before the intent patterns and the FAQ.
    """

    priority: int = Field(0, ge=-1000, le=1000)
    match: MatchType
    pattern: str = Field(min_length=1, max_length=MAX_PATTERN_CHARS)
    reply: str = Field("", max_length=MAX_TEXT_CHARS)
    intent: str = ""

    @model_validator(mode="before")
    @classmethod
    def _legacy_regex(cls, data: Any) -> Any:
        """Versions saved when rules could be regular expressions: plain text becomes `contains`; anything else
        cannot be matched safely and is refused (an old version with one is dropped by `load`)."""
        if isinstance(data, dict) and data.get("match") == "regex":
            pattern = str(data.get("pattern", ""))
            if _REGEX_SYNTAX.search(pattern):
                raise ValueError("不再支持正则表达式，请改用 exact / contains / prefix 句式（如 [投诉|举报]）")
            data = {**data, "match": "contains"}
        return data

    @model_validator(mode="after")
    def _check(self) -> KeywordRule:
        if bool(self.reply.strip()) == bool(self.intent):
            raise ValueError("每条关键词规则要么填写回复文字，要么选择一个意图（二选一）")
        if self.intent and self.intent not in RULE_INTENTS:
            raise ValueError(f"未知意图：{self.intent}")
        _check_phrase(self.pattern)
        if self.reply and _placeholders(self.reply):
            raise ValueError("关键词回复不支持 {…} 占位符")
        return self

    def tracking_no(self, text: str) -> str | None:
        return bot_hooks().tracking_no(text[:MAX_MATCHED_CHARS]) if self.intent == "complaint_status" else None

    def matches(self, norm: str) -> bool:
        return phrase(self.pattern).search(norm, self.match)


class IntentPattern(BaseModel):
    """A phrase that means one of the built-in intents (投诉 / 预约 / 查进度 / 活动 / 人工): the shipped ones come
    from bot/data/intents.json; tried by priority, highest first, after the keyword rules."""

    intent: str
    priority: int = Field(0, ge=-1000, le=1000)
    match: MatchType
    pattern: str = Field(min_length=1, max_length=MAX_INTENT_PATTERN_CHARS)

    @model_validator(mode="after")
    def _check(self) -> IntentPattern:
        if self.intent not in RULE_INTENTS:
            raise ValueError(f"未知意图：{self.intent}（可选：{'、'.join(RULE_INTENTS)}）")
        _check_phrase(self.pattern)
        return self

    def matches(self, norm: str) -> bool:
        return phrase(self.pattern).search(norm, self.match)


def shipped_intent_patterns() -> list[IntentPattern]:
    return [IntentPattern.model_validate(p) for p in bot_hooks().defaults()["intent_patterns"]]


class MenuButton(BaseModel):
    type: Literal["click", "view", "miniprogram"] | None = None
    name: str = Field(min_length=1)
    key: str = ""
    url: str = ""
    page: str = ""  # mini-program page path
    sub_button: list[MenuButton] = Field(default_factory=list)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if _byte_len(value) > 1024:
            raise ValueError("菜单链接不能超过 1024 字节")
        if value and not value.startswith(("https://", "http://")):
            raise ValueError("菜单链接须以 http:// 或 https:// 开头")
        return value

    def check_leaf(self) -> None:
        if _byte_len(self.name) > 60:
            raise ValueError(f"子菜单“{self.name}”名称超过 60 字节")
        if self.sub_button:
            raise ValueError(f"子菜单“{self.name}”下不能再有菜单")
        if self.type is None:
            raise ValueError(f"菜单“{self.name}”须选择类型（click / view / miniprogram）")
        if self.type == "click":
            if not self.key or _byte_len(self.key) > 128:
                raise ValueError(f"菜单“{self.name}”的 key 须为 1–128 字节")
            if self.key not in bot_hooks().click_keys():
                raise ValueError(f"菜单“{self.name}”的 key {self.key} 没有对应的功能")
        elif self.type == "view" and not self.url:
            raise ValueError(f"菜单“{self.name}”须填写链接")
        elif self.type == "miniprogram" and not self.page:
            raise ValueError(f"菜单“{self.name}”须填写小程序页面")


class BotContent(BaseModel):
    welcome: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    intents: dict[str, str]
    rules: list[KeywordRule] = Field(default_factory=list, max_length=MAX_RULES)
    # a version saved before the patterns were data has the shipped ones
    intent_patterns: list[IntentPattern] = Field(
        default_factory=shipped_intent_patterns, min_length=1, max_length=MAX_INTENT_PATTERNS
    )
    menu: list[MenuButton] = Field(min_length=1, max_length=3)
    _matchers: list[tuple[Phrase, MatchType, str]] | None = PrivateAttr(default=None)

    @field_validator("welcome")
    @classmethod
    def _welcome(cls, value: str) -> str:
        if _placeholders(value):
            raise ValueError("欢迎语不支持 {…} 占位符")
        return value

    @field_validator("intents")
    @classmethod
    def _intents(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(INTENT_TEXTS):
            raise ValueError("意图文字须包含且只包含：" + "、".join(INTENT_TEXTS))
        for key, text in value.items():
            label, allowed = INTENT_TEXTS[key]
            if not text.strip() or len(text) > MAX_TEXT_CHARS:
                raise ValueError(f"“{label}”须为 1–{MAX_TEXT_CHARS} 字")
            used = _placeholders(text)
            if used - allowed:
                raise ValueError(f"“{label}”只能使用占位符：{'、'.join('{' + p + '}' for p in allowed) or '无'}")
            if "link" in allowed and "link" not in used:
                raise ValueError(f"“{label}”须保留 {{link}}（小程序链接）")
        return value

    @field_validator("menu")
    @classmethod
    def _menu(cls, value: list[MenuButton]) -> list[MenuButton]:
        for top in value:
            if _byte_len(top.name) > 16:
                raise ValueError(f"一级菜单“{top.name}”名称超过 16 字节")
            if len(top.sub_button) > 5:
                raise ValueError(f"一级菜单“{top.name}”最多 5 个子菜单")
            if top.sub_button:
                for sub in top.sub_button:
                    sub.check_leaf()
            else:
                top.check_leaf()
        return value

    def text(self, intent: str) -> str:
        return self.intents[intent]

    def first_rule(self, text: str) -> KeywordRule | None:
        return first_match(self, text)

    def sorted_rules(self) -> list[KeywordRule]:
        return sorted(self.rules, key=lambda rule: -rule.priority)  # stable: equal priorities keep their order

    def sorted_patterns(self) -> list[IntentPattern]:
        return sorted(self.intent_patterns, key=lambda pattern: -pattern.priority)

    def intent_of(self, text: str) -> tuple[str, str | None] | None:
        """(intent, complaint number) of a message: a complaint number (JL + 14 digits, the complaints system's
        format) is always 查进度; otherwise the first intent pattern by priority; None: on to the FAQ."""
        norm = normalise(text[:MAX_MATCHED_CHARS])
        if not norm:
            return None
        if "jl" in norm and (number := bot_hooks().tracking_no(norm)) is not None:
            return "complaint_status", number
        if self._matchers is None:  # compiled once per loaded version (the holder keeps one per worker)
            self._matchers = [(phrase(p.pattern), p.match, p.intent) for p in self.sorted_patterns()]
        return next(((intent, None) for compiled, how, intent in self._matchers if compiled.search(norm, how)), None)

    def menu_label(self, event: str, key: str) -> str | None:
        """The label of the button a menu event came from: a click by its key, a link by its URL, a mini-program
        button by its page."""
        for top in self.menu:
            for button in (top, *top.sub_button):
                if (
                    (event == "click" and button.type == "click" and button.key == key)
                    or (event == "view" and button.type == "view" and button.url == key)
                    or (event == "view_miniprogram" and button.type == "miniprogram" and button.page == key)
                ):
                    return button.name
        return None


def default_content() -> BotContent:
    """Version 0: exactly what the code says."""
    return BotContent.model_validate(bot_hooks().defaults())


def dump(content: BotContent) -> str:
    return json.dumps(content.model_dump(mode="json", exclude_defaults=False), ensure_ascii=False, sort_keys=True)


def content_hash(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def parse_document(raw: Any) -> BotContent:
    """A document from the console or the API; bad input -> InvalidInput with the first problem in Chinese."""
    try:
        return BotContent.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = str(first.get("ctx", {}).get("error") or first["msg"]).removeprefix("Value error, ")
        raise InvalidInput(f"内容有误（{where}）：{message}" if where else f"内容有误：{message}") from None


def load(version: BotContentVersion) -> BotContent:
    try:
        return BotContent.model_validate_json(version.document)
    except ValidationError:
        # A version approved under older rules (a regular expression as a keyword rule): serve it without the
        # rules that can no longer be matched safely rather than not at all.
        raw = json.loads(version.document)
        kept = []
        for rule in raw.get("rules", []):
            try:
                KeywordRule.model_validate(rule)
                kept.append(rule)
            except ValidationError:
                log.warning("bot content version %s: keyword rule %r dropped", version.id, rule.get("pattern"))
        return BotContent.model_validate({**raw, "rules": kept})


def first_match(content: BotContent, text: str) -> KeywordRule | None:
    norm = normalise(text[:MAX_MATCHED_CHARS])
    if not norm:
        return None
    return next((rule for rule in content.sorted_rules() if rule.matches(norm)), None)


# --- versions ------------------------------------------------------------------------------------------------


async def live_version() -> BotContentVersion | None:
    return await BotContentVersion.filter(state="live").order_by("-id").first()


async def history(limit: int = 20) -> list[BotContentVersion]:
    """The latest versions (any state), with who made and who approved each."""
    return await BotContentVersion.all().order_by("-id").limit(limit).prefetch_related("created_by", "approved_by")


async def current_draft() -> BotContentVersion | None:
    return await BotContentVersion.filter(state="draft").order_by("-id").first()


async def save_draft(*, actor: StaffAccount, content: BotContent) -> BotContentVersion:
    """Edit the open draft (or open one). Any save changes the hash, so an approval of the old hash is void."""
    document = dump(content)
    if len(document.encode("utf-8")) > MAX_DOCUMENT_BYTES:
        raise InvalidInput("内容过长")
    digest = content_hash(document)
    draft = await current_draft()
    if draft is None:
        return await BotContentVersion.create(
            document=document, content_hash=digest, created_by=actor, updated_by=actor
        )
    await BotContentVersion.filter(id=draft.id, state="draft").update(
        document=document, content_hash=digest, updated_by_id=actor.id, approved_hash=None, approved_by_id=None
    )
    await draft.refresh_from_db()
    return draft


async def approve(*, actor: StaffAccount, version_id: int, seen_hash: str, now: datetime) -> BotContentVersion:
    """A second person approves the exact version they saw; it becomes live and the previous one retires."""
    draft = await BotContentVersion.get_or_none(id=version_id)
    if draft is None:
        raise NotFound("没有找到该版本")
    if draft.state != "draft":
        raise InvalidTransition("该版本已处理，不能再审核", code="bot_content_not_draft")
    if actor.id in (draft.created_by_id, draft.updated_by_id):  # type: ignore[attr-defined]
        raise InvalidTransition("不能审核自己起草或修改的版本，须由另一人审核", code="bot_content_self_approval")
    if draft.content_hash != seen_hash:
        raise InvalidTransition("版本在您查看后又被修改，请重新查看后再审核", code="bot_content_changed")
    updated = await BotContentVersion.filter(id=draft.id, state="draft", content_hash=seen_hash).update(
        state="live", approved_by_id=actor.id, approved_hash=seen_hash, approved_at=now
    )
    if not updated:
        raise InvalidTransition("版本在您查看后又被修改，请重新查看后再审核", code="bot_content_changed")
    await BotContentVersion.filter(state="live").exclude(id=draft.id).update(state="retired")
    await draft.refresh_from_db()
    return draft


async def publish_change(redis: Redis, version: BotContentVersion) -> None:
    """Tell every worker: the next message they handle reads the new live version."""
    await redis.set(VERSION_KEY, f"{version.id}:{version.content_hash}")


class BotContentHolder:
    """Per worker: the live content, re-read when the Redis version key moves or every POLL_SECONDS."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.content = default_content()
        self.loaded: str | None = None
        self.checked_at = 0.0

    async def get(self) -> BotContent:
        return await self.get_at(await self.redis.get(VERSION_KEY))

    async def get_at(self, raw_marker: str | bytes | None) -> BotContent:
        """As `get`, with the version key's value the caller has just read (the bot reads it in the same round
        trip as the message's delivery claim)."""
        marker = (raw_marker.decode() if isinstance(raw_marker, bytes) else raw_marker) or "none"
        if marker == self.loaded and time.monotonic() - self.checked_at < POLL_SECONDS:
            return self.content
        live = await live_version()  # the table decides (a stale key, e.g. from another database, is replaced)
        self.content = load(live) if live is not None else default_content()
        self.loaded = f"{live.id}:{live.content_hash}" if live is not None else "none"
        self.checked_at = time.monotonic()
        if live is not None and marker != self.loaded:
            await self.redis.set(VERSION_KEY, self.loaded)
        return self.content


async def live_content_now() -> BotContent:
    """The live version straight from the table (the CLI, the console's menu push)."""
    live = await live_version()
    return load(live) if live is not None else default_content()


def label_menu_items(content: BotContent, items: Any) -> None:
    """Menu statistics (campaigns.schemas.MenuItemStats) named by the live menu's labels: a renamed button shows
    its current name; a button no longer in the menu keeps the name recorded when it was used; else its key."""
    for item in items:
        item.name = content.menu_label(item.event, item.key) or item.name


def build_menu(content: BotContent, *, miniapp_appid: str, fallback_url: str) -> dict[str, Any]:
    """The JSON body of /cgi-bin/menu/create for a version's menu tree."""

    def one(button: MenuButton) -> dict[str, Any]:
        if button.sub_button:
            return {"name": button.name, "sub_button": [one(sub) for sub in button.sub_button]}
        if button.type == "click":
            return {"type": "click", "name": button.name, "key": button.key}
        if button.type == "view":
            return {"type": "view", "name": button.name, "url": button.url}
        return {
            "type": "miniprogram",
            "name": button.name,
            "url": button.url or fallback_url,
            "appid": miniapp_appid,
            "pagepath": button.page,
        }

    return {"button": [one(top) for top in content.menu]}
