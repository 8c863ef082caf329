"""What the server keeps of a bearer secret (a session token, an API token): its SHA-256, never the secret."""

from __future__ import annotations

import hashlib


def token_digest(token: str) -> str:
    """The hex SHA-256 of `token`: Redis keys and database rows are looked up by it."""
    return hashlib.sha256(token.encode()).hexdigest()
