"""Editors' notes and the audit chain of each article. Mixed into the Store."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from newsdesk.core.audit import AuditBroken, AuditEntry, ChainBreak, Head, check
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message, from_stored, to_stored
from newsdesk.core.notes import Anchor, Note
from newsdesk.store.models import AuditHeadRow, AuditRow, NoteRow
from newsdesk.store.rows import article_row


def _note_from_row(row: NoteRow) -> Note:
    return Note(
        id=row.id,
        article_id=row.article_id,
        anchor=Anchor.decode(row.anchor),
        text=row.text,
        author=row.author,
        author_name=row.author_name,
        created_at=row.created_at,
        parent=row.parent,
        sent=row.sent,
    )


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry.from_dict(json.loads(row.entry))


class DeskRecords:
    def _write(self) -> AbstractContextManager[Session]:
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[Session]:
        raise NotImplementedError

    # Notes

    def add_note(self, note: Note) -> Note:
        """Keep a note; one already known by its id is left as it is (a repeated fetch)."""
        with self._write() as session:
            article_row(session, note.article_id)
            row = session.get(NoteRow, note.id)
            if row is None:
                row = NoteRow(
                    id=note.id,
                    article_id=note.article_id,
                    parent=note.parent,
                    anchor=note.anchor.encode(),
                    text=note.text,
                    author=note.author,
                    author_name=note.author_name,
                    created_at=note.created_at,
                    sent=note.sent,
                )
                session.add(row)
            elif note.sent and not row.sent:
                row.sent = True
            return _note_from_row(row)

    def notes(self, article_id: int) -> list[Note]:
        with self._read() as session:
            rows = session.scalars(
                select(NoteRow)
                .where(NoteRow.article_id == article_id)
                .order_by(NoteRow.created_at, NoteRow.id)
            ).all()
            return [_note_from_row(row) for row in rows]

    def unsent_notes(self, article_id: int) -> list[Note]:
        with self._read() as session:
            rows = session.scalars(
                select(NoteRow)
                .where(NoteRow.article_id == article_id, NoteRow.sent.is_(False))
                .order_by(NoteRow.created_at, NoteRow.id)
            ).all()
            return [_note_from_row(row) for row in rows]

    def mark_note_sent(self, note_id: str) -> None:
        with self._write() as session:
            row = session.get(NoteRow, note_id)
            if row is not None:
                row.sent = True

    # Audit

    def audit(self, article_id: int) -> list[AuditEntry]:
        with self._read() as session:
            rows = session.scalars(
                select(AuditRow)
                .where(AuditRow.article_id == article_id)
                .order_by(AuditRow.position)
            ).all()
            return [_entry(row) for row in rows]

    def unsent_audit(self, article_id: int) -> list[AuditEntry]:
        with self._read() as session:
            rows = session.scalars(
                select(AuditRow)
                .where(AuditRow.article_id == article_id, AuditRow.sent.is_(False))
                .order_by(AuditRow.position)
            ).all()
            return [_entry(row) for row in rows]

    def append_audit(self, article_id: int, entry: AuditEntry, *, sent: bool = False) -> None:
        """Add an entry at the end of the chain; it must follow the last one."""
        with self._write() as session:
            article_row(session, article_id)
            last = session.scalars(
                select(AuditRow)
                .where(AuditRow.article_id == article_id)
                .order_by(AuditRow.position.desc())
                .limit(1)
            ).first()
            if entry.prev_hash != (last.hash if last else ""):
                raise ValidationError(
                    Message("The audit entry does not follow the article's last entry."),
                    Message("Sync the article, then try again."),
                )
            position = session.scalar(
                select(func.coalesce(func.max(AuditRow.position), 0)).where(
                    AuditRow.article_id == article_id
                )
            )
            session.add(_audit_row(article_id, int(position or 0) + 1, entry, sent=sent))

    def drop_unsent_audit(self, article_id: int) -> None:
        """Forget entries the site refused (the move they record did not happen)."""
        with self._write() as session:
            session.execute(
                delete(AuditRow).where(AuditRow.article_id == article_id, AuditRow.sent.is_(False))
            )

    def audit_head(self, article_id: int) -> Head | None:
        """The longest chain of the article's record this desk has taken from the site."""
        with self._read() as session:
            row = session.get(AuditHeadRow, article_id)
            return Head(row.length, row.hash) if row is not None else None

    def audit_record(self, article_id: int) -> tuple[list[AuditEntry], ChainBreak | None]:
        """The article's entries and the first reason not to trust them (None when the chain
        holds, still ends where it ended before, and the site's copy was sound)."""
        entries = self.audit(article_id)
        with self._read() as session:
            row = session.get(AuditHeadRow, article_id)
            seen = Head(row.length, row.hash) if row is not None else None
            problem = row.problem if row is not None else ""
        broken = check(entries, seen)
        if broken is None and problem:
            broken = ChainBreak(0, from_stored(problem))
        return entries, broken

    def set_audit_problem(self, article_id: int, problem: str) -> None:
        """Remember why the article's record is not trusted until the site's copy holds."""
        with self._write() as session:
            article_row(session, article_id)
            row = session.get(AuditHeadRow, article_id)
            if row is None:
                row = AuditHeadRow(article_id=article_id, length=0, hash="", problem="")
                session.add(row)
            row.problem = to_stored(problem)

    def replace_audit(
        self, article_id: int, confirmed: list[AuditEntry], pending: list[AuditEntry]
    ) -> None:
        """Take the site's chain (``confirmed``) and put this desk's unsent entries after it.

        Only a chain that verifies and holds the head this desk has seen before is taken;
        anything else raises :class:`AuditBroken` and changes nothing."""
        chain = confirmed + pending
        with self._write() as session:
            article_row(session, article_id)
            row = session.get(AuditHeadRow, article_id)
            seen = Head(row.length, row.hash) if row is not None else None
            broken = check(confirmed, seen) or check(chain, None)
            if broken is not None:
                raise AuditBroken(
                    broken,
                    Message(
                        "The audit record from the site breaks at entry {position}: it {reason}.",
                        position=broken.position,
                        reason=broken.reason,
                    ),
                    Message("Tell the site administrator: the record may have been tampered with."),
                )
            session.execute(delete(AuditRow).where(AuditRow.article_id == article_id))
            for position, entry in enumerate(chain, start=1):
                session.add(
                    _audit_row(article_id, position, entry, sent=position <= len(confirmed))
                )
            head = Head.of(confirmed)
            if row is None:
                session.add(
                    AuditHeadRow(
                        article_id=article_id, length=head.length, hash=head.hash, problem=""
                    )
                )
            else:
                row.length, row.hash, row.problem = head.length, head.hash, ""


def _audit_row(article_id: int, position: int, entry: AuditEntry, *, sent: bool) -> AuditRow:
    text = json.dumps(entry.to_dict(), ensure_ascii=False, sort_keys=True)
    return AuditRow(
        article_id=article_id, position=position, entry=text, hash=entry.hash, sent=sent
    )
