"""A sync that found both sides changed the same part: kept until a person decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newsdesk.core.article import Article


@dataclass(frozen=True, slots=True)
class PendingConflict:
    """The site's version (``theirs``) and the common ``base``, waiting beside the local
    article, which keeps the user's own text until they choose."""

    id: int
    article_id: int
    site_id: int
    base: Article
    theirs: Article
    remote_version: str
    created_at: datetime
