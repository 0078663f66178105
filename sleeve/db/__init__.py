"""Database models, sessions and migrations (one schema for SQLite and PostgreSQL)."""
