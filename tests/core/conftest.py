"""Tests of the app factory, settings, jobs, audit, limits, migrations, staff identity (core/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
