"""The newsroom's domain: articles, bylines, sites, the outbox. Plain Python only."""

from __future__ import annotations

from newsdesk.core.article import (
    Article,
    Byline,
    FeaturedImage,
    RemoteRef,
    SyncState,
    WorkflowStatus,
    new_article,
)
from newsdesk.core.errors import NewsdeskError, NotFoundError, ValidationError
from newsdesk.core.outbox import OutboxAction, OutboxItem, OutboxState
from newsdesk.core.revision import Revision
from newsdesk.core.site import DeskRole, Site, SiteKind, Term, desk_role

__all__ = [
    "Article",
    "Byline",
    "DeskRole",
    "FeaturedImage",
    "NewsdeskError",
    "NotFoundError",
    "OutboxAction",
    "OutboxItem",
    "OutboxState",
    "RemoteRef",
    "Revision",
    "Site",
    "SiteKind",
    "SyncState",
    "Term",
    "ValidationError",
    "WorkflowStatus",
    "desk_role",
    "new_article",
]
