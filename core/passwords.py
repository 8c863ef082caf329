"""Staff console passwords: argon2id hashes, complexity rules, lockout after repeated failures, initial passwords.

API tokens (core.auth) stay for machine use; this module also gives them an expiry.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.errors import InvalidInput
from core.models import StaffAccount
from core.settings import Settings

_hasher = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) parameters
# A hash of a random password: verifying against it costs the same as a real account, so an unknown username
# takes as long to reject as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
CHARACTER_CLASSES = (
    ("小写字母", string.ascii_lowercase),
    ("大写字母", string.ascii_uppercase),
    ("数字", string.digits),
    ("符号", string.punctuation),
)
REQUIRED_CLASSES = 3


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def complexity_problems(password: str, *, username: str, min_length: int) -> list[str]:
    """What is wrong with a new password, in words a person acts on; empty when it is acceptable."""
    problems = []
    if len(password) < min_length:
        problems.append(f"至少{min_length}个字符")
    present = [name for name, chars in CHARACTER_CLASSES if any(c in chars for c in password)]
    if len(present) < REQUIRED_CLASSES:
        problems.append("须包含大写字母、小写字母、数字、符号中的至少三类")
    if username and username.lower() in password.lower():
        problems.append("不能包含用户名")
    if len(set(password)) < 4:
        problems.append("不能由同一两个字符重复组成")
    return problems


def check_complexity(password: str, *, username: str, min_length: int) -> None:
    if problems := complexity_problems(password, username=username, min_length=min_length):
        raise InvalidInput("新密码不符合要求：" + "；".join(problems), code="weak_password", problems=problems)


def generate_password(length: int = 14) -> str:
    """A random password that meets every rule (one of each class, the rest from a readable alphabet)."""
    readable = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    chars = [secrets.choice(chars) for _, chars in CHARACTER_CLASSES[:3]] + [secrets.choice("!@#%*+-=?")]
    chars += [secrets.choice(readable) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


async def set_password(account: StaffAccount, password: str, *, must_change: bool) -> None:
    account.password_hash = hash_password(password)
    account.password_must_change = must_change
    account.password_changed_at = datetime.now(UTC)
    account.failed_logins = 0
    account.locked_until = None
    await account.save(
        update_fields=["password_hash", "password_must_change", "password_changed_at", "failed_logins", "locked_until"]
    )


async def issue_initial_password(account: StaffAccount) -> str:
    """A one-time password for a new account or after an admin's reset: shown once, changed at first login."""
    password = generate_password()
    await set_password(account, password, must_change=True)
    return password


def token_expires_at(account: StaffAccount, settings: Settings) -> datetime:
    issued = account.token_issued_at or account.created_at
    return issued + timedelta(days=settings.staff_api_token_days)


def token_expired(account: StaffAccount, settings: Settings, *, now: datetime | None = None) -> bool:
    return token_expires_at(account, settings) <= (now or datetime.now(UTC))


# --- login attempts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginCheck:
    account: StaffAccount | None
    ok: bool
    reason: str  # ok | unknown | inactive | locked | wrong_password
    locked_now: bool = False  # this failure locked the account


def is_locked(account: StaffAccount, *, now: datetime | None = None) -> bool:
    return account.locked_until is not None and account.locked_until > (now or datetime.now(UTC))


async def record_failure(account: StaffAccount, settings: Settings) -> bool:
    """Count a wrong password or code; True when this failure locks the account."""
    # One UPDATE (failed_logins + 1) so two concurrent wrong attempts both count.
    from tortoise.expressions import F

    await StaffAccount.filter(id=account.id).update(failed_logins=F("failed_logins") + 1)
    await account.refresh_from_db(fields=["failed_logins"])
    if account.failed_logins >= settings.staff_lockout_threshold:
        account.locked_until = datetime.now(UTC) + timedelta(minutes=settings.staff_lockout_minutes)
        account.failed_logins = 0
        await account.save(update_fields=["locked_until", "failed_logins"])
        return True
    return False


async def record_success(account: StaffAccount) -> None:
    if account.failed_logins or account.locked_until:
        account.failed_logins = 0
        account.locked_until = None
        await account.save(update_fields=["failed_logins", "locked_until"])


async def check_login(username: str, password: str, settings: Settings) -> LoginCheck:
    account = await StaffAccount.get_or_none(username=username.strip())
    if account is None:
        verify_password(None, password)  # same cost as a real check
        return LoginCheck(None, False, "unknown")
    if not account.active:
        return LoginCheck(account, False, "inactive")
    if is_locked(account):
        return LoginCheck(account, False, "locked")
    if not verify_password(account.password_hash, password):
        locked_now = await record_failure(account, settings)
        return LoginCheck(account, False, "wrong_password", locked_now=locked_now)
    return LoginCheck(account, True, "ok")
