"""Database models of this domain: the knowledge base and the questions it could not answer."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class KnowledgeEntry(Model):
    """One FAQ entry; `id` is the topic slug shared with kb.json and shared/faq/topics.json."""

    id = fields.CharField(max_length=64, primary_key=True)
    question = fields.CharField(max_length=200)
    alternatives: list[str] = fields.JSONField(default=list)
    keywords: list[str] = fields.JSONField(default=list)
    answer = fields.TextField()
    category = fields.CharField(max_length=32, default="", db_index=True)
    actions: list[dict[str, str]] = fields.JSONField(default=list)
    published = fields.BooleanField(default=True, db_index=True)
    version = fields.IntField(default=1)  # bumped on every edit: optimistic locking for staff edits
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    updated_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "knowledge_entry"


class UnansweredStatus(StrEnum):
    OPEN = "open"
    ATTACHED = "attached"  # added to an entry as an alternative question (or a new entry was made from it)
    DISMISSED = "dismissed"


class UnansweredQuestion(Model):
    """A question the bot did not answer confidently, grouped by its normalised text, for staff to resolve."""

    id = fields.IntField(primary_key=True)
    normalised = fields.CharField(max_length=200, unique=True)
    text = fields.CharField(max_length=200)  # the most recent wording
    channel = fields.CharField(max_length=16)  # the most recent channel: wechat | miniapp | api | cli
    count = fields.IntField(default=1)
    best_score = fields.FloatField(default=0.0)
    candidates: list[dict[str, object]] = fields.JSONField(default=list)  # [{"faq_id", "score"}] best first
    status = fields.CharEnumField(UnansweredStatus, max_length=16, default=UnansweredStatus.OPEN, db_index=True)
    resolved_entry = fields.ForeignKeyField(
        "models.KnowledgeEntry", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    resolved_by = fields.ForeignKeyField(
        "models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    first_asked_at = fields.DatetimeField(auto_now_add=True)
    last_asked_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    resolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "knowledge_unanswered"


class KbAnswerDraft(Model):
    """What citizens would read, waiting for a second reader (knowledge.answer_review): an edit of a live entry's
    question, answer and links (kind "answer"; the old text stays live meanwhile), or a whole new entry (kind
    "entry"; it does not exist, and is not indexed, until approved)."""

    id = fields.IntField(primary_key=True)
    faq_id = fields.CharField(max_length=64, db_index=True)
    kind = fields.CharField(max_length=16, default="answer")  # answer | entry
    answer = fields.TextField()
    # the reviewed fields, or the whole new entry (NULL only in drafts made before this column existed)
    content: dict[str, object] | None = fields.JSONField(default=dict, null=True)
    content_hash = fields.CharField(max_length=64)
    source = fields.CharField(max_length=16, default="api")  # api | import | unanswered | console
    unanswered_id = fields.IntField(null=True)  # the unanswered question a new entry answers (resolved on approval)
    state = fields.CharField(max_length=16, default="pending", db_index=True)  # pending|published|void|rejected
    created_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField(
        "models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "knowledge_answer_draft"
