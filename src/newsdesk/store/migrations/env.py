"""Alembic environment. Runs on the connection :mod:`newsdesk.store.migrate` hands over, or
on a new store engine for the database named by ``sqlalchemy.url`` (``alembic`` command)."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import make_url
from sqlalchemy.engine import Connection

from newsdesk.store.database import create_store_engine, writer
from newsdesk.store.migrate import include_name
from newsdesk.store.models import Base

config = context.config


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_name=include_name,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    database = make_url(config.get_main_option("sqlalchemy.url", "")).database
    if not database:
        raise RuntimeError("sqlalchemy.url must name an SQLite database file")
    engine = create_store_engine(Path(database))
    try:
        with writer(engine).begin() as connection:
            run_migrations(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("Offline (--sql) migrations are not supported for the local database.")
run_migrations_online()
