"""Errors of the sync itself (the site's own errors are in newsdesk.sites.errors)."""

from __future__ import annotations

from newsdesk.core.errors import NewsdeskError


class DecisionNeeded(NewsdeskError):
    """Both this desk and the site changed the same part of an article."""

    def __init__(self, fields: list[str]) -> None:
        where = ", ".join(sorted(set(fields)))
        super().__init__(
            f"You and someone on the site both changed the same part of this article ({where}).",
            "Open the article and choose which version to keep; both are kept until you do.",
        )
