"""Database models of this domain."""
