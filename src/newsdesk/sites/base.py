"""What every site connector offers, and the values that cross the boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from newsdesk.core.site import RemoteMedia, Term


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
    CONFLICT_CHECK = "conflict_check"  # the server itself refuses a stale write
    CLIENT_UUID_LOOKUP = "client_uuid_lookup"
    PUBLISH = "publish"
    WORKFLOW_STATUSES = "workflow_statuses"  # "returned" and "approved" exist on the site
    NOTES = "notes"
    AUDIT = "audit"
    HELD_PHOTOS = "held_photos"  # a photo this user may not upload waits for the approval


class RemoteStatus(StrEnum):
    DRAFT = "draft"
    PENDING = "pending"
    RETURNED = "nd-returned"  # with the Newsdesk Bridge plugin
    APPROVED = "nd-approved"  # with the Newsdesk Bridge plugin
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


# PostMeta field -> the post meta key the Newsdesk Bridge plugin registers.
META_KEYS: dict[str, str] = {
    "client_uuid": "newsdesk_client_uuid",
    "markdown": "newsdesk_markdown",
    "sapo": "newsdesk_sapo",
    "bylines_json": "newsdesk_bylines",
    "source": "newsdesk_source",
    "image_caption": "newsdesk_image_caption",
    "image_credit": "newsdesk_image_credit",
    "version": "newsdesk_version",
}


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
class HeldPhoto:
    """A reporter's photo the site keeps aside until an editor approves the article; then it
    becomes the featured image (``HELD_PHOTOS``)."""

    filename: str
    sha256: str
    alt: str = ""
    caption: str = ""


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
    # The article's fields (core.merge.MERGED_FIELDS) this write changes on a post the site
    # has; a connector writes only the parts of the post that carry them, with the status
    # and the client UUID. None: write everything (a new post).
    changed: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class RemotePost:
    """A post as the site holds it.

    ``version`` is an opaque token that changes whenever the post changes on the site (the
    bridge plugin's revision counter, else the modification time). It is what a write is
    checked against.
    """

    id: int
    status: str
    link: str
    title: str
    excerpt: str
    content_html: str
    modified_gmt: str
    version: str = ""
    readable_only: bool = False  # the user may read but no longer edit it: fields are rendered
    activity: str = ""  # changes when notes or audit entries are added on the site
    author_id: int = 0
    author_name: str = ""
    date_gmt: str = ""
    category_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    # The same terms by name, in the same order; None where the connector did not read them.
    category_names: tuple[str, ...] | None = None
    tag_names: tuple[str, ...] | None = None
    meta: PostMeta = field(default_factory=PostMeta)
    featured_media: int = 0
    held_photo: HeldPhoto | None = None
    held_body_photos: tuple[HeldPhoto, ...] = ()  # photos of the body waiting the same way


class SiteConnector(Protocol):
    """One site API. Every method raises :class:`newsdesk.sites.errors.SiteError` subclasses."""

    def capabilities(self) -> frozenset[Capability]: ...

    def whoami(self) -> SiteUser: ...

    def categories(self) -> list[Term]: ...

    def tags(self) -> list[Term]: ...

    def find_by_client_uuid(self, client_uuid: str) -> RemotePost | None: ...

    def create_post(self, post: OutgoingPost) -> RemotePost: ...

    def update_post(
        self, remote_id: int, post: OutgoingPost, *, if_version: str = ""
    ) -> RemotePost:
        """Write ``post`` over the site's copy. With ``if_version``, raise
        :class:`~newsdesk.sites.errors.Conflict` instead if the site's copy is no longer at that
        version: checked by the server where it can (``CONFLICT_CHECK``), else by re-reading
        just before the write."""
        ...

    def set_status(self, remote_id: int, status: RemoteStatus) -> RemotePost: ...

    def get_post(self, remote_id: int) -> RemotePost: ...

    def list_posts(self, status: RemoteStatus) -> list[RemotePost]: ...

    def upload_media(
        self, path: Path, *, sha256: str, alt: str = "", caption: str = ""
    ) -> RemoteMedia:
        """Upload a file; what the site made of it. The name it gets on the site carries
        the first 16 hex digits of ``sha256`` so :meth:`find_media` can find it again."""
        ...

    def find_media(self, sha256: str) -> RemoteMedia | None:
        """The file uploaded earlier with this content hash, if any."""
        ...

    def fetch_media(self, url: str) -> bytes:
        """A file in the site's media library, by the address the site shows it at (only
        addresses on the site itself)."""
        ...

    def hold_photo(
        self,
        remote_id: int,
        path: Path,
        *,
        sha256: str,
        alt: str = "",
        caption: str = "",
        in_body: bool = False,
    ) -> None:
        """Leave the photo with the post for the editor's approval (``HELD_PHOTOS``): as its
        featured photo, or ``in_body`` as one more photo of its body."""
        ...

    def fetch_held_photo(self, remote_id: int, sha256: str = "") -> bytes:
        """The bytes of the photo held with the post (the featured one, or the one with this
        hash), for the editor's review."""
        ...

    def drop_held_photo(self, remote_id: int, sha256: str) -> None:
        """The photo with this hash, taken off the article, no longer waits with the post
        (a different photo held meanwhile stays)."""
        ...

    def notes(self, remote_id: int) -> list[dict[str, Any]]:
        """Editors' notes on the post (``NOTES``)."""
        ...

    def add_note(self, remote_id: int, note: dict[str, Any]) -> dict[str, Any]: ...

    def audit(self, remote_id: int) -> list[dict[str, Any]]:
        """The post's audit chain as the site keeps it (``AUDIT``)."""
        ...

    def append_audit(self, remote_id: int, entry: dict[str, Any]) -> None:
        """Append one entry; :class:`~newsdesk.sites.errors.Conflict` when the chain on the
        site no longer ends where ``entry`` says it does."""
        ...

    def close(self) -> None: ...
