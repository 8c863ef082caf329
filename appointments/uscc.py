"""统一社会信用代码 (GB 32100-2015): normalisation and both check characters (facts §7)."""

from __future__ import annotations

import re
import unicodedata

from core.errors import InvalidInput

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
VALUES = {ch: i for i, ch in enumerate(CHARSET)}
WEIGHTS = [pow(3, i, 31) for i in range(17)]  # 1, 3, 9, 27, 19, ...
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714, positions 9-16
FORMAT = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def normalise(raw: str) -> str:
    """Full-width to half-width (NFKC), spaces and dashes removed, uppercase."""
    text = unicodedata.normalize("NFKC", raw)
    return re.sub(r"[\s\-]", "", text).upper()


def check_character(first17: str) -> str:
    total = sum(VALUES[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def org_code_check(body8: str) -> str:
    """The GB 11714 check character of an organisation code's first 8 characters."""
    total = sum(
        (int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10) * w for ch, w in zip(body8, ORG_WEIGHTS, strict=True)
    )
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def validate(raw: str) -> str:
    """The normalised code, or InvalidInput saying in Chinese what is wrong with it."""
    code = normalise(raw or "")
    if not code:
        raise InvalidInput("请填写统一社会信用代码", code="uscc_missing")
    if len(code) != 18:
        raise InvalidInput(f"统一社会信用代码应为18位，您填写的是{len(code)}位", code="uscc_length")
    bad = sorted({ch for ch in code if ch not in VALUES})
    if bad:
        raise InvalidInput(
            f"统一社会信用代码含有不允许的字符：{'、'.join(bad)}（不使用字母I、O、S、V、Z）", code="uscc_charset"
        )
    if not code[2:8].isdigit():
        raise InvalidInput("统一社会信用代码第3至8位应为行政区划代码（6位数字）", code="uscc_region")
    if not FORMAT.match(code):
        raise InvalidInput("统一社会信用代码格式不正确", code="uscc_format")
    if org_code_check(code[8:16]) != code[16]:
        raise InvalidInput(
            "统一社会信用代码第9至17位（组织机构代码）校验不通过，请核对后重新填写", code="uscc_org_check"
        )
    if check_character(code[:17]) != code[17]:
        raise InvalidInput("统一社会信用代码校验位（第18位）不正确，请核对后重新填写", code="uscc_check")
    return code
