"""Looking up rows by id, with the error a person reads when one is missing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.core import NotFoundError
from newsdesk.core.messages import Message
from newsdesk.store.models import ArticleRow, OutboxRow, SiteRow


def article_not_found(article_id: int) -> NotFoundError:
    return NotFoundError(
        Message("Article {id} does not exist.", id=article_id),
        Message("Run `newsdesk list` to see the articles."),
    )


def article_row(session: Session, article_id: int) -> ArticleRow:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise article_not_found(article_id)
    return row


def require_article(session: Session, article_id: int) -> None:
    """Like :func:`article_row` without loading the article (its body may be long)."""
    if session.scalar(select(ArticleRow.id).where(ArticleRow.id == article_id)) is None:
        raise article_not_found(article_id)


def require_site(session: Session, site_id: int) -> None:
    if session.scalar(select(SiteRow.id).where(SiteRow.id == site_id)) is None:
        site_row(session, site_id)  # raises the error a person reads


def site_row(session: Session, site_id: int) -> SiteRow:
    row = session.get(SiteRow, site_id)
    if row is None:
        raise NotFoundError(
            Message("Site {id} does not exist.", id=site_id),
            Message("Run `newsdesk site list` to see the sites."),
        )
    return row


def outbox_row(session: Session, item_id: int) -> OutboxRow:
    row = session.get(OutboxRow, item_id)
    if row is None:
        raise NotFoundError(
            Message("Outbox item {id} does not exist.", id=item_id),
            Message("It was removed with its article or site; queue the article again."),
        )
    return row
