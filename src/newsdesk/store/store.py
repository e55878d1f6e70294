"""The repository: every read and write of the local database goes through :class:`Store`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from newsdesk.core import (
    Article,
    Revision,
    Site,
    SyncState,
    ValidationError,
    WorkflowStatus,
)
from newsdesk.core.messages import Message
from newsdesk.store.article_json import from_json, to_json
from newsdesk.store.convert import (
    article_from_row,
    fill_article_row,
    fill_site_row,
    site_from_row,
)
from newsdesk.store.database import create_store_engine
from newsdesk.store.desk_records import DeskRecords
from newsdesk.store.migrate import upgrade_to_head
from newsdesk.store.models import ArticleRow, RemoteRow, RevisionRow, SiteRow
from newsdesk.store.photos import PhotoFolder
from newsdesk.store.rows import article_not_found, article_row, site_row
from newsdesk.store.search import (
    fts_table,
    index_article,
    match_expression,
    matches,
    rank,
    unindex_article,
)
from newsdesk.store.summaries import ArticleSummary, summary_from_row, summary_select
from newsdesk.store.sync_records import SyncRecords
from newsdesk.store.unit_of_work import Writer


def _now() -> datetime:
    return datetime.now(UTC)


class Store(SyncRecords, DeskRecords):
    """The local database of one desktop.

    Open it with :meth:`open`. Every method runs in its own session and every write is
    committed before the method returns, unless a unit of work is open on the thread
    (:meth:`transaction`): then the writes join it and are committed with it. Safe to share
    between threads: writes are serialised by a lock, reads run alongside them (WAL).
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self._path = path
        self._engine = engine
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writer = Writer(engine)

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the database at ``path`` and bring its schema up to date.

        An existing database behind the newest schema is copied to
        ``<name>.bak-<revision>`` before it is upgraded.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_store_engine(path)
        try:
            upgrade_to_head(engine, path)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def photos(self) -> PhotoFolder:
        """The copies of the photos this desk's articles use, next to the database."""
        return PhotoFolder(self._path.parent / "photos")

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """A unit of work: ``with store.transaction() as tx:`` makes several writes through
        ``tx`` (this store) that are committed once at the end of the block, or not at all if
        anything in it raises. Reads inside see the unit's own writes.

        The writer lock is held until the block ends: keep network work out of it, and do not
        wait in it for another thread that writes. A unit opened inside another joins it.
        """
        with self._writer.transaction():
            yield self

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._writer.transaction() as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        session = self._writer.current()
        if session is not None:
            yield session  # the open unit of work's own writes are part of what it reads
            return
        with self._reading() as session:
            yield session

    # Articles

    def create_article(self, article: Article) -> Article:
        """Store a new article: it gets an id and version 1, and its first revision."""
        with self._write() as session:
            if _article_id_by_uuid(session, article.uuid) is not None:
                raise ValidationError(
                    Message("An article with UUID {uuid} already exists.", uuid=article.uuid),
                    Message("Save the existing article instead of creating it again."),
                )
            row = ArticleRow()
            fill_article_row(row, replace(article, version=1))
            session.add(row)
            session.flush()
            stored = article_from_row(row)
            _keep_revision(session, row.id, stored, _now())
            index_article(session, row.id, stored.title, stored.sapo, stored.body)
        return stored

    def save_article(self, article: Article, *, replacing: int | None = None) -> Article:
        """Store the edits to an existing article (found by id) and return the stored value.

        When nothing a person edits has changed (see :meth:`Article.content_key`) the stored
        article comes back untouched. Otherwise the version goes up by one, ``updated_at``
        becomes now and a revision is kept. The uuid and ``created_at`` never change.

        ``replacing`` names the version of an earlier autosave whose revision this save takes
        over instead of adding one, so that steady typing does not keep a full copy per save.
        That revision is kept as it is when it is no longer the article's latest or a site
        records it as the version it holds (see :func:`_replaceable_revision`).
        """
        if article.id is None:
            raise ValueError("save_article needs a stored article; use create_article first")
        with self._write() as session:
            row = article_row(session, article.id)
            stored = article_from_row(row)
            if stored.content_key() == article.content_key():
                return stored
            changed = replace(
                article,
                uuid=stored.uuid,
                created_at=stored.created_at,
                version=stored.version + 1,
                updated_at=_now(),
            )
            fill_article_row(row, changed)
            session.flush()
            saved = article_from_row(row)
            replaced = _replaceable_revision(session, row.id, stored.version, replacing)
            if replaced is None:
                _keep_revision(session, row.id, saved, saved.updated_at)
            else:
                replaced.version = saved.version
                replaced.saved_at = saved.updated_at
                replaced.snapshot = to_json(saved)
            if (stored.title, stored.sapo, stored.body) != (saved.title, saved.sapo, saved.body):
                index_article(session, row.id, saved.title, saved.sapo, saved.body)
        return saved

    def save_edits(self, article: Article, *, replacing: int | None = None) -> Article:
        """Store what a person edited in ``article``, a copy that may be older than the stored
        article: a move or a sync may have committed since it was read. The workflow's fields
        are kept as stored: the status always, and the publication time unless the person
        changed it in this copy (compared with the version the copy was read at).
        ``replacing`` is passed on to :meth:`save_article`."""
        if article.id is None:
            raise ValueError("save_edits needs a stored article; use create_article first")
        with self.transaction():
            stored = self.get_article(article.id)
            publish_at = stored.publish_at
            if article.version != stored.version:
                read_at = self._revision(article.id, article.version)
                if read_at is None or read_at.publish_at != article.publish_at:
                    publish_at = article.publish_at
            else:
                publish_at = article.publish_at
            return self.save_article(
                article.edited(status=stored.status, publish_at=publish_at), replacing=replacing
            )

    def _revision(self, article_id: int, version: int) -> Article | None:
        with self._read() as session:
            snapshot = session.scalar(
                select(RevisionRow.snapshot).where(
                    RevisionRow.article_id == article_id, RevisionRow.version == version
                )
            )
        return None if snapshot is None else from_json(snapshot)

    def get_article(self, article_id: int) -> Article:
        with self._read() as session:
            return article_from_row(article_row(session, article_id))

    def find_article_by_uuid(self, uuid: str) -> Article | None:
        with self._read() as session:
            row = session.scalars(select(ArticleRow).where(ArticleRow.uuid == uuid)).first()
            return None if row is None else article_from_row(row)

    def list_articles(
        self, *, status: WorkflowStatus | None = None, query: str = "", limit: int = 500
    ) -> list[ArticleSummary]:
        """Summaries, most recently updated first; ``query`` keeps only articles it finds."""
        statement = summary_select()
        if status is not None:
            statement = statement.where(ArticleRow.status == WorkflowStatus(status).value)
        expression = match_expression(query)
        if expression:
            matching = select(fts_table.c.rowid).where(matches(expression))
            statement = statement.where(ArticleRow.id.in_(matching))
        statement = statement.order_by(ArticleRow.updated_at.desc(), ArticleRow.id.desc())
        with self._read() as session:
            rows = session.execute(statement.limit(limit)).all()
        return [summary_from_row(row) for row in rows]

    def search(self, query: str, limit: int = 100) -> list[ArticleSummary]:
        """Articles whose title, sapo or body hold every word of ``query``, best first.

        Accents and case are ignored, "d" finds "đ", and each word also finds longer words
        it begins. Nothing in ``query`` is read as search syntax.
        """
        expression = match_expression(query)
        if not expression:
            return []
        statement = (
            summary_select()
            .join(fts_table, fts_table.c.rowid == ArticleRow.id)
            .where(matches(expression))
            .order_by(rank(), ArticleRow.updated_at.desc())
            .limit(limit)
        )
        with self._read() as session:
            rows = session.execute(statement).all()
        return [summary_from_row(row) for row in rows]

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its revisions, outbox items and remote refs."""
        with self._write() as session:
            session.delete(article_row(session, article_id))
            unindex_article(session, article_id)

    def revisions(self, article_id: int) -> list[Revision]:
        """The kept states of an article, oldest first."""
        with self._read() as session:
            article_row(session, article_id)
            rows = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.article_id == article_id)
                .order_by(RevisionRow.version)
            ).all()
            return [
                Revision(
                    article_id=row.article_id,
                    version=row.version,
                    saved_at=row.saved_at,
                    article=from_json(row.snapshot),
                )
                for row in rows
            ]

    # Sites

    def add_site(self, site: Site) -> Site:
        with self._write() as session:
            _check_site_name_free(session, site.name, None)
            row = SiteRow()
            fill_site_row(row, site)
            session.add(row)
            session.flush()
            return site_from_row(row)

    def update_site(self, site: Site) -> Site:
        if site.id is None:
            raise ValueError("update_site needs a stored site; use add_site first")
        with self._write() as session:
            row = site_row(session, site.id)
            _check_site_name_free(session, site.name, site.id)
            fill_site_row(row, site)
            session.flush()
            return site_from_row(row)

    def get_site(self, site_id: int) -> Site:
        with self._read() as session:
            return site_from_row(site_row(session, site_id))

    def find_site(self, name: str) -> Site | None:
        with self._read() as session:
            row = session.scalars(select(SiteRow).where(SiteRow.name == name)).first()
            return None if row is None else site_from_row(row)

    def list_sites(self) -> list[Site]:
        with self._read() as session:
            rows = session.scalars(select(SiteRow).order_by(SiteRow.name, SiteRow.id)).all()
            return [site_from_row(row) for row in rows]

    def remove_site(self, site_id: int) -> None:
        """Remove a site with its outbox items and the remote refs of articles on it."""
        with self._write() as session:
            session.delete(site_row(session, site_id))

    def sync_state(self, article_id: int) -> tuple[SyncState, str]:
        """Where the article stands with its sites, and why (see ``decide_sync_state``)."""
        with self._read() as session:
            row = session.execute(summary_select().where(ArticleRow.id == article_id)).first()
        if row is None:
            raise article_not_found(article_id)
        summary = summary_from_row(row)
        return summary.sync_state, summary.sync_reason


def _keep_revision(session: Session, article_id: int, article: Article, saved_at: datetime) -> None:
    session.add(
        RevisionRow(
            article_id=article_id,
            version=article.version,
            saved_at=saved_at,
            snapshot=to_json(article),
        )
    )


def _replaceable_revision(
    session: Session, article_id: int, stored_version: int, replacing: int | None
) -> RevisionRow | None:
    """The revision of version ``replacing`` when a new save may take its place: it is the
    stored version (nothing was saved since) and no site holds it as its synced version (a
    later merge or resend looks that revision up)."""
    if replacing is None or replacing != stored_version:
        return None
    synced = session.scalar(
        select(RemoteRow.article_id).where(
            RemoteRow.article_id == article_id, RemoteRow.synced_version == replacing
        )
    )
    if synced is not None:
        return None
    return session.scalars(
        select(RevisionRow).where(
            RevisionRow.article_id == article_id, RevisionRow.version == replacing
        )
    ).first()


def _article_id_by_uuid(session: Session, uuid: str) -> int | None:
    return session.scalar(select(ArticleRow.id).where(ArticleRow.uuid == uuid))


def _check_site_name_free(session: Session, name: str, own_id: int | None) -> None:
    other = session.scalar(select(SiteRow.id).where(SiteRow.name == name))
    if other is not None and other != own_id:
        raise ValidationError(
            Message("A site named “{name}” already exists.", name=name),
            Message("Choose another name for this site."),
        )
