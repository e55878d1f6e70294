"""WordPress REST API connector (wp/v2, Application Passwords)."""

from __future__ import annotations

import base64
import hashlib
import mimetypes
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

from newsdesk.core.audit import AuditEntry
from newsdesk.core.messages import Message
from newsdesk.core.site import RemoteMedia, Term
from newsdesk.sites.answers import list_answer, list_field, object_answer, reading
from newsdesk.sites.base import (
    META_KEYS,
    Capability,
    HeldPhoto,
    OutgoingPost,
    PostMeta,
    RemotePost,
    RemoteStatus,
    SiteUser,
)
from newsdesk.sites.errors import (
    Conflict,
    InvalidRequest,
    PermissionDenied,
    ServerError,
    SiteError,
)
from newsdesk.sites.http import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, HttpClient
from newsdesk.sites.wp_discovery import RestApi, discover
from newsdesk.sites.wp_errors import explained

PER_PAGE = 100
BRIDGE_NAMESPACE = "newsdesk/v1"
TERMS = "wp:term"  # embedded in a post read, so its category and tags come back by name

# The parts of a post (and its meta keys) that carry each field of the article; the status,
# the client UUID and the desk's version go with every write.
_PARTS_OF: dict[str, frozenset[str]] = {
    "title": frozenset({"title"}),
    "sapo": frozenset({"excerpt", "newsdesk_sapo"}),
    "body": frozenset({"content", "newsdesk_markdown"}),
    "bylines": frozenset({"content", "newsdesk_bylines"}),
    "category": frozenset({"categories"}),
    "tags": frozenset({"tags"}),
    "slug": frozenset({"slug"}),
    "source": frozenset({"newsdesk_source"}),
    "publish_at": frozenset({"date_gmt"}),
    "featured_image": frozenset(
        {"featured_media", "newsdesk_image_caption", "newsdesk_image_credit"}
    ),
}
_ALWAYS_SENT_META = frozenset({"newsdesk_client_uuid", "newsdesk_version"})


def _rendered(value: Any) -> str:
    """WordPress returns {"raw": ..., "rendered": ...} with context=edit; prefer raw."""
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")))
    return str(value or "")


def _meta_from(post: dict[str, Any]) -> PostMeta:
    meta = post.get("meta") or {}
    if not isinstance(meta, dict):
        return PostMeta()
    return PostMeta(**{field: str(meta.get(key) or "") for field, key in META_KEYS.items()})


def _counter(value: object) -> str:
    """One of the plugin's counters as text; "" where the site keeps it from this user."""
    return "" if value is None else str(value)


def _version(post: dict[str, Any]) -> str:
    """The plugin's save counter; else the modification time (one-second resolution) with a
    fingerprint of what a person sees, so two saves within one second still differ."""
    revision = post.get("newsdesk_rev")
    if revision is not None:
        return f"rev:{revision}"
    seen = "\x1f".join(
        _rendered(post.get(k))
        for k in (
            *("title", "excerpt", "content", "status", "meta"),
            *("categories", "tags", "slug", "date_gmt", "featured_media"),
        )
    )
    digest = hashlib.sha256(seen.encode("utf-8")).hexdigest()[:16]
    return f"modified:{post.get('modified_gmt', '')}:{digest}"


def _term_names(
    post: dict[str, Any], taxonomy: str, ids: tuple[int, ...]
) -> tuple[str, ...] | None:
    """The names of the post's terms, in the order of ``ids``, from the terms embedded in
    the answer (``_embed=wp:term``); None when they were not embedded."""
    embedded = (post.get("_embedded") or {}).get(TERMS)
    if not isinstance(embedded, list):
        return None
    terms = [term for group in embedded if isinstance(group, list) for term in group]
    if not all(isinstance(term, dict) and "id" in term for term in terms):
        return None  # an embedded error (the site refused a list of terms): not known
    names = {int(t["id"]): _rendered(t.get("name")) for t in terms if t.get("taxonomy") == taxonomy}
    if any(i not in names for i in ids):
        return None
    return tuple(names[i] for i in ids)


