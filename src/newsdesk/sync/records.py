"""Notes and the audit record travel with the article (with the Newsdesk Bridge plugin)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from newsdesk.core.audit import AuditBroken, AuditEntry, entry_id, rebase
from newsdesk.core.messages import Message
from newsdesk.core.notes import Anchor, Note
from newsdesk.core.workflow import MOVE_NAMES, Action
from newsdesk.sites.base import Capability, SiteConnector
from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    PermissionDenied,
    SiteError,
)
from newsdesk.store import Store
from newsdesk.sync.retry import Retrier

APPEND_ROUNDS = 3
STALE = "newsdesk_audit_stale"  # another entry got in first: read the record again
NOT_YET = "newsdesk_audit_not_on_site"  # the move goes out with a later item of the outbox


def _opening(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def move_name(action: str) -> str:
    """The move an audit entry or outbox item records, as a sentence names it."""
    try:
        return MOVE_NAMES[Action(action)]
    except ValueError:
        return f"“{action}”"


class RecordSync:
    def __init__(
        self, store: Store, connector: SiteConnector, retry: Retrier, notices: list[str]
    ) -> None:
        self._store = store
        self._connector = connector
        self._retry = retry
        self._notices = notices

    def push(self, article_id: int, remote_id: int) -> None:
        caps = self._connector.capabilities()
        if Capability.NOTES in caps:
            for note in self._store.unsent_notes(article_id):
                self._push_note(remote_id, note)
        if Capability.AUDIT in caps and self._store.unsent_audit(article_id):
            self._push_audit(article_id, remote_id)

    def _push_note(self, remote_id: int, note: Note) -> None:
        """Send one note. One the site refuses is told about and kept on this desk; it holds
        up neither the other notes nor the audit record nor the article."""
        payload = {
            "id": note.id,
            "parent": note.parent,
            "anchor": note.anchor.encode(),
            "text": note.text,
        }
        try:
            self._retry(partial(self._connector.add_note, remote_id, payload))
        except SiteError as exc:
            if exc.retryable or isinstance(exc, AuthError):
                raise
            self._notices.append(
                Message(
                    "The site refused the note “{note}”: {reason} The note stays on this desk "
                    "only; write it again if the site should have it.",
                    note=_opening(note.text),
                    reason=exc.cause,
                )
            )
            return
        self._store.mark_note_sent(note.id)

    def _site_chain(self, remote_id: int) -> list[AuditEntry]:
        raw = self._retry(lambda: self._connector.audit(remote_id))
        return [AuditEntry.from_dict(item) for item in raw]

    def _push_audit(self, article_id: int, remote_id: int) -> None:
        """Send this desk's entries one at a time, each after the site's last entry, then
        take the site's record: the site names the user, the time and the hashes."""
        stale_rounds = 0
        refused: dict[str, tuple[AuditEntry, SiteError]] = {}
        dropped: dict[str, AuditEntry] = {}
        unsent = self._store.unsent_audit(article_id)
        confirmed: list[AuditEntry] = []
        waiting: list[AuditEntry] = []
        finished = False
        for _ in range(len(unsent) + APPEND_ROUNDS + 1):
            confirmed = self._site_chain(remote_id)
            pending = [e for e in unsent if entry_id(e) not in refused]
            to_send, duplicates = rebase(confirmed, pending)
            dropped.update((entry_id(entry), entry) for entry in duplicates)
            if not to_send:
                finished = True
                break
            entry = replace(to_send[0], id=entry_id(to_send[0]))
            try:
                self._retry(partial(self._connector.append_audit, remote_id, entry.to_dict()))
            except Conflict as exc:
                if exc.code == NOT_YET:  # e.g. a schedule sent with the approval before it
                    waiting, finished = to_send, True
                    break
                if exc.code != STALE:
                    refused[entry.id] = (entry, exc)
                    continue
                stale_rounds += 1
                if stale_rounds >= APPEND_ROUNDS:
                    break
            except (InvalidRequest, PermissionDenied) as exc:
                refused[entry.id] = (entry, exc)
        if not finished:
            raise Conflict(
                Message("The article's audit record kept changing on the site."),
                Message("Newsdesk will try again at the next sync."),
            )
        for entry in dropped.values():
            self._notices.append(
                Message(
                    "{user}: {move} was already recorded by someone else first; the article "
                    "is as they left it.",
                    user=entry.user_name or entry.user,
                    move=move_name(entry.action),
                )
            )
        for entry, error in refused.values():
            self._notices.append(
                Message(
                    "The site would not record {move} in the article's history: {cause}",
                    move=move_name(entry.action),
                    cause=str(error),
                )
            )
        # A move the site refused stays on this desk, unsent, and goes again with the next
        # change: the history keeps it, and the site may take it once its cause is gone.
        kept = {entry_id(e) for e in waiting} | set(refused)
        pending, _ = rebase(confirmed, [e for e in unsent if entry_id(e) in kept])
        self._adopt(article_id, confirmed, pending)

    def _adopt(
        self, article_id: int, confirmed: list[AuditEntry], pending: list[AuditEntry]
    ) -> None:
        """Take the site's record when it holds together and holds what this desk saw before;
        otherwise keep this desk's copy, remember why the record is not verified, and say so."""
        try:
            self._store.replace_audit(article_id, confirmed, pending)
        except AuditBroken as exc:
            self._store.set_audit_problem(article_id, exc.problem)
            self._notices.append(exc.problem)

    def pull(self, article_id: int, remote_id: int) -> None:
        caps = self._connector.capabilities()
        if Capability.NOTES in caps:
            for item in self._retry(lambda: self._connector.notes(remote_id)):
                self._store.add_note(
                    Note(
                        id=str(item["id"]),
                        article_id=article_id,
                        anchor=Anchor.decode(str(item.get("anchor", ""))),
                        text=str(item.get("text", "")),
                        author=str(item.get("author", "")),
                        author_name=str(item.get("author_name", "")),
                        created_at=str(item.get("created_gmt", "")),
                        parent=str(item.get("parent", "") or ""),
                        sent=True,
                    )
                )
        if Capability.AUDIT in caps:
            confirmed = self._site_chain(remote_id)
            pending, _dropped = rebase(confirmed, self._store.unsent_audit(article_id))
            try:
                self._store.replace_audit(article_id, confirmed, pending)
            except AuditBroken as exc:
                # Kept, so the history says why it is not verified even when this fetch
                # made the article; raised, so the fetch or the sync reports it.
                self._store.set_audit_problem(article_id, exc.problem)
                raise
