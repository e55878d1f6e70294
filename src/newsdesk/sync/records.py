"""Notes and the audit record travel with the article (with the Newsdesk Bridge plugin)."""

from __future__ import annotations

from functools import partial

from newsdesk.core.audit import AuditEntry, rebase
from newsdesk.core.messages import Message
from newsdesk.core.notes import Anchor, Note
from newsdesk.core.workflow import MOVE_NAMES, Action
from newsdesk.sites.base import Capability, SiteConnector
from newsdesk.sites.errors import AuthError, Conflict, SiteError
from newsdesk.store import Store
from newsdesk.sync.retry import Retrier

APPEND_ROUNDS = 3


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
        for _ in range(APPEND_ROUNDS):
            confirmed = self._site_chain(remote_id)
            to_send, dropped = rebase(confirmed, self._store.unsent_audit(article_id))
            try:
                for entry in to_send:
                    self._retry(partial(self._connector.append_audit, remote_id, entry.to_dict()))
            except Conflict:
                continue
            for entry in dropped:
                self._notices.append(
                    Message(
                        "{user}: {move} was already recorded by someone else first; the article "
                        "is as they left it.",
                        user=entry.user_name or entry.user,
                        move=move_name(entry.action),
                    )
                )
            self._store.replace_audit(article_id, confirmed + to_send, [])
            return
        raise Conflict(
            Message("The article's audit record kept changing on the site."),
            Message("Newsdesk will try again at the next sync."),
        )

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
            self._store.replace_audit(article_id, confirmed, pending)
