"""What an article needs before it can go to a site."""

from __future__ import annotations

from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message


def check_ready_to_send(article: Article) -> None:
    if not article.title.strip():
        raise ValidationError(
            Message("The article has no title."),
            Message("Write a title, then submit the article again."),
        )
    if not article.body.strip():
        raise ValidationError(
            Message("The article has no body text."),
            Message("Write the article, then submit it again."),
        )
