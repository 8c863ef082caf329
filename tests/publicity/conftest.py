"""Tests of the publicity desk (publicity/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
