"""What an article needs before it can go to a site."""

from __future__ import annotations

from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError


def check_ready_to_send(article: Article) -> None:
    if not article.title.strip():
        raise ValidationError(
            "The article has no title.", "Write a title, then submit the article again."
        )
    if not article.body.strip():
        raise ValidationError(
            "The article has no body text.", "Write the article, then submit it again."
        )
