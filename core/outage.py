"""Recognising a lost backing service (Redis, the database) in an exception, so it answers 503, not 500.

A request that needs Redis or the database while it is unreachable cannot be served now but can be later:
that is 503 with Retry-After. The exception may be wrapped (tortoise, arq, a `raise ... from`), so the chain
of causes is searched.
"""

from __future__ import annotations

import asyncpg
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from tortoise.exceptions import DBConnectionError

OUTAGE_RETRY_AFTER_SECONDS = 5
_REDIS = (RedisConnectionError, RedisTimeoutError)  # BusyLoadingError (loading the AOF) is a ConnectionError
_DATABASE = (
    DBConnectionError,
    asyncpg.PostgresConnectionError,  # 08xxx, e.g. the connection closed in the middle of a query
    asyncpg.exceptions.OperatorInterventionError,  # 57xxx: pg_terminate_backend, shutdown, still starting
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.InterfaceError,  # "connection is closed" on a pooled connection the server dropped
    asyncpg.exceptions.InternalClientError,  # the protocol met the server's termination notice mid-operation
)
_MAX_CHAIN = 8


def unavailable_service(exc: BaseException) -> str | None:
    """`"redis"`, `"database"` (or `"connection"` when the OS reset it) if `exc` or its cause means a backing
    service is unreachable; None otherwise."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < _MAX_CHAIN:
        if isinstance(current, _REDIS):
            return "redis"
        if isinstance(current, _DATABASE):
            return "database"
        if isinstance(current, ConnectionError):  # the OS refused or reset a connection to one of them
            return "connection"
        current = current.__cause__ or current.__context__
        seen += 1
    return None
