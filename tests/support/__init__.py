"""Shared test helpers and fixtures, registered for every test under tests/ by tests/conftest.py."""
