"""Tests of the official-account channel: /wechat, envelope, events, routing (bot/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
