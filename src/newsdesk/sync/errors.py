"""Errors of the sync itself (the site's own errors are in newsdesk.sites.errors)."""

from __future__ import annotations

from newsdesk.core.errors import NewsdeskError
from newsdesk.core.messages import Message
from newsdesk.sites.errors import SiteError

# The parts of an article, as a sentence names them.
_PART_NAMES = {
    "title": Message("title"),
    "sapo": Message("sapo"),
    "body": Message("body"),
    "category": Message("category"),
    "slug": Message("slug"),
    "source": Message("source"),
    "publish_at": Message("publication time"),
    "bylines": Message("bylines"),
    "featured_image": Message("featured photo"),
    "tags": Message("tags"),
}


class DecisionNeeded(NewsdeskError):
    """Both this desk and the site changed the same part of an article."""

    def __init__(self, fields: list[str]) -> None:
        where = Message.joined([_PART_NAMES.get(f, f) for f in sorted(set(fields))], ", ")
        super().__init__(
            Message(
                "You and someone on the site both changed the same part of this article ({parts}).",
                parts=where,
            ),
            Message(
                "Open the article and choose which version to keep; both are kept until you do."
            ),
        )


class KeptChanging(SiteError):
    """The post changed again between every read and write of this run; the next run will
    merge and try again."""

    retryable = True

    def __init__(self) -> None:
        super().__init__(
            Message("The article kept changing on the site while Newsdesk was sending it."),
            Message("Newsdesk will try again at the next sync."),
        )
