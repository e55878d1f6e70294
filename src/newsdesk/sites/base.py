"""What every site connector offers, and the values that cross the boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from newsdesk.core.site import Term


class Capability(StrEnum):
    """What a connector can do for this user on this site. Callers ask for these, never for a
    site type."""

    PENDING_REVIEW = "pending_review"
    SCHEDULING = "scheduling"
    MEDIA_UPLOAD = "media_upload"
    CATEGORIES = "categories"
    TAGS = "tags"
    CREATE_TAGS = "create_tags"
    CUSTOM_META = "custom_meta"
    CONFLICT_CHECK = "conflict_check"
    CLIENT_UUID_LOOKUP = "client_uuid_lookup"
    PUBLISH = "publish"


class RemoteStatus(StrEnum):
    DRAFT = "draft"
    PENDING = "pending"
    FUTURE = "future"
    PUBLISH = "publish"
    PRIVATE = "private"
    TRASH = "trash"


@dataclass(frozen=True, slots=True)
class SiteUser:
    id: int
    username: str
    display_name: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PostMeta:
    """What Newsdesk keeps on the post so that another desktop gets the article back whole."""

    client_uuid: str = ""
    markdown: str = ""
    sapo: str = ""
    bylines_json: str = ""
    source: str = ""
    image_caption: str = ""
    image_credit: str = ""
    version: str = ""


@dataclass(frozen=True, slots=True)
class OutgoingPost:
    title: str
    excerpt: str
    content_html: str
    status: RemoteStatus
    meta: PostMeta
    category: str = ""
    tags: tuple[str, ...] = ()
    slug: str = ""
    date_gmt: datetime | None = None
    featured_media: int | None = None


@dataclass(frozen=True, slots=True)
class RemotePost:
    id: int
    status: str
    link: str
    title: str
    excerpt: str
    content_html: str
    modified_gmt: str
    author_id: int = 0
    author_name: str = ""
    date_gmt: str = ""
    category_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    meta: PostMeta = field(default_factory=PostMeta)


class SiteConnector(Protocol):
    """One site API. Every method raises :class:`newsdesk.sites.errors.SiteError` subclasses."""

    def capabilities(self) -> frozenset[Capability]: ...

    def whoami(self) -> SiteUser: ...

    def categories(self) -> list[Term]: ...

    def tags(self) -> list[Term]: ...

    def find_by_client_uuid(self, client_uuid: str) -> RemotePost | None: ...

    def create_post(self, post: OutgoingPost) -> RemotePost: ...

    def update_post(self, remote_id: int, post: OutgoingPost) -> RemotePost: ...

    def set_status(self, remote_id: int, status: RemoteStatus) -> RemotePost: ...

    def get_post(self, remote_id: int) -> RemotePost: ...

    def list_posts(self, status: RemoteStatus) -> list[RemotePost]: ...

    def upload_media(self, path: Path, *, alt: str = "", caption: str = "") -> int: ...

    def close(self) -> None: ...
