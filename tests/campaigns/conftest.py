"""Tests of campaign review, scheduling and delivery (campaigns/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