def remote_post_from_json(post: Any, url: str = "") -> RemotePost:
    """A post as the REST API gives it; :class:`UnexpectedAnswer` for anything else."""
    with reading(url):
        return _remote_post(object_answer(post, url))


def _remote_post(post: dict[str, Any]) -> RemotePost:
    modified = str(post.get("modified_gmt", ""))
    category_ids = tuple(int(c) for c in post.get("categories", ()))
    tag_ids = tuple(int(t) for t in post.get("tags", ()))
    return RemotePost(
        id=int(post["id"]),
        status=str(post.get("status", "")),
        link=str(post.get("link", "")),
        title=_rendered(post.get("title")),
        excerpt=_rendered(post.get("excerpt")),
        content_html=_rendered(post.get("content")),
        modified_gmt=modified,
        version=_version(post),
        activity=_counter(post.get("newsdesk_activity")),
        author_id=int(post.get("author") or 0),
        date_gmt=str(post.get("date_gmt") or ""),
        category_ids=category_ids,
        tag_ids=tag_ids,
        category_names=_term_names(post, "category", category_ids),
        tag_names=_term_names(post, "post_tag", tag_ids),
        meta=_meta_from(post),
        featured_media=int(post.get("featured_media") or 0),
        held_photo=_held_photo(post.get("newsdesk_held_photo")),
        held_body_photos=tuple(
            held
            for value in post.get("newsdesk_held_body_photos") or ()
            if (held := _held_photo(value)) is not None
        ),
    )


def _held_photo(value: object) -> HeldPhoto | None:
    if not isinstance(value, dict) or not value.get("sha256"):
        return None
    return HeldPhoto(
        filename=str(value.get("filename", "")),
        sha256=str(value["sha256"]),
        alt=str(value.get("alt", "")),
        caption=str(value.get("caption", "")),
    )


_FEATURE_CAPABILITIES = (
    Capability.WORKFLOW_STATUSES,
    Capability.NOTES,
    Capability.AUDIT,
    Capability.HELD_PHOTOS,
)


def media_name(path: Path, sha256: str) -> str:
    """The file name on the site: ASCII, carrying the content hash so it can be found again."""
    stem = path.stem.encode("ascii", "ignore").decode().strip() or "image"
    return f"{sha256[:16]}-{stem}{path.suffix.lower()}"


