"""The article as the newsroom thinks of it, independent of storage and sites."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum


class WorkflowStatus(StrEnum):
    """Where an article is in the desk's workflow (the rules are in core/workflow.py)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    CORRECTED = "corrected"  # published, then corrected; the earlier version is kept
    UNPUBLISHED = "unpublished"


class SyncState(StrEnum):
    """Where an article stands with its site, as shown next to it in the list."""

    LOCAL = "local"  # never sent anywhere
    QUEUED = "queued"  # waiting in the outbox
    SENT = "sent"  # the site has the latest version
    FAILED = "failed"  # the outbox gave up on it; see the reason


BYLINE_ROLES: tuple[str, ...] = ("", "Bài", "Ảnh", "Bài và ảnh", "Bài, ảnh", "Video", "Theo")


@dataclass(frozen=True, slots=True)
class Byline:
    """One author line: a name and what they did ("Bài", "Ảnh", "Bài và ảnh" ...)."""

    name: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class FeaturedImage:
    """The lead photo: a local file plus the words that go with it."""

    path: str
    caption: str = ""
    credit: str = ""
    alt: str = ""


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Article:
    """An article. Immutable: edits make a new value with :func:`dataclasses.replace`.

    ``uuid`` is the client UUID that identifies the article on every desktop and site.
    ``version`` counts saves that changed something; the store assigns it.
    Times are timezone-aware UTC.
    """

    uuid: str
    title: str = ""
    sapo: str = ""
    body: str = ""
    bylines: tuple[Byline, ...] = ()
    category: str = ""
    tags: tuple[str, ...] = ()
    featured_image: FeaturedImage | None = None
    slug: str = ""
    source: str = ""
    publish_at: datetime | None = None
    status: WorkflowStatus = WorkflowStatus.DRAFT
    version: int = 0
    created_at: datetime = field(default_factory=_now)
    updated_at: datetime = field(default_factory=_now)
    id: int | None = None

    def content_key(self) -> tuple[object, ...]:
        """Everything a person edits; two articles with equal keys need no new revision."""
        return (
            self.title,
            self.sapo,
            self.body,
            self.bylines,
            self.category,
            self.tags,
            self.featured_image,
            self.slug,
            self.source,
            self.publish_at,
            self.status,
        )

    @property
    def pk(self) -> int:
        """The database id; only stored articles have one."""
        if self.id is None:
            raise ValueError(f"{self!r} has not been stored yet")
        return self.id

    def edited(self, **changes: object) -> Article:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class RemoteRef:
    """What one site knows about an article.

    ``synced_version`` is the local version the site last agreed with; ``remote_version`` the
    site's own version token at that moment; ``base`` the article's content as both sides
    last agreed, the common ancestor of a three-way merge. ``content_sha`` tells whether the
    post's HTML was changed outside Newsdesk since (its Markdown in meta would then be stale).
    """

    site_id: int
    remote_id: int | None
    remote_status: str = ""
    link: str = ""
    synced_version: int = 0
    remote_version: str = ""
    base: Article | None = None
    content_sha: str = ""  # SHA-256 of the post's HTML as the site returned it to us
    activity: str = ""  # the site's count of notes and audit entries when last fetched


def new_article(**fields: object) -> Article:
    """A fresh draft with a new client UUID."""
    return Article(uuid=str(uuid.uuid4()), **fields)  # type: ignore[arg-type]
