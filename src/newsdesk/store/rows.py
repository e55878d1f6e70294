"""Looking up rows by id, with the error a person reads when one is missing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from newsdesk.core import NotFoundError
from newsdesk.store.models import ArticleRow, OutboxRow, SiteRow


def article_not_found(article_id: int) -> NotFoundError:
    return NotFoundError(
        f"Article {article_id} does not exist.", "Run `newsdesk list` to see the articles."
    )


def article_row(session: Session, article_id: int) -> ArticleRow:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise article_not_found(article_id)
    return row


def site_row(session: Session, site_id: int) -> SiteRow:
    row = session.get(SiteRow, site_id)
    if row is None:
        raise NotFoundError(
            f"Site {site_id} does not exist.", "Run `newsdesk site list` to see the sites."
        )
    return row


def outbox_row(session: Session, item_id: int) -> OutboxRow:
    row = session.get(OutboxRow, item_id)
    if row is None:
        raise NotFoundError(
            f"Outbox item {item_id} does not exist.",
            "It was removed with its article or site; queue the article again.",
        )
    return row
