"""An in-memory site for fast sync-engine tests. The real WordPress is covered elsewhere."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from newsdesk.core.site import RemoteMedia, Term
from newsdesk.sites.base import (
    Capability,
    HeldPhoto,
    OutgoingPost,
    RemotePost,
    RemoteStatus,
    SiteUser,
)
from newsdesk.sites.errors import Conflict, PermissionDenied, Unreachable


@dataclass
class FakeSite:
    posts: dict[int, RemotePost] = field(default_factory=dict)
    down: bool = False
    lose_next_reply: bool = False  # the write happens, the answer never arrives
    roles: tuple[str, ...] = ("contributor",)
    holds_photos: bool = False  # the plugin keeps photos for the editor's approval
    held: dict[int, str] = field(default_factory=dict)  # post id -> sha256 of its held photo
    held_body: dict[int, list[str]] = field(default_factory=dict)  # post id -> body photos held
    requests: int = 0
    writes: int = 0

    def connector(self) -> FakeConnector:
        return FakeConnector(self)


class FakeConnector:
    def __init__(self, site: FakeSite) -> None:
        self.site = site

    def _hit(self) -> None:
        self.site.requests += 1
        if self.site.down:
            raise Unreachable("The site did not answer.", "Newsdesk will try again.")

    def _reply(self, post: RemotePost) -> RemotePost:
        if self.site.lose_next_reply:
            self.site.lose_next_reply = False
            raise Unreachable("The connection dropped.", "Newsdesk will try again.")
        return post

    def capabilities(self) -> frozenset[Capability]:
        caps = {Capability.CLIENT_UUID_LOOKUP, Capability.PENDING_REVIEW}
        if self.site.holds_photos:
            caps.add(Capability.HELD_PHOTOS)
        return frozenset(caps)

    def whoami(self) -> SiteUser:
        self._hit()
        return SiteUser(1, "reporter", "Thủy Phương", self.site.roles)

    def categories(self) -> list[Term]:
        return [Term(1, "Tin tức")]

    def tags(self) -> list[Term]:
        return []

    def find_by_client_uuid(self, client_uuid: str) -> RemotePost | None:
        self._hit()
        for post in self.site.posts.values():
            if post.meta.client_uuid == client_uuid:
                return post
        return None

    def _store(self, remote_id: int, post: OutgoingPost) -> RemotePost:
        if post.status is RemoteStatus.PUBLISH and "editor" not in self.site.roles:
            raise PermissionDenied("Your role on the site does not allow this.")
        self.site.writes += 1
        stored = RemotePost(
            id=remote_id,
            status=str(post.status),
            link=f"https://example.org/?p={remote_id}",
            title=post.title,
            excerpt=post.excerpt,
            content_html=post.content_html,
            modified_gmt="",
            version=f"v{self.site.writes}",
            meta=post.meta,
            featured_media=post.featured_media or 0,
            held_photo=self._held(remote_id),
            held_body_photos=tuple(
                HeldPhoto("photo.jpg", sha) for sha in self.site.held_body.get(remote_id, ())
            ),
        )
        self.site.posts[remote_id] = stored
        return self._reply(stored)

    def create_post(self, post: OutgoingPost) -> RemotePost:
        self._hit()
        return self._store(len(self.site.posts) + 1, post)

    def update_post(
        self, remote_id: int, post: OutgoingPost, *, if_version: str = ""
    ) -> RemotePost:
        self._hit()
        if if_version and self.site.posts[remote_id].version != if_version:
            raise Conflict("Someone changed this article on the site.")
        return self._store(remote_id, post)

    def set_status(self, remote_id: int, status: RemoteStatus) -> RemotePost:
        self._hit()
        self.site.writes += 1
        self.site.posts[remote_id] = replace(
            self.site.posts[remote_id], status=str(status), version=f"v{self.site.writes}"
        )
        return self.site.posts[remote_id]

    def get_post(self, remote_id: int) -> RemotePost:
        self._hit()
        return self.site.posts[remote_id]

    def list_posts(self, status: RemoteStatus) -> list[RemotePost]:
        self._hit()
        return [p for p in self.site.posts.values() if p.status == status]

    def upload_media(
        self, path: Path, *, sha256: str, alt: str = "", caption: str = ""
    ) -> RemoteMedia:
        raise PermissionDenied("no uploads")

    def fetch_media(self, url: str) -> bytes:
        raise PermissionDenied("no media")

    def find_media(self, sha256: str) -> RemoteMedia | None:
        return None

    def _held(self, remote_id: int) -> HeldPhoto | None:
        sha = self.site.held.get(remote_id)
        return None if sha is None else HeldPhoto("photo.jpg", sha)

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
        self._hit()
        if in_body:
            self.site.held_body.setdefault(remote_id, []).append(sha256)
            return
        self.site.held[remote_id] = sha256
        self.site.posts[remote_id] = replace(
            self.site.posts[remote_id], held_photo=self._held(remote_id)
        )

    def drop_held_photo(self, remote_id: int, sha256: str) -> None:
        self._hit()
        if self.site.held.get(remote_id) == sha256:
            del self.site.held[remote_id]
            self.site.posts[remote_id] = replace(self.site.posts[remote_id], held_photo=None)

    def notes(self, remote_id: int) -> list[dict]:
        return []

    def add_note(self, remote_id: int, note: dict) -> dict:
        return note

    def audit(self, remote_id: int) -> list[dict]:
        return []

    def append_audit(self, remote_id: int, entry: dict) -> None:
        pass

    def close(self) -> None:
        pass
