"""A note on an article, as one desk writes it. Pure bookkeeping on the store (inside the unit
of work of the operation that writes it); the sync engine sends it."""

from __future__ import annotations

import uuid

from newsdesk.core.article import Article
from newsdesk.core.audit import now_utc
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.notes import Anchor, Note, checked_note_text
from newsdesk.core.site import Site
from newsdesk.store import Store


def write_note(
    store: Store, site: Site, article: Article, text: str, *, paragraph: int, parent: str = ""
) -> Note:
    """A note on one paragraph (or, with ``paragraph=-1``, on the whole article)."""
    text = checked_note_text(text)
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
            author=site.user_login,
            author_name=site.display_name or site.username,
            created_at=now_utc(),
            parent=parent,
        )
    )
