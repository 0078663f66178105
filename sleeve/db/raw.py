"""Plain DBAPI statements for the one hot path that cannot afford an ORM or Core
round trip per statement (the cover intake). Statements are written once with `?`
placeholders and run on SQLite (sqlite3) or PostgreSQL (psycopg) alike.

On this project's machines a Core statement costs ~140 us of Python, a DBAPI one
~10 us; a batch of cover requests runs about eight of them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine


def placeholders(count: int) -> str:
    """'?, ?, ?' for `count` values (count >= 1)."""
    return ", ".join("?" * count)


class RawSql:
    """One DBAPI connection from the engine's pool, used for explicit transactions."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self._connection: Any = None

    @contextmanager
    def transaction(self) -> Iterator[RawSql]:
        """A write transaction: BEGIN IMMEDIATE on SQLite (the write lock at once);
        commits on exit, rolls back (and drops a possibly broken connection) on error."""
        if self._connection is None:
            self._connection = self.engine.raw_connection()
        connection = self._connection
        try:
            if not self.postgres:
                connection.cursor().execute("BEGIN IMMEDIATE")
            yield self
            connection.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                connection.rollback()
            with contextlib.suppress(Exception):
                connection.invalidate()
            self._connection = None
            raise

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run a statement and return every row."""
        cursor = self._cursor(sql, params)
        return cursor.fetchall()

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; the number of rows it changed."""
        return self._cursor(sql, params).rowcount

    def insert(
        self,
        table: str,
        columns: tuple[str, ...],
        rows: list[tuple[object, ...]],
        *,
        tail: str = "",
        returns: bool = False,
    ) -> list[tuple]:
        """One multi-row INSERT of `rows` (each in `columns` order), with an optional
        tail such as ON CONFLICT ... RETURNING; the returned rows when `returns`."""
        row = f"({placeholders(len(columns))})"
        cursor = self._cursor(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([row] * len(rows))}"
            + (f" {tail}" if tail else ""),
            [value for values in rows for value in values],
        )
        return cursor.fetchall() if returns else []

    def for_update(self) -> str:
        """' FOR UPDATE' on PostgreSQL (SQLite's write transaction already excludes
        every other writer)."""
        return " FOR UPDATE" if self.postgres else ""

    def _cursor(self, sql: str, params: Sequence[Any]) -> Any:
        cursor = self._connection.cursor()
        if self.postgres:
            cursor.execute(sql.replace("?", "%s"), params)
        else:
            cursor.execute(sql, [_sqlite_value(value) for value in params])
        return cursor


def _sqlite_value(value: Any) -> Any:
    """Times as SQLAlchemy stores them in SQLite, so both paths read each other's rows."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return value
