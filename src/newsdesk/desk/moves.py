"""A move in the workflow, as one desk records it: the new state, the audit entry, the note
and the work for the site, committed together. The sync engine sends it later."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from newsdesk.core.article import Article
from newsdesk.core.audit import AuditEntry, content_fingerprint, now_utc, sealed
from newsdesk.core.outbox import OutboxAction, OutboxItem
from newsdesk.core.site import Site
from newsdesk.core.workflow import Action
from newsdesk.desk.rules import check_move
from newsdesk.store import Store
from newsdesk.sync.editorial import write_note


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
    entries = store.audit(article.pk)
    target = check_move(site, article, action, entries=entries, note=note, at=at)
    changes: dict[str, object] = {"status": target}
    if action is Action.SCHEDULE and at is not None:
        changes["publish_at"] = at.astimezone(UTC)
    with store.transaction() as tx:
        saved = tx.save_article(article.edited(**changes))
        chain = tx.audit(saved.pk)
        entry = AuditEntry(
            article_uuid=saved.uuid,
            action=action.value,
            from_status=article.status.value,
            to_status=target.value,
            user=site.user_login,
            user_name=site.display_name or site.username,
            at=now_utc(),
            content_sha=content_fingerprint(saved),
            note=note.strip(),
            id=str(uuid.uuid4()),
        )
        tx.append_audit(saved.pk, sealed(entry, chain[-1] if chain else None))
        if note.strip():
            write_note(tx, site, saved, note, paragraph=-1)
        return tx.enqueue(saved.pk, site.pk, OutboxAction(action.value))
