"""Tests of filing, photos, assessment tables, deadlines, workflow, notifications (complaints/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
