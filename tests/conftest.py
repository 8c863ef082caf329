"""Every test under tests/ (in an area folder or not) gets the shared fixtures of tests/support/.

The app, backends and sandbox fixtures are in tests/support/app.py; each area's own helpers in
tests/support/<area>.py; an area folder's conftest.py holds what only that area uses.
"""

pytest_plugins = [
    "tests.support.app",
    "tests.support.gateway",
    "tests.support.knowledge",
    "tests.support.bot",
    "tests.support.complaints",
    "tests.support.appointments",
    "tests.support.campaigns",
    "tests.support.console",
    "tests.support.publicity",
]
