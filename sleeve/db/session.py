"""Engines and sessions for SQLite (WAL, immediate write transactions) and PostgreSQL."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from sleeve.core.settings import get_settings


def make_engine(url: str) -> Engine:
    """Create an engine tuned for Sleeve's access pattern on either database."""
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20
        )
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _tune_sqlite(engine: Engine) -> None:
    """WAL for concurrent readers; BEGIN IMMEDIATE for writers so they queue, not fail."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        write = conn.get_execution_options().get("sqlite_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@lru_cache
def get_engine() -> Engine:
    """The process-wide engine for the configured database."""
    return make_engine(get_settings().resolved_database_url)


def _forget_inherited_connections() -> None:
    """In a forked worker process, never reuse the parent's pooled connections."""
    if get_engine.cache_info().currsize:
        get_engine().dispose(close=False)


os.register_at_fork(after_in_child=_forget_inherited_connections)


@lru_cache
def _factories() -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    engine = get_engine()
    writer = engine.execution_options(sqlite_write=True)
    return (
        sessionmaker(bind=engine, expire_on_commit=False),
        sessionmaker(bind=writer, expire_on_commit=False),
    )


@contextmanager
def read_session() -> Iterator[Session]:
    """A session for reads (may run alongside others)."""
    with _factories()[0]() as session:
        yield session


# SQLite allows one writer at a time. Writers of this process queue on this lock, and
# wake the moment it is free, instead of polling in SQLite's busy handler (which sleeps
# up to 100 ms between tries); other processes still wait through busy_timeout.
_sqlite_writer = threading.RLock()


@contextmanager
def in_process_writer_turn() -> Iterator[None]:
    """Wait for this process's turn to write (SQLite only: PostgreSQL has row locks)."""
    if get_engine().dialect.name == "sqlite":
        with _sqlite_writer:
            yield
        return
    yield


@contextmanager
def write_session() -> Iterator[Session]:
    """A session whose transaction takes the write lock at once on SQLite; commits on exit."""
    with in_process_writer_turn(), _factories()[1]() as session, session.begin():
        yield session
