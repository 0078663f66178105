"""Accounts tests reuse the real-server fixtures of the API tests."""

from tests.api.conftest import account, client, receiver  # noqa: F401
