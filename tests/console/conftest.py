"""Tests of the staff console, its pages and the browser tests (console/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""

from tests.support.browser import browser  # noqa: F401 (the fixture of the browser tests)
