"""Publicity content: images in WeChat's permanent material, articles saved as WeChat drafts, previews and the
approved version of each campaign's article, WeChat tags, and the data-cube figures pulled each day."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class MediaAsset(Model):
    """An image uploaded once to WeChat's permanent material (素材) and reused by media_id."""

    id = fields.IntField(primary_key=True)
    media_id = fields.CharField(max_length=128, unique=True)
    url = fields.CharField(max_length=500)  # WeChat's URL of the permanent material (covers)
    body_url = fields.CharField(max_length=500, null=True)  # uploadimg URL, for use inside article bodies
    filename = fields.CharField(max_length=128)
    sha256 = fields.CharField(max_length=64, db_index=True)  # the same picture twice is one asset
    size = fields.IntField()
    content_type = fields.CharField(max_length=32)
    data = fields.BinaryField()  # our copy, shown in the console (WeChat's URLs refuse foreign referers)
    uploaded_by = fields.ForeignKeyField(
        "models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "publicity_media"


class Article(Model):
    """One 图文 article; `draft_media_id` is its WeChat draft, `content_hash` the version last saved there."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=32)
    author = fields.CharField(max_length=16, default="")
    digest = fields.CharField(max_length=128, default="")
    body = fields.TextField()  # HTML as WeChat shows it (images are material URLs)
    source_url = fields.CharField(max_length=500, default="")
    cover = fields.ForeignKeyField("models.MediaAsset", related_name="covers", on_delete=fields.RESTRICT)
    draft_media_id = fields.CharField(max_length=128, null=True)
    content_hash = fields.CharField(max_length=64)
    created_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL)
    updated_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "publicity_article"


class ArticleImage(Model):
    """Which material an article's body uses (the media library's "where used")."""

    id = fields.IntField(primary_key=True)
    article = fields.ForeignKeyField("models.Article", related_name="images", on_delete=fields.CASCADE)
    media = fields.ForeignKeyField("models.MediaAsset", related_name="uses", on_delete=fields.RESTRICT)

    class Meta:
        table = "publicity_article_image"
        unique_together = (("article", "media"),)


class ArticlePreview(Model):
    """A preview WeChat accepted (mass/preview): who saw exactly which version on which WeChat account."""

    id = fields.IntField(primary_key=True)
    article = fields.ForeignKeyField("models.Article", related_name="previews", on_delete=fields.CASCADE)
    content_hash = fields.CharField(max_length=64)
    staff = fields.ForeignKeyField("models.StaffAccount", related_name=False)
    openid = fields.CharField(max_length=64)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "publicity_article_preview"


class CampaignArticle(Model):
    """A campaign sent as an article by media_id; `approved_hash` is the version its reviewer previewed."""

    id = fields.IntField(primary_key=True)
    campaign = fields.OneToOneField("models.Campaign", related_name="article_link", on_delete=fields.CASCADE)
    article = fields.ForeignKeyField("models.Article", related_name="campaigns", on_delete=fields.RESTRICT)
    audience_count = fields.IntField(null=True)  # shown to the reviewer at approval
    approved_hash = fields.CharField(max_length=64, null=True)
    approved_by = fields.ForeignKeyField(
        "models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    approved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "publicity_campaign_article"


class ArticleSend(Model):
    """One mass-send call that carried a campaign's article: the msg_data_id the data cube reports reads under."""

    id = fields.IntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name=False, on_delete=fields.CASCADE)
    msg_id = fields.BigIntField()
    msg_data_id = fields.BigIntField(unique=True)
    recipients = fields.IntField(default=0)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "publicity_article_send"


class WechatTag(Model):
    """A WeChat user tag the office manages; members are followers whose Subscriber.tags name it."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=30, unique=True)
    wechat_id = fields.IntField(null=True, unique=True)
    synced_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "publicity_wechat_tag"


class CubeUserDay(Model):
    """WeChat's follower figures for one day (datacube getusersummary + getusercumulate)."""

    id = fields.IntField(primary_key=True)
    day = fields.DateField(unique=True)
    new_user = fields.IntField(default=0)
    cancel_user = fields.IntField(default=0)
    cumulate_user = fields.IntField(default=0)
    fetched_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "publicity_cube_user_day"


class CubeArticleDay(Model):
    """WeChat's figures for one mass-sent article on one day (datacube getarticlesummary)."""

    id = fields.IntField(primary_key=True)
    day = fields.DateField()
    msgid = fields.CharField(max_length=64)  # "<msg_data_id>_<index>"
    msg_data_id = fields.BigIntField(db_index=True)
    title = fields.CharField(max_length=64, default="")
    read_user = fields.IntField(default=0)
    read_count = fields.IntField(default=0)
    share_user = fields.IntField(default=0)
    share_count = fields.IntField(default=0)
    fetched_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "publicity_cube_article_day"
        unique_together = (("day", "msgid"),)


class BotContentVersion(Model):
    """One version of what the bot says (welcome, intent texts, keyword rules, menu) as a JSON document.

    A draft is edited in place (its hash changes with every save); a second person approves exactly the hash they
    saw, which makes it the live version. Live and retired versions are never edited again."""

    id = fields.IntField(primary_key=True)
    document = fields.TextField()  # canonical JSON of publicity.bot_content.BotContent
    content_hash = fields.CharField(max_length=64)
    state = fields.CharField(max_length=16, default="draft", db_index=True)  # draft | live | retired
    created_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL)
    updated_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField(
        "models.StaffAccount", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    approved_hash = fields.CharField(max_length=64, null=True)
    approved_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "publicity_bot_content"
