"""Tests of the publicity desk (publicity/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""

from tests.support.browser import browser  # noqa: F401 (the fixture of the browser tests)
