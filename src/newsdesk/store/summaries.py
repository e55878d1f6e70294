"""The article list: one row per article with its sync state, read in a single query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, func, select

from newsdesk.core import OutboxState, SyncState, WorkflowStatus
from newsdesk.core.messages import Message
from newsdesk.store.models import ArticleRow, OutboxRow, RemoteRow

CHANGED_SINCE_SENT = Message("changed since last sent")


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the article list shows for one article. ``link`` is the first site link, or ""."""

    id: int
    uuid: str
    title: str
    status: WorkflowStatus
    updated_at: datetime
    sync_state: SyncState
    sync_reason: str
    link: str


def decide_sync_state(
    *,
    version: int,
    newest_outbox_state: str | None,
    newest_outbox_error: str,
    has_pending: bool,
    pending_error: str,
    oldest_sent_version: int | None,
) -> tuple[SyncState, str]:
    """Where an article stands, and why.

    The newest outbox item failing wins (a person must act); then anything still waiting;
    then what the sites hold compared with the local version. A remote counts as sent once
    it holds some version (``synced_version > 0``); the oldest such version decides.
    """
    if newest_outbox_state == OutboxState.FAILED:
        return SyncState.FAILED, newest_outbox_error
    if has_pending:
        return SyncState.QUEUED, pending_error
    if oldest_sent_version is None:
        return SyncState.LOCAL, ""
    if oldest_sent_version < version:
        return SyncState.LOCAL, CHANGED_SINCE_SENT
    return SyncState.SENT, ""


def summary_select() -> Select[Any]:
    """Articles with everything :func:`summary_from_row` needs, via correlated subqueries."""
    article_id = ArticleRow.id
    newest_first = OutboxRow.id.desc()
    newest_state = (
        select(OutboxRow.state)
        .where(OutboxRow.article_id == article_id)
        .order_by(newest_first)
        .limit(1)
        .scalar_subquery()
    )
    newest_error = (
        select(OutboxRow.last_error)
        .where(OutboxRow.article_id == article_id)
        .order_by(newest_first)
        .limit(1)
        .scalar_subquery()
    )
    pending = OutboxRow.state == OutboxState.PENDING.value
    has_pending = select(OutboxRow.id).where(OutboxRow.article_id == article_id, pending).exists()
    pending_error = (
        select(OutboxRow.last_error)
        .where(OutboxRow.article_id == article_id, pending, OutboxRow.last_error != "")
        .order_by(newest_first)
        .limit(1)
        .scalar_subquery()
    )
    oldest_sent = (
        select(func.min(RemoteRow.synced_version))
        .where(RemoteRow.article_id == article_id, RemoteRow.synced_version > 0)
        .scalar_subquery()
    )
    first_link = (
        select(RemoteRow.link)
        .where(RemoteRow.article_id == article_id, RemoteRow.link != "")
        .order_by(RemoteRow.site_id)
        .limit(1)
        .scalar_subquery()
    )
    return select(
        ArticleRow.id,
        ArticleRow.uuid,
        ArticleRow.title,
        ArticleRow.status,
        ArticleRow.updated_at,
        ArticleRow.version,
        newest_state.label("newest_state"),
        newest_error.label("newest_error"),
        has_pending.label("has_pending"),
        pending_error.label("pending_error"),
        oldest_sent.label("oldest_sent"),
        first_link.label("first_link"),
    )


def summary_from_row(row: Row[Any]) -> ArticleSummary:
    state, reason = decide_sync_state(
        version=row.version,
        newest_outbox_state=row.newest_state,
        newest_outbox_error=row.newest_error or "",
        has_pending=bool(row.has_pending),
        pending_error=row.pending_error or "",
        oldest_sent_version=row.oldest_sent,
    )
    return ArticleSummary(
        id=row.id,
        uuid=row.uuid,
        title=row.title,
        status=WorkflowStatus(row.status),
        updated_at=row.updated_at,
        sync_state=state,
        sync_reason=reason,
        link=row.first_link or "",
    )
