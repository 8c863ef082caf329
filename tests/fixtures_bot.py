"""Fixtures for this area's tests (kept apart so branches do not collide in conftest)."""
