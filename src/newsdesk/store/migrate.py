"""Schema upgrades: Alembic run from code, with a backup before an existing database changes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from newsdesk.core import NewsdeskError
from newsdesk.core.messages import Message
from newsdesk.store.database import writer
from newsdesk.store.search import FTS_TABLE

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(db_path: Path) -> Config:
    """An Alembic configuration for the database at ``db_path``; no ini file involved."""
    config = Config()
    # Config values go through configparser interpolation, where "%" is special.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}".replace("%", "%%"))
    return config


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Whether schema comparison looks at ``name``: the models do not describe the FTS table
    (made by raw SQL) or the shadow tables FTS5 keeps next to it."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, db_path: Path) -> Path | None:
    """Bring the database at ``db_path`` to the newest schema.

    A database that already holds data is first copied to ``<name>.bak-<revision>``; that
    copy is returned (None when nothing was copied). The upgrade runs in one transaction, so
    a failing migration leaves the database as it was.
    """
    config = alembic_config(db_path)
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current == script.get_current_head():
        return None
    backup = None
    if current is None:
        _check_empty(engine, db_path)
    else:
        if current not in {known.revision for known in script.walk_revisions()}:
            raise NewsdeskError(
                Message(
                    "{path} was made by a newer version of Newsdesk (schema {schema}).",
                    path=str(db_path),
                    schema=current,
                ),
                Message("Update Newsdesk to open it."),
            )
        backup = backup_database(engine, db_path, current)
    with writer(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def backup_database(engine: Engine, db_path: Path, revision: str) -> Path:
    """A consistent copy (WAL content included) next to the database; never overwrites one."""
    target = db_path.with_name(f"{db_path.name}.bak-{revision}")
    number = 1
    while target.exists():
        number += 1
        target = db_path.with_name(f"{db_path.name}.bak-{revision}-{number}")
    raw = engine.raw_connection()
    try:
        with closing(sqlite3.connect(target)) as copy:
            raw.driver_connection.backup(copy)  # type: ignore[union-attr]
    finally:
        raw.close()
    return target


def _check_empty(engine: Engine, db_path: Path) -> None:
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
    if tables:
        raise NewsdeskError(
            Message(
                "{path} is an SQLite database, but not one made by Newsdesk.", path=str(db_path)
            ),
            Message("Choose another file for the Newsdesk database."),
        )
