"""What the sites hold, the outbox, open conflicts and uploaded media: the sync engine's
records. Mixed into :class:`newsdesk.store.Store`, which provides the sessions."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from newsdesk.core import Article, OutboxAction, OutboxItem, OutboxState, RemoteRef
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.site import RemoteMedia
from newsdesk.store.article_json import to_json
from newsdesk.store.convert import (
    article_from_row,
    conflict_from_row,
    fill_remote_row,
    outbox_item_from_row,
    remote_from_row,
)
from newsdesk.store.models import (
    ArticleRow,
    AuditRow,
    ConflictRow,
    MediaUploadRow,
    NoteRow,
    OutboxRow,
    RemoteRow,
)
from newsdesk.store.rows import (
    article_row,
    outbox_row,
    require_article,
    require_site,
    site_row,
)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class SendStart:
    """What sending one outbox item needs to know, read as its attempt is counted."""

    article: Article
    ref: RemoteRef | None
    tried_before: bool  # an earlier try may have reached the site without our hearing
    records_waiting: bool  # notes or audit entries of the article still to send


def _put_remote(session: Session, article_id: int, ref: RemoteRef) -> None:
    row = session.get(RemoteRow, (article_id, ref.site_id))
    if row is None:
        row = RemoteRow(article_id=article_id, site_id=ref.site_id)
        session.add(row)
    fill_remote_row(row, ref)


class SyncRecords:
    def _write(self) -> AbstractContextManager[Session]:
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[Session]:
        raise NotImplementedError

    # What the sites hold

    def get_remote(self, article_id: int, site_id: int) -> RemoteRef | None:
        with self._read() as session:
            row = session.get(RemoteRow, (article_id, site_id))
            return None if row is None else remote_from_row(row)

    def set_remote(self, article_id: int, ref: RemoteRef) -> None:
        """Record (or replace) what site ``ref.site_id`` knows about the article."""
        with self._write() as session:
            require_article(session, article_id)
            require_site(session, ref.site_id)
            _put_remote(session, article_id, ref)

    def remotes(self, article_id: int) -> list[RemoteRef]:
        with self._read() as session:
            rows = session.scalars(
                select(RemoteRow)
                .where(RemoteRow.article_id == article_id)
                .order_by(RemoteRow.site_id)
            ).all()
            return [remote_from_row(row) for row in rows]

    def remote_refs(self, site_id: int) -> list[tuple[int, RemoteRef]]:
        """Every article the site knows, as (article id, ref), by article id."""
        with self._read() as session:
            rows = session.scalars(
                select(RemoteRow).where(RemoteRow.site_id == site_id).order_by(RemoteRow.article_id)
            ).all()
            return [(row.article_id, remote_from_row(row)) for row in rows]

    def find_article_by_remote(self, site_id: int, remote_id: int) -> Article | None:
        with self._read() as session:
            row = session.scalars(
                select(ArticleRow)
                .join(RemoteRow, RemoteRow.article_id == ArticleRow.id)
                .where(RemoteRow.site_id == site_id, RemoteRow.remote_id == remote_id)
            ).first()
            return None if row is None else article_from_row(row)

    # Outbox

    def enqueue(self, article_id: int, site_id: int, action: OutboxAction) -> OutboxItem:
        """Queue work for a site. An identical pending item is returned instead of a second.

        Items that are done or failed stay as history; queueing again makes a new one.
        """
        with self._write() as session:
            article_row(session, article_id)
            site_row(session, site_id)
            row = session.scalars(
                select(OutboxRow).where(
                    OutboxRow.article_id == article_id,
                    OutboxRow.site_id == site_id,
                    OutboxRow.action == OutboxAction(action).value,
                    OutboxRow.state == OutboxState.PENDING.value,
                )
            ).first()
            if row is None:
                row = OutboxRow(
                    article_id=article_id,
                    site_id=site_id,
                    action=OutboxAction(action).value,
                    state=OutboxState.PENDING.value,
                    created_at=_now(),
                    attempts=0,
                    last_error="",
                )
                session.add(row)
                session.flush()
            return outbox_item_from_row(row)

    def pending_outbox(self, site_id: int | None = None) -> list[OutboxItem]:
        """Pending items, oldest first; only those for ``site_id`` when given."""
        statement = select(OutboxRow).where(OutboxRow.state == OutboxState.PENDING.value)
        if site_id is not None:
            statement = statement.where(OutboxRow.site_id == site_id)
        with self._read() as session:
            rows = session.scalars(statement.order_by(OutboxRow.id)).all()
            return [outbox_item_from_row(row) for row in rows]

    def outbox_for_article(self, article_id: int) -> list[OutboxItem]:
        """Every item of the article, whatever its state, oldest first."""
        with self._read() as session:
            rows = session.scalars(
                select(OutboxRow).where(OutboxRow.article_id == article_id).order_by(OutboxRow.id)
            ).all()
            return [outbox_item_from_row(row) for row in rows]

    def record_attempt(self, item_id: int, error: str) -> OutboxItem:
        """Note a failed try that will be retried: one more attempt, and why it failed."""
        with self._write() as session:
            row = outbox_row(session, item_id)
            row.attempts += 1
            row.last_error = error
            session.flush()
            return outbox_item_from_row(row)

    def begin_send(self, item_id: int) -> SendStart:
        """Count an attempt at the item before anything is sent (so that a crash mid-send is
        known at the next run) and read the article and its site record, in one write."""
        with self._write() as session:
            row = outbox_row(session, item_id)
            article_id, site_id = row.article_id, row.site_id
            tried_before = session.scalar(
                select(
                    exists().where(
                        OutboxRow.article_id == article_id,
                        OutboxRow.site_id == site_id,
                        OutboxRow.attempts > 0,
                    )
                )
            )
            row.attempts += 1
            row.last_error = ""
            remote = session.get(RemoteRow, (article_id, site_id))
            records_waiting = session.scalar(
                select(
                    exists().where(NoteRow.article_id == article_id, NoteRow.sent.is_(False))
                    | exists().where(AuditRow.article_id == article_id, AuditRow.sent.is_(False))
                )
            )
            return SendStart(
                article=article_from_row(article_row(session, article_id)),
                ref=None if remote is None else remote_from_row(remote),
                tried_before=bool(tried_before),
                records_waiting=bool(records_waiting),
            )

    def finish_send(self, item_id: int, article_id: int, ref: RemoteRef) -> None:
        """The item reached the site: record what the site now holds and mark it done, in
        one write."""
        with self._write() as session:
            require_article(session, article_id)
            _put_remote(session, article_id, ref)
            outbox_row(session, item_id).state = OutboxState.DONE.value

    def note_outbox_error(self, item_id: int, error: str) -> None:
        """Keep why the current attempt failed, without counting another attempt."""
        with self._write() as session:
            outbox_row(session, item_id).last_error = error

    def mark_done(self, item_id: int) -> None:
        with self._write() as session:
            outbox_row(session, item_id).state = OutboxState.DONE.value

    def mark_failed(self, item_id: int, reason: str) -> None:
        """Give up on an item until a person acts; ``reason`` is shown with the article."""
        with self._write() as session:
            row = outbox_row(session, item_id)
            row.state = OutboxState.FAILED.value
            row.last_error = reason

    # Conflicts

    def keep_conflict(
        self, article_id: int, site_id: int, base: Article, theirs: Article, remote_version: str
    ) -> PendingConflict:
        """Keep the site's version beside the local article (replacing an older one)."""
        with self._write() as session:
            article_row(session, article_id)
            row = session.scalars(
                select(ConflictRow).where(
                    ConflictRow.article_id == article_id, ConflictRow.site_id == site_id
                )
            ).first()
            if row is None:
                row = ConflictRow(article_id=article_id, site_id=site_id)
                session.add(row)
            row.base, row.theirs = to_json(base), to_json(theirs)
            row.remote_version, row.created_at = remote_version, _now()
            session.flush()
            return conflict_from_row(row)

    def conflicts(self, article_id: int | None = None) -> list[PendingConflict]:
        statement = select(ConflictRow).order_by(ConflictRow.id)
        if article_id is not None:
            statement = statement.where(ConflictRow.article_id == article_id)
        with self._read() as session:
            return [conflict_from_row(row) for row in session.scalars(statement).all()]

    def drop_conflict(self, conflict_id: int) -> None:
        with self._write() as session:
            session.execute(delete(ConflictRow).where(ConflictRow.id == conflict_id))

    # Media

    def uploaded_media(self, site_id: int, sha256: str) -> RemoteMedia | None:
        """The file with this content hash on the site, if this desk put or found it there.
        Its address may be "" (remembered before addresses were)."""
        with self._read() as session:
            row = session.get(MediaUploadRow, (site_id, sha256))
            return None if row is None else RemoteMedia(row.remote_id, row.url)

    def remember_media(self, site_id: int, sha256: str, media: RemoteMedia) -> None:
        with self._write() as session:
            site_row(session, site_id)
            session.merge(
                MediaUploadRow(site_id=site_id, sha256=sha256, remote_id=media.id, url=media.url)
            )
