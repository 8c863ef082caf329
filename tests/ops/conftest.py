"""Tests of the command line, backup, deploy files, demo, metrics, migrations, release checks.

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
