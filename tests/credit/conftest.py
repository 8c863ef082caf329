"""Tests of 诚信计量 (credit/): commitments, awards, the random draw, inspections and public look-ups.

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""

from tests.support.browser import browser  # noqa: F401 (the fixture of the browser tests)
