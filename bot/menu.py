"""The official account's custom menu, as data; `jiliang wechat menu push` sends it through the gateway.

CLICK buttons carry a key that the bot answers (bot.handlers.CLICK_ACTIONS); miniprogram buttons open a page
directly (the `url` is what clients without mini-program support open).
"""

from __future__ import annotations

from typing import Any

from bot import texts

# (name, key) of CLICK buttons, and (name, page) of mini-program buttons, per top-level menu.
MENU: tuple[tuple[str, tuple[dict[str, str], ...]], ...] = (
    (
        "投诉举报",
        (
            {"type": "miniprogram", "name": "在线投诉", "page": texts.PAGE_COMPLAINT_NEW},
            {"type": "click", "name": "投诉进度", "key": "COMPLAINT_STATUS"},
            {"type": "click", "name": "人工服务", "key": "HUMAN"},
        ),
    ),
    (
        "检定服务",
        (
            {"type": "miniprogram", "name": "检定预约", "page": texts.PAGE_BOOKING},
            {"type": "click", "name": "常见问题", "key": "FAQ"},
        ),
    ),
    (
        "我的",
        (
            {"type": "click", "name": "近期活动", "key": "CAMPAIGN"},
            {"type": "click", "name": "我是市民", "key": "AUDIENCE_CITIZEN"},
            {"type": "click", "name": "我是企业/商户", "key": "AUDIENCE_ENTERPRISE"},
        ),
    ),
)


def click_keys() -> set[str]:
    return {button["key"] for _, buttons in MENU for button in buttons if button["type"] == "click"}


def build_menu(*, miniapp_appid: str, fallback_url: str) -> dict[str, Any]:
    """The JSON body of /cgi-bin/menu/create."""
    top = []
    for name, buttons in MENU:
        subs: list[dict[str, str]] = []
        for button in buttons:
            if button["type"] == "click":
                subs.append({"type": "click", "name": button["name"], "key": button["key"]})
            else:
                subs.append(
                    {
                        "type": "miniprogram",
                        "name": button["name"],
                        "url": fallback_url,
                        "appid": miniapp_appid,
                        "pagepath": button["page"],
                    }
                )
        top.append({"name": name, "sub_button": subs})
    return {"button": top}


def item_name(event: str, key: str) -> str | None:
    """The label of the button a menu event came from: CLICK by its key, a mini-program button by its page."""
    for _, buttons in MENU:
        for button in buttons:
            if (event == "click" and button.get("key") == key) or (
                event == "view_miniprogram" and button.get("page") == key
            ):
                return button["name"]
    return None
