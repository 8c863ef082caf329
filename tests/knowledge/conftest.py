"""Tests of the FAQ engine, its content and its API (knowledge/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
