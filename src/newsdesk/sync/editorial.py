"""A move in the workflow, as one desk records it: the new state, the audit entry, the note,
and the work for the site, committed together. Pure bookkeeping on the store; the sync engine
sends it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from newsdesk.core.article import Article
from newsdesk.core.audit import AuditEntry, content_fingerprint, now_utc, sealed
from newsdesk.core.checklist import ChecklistError
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.notes import Anchor, Note
from newsdesk.core.outbox import OutboxAction, OutboxItem
from newsdesk.core.site import Site
from newsdesk.core.workflow import Action, transition
from newsdesk.store import Store
from newsdesk.sync.validation import check_ready_to_send

SCHEDULE_AHEAD = timedelta(seconds=90)  # WordPress publishes at once when under a minute
CHECKED_ACTIONS = frozenset({Action.APPROVE, Action.SCHEDULE, Action.PUBLISH})


def record_move(
    store: Store,
    site: Site,
    article: Article,
    action: Action,
    *,
    note: str = "",
    at: datetime | None = None,
) -> OutboxItem:
    """Check the move, then apply it locally, record it and queue it for the site in one
    unit of work: either all of it is kept or, when any write fails, none of it."""
    check_ready_to_send(article)
    target = transition(article.status, action, site.desk_role)
    if action in CHECKED_ACTIONS:
        missing = site.checklist.missing(article)
        if missing:
            raise ChecklistError(missing)
    if action is Action.RETURN and not note.strip():
        raise ValidationError(
            Message("Returning an article needs a note saying what to change."),
            Message("Write the note for the reporter, then return the article."),
        )
    changes: dict[str, object] = {"status": target}
    if action is Action.SCHEDULE:
        if at is None or at.tzinfo is None or at < datetime.now(UTC) + SCHEDULE_AHEAD:
            raise ValidationError(
                Message("The publication time is missing or already past."),
                Message("Choose a time at least two minutes from now (Vietnam time)."),
            )
        changes["publish_at"] = at.astimezone(UTC)
    with store.transaction() as tx:
        saved = tx.save_article(article.edited(**changes))
        chain = tx.audit(saved.pk)
        entry = AuditEntry(
            article_uuid=saved.uuid,
            action=action.value,
            from_status=article.status.value,
            to_status=target.value,
            user=site.username,
            user_name=site.display_name or site.username,
            at=now_utc(),
            content_sha=content_fingerprint(saved),
            note=note.strip(),
        )
        tx.append_audit(saved.pk, sealed(entry, chain[-1] if chain else None))
        if note.strip():
            write_note(tx, site, saved, note, paragraph=-1)
        return tx.enqueue(saved.pk, site.pk, OutboxAction(action.value))


def write_note(
    store: Store, site: Site, article: Article, text: str, *, paragraph: int, parent: str = ""
) -> Note:
    """A note on one paragraph (or, with ``paragraph=-1``, on the whole article)."""
    text = text.strip()
    if not text:
        raise ValidationError(Message("The note is empty."), Message("Write the note first."))
    anchor = Anchor.for_paragraph(article.body, paragraph) if paragraph >= 0 else Anchor(-1, "")
    if paragraph >= 0 and not anchor.quote:
        raise ValidationError(
            Message("The article has no paragraph {number}.", number=paragraph + 1),
            Message("Choose a paragraph that is in the article."),
        )
    return store.add_note(
        Note(
            id=str(uuid.uuid4()),
            article_id=article.pk,
            anchor=anchor,
            text=text,
            author=site.username,
            author_name=site.display_name or site.username,
            created_at=now_utc(),
            parent=parent,
        )
    )
