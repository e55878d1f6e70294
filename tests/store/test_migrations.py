from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import OperationalError

from newsdesk.core import Byline, NewsdeskError, WorkflowStatus
from newsdesk.core.audit import Head
from newsdesk.core.site import RemoteMedia
from newsdesk.store import Store
from newsdesk.store.database import create_store_engine
from newsdesk.store.migrate import alembic_config, head_revision, include_name
from newsdesk.store.models import Base

OLD_UUID = "5b0c8f3e-9a1d-4c7e-8f00-000000000001"


def make_first_schema_database(db_path: Path) -> None:
    """A database as the first release left it: schema 0001 with one article in it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), "0001")
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "INSERT INTO articles (id, uuid, title, sapo, body, bylines, category, tags,"
            " featured_image, slug, source, publish_at, status, version, created_at, updated_at)"
            " VALUES (7, ?, 'Hội nghị đồng chí', 'Sapo cũ', 'Đồng chí Bí thư phát biểu.',"
            ' \'[{"name": "Thủy Phương", "role": "Bài"}]\', \'Tin tức\', \'["MTTQ"]\','
            " NULL, 'hoi-nghi', '', NULL, 'submitted', 3,"
            " '2020-12-25 08:00:00.000000', '2020-12-25 09:15:30.500000')",
            (OLD_UUID,),
        )


def revision_of(db_path: Path) -> str:
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def table_names(db_path: Path) -> set[str]:
    with closing(sqlite3.connect(db_path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def test_new_database_is_at_head_and_has_no_backup(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    assert revision_of(db_path) == head_revision() == "0007"
    assert not list(db_path.parent.glob("*.bak-*"))


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "newsdesk.db"
    with Store.open(path) as store:
        assert store.path == path
    assert path.is_file()


def test_upgrade_from_first_schema_keeps_the_article_and_indexes_it(db_path: Path) -> None:
    make_first_schema_database(db_path)
    assert revision_of(db_path) == "0001"

    with Store.open(db_path) as store:
        article = store.get_article(7)
        assert article.uuid == OLD_UUID
        assert article.title == "Hội nghị đồng chí"
        assert article.bylines == (Byline("Thủy Phương", "Bài"),)
        assert article.tags == ("MTTQ",)
        assert article.status is WorkflowStatus.SUBMITTED
        assert article.version == 3
        assert article.created_at == datetime(2020, 12, 25, 8, 0, tzinfo=UTC)
        assert article.updated_at == datetime(2020, 12, 25, 9, 15, 30, 500000, tzinfo=UTC)

        assert [s.id for s in store.search("dong chi")] == [7]
        assert [s.id for s in store.search("bi thu phat bieu")] == [7]
        # The new tables work for the old article.
        assert store.outbox_for_article(7) == []
        assert store.remotes(7) == []
    assert revision_of(db_path) == head_revision()


def test_upgrade_makes_a_backup_of_the_old_database(db_path: Path) -> None:
    make_first_schema_database(db_path)

    Store.open(db_path).close()

    backup = db_path.with_name("newsdesk.db.bak-0001")
    assert backup.is_file()
    assert revision_of(backup) == "0001"
    assert "outbox" not in table_names(backup)
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("SELECT uuid FROM articles").fetchall() == [(OLD_UUID,)]
    # Opening again at head copies nothing more.
    Store.open(db_path).close()
    assert sorted(p.name for p in db_path.parent.glob("*.bak-*")) == [backup.name]


def test_backup_never_overwrites_an_older_backup(db_path: Path) -> None:
    make_first_schema_database(db_path)
    older = db_path.with_name("newsdesk.db.bak-0001")
    older.write_bytes(b"an older backup")

    Store.open(db_path).close()

    assert older.read_bytes() == b"an older backup"
    assert revision_of(db_path.with_name("newsdesk.db.bak-0001-2")) == "0001"


def test_a_failing_upgrade_leaves_the_database_as_it_was(db_path: Path) -> None:
    make_first_schema_database(db_path)
    # A table in the way makes 0002 fail after it has already created "outbox".
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("CREATE TABLE article_remotes (x INTEGER)")
    before = table_names(db_path)

    with pytest.raises(OperationalError, match="article_remotes"):
        Store.open(db_path)

    assert table_names(db_path) == before
    assert revision_of(db_path) == "0001"
    assert db_path.with_name("newsdesk.db.bak-0001").is_file()


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")

    with pytest.raises(NewsdeskError, match="newer version"):
        Store.open(db_path)
    assert revision_of(db_path) == "0099"
    assert not list(db_path.parent.glob("*.bak-*"))


def test_a_foreign_sqlite_file_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("CREATE TABLE notes (text TEXT)")

    with pytest.raises(NewsdeskError, match="not one made by Newsdesk"):
        Store.open(db_path)
    assert table_names(db_path) == {"notes"}


def test_wal_mode_is_on(store: Store, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_connections_enforce_foreign_keys_and_sync_normally(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    engine = create_store_engine(db_path)
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert pragma("PRAGMA busy_timeout").scalar() >= 1000
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_migrations_and_models_describe_the_same_schema(store: Store, db_path: Path) -> None:
    engine = create_store_engine(db_path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": include_name, "compare_type": True}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_search_table_exists_after_upgrade(store: Store, db_path: Path) -> None:
    assert "articles_fts" in table_names(db_path)


def test_upgrade_from_0002_keeps_remotes_and_gives_them_an_empty_base(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), "0002")
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "INSERT INTO articles (id, uuid, title, sapo, body, bylines, category, tags, slug,"
            " source, status, version, created_at, updated_at) VALUES (1, 'u', 'Tít', '', '',"
            " '[]', '', '[]', '', '', 'submitted', 3, '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )
        connection.execute(
            "INSERT INTO sites (id, name, url, username, kind, display_name, roles, categories,"
            " tags) VALUES (1, 'portal', 'http://x', 'r', 'wordpress', '', '[]', '[]', '[]')"
        )
        connection.execute(
            "INSERT INTO article_remotes VALUES (1, 1, 42, 'pending', 'http://x/?p=42', 3)"
        )
    with Store.open(db_path) as store:
        ref = store.get_remote(1, 1)
        assert ref is not None
        assert (ref.remote_id, ref.synced_version, ref.remote_version, ref.base) == (
            42,
            3,
            "",
            None,
        )
        assert store.conflicts() == []
        assert store.uploaded_media(1, "0" * 64) is None


def test_upgrade_from_0004_keeps_uploaded_media_without_an_address(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), "0004")
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "INSERT INTO sites (id, name, url, username, kind, display_name, roles, categories,"
            " tags) VALUES (1, 'portal', 'http://x', 'r', 'wordpress', '', '[]', '[]', '[]')"
        )
        connection.execute("INSERT INTO media_uploads VALUES (1, ?, 17)", ("a" * 64,))
    with Store.open(db_path) as store:
        assert store.uploaded_media(1, "a" * 64) == RemoteMedia(17, "")
        store.remember_media(1, "a" * 64, RemoteMedia(17, "http://x/anh.jpg"))
        assert store.uploaded_media(1, "a" * 64) == RemoteMedia(17, "http://x/anh.jpg")


def test_upgrade_from_0005_takes_the_sent_entries_as_the_head_seen(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), "0005")
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "INSERT INTO articles (id, uuid, title, sapo, body, bylines, category, tags, slug,"
            " source, status, version, created_at, updated_at) VALUES (1, 'u', 'Tít', '', '',"
            " '[]', '', '[]', '', '', 'submitted', 3, '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )
        for position, digit, sent in ((1, "a", True), (2, "b", True), (3, "c", False)):
            connection.execute(
                "INSERT INTO audit_entries VALUES (1, ?, '{}', ?, ?)",
                (position, digit * 64, sent),
            )
    with Store.open(db_path) as store:
        assert store.audit_head(1) == Head(2, "b" * 64)
