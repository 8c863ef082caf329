"""Tests of the WeChat gateway and the sandbox that stands in for WeChat's server API.

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
