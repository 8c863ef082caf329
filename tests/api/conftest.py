"""Tests of the property-based fuzz of every operation in /api/openapi.json.

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""

from tests.support.browser import browser  # noqa: F401 (the fixture of the browser tests)
