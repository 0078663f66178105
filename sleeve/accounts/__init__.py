"""Accounts: API keys, webhook secrets and the credit ledger."""
