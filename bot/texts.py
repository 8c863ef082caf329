"""What the bot says that does not come from the knowledge base, and the mini-program pages it links to."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

# Mini-program pages (the same paths the knowledge base links to).
PAGE_COMPLAINT_NEW = "pages/complaint/new"
PAGE_COMPLAINT_LIST = "pages/complaint/list"
PAGE_BOOKING = "pages/booking/new"

# A passive text reply may be up to 2048 bytes; stay under it with room for the link markup.
MAX_REPLY_BYTES = 2000

HOTLINE = "12315"

WELCOME = (
    "您好，欢迎关注呼和浩特市市场监督管理局计量服务！\n"
    "您可以直接发文字或语音提问，例如“缺斤短两怎么办”“电子秤需要检定吗”。\n"
    "回复“投诉”在线投诉举报，回复“预约”办理计量器具检定预约，回复“进度”查询投诉处理进度，回复“人工”了解人工服务。"
)
COMPLAINT = (
    "请点击进入小程序填写投诉举报：{link}\n"
    "请准备好经营者名称、地址、经过和凭证（小票、照片等），提交后会生成以 JL 开头的投诉编号。"
)
COMPLAINT_AT_MARKET = "您扫描过市场的公平秤二维码，投诉时将自动带上该市场信息：{link}"
BOOKING = "计量器具检定预约请点击进入小程序：{link}\n选择器具类型、数量和送检时间即可，预约结果会通过服务通知告诉您。"
STATUS_HOW_TO = (
    "请发送“进度”加投诉编号查询，例如：进度 JL20261122000123。\n也可以在小程序“我的投诉”中查看全部记录：{link}"
)
STATUS_FOUND = "投诉编号：{tracking_no}\n当前状态：{status_label}\n更新时间：{updated_at}\n{next_step}"
STATUS_NOT_FOUND = (
    "没有查到编号为 {tracking_no} 的投诉。这里只能查询您本人通过小程序提交的投诉，请核对编号；"
    "通过12315热线或平台提交的，请在12315平台查询。\n小程序“我的投诉”：{link}"
)
CAMPAIGN = "【{title}】\n{summary}"
CAMPAIGN_LINK = "\n详情：{url}"
NO_CAMPAIGN = "目前没有正在进行的主题活动。世界计量日（5月20日）、3·15 和质量月（9月）期间，我们会在这里发布活动信息。"
HUMAN_FALLBACK = "需要人工帮助，请拨打12315市场监管投诉举报热线；也可以在工作日到所在区的市场监管所窗口咨询。"
IMAGE = "图片暂时无法在这里识别。如需提交照片、视频等投诉证据，请在小程序中填写投诉时上传：{link}"
VOICE_UNRECOGNISED = "没有听清您的语音，请再说一遍或直接发送文字。"
EMPTY_TEXT = "请用文字描述您的问题，例如“缺斤短两怎么办”。"
SUGGEST_HEAD = "您想问的是不是："
SUGGEST_FOOT = "请回复序号查看答案，或换个说法再问。"
CHOICE_EXPIRED = "序号已失效，请重新描述您的问题。"
SCENE_MARKET = (
    "您扫描的是{market}的公平秤二维码。如发现缺斤短两，可到公平秤复秤，也可直接投诉（将自动带上该市场）：{link}"
)
SCENE_DISTRICT = "已将您的所在地区设为{district}，我们会优先推送该地区的计量服务信息。"
AUDIENCE_SET = {
    "citizen": "已设置为“市民”身份。",
    "enterprise": "已设置为“企业/商户”身份，我们会推送检定、计量管理方面的信息。",
}
FAQ_MENU = (
    "常见问题示例：\n· 缺斤短两怎么办\n· 电子秤需要检定吗\n· 家里水表不准怎么办\n· 强制检定收费吗\n"
    "直接发送您的问题即可。"
)


def miniapp_link(appid: str, path: str, label: str, *, fallback_url: str, **params: str) -> str:
    """A text-message link that opens a mini-program page (WeChat renders `data-miniprogram-*`; older clients
    follow `href`)."""
    path = path.lstrip("/")
    full_path = f"{path}?{urlencode(params)}" if params else path
    return (
        f'<a data-miniprogram-appid="{escape(appid)}" data-miniprogram-path="{escape(full_path)}" '
        f'href="{escape(fallback_url)}">{escape(label)}</a>'
    )


def fit(text: str, limit: int = MAX_REPLY_BYTES) -> str:
    """Cut a reply to WeChat's passive-reply size, at a character boundary, marking the cut."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: limit - 6].decode("utf-8", errors="ignore") + "……"
