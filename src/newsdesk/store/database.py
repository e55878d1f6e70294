"""The SQLite engine: WAL, foreign keys, write transactions that take the lock up front, and
a database file (with its folder) private to the user."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from newsdesk.paths import make_file_private, open_private_file, private_dir

BUSY_TIMEOUT_MS = 10_000

# Execution option read by the "begin" hook; writers use IMMEDIATE so that a second process
# (the command line running next to the window) waits on busy_timeout instead of failing
# when a read transaction tries to become a write transaction.
BEGIN_MODE_OPTION = "newsdesk_begin"

# SQLite's own files beside the database. It creates them with the database file's mode.
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def create_store_engine(path: Path) -> Engine:
    """An engine on the database file at ``path``, shared by every thread of the process.

    The file is created (empty, which SQLite reads as a new database) readable by the user
    only, so that SQLite, which gives its WAL and shared-memory files the database's mode,
    makes those private too; files an older version left open are put right.
    """
    _make_database_private(path)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        json_serializer=_json_dumps,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _make_database_private(path: Path) -> None:
    private_dir(path.parent)
    with contextlib.suppress(FileExistsError):
        os.close(open_private_file(path, exclusive=True))
    for companion in (path, *(path.with_name(path.name + s) for s in _COMPANION_SUFFIXES)):
        make_file_private(companion)


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{BEGIN_MODE_OPTION: "IMMEDIATE"})


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _json_dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
