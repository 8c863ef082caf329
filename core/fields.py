"""Bounded input types: what a request may carry is what the database column can hold.

Every schema and every path or query parameter uses these, so a value that the database would refuse (an id
past the 32-bit INTEGER range, a string longer than its VARCHAR, a NUL byte PostgreSQL cannot store, a lone
surrogate that cannot be encoded as UTF-8) is a 4xx at validation instead of a 5xx at the query.

    class ThingCreate(BaseModel):
        name: Text(100)                   # VARCHAR(100)
        market_id: DbId | None = None     # INTEGER primary key
        amount: Money                     # DECIMAL(12, 2)

    async def list_things(request, page: PageNo = 1, page_size: PageSize = 20, q: Text(64) | None = None): ...
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints

INT32_MAX = 2**31 - 1  # PostgreSQL INTEGER (tortoise IntField); SMALLINT is 2**15 - 1
SMALLINT_MAX = 2**15 - 1
MAX_PAGE = 100_000
MAX_PAGE_SIZE = 100

# Code points no column may hold: NUL (PostgreSQL refuses it in text) and UTF-16 surrogates (not encodable).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_character(value: str) -> bool:
    return _UNSTORABLE.search(value) is not None


def _storable(value: str) -> str:
    if unstorable_character(value):
        raise ValueError("不能包含空字符或无效的 Unicode 字符")
    return value


def Text(max_length: int, *, min_length: int = 0, strip: bool = False, pattern: str | None = None) -> Any:
    """A string that fits VARCHAR(max_length) and that any database stores as sent."""
    return Annotated[
        str,
        StringConstraints(min_length=min_length, max_length=max_length, strip_whitespace=strip, pattern=pattern),
        AfterValidator(_storable),
    ]


def Int(*, ge: int = -INT32_MAX - 1, le: int = INT32_MAX) -> Any:
    """An integer within an INTEGER column (narrow it further with ge/le)."""
    return Annotated[int, Field(ge=ge, le=le)]


def Amount(*, max_digits: int = 12, decimal_places: int = 2) -> Any:
    """A finite decimal whose integer part fits DECIMAL(max_digits, decimal_places); extra decimals are the
    domain's to refuse (with its own message) or the database's to round, never an overflow."""
    # ge/le, not gt/lt: OpenAPI 3.0 (what /api/openapi.json is) has no numeric exclusiveMaximum.
    largest = Decimal(10) ** (max_digits - decimal_places) - Decimal(10) ** -decimal_places
    return Annotated[Decimal, Field(ge=-largest, le=largest, allow_inf_nan=False)]


def path_id(text: str) -> int:
    """An id from a route's `{name:\\d+}` segment (handlers without parameter injection); past INTEGER: 404."""
    from core.errors import NotFound

    value = int(text)
    if not 1 <= value <= INT32_MAX:
        raise NotFound()
    return value


FIRST_YEAR, LAST_YEAR = 2000, 2100  # dates a request may carry: no business here lies outside


def _plausible_year(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"日期须在 {FIRST_YEAR} 年至 {LAST_YEAR} 年之间")
    return value


DbId = Annotated[int, Field(ge=1, le=INT32_MAX, description="编号")]
PageNo = Annotated[int, Field(ge=1, le=MAX_PAGE, description="页码，从 1 开始")]
PageSize = Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE, description="每页条数")]
Money = Amount()  # DECIMAL(12, 2); the domain says which signs and decimals make sense
Day = Annotated[date, AfterValidator(_plausible_year)]
Moment = Annotated[datetime, AfterValidator(_plausible_year)]
