"""A saved state of an article, kept on every save that changed something."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newsdesk.core.article import Article


@dataclass(frozen=True, slots=True)
class Revision:
    article_id: int
    version: int
    saved_at: datetime
    article: Article
