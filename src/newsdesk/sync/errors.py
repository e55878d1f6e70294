"""Errors of the sync itself (the site's own errors are in newsdesk.sites.errors)."""

from __future__ import annotations

from newsdesk.core.errors import NewsdeskError
from newsdesk.sites.errors import SiteError


class DecisionNeeded(NewsdeskError):
    """Both this desk and the site changed the same part of an article."""

    def __init__(self, fields: list[str]) -> None:
        where = ", ".join(sorted(set(fields)))
        super().__init__(
            f"You and someone on the site both changed the same part of this article ({where}).",
            "Open the article and choose which version to keep; both are kept until you do.",
        )


class KeptChanging(SiteError):
    """The post changed again between every read and write of this run; the next run will
    merge and try again."""

    retryable = True

    def __init__(self) -> None:
        super().__init__(
            "The article kept changing on the site while Newsdesk was sending it.",
            "Newsdesk will try again at the next sync.",
        )
