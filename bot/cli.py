"""`jiliang simulate` (talk to a running server's /wechat as WeChat would) and `jiliang wechat menu push|show`."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

from core.settings import Settings


async def simulate(settings: Settings, args: argparse.Namespace) -> int:
    import aiohttp

    from bot.simulate import build_push, reply_text, text_message_xml

    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    url = f"http://{host}:{settings.port}/wechat"
    msg_id = time.time_ns() // 1000  # unique per run, as WeChat's 64-bit MsgId is per message
    push = build_push(settings, text_message_xml(openid=args.openid, text=args.text, msg_id=msg_id), safe=args.safe)
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
            async with http.post(url, params=push.query, data=push.body) as response:
                body = await response.text()
                status = response.status
    except (aiohttp.ClientError, TimeoutError) as exc:
        print(f"无法连接 {url}：{exc}（服务是否已用 jiliang serve 启动？）", file=sys.stderr)
        return 1
    if status != 200:
        print(f"HTTP {status}: {body}", file=sys.stderr)
        return 1
    text = reply_text(settings, body)
    print(text if text is not None else "（公众号回复 success：没有被动回复；若处理超时，答案会以客服消息发出）")
    return 0


async def menu_push(settings: Settings, args: argparse.Namespace) -> int:
    from core.resources import open_resources
    from core.wechat import WeChatError
    from publicity.bot_content import build_menu, live_content_now

    del args
    async with open_resources(settings) as res:  # the live (approved) menu version from the database
        content = await live_content_now()
        fallback_url = settings.public_base_url.rstrip("/") + "/"
        menu = build_menu(content, miniapp_appid=settings.miniapp_appid, fallback_url=fallback_url)
        try:
            await res.wechat.create_menu(menu)
        except WeChatError as exc:
            print(f"菜单创建失败：{exc}", file=sys.stderr)
            return 1
    print(f"已创建菜单：{'、'.join(button['name'] for button in menu['button'])}")
    return 0


async def menu_show(settings: Settings, args: argparse.Namespace) -> int:
    from core.db import orm_context
    from publicity.bot_content import build_menu, live_content_now

    del args
    async with orm_context(settings.database_url):
        content = await live_content_now()
    fallback_url = settings.public_base_url.rstrip("/") + "/"
    menu = build_menu(content, miniapp_appid=settings.miniapp_appid, fallback_url=fallback_url)
    print(json.dumps(menu, ensure_ascii=False, indent=2))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("simulate", help="像微信服务器一样向运行中服务的 /wechat 发送一条文本消息")
    p.add_argument("text", help="消息文本")
    p.add_argument("--openid", default="o-simulator", help="发送者 openid（默认 o-simulator）")
    p.add_argument(
        "--safe",
        action="store_true",
        help="安全模式（只发密文）；否则有 JILIANG_MP_AES_KEY 时用兼容模式，没有时发明文",
    )
    p.set_defaults(handler=lambda s, a: asyncio.run(simulate(s, a)))

    p = subparsers.add_parser("wechat", help="公众号管理")
    wechat_sub = p.add_subparsers(dest="wechat_command", required=True)
    menu = wechat_sub.add_parser("menu", help="自定义菜单（控制台审核通过的版本；尚无时为 bot/menu.py 的默认菜单）")
    menu_sub = menu.add_subparsers(dest="menu_command", required=True)
    menu_sub.add_parser("push", help="通过微信接口创建菜单").set_defaults(
        handler=lambda s, a: asyncio.run(menu_push(s, a))
    )
    menu_sub.add_parser("show", help="打印菜单 JSON").set_defaults(handler=lambda s, a: asyncio.run(menu_show(s, a)))