class WordPressConnector:
    """Talks to one WordPress site as one user (Basic auth with an Application Password)."""

    def __init__(
        self,
        site_url: str,
        username: str,
        password: str,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        self._http = HttpClient(auth=(username, password), timeout=timeout, deadline=deadline)
        self._site_url = site_url
        self._tag_ids: dict[str, int] = {}

    @cached_property
    def api(self) -> RestApi:
        return discover(self._http, self._site_url)

    def close(self) -> None:
        self._http.close()

    def _request(self, method: str, route: str, **kwargs: Any) -> Any:
        try:
            return self._http.request(method, self.api.url(route), **kwargs)
        except SiteError as exc:
            raise explained(exc) from exc

    def _call(self, method: str, route: str, **kwargs: Any) -> Any:
        try:
            return self._http.request_json(method, self.api.url(route), **kwargs)
        except SiteError as exc:
            raise explained(exc) from exc

    def _object(self, method: str, route: str, **kwargs: Any) -> dict[str, Any]:
        """:meth:`_call` for an answer that must be a JSON object."""
        return object_answer(self._call(method, route, **kwargs), self.api.url(route))

    def _objects(self, method: str, route: str, **kwargs: Any) -> list[dict[str, Any]]:
        """:meth:`_call` for an answer that must be a JSON list of objects."""
        return list_answer(self._call(method, route, **kwargs), self.api.url(route))

    def _pages(self, route: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        page = 1
        url = self.api.url(route)
        while True:
            response = self._request(
                "GET", route, params={**params, "per_page": PER_PAGE, "page": page}
            )
            yield from list_answer(self._http.decode_json(response, url), url)
            total = response.headers.get("X-WP-TotalPages", "1").strip() or "1"
            if not total.isdigit() or page >= int(total):
                return
            page += 1

    @cached_property
    def user(self) -> SiteUser:
        return self.whoami()

    def whoami(self) -> SiteUser:
        me = self._object("GET", "wp/v2/users/me", params={"context": "edit"})
        url = self.api.url("wp/v2/users/me")
        with reading(url):
            return SiteUser(
                id=int(me["id"]),
                username=str(me.get("username", "")),
                display_name=str(me.get("name", "")),
                roles=tuple(str(r) for r in list_field(me.get("roles"), url)),
            )

    @cached_property
    def _capabilities(self) -> frozenset[Capability]:
        caps = {
            Capability.PENDING_REVIEW,
            Capability.CATEGORIES,
            Capability.TAGS,
            Capability.CREATE_TAGS,
        }
        if set(self.user.roles) & {"author", "editor", "administrator"}:
            caps |= {Capability.MEDIA_UPLOAD, Capability.PUBLISH, Capability.SCHEDULING}
        if BRIDGE_NAMESPACE in self.api.namespaces:
            caps |= {
                Capability.CUSTOM_META,
                Capability.CLIENT_UUID_LOOKUP,
                Capability.CONFLICT_CHECK,
            }
            info = self._object("GET", f"{BRIDGE_NAMESPACE}/info")
            url = self.api.url(f"{BRIDGE_NAMESPACE}/info")
            features = {str(f) for f in list_field(info.get("features"), url)}
            caps |= {c for c in _FEATURE_CAPABILITIES if c.value in features}
            if "reporter_uploads" in features:  # the site lets contributors upload photos
                caps.add(Capability.MEDIA_UPLOAD)
        return frozenset(caps)

    def capabilities(self) -> frozenset[Capability]:
        return self._capabilities

    @cached_property
    def _categories(self) -> list[Term]:
        with reading(self.api.url("wp/v2/categories")):
            return [
                Term(int(c["id"]), _rendered(c["name"]))
                for c in self._pages("wp/v2/categories", {"hide_empty": "false"})
            ]

    def categories(self) -> list[Term]:
        return list(self._categories)

    def tags(self) -> list[Term]:
        with reading(self.api.url("wp/v2/tags")):
            return [
                Term(int(t["id"]), _rendered(t["name"]))
                for t in self._pages("wp/v2/tags", {"hide_empty": "false"})
            ]

    def _category_id(self, name: str) -> int:
        for term in self._categories:
            if term.name.casefold() == name.casefold():
                return term.id
        raise InvalidRequest(
            Message("The site has no category “{name}”.", name=name),
            Message("Choose one of the site's categories (refresh them in the site settings)."),
        )

    def _tag_id(self, name: str) -> int:
        key = name.casefold()
        url = self.api.url("wp/v2/tags")
        if key not in self._tag_ids:
            found = self._objects(
                "GET", "wp/v2/tags", params={"search": name, "per_page": PER_PAGE}
            )
            with reading(url):
                for tag in found:
                    self._tag_ids[_rendered(tag["name"]).casefold()] = int(tag["id"])
        if key not in self._tag_ids:
            created = self._object("POST", "wp/v2/tags", json={"name": name})
            with reading(url):
                self._tag_ids[key] = int(created["id"])
        return self._tag_ids[key]

    def _payload(self, post: OutgoingPost) -> dict[str, Any]:
        """The request body; for a post the site has, only the parts ``post.changed`` says
        (fields another desk changed meanwhile stay as the site has them)."""

        def wanted(part: str) -> bool:
            return post.changed is None or any(
                part in _PARTS_OF[name] for name in post.changed if name in _PARTS_OF
            )

        payload: dict[str, Any] = {
            "status": str(post.status),
            "meta": {
                key: getattr(post.meta, field)
                for field, key in META_KEYS.items()
                if key in _ALWAYS_SENT_META or wanted(key)
            },
        }
        if wanted("title"):
            payload["title"] = post.title
        if wanted("excerpt"):
            payload["excerpt"] = post.excerpt
        if wanted("content"):
            payload["content"] = post.content_html
        if post.category and wanted("categories"):
            payload["categories"] = [self._category_id(post.category)]
        if wanted("tags") and (post.tags or post.changed is not None):
            payload["tags"] = [self._tag_id(tag) for tag in post.tags]
        if post.slug and wanted("slug"):
            payload["slug"] = post.slug
        if post.date_gmt is not None and wanted("date_gmt"):
            payload["date_gmt"] = post.date_gmt.strftime("%Y-%m-%dT%H:%M:%S")
        if post.featured_media is not None and wanted("featured_media"):
            payload["featured_media"] = post.featured_media
        return payload

    def create_post(self, post: OutgoingPost) -> RemotePost:
        created = self._call("POST", "wp/v2/posts", json=self._payload(post))
        return remote_post_from_json(created, self.api.url("wp/v2/posts"))

    def update_post(
        self, remote_id: int, post: OutgoingPost, *, if_version: str = ""
    ) -> RemotePost:
        payload = self._payload(post)
        if if_version and Capability.CONFLICT_CHECK in self.capabilities():
            payload["newsdesk_if_rev"] = int(if_version.removeprefix("rev:") or 0)
        elif if_version and self.get_post(remote_id).version != if_version:
            raise Conflict(
                Message("Someone changed this article on the site after your copy was made."),
                Message("Newsdesk will merge their changes with yours; sync again."),
            )
        updated = self._call("POST", f"wp/v2/posts/{remote_id}", json=payload)
        return remote_post_from_json(updated, self.api.url(f"wp/v2/posts/{remote_id}"))

    def set_status(self, remote_id: int, status: RemoteStatus) -> RemotePost:
        updated = self._call("POST", f"wp/v2/posts/{remote_id}", json={"status": str(status)})
        return remote_post_from_json(updated, self.api.url(f"wp/v2/posts/{remote_id}"))

    def get_post(self, remote_id: int) -> RemotePost:
        route = f"wp/v2/posts/{remote_id}"
        try:
            post = self._call("GET", route, params={"context": "edit", "_embed": TERMS})
        except PermissionDenied:
            # A contributor may no longer edit their post once it is published, but may read it.
            post = self._call("GET", route, params={"context": "view", "_embed": TERMS})
            return replace(remote_post_from_json(post, self.api.url(route)), readable_only=True)
        return remote_post_from_json(post, self.api.url(route))

    def list_posts(self, status: RemoteStatus) -> list[RemotePost]:
        params = {"status": str(status), "context": "edit", "_embed": f"author,{TERMS}"}
        posts = []
        url = self.api.url("wp/v2/posts")
        for raw in self._pages("wp/v2/posts", params):
            post = remote_post_from_json(raw, url)
            with reading(url):
                authors = raw.get("_embedded", {}).get("author") or [{}]
                posts.append(replace(post, author_name=str(authors[0].get("name", ""))))
        return posts

    def find_by_client_uuid(self, client_uuid: str) -> RemotePost | None:
        if Capability.CLIENT_UUID_LOOKUP not in self.capabilities():
            return None
        found = self._objects(
            "GET",
            "wp/v2/posts",
            params={
                "newsdesk_client_uuid": client_uuid,
                "status": "any",
                "context": "edit",
                "_embed": TERMS,
            },
        )
        return remote_post_from_json(found[0], self.api.url("wp/v2/posts")) if found else None

    def notes(self, remote_id: int) -> list[dict[str, Any]]:
        route = f"{BRIDGE_NAMESPACE}/posts/{remote_id}/notes"
        notes = self._objects("GET", route)
        with reading(self.api.url(route)):
            for note in notes:
                str(note["id"])  # every note the desk keeps is known by its id
        return notes

    def add_note(self, remote_id: int, note: dict[str, Any]) -> dict[str, Any]:
        return self._object("POST", f"{BRIDGE_NAMESPACE}/posts/{remote_id}/notes", json=note)

    def audit(self, remote_id: int) -> list[dict[str, Any]]:
        route = f"{BRIDGE_NAMESPACE}/posts/{remote_id}/audit"
        found = self._object("GET", route)
        entries = list_answer(found.get("entries", []), self.api.url(route))
        with reading(self.api.url(route)):
            for entry in entries:
                AuditEntry.from_dict(entry)  # each one can be read back
        return entries

    def append_audit(self, remote_id: int, entry: dict[str, Any]) -> None:
        self._call("POST", f"{BRIDGE_NAMESPACE}/posts/{remote_id}/audit", json={"entry": entry})

    def post_revisions(self, remote_id: int) -> list[dict[str, Any]]:
        """The site's own revision history of a post (editors only), newest first."""
        return list(self._pages(f"wp/v2/posts/{remote_id}/revisions", {"context": "edit"}))

    def upload_media(
        self, path: Path, *, sha256: str, alt: str = "", caption: str = ""
    ) -> RemoteMedia:
        media = self._object(
            "POST",
            "wp/v2/media",
            data=_unchanged_bytes(path, sha256),
            headers={
                "Content-Type": _mime(path),
                "Content-Disposition": f'attachment; filename="{media_name(path, sha256)}"',
            },
        )
        with reading(self.api.url("wp/v2/media")):
            media_id = int(media["id"])
        if alt or caption:
            self._call(
                "POST", f"wp/v2/media/{media_id}", json={"alt_text": alt, "caption": caption}
            )
        return RemoteMedia(media_id, str(media.get("source_url", "")))

    def fetch_media(self, url: str) -> bytes:
        try:
            return self._http.download(url, site_url=self._site_url)
        except SiteError as exc:
            raise explained(exc) from exc

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
        self._call(
            "POST",
            f"{BRIDGE_NAMESPACE}/posts/{remote_id}/held-photo",
            params={
                "sha256": sha256,
                "filename": media_name(path, sha256),
                "alt": alt,
                "caption": caption,
                "in_body": "true" if in_body else "false",
            },
            data=_unchanged_bytes(path, sha256),
            headers={"Content-Type": _mime(path)},
        )

    def fetch_held_photo(self, remote_id: int, sha256: str = "") -> bytes:
        held = self._object(
            "GET",
            f"{BRIDGE_NAMESPACE}/posts/{remote_id}/held-photo",
            params={"sha256": sha256} if sha256 else None,
        )
        try:
            return base64.b64decode(str(held.get("data", "")), validate=True)
        except (ValueError, AttributeError) as exc:
            raise ServerError(
                Message("The photo waiting with the article came back damaged."),
                Message("Newsdesk will try again."),
            ) from exc

    def drop_held_photo(self, remote_id: int, sha256: str) -> None:
        self._call(
            "DELETE",
            f"{BRIDGE_NAMESPACE}/posts/{remote_id}/held-photo",
            params={"sha256": sha256},
        )

    def find_media(self, sha256: str) -> RemoteMedia | None:
        found = self._objects("GET", "wp/v2/media", params={"search": sha256[:16], "per_page": 10})
        with reading(self.api.url("wp/v2/media")):
            for media in found:
                url = str(media.get("source_url", ""))
                if sha256[:16] in url:
                    return RemoteMedia(int(media["id"]), url)
        return None


def _mime(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _unchanged_bytes(path: Path, sha256: str) -> bytes:
    """The file's bytes, if they are still the ones whose hash the caller recorded."""
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise InvalidRequest(
            Message("The photo {name} changed while it was being sent.", name=path.name),
            Message("Sync again."),
        )
    return data
