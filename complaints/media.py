"""Content checks of evidence photos through WeChat's mediaCheckAsync v2.

WeChat downloads each photo from a public URL, so a photo is exposed only through a signed link that names one
photo and expires (HMAC over the id and the expiry, keyed from the mini-program secret). A link that claims to live
longer than LINK_TTL_SECONDS is refused even when its signature is right. The demo mini-program secret is public,
so with it the key is a random one kept in var/ instead: a link signed with the demo secret verifies nowhere.
The verdict arrives later as a `wxa_media_check` push, matched to the photo by trace_id.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import time
from functools import cache
from pathlib import Path
from typing import Any

from complaints.models import ComplaintPhoto, PhotoCheck
from core.models import MiniappUser
from core.settings import DEMO_SECRET, Settings

log = logging.getLogger(__name__)
LINK_TTL_SECONDS = 2 * 3600  # WeChat answers within 30 minutes; leave room for its retries
CLOCK_SKEW_SECONDS = 60  # between app processes that sign and verify
LOCAL_KEY_FILE = "secrets/photo-link.key"
PHOTO_LINK_PATH = "/media/complaint-photos/"
SCENE_COMMENT = 2


def _key(settings: Settings) -> bytes:
    secret = settings.miniapp_secret.get_secret_value()
    if secret == DEMO_SECRET:
        return _local_key((settings.var_dir / LOCAL_KEY_FILE).resolve())
    return hashlib.sha256(b"jiliang:complaint-photo-link:" + secret.encode()).digest()


@cache
def _local_key(path: Path) -> bytes:
    """A random key made once per var/ directory (shared by the processes using it), readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process may be writing it this instant
            if len(key := path.read_bytes()) == 32:
                return key
            time.sleep(0.01)
        raise RuntimeError(f"{path} is not a 32-byte key; delete it to make a new one") from None
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "wb") as out:
        out.write(key)
    return key


def _mac(settings: Settings, photo_id: int, expires: int) -> str:
    return hmac.new(_key(settings), f"{photo_id}.{expires}".encode(), hashlib.sha256).hexdigest()[:32]


def photo_link_token(settings: Settings, photo_id: int, *, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_TTL_SECONDS)
    return f"{photo_id}.{expires}.{_mac(settings, photo_id, expires)}"


def photo_id_from_token(settings: Settings, token: str, *, now: float | None = None) -> int | None:
    """The photo id of a valid, unexpired link token; None for anything else."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    photo_id, expires = int(parts[0]), int(parts[1])
    now = now or time.time()
    if expires < now or expires > now + LINK_TTL_SECONDS + CLOCK_SKEW_SECONDS:
        return None
    if not hmac.compare_digest(parts[2], _mac(settings, photo_id, expires)):
        return None
    return photo_id


def photo_link(settings: Settings, photo_id: int) -> str:
    return settings.public_base_url.rstrip("/") + PHOTO_LINK_PATH + photo_link_token(settings, photo_id)


async def submit_photo_checks(*, complaint_id: int, settings: Settings, wechat: Any) -> int:
    """Ask WeChat to check every photo of a case not yet submitted; returns how many were submitted.

    A WeChatError propagates (the job retries transient ones); photos already submitted are skipped on retry.
    """
    photos = await ComplaintPhoto.filter(
        complaint_id=complaint_id, check_status=PhotoCheck.PENDING, check_trace_id=None
    ).order_by("id")
    if not photos:
        return 0
    user = await MiniappUser.get(id=photos[0].user_id)  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
    for photo in photos:
        trace_id = await wechat.media_check_async(
            openid=user.openid, media_url=photo_link(settings, photo.id), media_type=2, scene=SCENE_COMMENT
        )
        await ComplaintPhoto.filter(id=photo.id, check_trace_id=None).update(check_trace_id=trace_id)
    return len(photos)


VERDICTS = {"pass": PhotoCheck.PASS, "review": PhotoCheck.REVIEW, "risky": PhotoCheck.RISKY}


async def apply_media_check(push: dict[str, Any]) -> bool:
    """Record a `wxa_media_check` verdict; False when it names no photo of ours (or is malformed)."""
    trace_id = push.get("trace_id")
    result = push.get("result") or {}
    verdict = VERDICTS.get(str(result.get("suggest", "")))
    if not trace_id or verdict is None:
        return False
    updated = await ComplaintPhoto.filter(check_trace_id=str(trace_id)).update(check_status=verdict)
    if verdict is not PhotoCheck.PASS and updated:
        log.warning("photo check %s: %s (label %s)", trace_id, verdict.value, result.get("label"))
    return bool(updated)
