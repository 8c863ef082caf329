"""统一社会信用代码 against real, published codes, not codes our own check function produced.

The codes are from the list of codes "found online" in python-stdnum's tests (tests/test_cn_uscc.doctest, checked there
by an independent implementation of GB 32100-2015). Chosen so that together they exercise every rule:
- check character (position 18) `0` (Σ ≡ 0 mod 31, "a raw result of 31 becomes 0") and `X`;
- organisation-code check (position 17, GB 11714) `X` (11 − Σ mod 11 = 10) and `0` (= 11);
- for each of the 17 GB 32100 weights some code has a non-zero character there, and for each of the 8 GB 11714
  weights some code has a character whose value is not a multiple of 11 (M = 22 and 0 hide a wrong weight);
- old-style numeric organisation codes and MA… codes; 152201 is 乌兰浩特市, Inner Mongolia.
"""

from __future__ import annotations

import pytest

from appointments import uscc
from core.errors import InvalidInput

PUBLISHED = [
    "911522010783762860",  # check character 0
    "9162010558590643X0",  # organisation check X, check character 0
    "91620105L015101280",  # check character 0, a letter in the organisation code
    "9115220107837757XE",  # organisation check X
    "9144030071526726XG",  # organisation check X
    "91340600MA2PBM9HXD",  # organisation check X; every organisation character non-zero
    "92340603MA2PBMCG0U",  # organisation check 0 (个体工商户)
    "92340602MA2PEL3T3X",  # check character X
    "91110000600037341L",
    "92340621MA2UK3C369",
    "91310115MA1K3BTP2B",
    "911522010783710635",
]


@pytest.mark.parametrize("code", PUBLISHED)
def test_published_codes_are_valid(code: str) -> None:
    assert uscc.validate(code) == code
    assert uscc.check_character(code[:17]) == code[17]
    assert uscc.org_code_check(code[8:16]) == code[16]


@pytest.mark.parametrize("code", PUBLISHED)
def test_any_single_character_changed_is_refused(code: str) -> None:
    """Every position is weighted: changing one character anywhere breaks one of the two checks.

    (GB 11714's mod 11 misses a change by 11, e.g. C -> 1; GB 32100's mod 31 catches every single change.)
    """
    for position in range(18):
        replacement = "1" if code[position] != "1" else "2"
        if position < 2 or position >= 8:
            changed = code[:position] + replacement + code[position + 1 :]
        else:
            changed = code[:position] + str((int(code[position]) + 1) % 10) + code[position + 1 :]
        with pytest.raises(InvalidInput) as caught:
            uscc.validate(changed)
        expected = {"uscc_check", "uscc_org_check"} if position < 17 else {"uscc_check"}
        assert caught.value.code in expected, (changed, caught.value.code)
        if position == 16:  # the organisation code's own check character
            assert caught.value.code == "uscc_org_check"


@pytest.mark.parametrize(
    ("raw", "error_code", "message"),
    [
        ("91152201078376286", "uscc_length", "统一社会信用代码应为18位，您填写的是17位"),
        ("9115220107837628600", "uscc_length", "统一社会信用代码应为18位，您填写的是19位"),
        ("91152201O783762860", "uscc_charset", "统一社会信用代码含有不允许的字符：O（不使用字母I、O、S、V、Z）"),
        ("9I1522010S83762860", "uscc_charset", "统一社会信用代码含有不允许的字符：I、S（不使用字母I、O、S、V、Z）"),
        ("911A22010783762860", "uscc_region", "统一社会信用代码第3至8位应为行政区划代码（6位数字）"),  # position 4
        ("91A522010783762860", "uscc_region", "统一社会信用代码第3至8位应为行政区划代码（6位数字）"),  # position 3
        ("9115220A0783762860", "uscc_region", "统一社会信用代码第3至8位应为行政区划代码（6位数字）"),  # position 8
        ("   ", "uscc_missing", "请填写统一社会信用代码"),
    ],
)
def test_what_is_wrong_is_said_in_chinese(raw: str, error_code: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        uscc.validate(raw)
    assert (caught.value.code, caught.value.message) == (error_code, message)


def test_letters_outside_the_region_code_are_format_not_region_errors() -> None:
    # A letter in position 2 (entity type) is allowed by the format: only the check characters can refuse it.
    with pytest.raises(InvalidInput) as caught:
        uscc.validate("9A1522010783762860")
    assert caught.value.code == "uscc_check"


def test_normalisation_of_what_people_type() -> None:
    assert uscc.validate("９１３４０６００ＭＡ２ＰＢＭ９ＨＸＤ") == "91340600MA2PBM9HXD"
    assert uscc.validate(" 92340602-ma2pel3t3x ") == "92340602MA2PEL3T3X"
    assert uscc.validate("9162 0105 5859 0643 x0") == "9162010558590643X0"
