"""Tests of enterprises, the instrument registry, bookings, reminders (appointments/).

Shared fixtures come from tests/support/ (registered in tests/conftest.py).
"""
