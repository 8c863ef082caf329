"""Tests of who may do what: authentication before validation, districts, exposure, throttling.

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
