"""XML-RPC connector: WordPress's wp.* API where the site offers it, MetaWeblog otherwise.

For sites whose REST API is switched off, and for other systems that speak MetaWeblog
(mojoPortal and the like). What the site offers is read once from ``system.listMethods``:

- WordPress (``wp.newPost``/``wp.editPost``/``wp.getPost``/``wp.getPosts``): posts go in as
  ``pending`` for review, custom fields carry Newsdesk's post meta both ways, a retried create
  finds its post by client UUID, and ``wp.editPost``'s ``if_not_modified_since`` makes the
  server refuse a stale write (fault 409).
- Plain MetaWeblog: posts are drafts or published, nothing more; a stale write is caught by
  reading the post again just before writing.

Roles: ``wp.getProfile`` with ``fields=["roles"]`` returns the user's own WordPress roles, for a
contributor too (WordPress 6.1). Where it is missing, the ``isAdmin`` flag of
``getUsersBlogs`` decides: an administrator is an editor at the desk, anyone else may post and
publish (MetaWeblog has no review step), which is what WordPress calls an author.

A write over a post the site has carries only what ``OutgoingPost.changed`` says (with the
status and the client UUID and version meta), so what someone else changed on the site meanwhile
stays. Measured on WordPress 6.1:

- ``wp.editPost`` changes only the members given; ``terms`` only the taxonomies given, and
  ``custom_fields`` only the ids and keys given.
- ``metaWeblog.editPost`` keeps ``title``, ``description``, ``mt_excerpt``, ``categories`` (also
  an empty list), ``wp_slug``, the date, ``wp_post_thumbnail`` and custom fields left out, but
  clears the tags when ``mt_keywords`` is left out (so the site's are sent back), and makes the
  post a draft or published by the ``publish`` flag when ``post_status`` is left out. Another
  MetaWeblog server may replace the whole post, so there the members not written are sent
  back as the site has them, read just before the write.

Reads give the category and tags by name (``wp.getPost``'s ``terms``, MetaWeblog's
``categories`` and ``mt_keywords``). A post's version is its modification time with a
fingerprint of its text, status, terms, slug, date, featured image and meta: the site's own
check (``if_not_modified_since``) compares whole seconds, so a change within the second is
caught by reading the post just before the write.

WordPress sends dates without a zone; the ``*_gmt`` fields are UTC and are the only ones read
where both exist. It reports a scheduled post as ``publish``; a published post dated in the
future is reported here as ``future``, as the REST API does.
"""

from __future__ import annotations

import mimetypes
import xmlrpc.client  # marshalling types only
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from newsdesk.core.messages import Message
from newsdesk.core.site import EDITOR_ROLES, RemoteMedia, Term
from newsdesk.sites.base import (
    Capability,
    OutgoingPost,
    RemotePost,
    RemoteStatus,
    SiteUser,
)
from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    SiteError,
)
from newsdesk.sites.http import DEFAULT_DEADLINE, DEFAULT_TIMEOUT
from newsdesk.sites.xmlrpc import (
    FAULT_CODE_PREFIX,
    LoginRefused,
    XmlRpcClient,
    fault_error,
    wire_datetime,
)
from newsdesk.sites.xmlrpc_posts import (
    custom_fields,
    int_of,
    items_of,
    kept_members,
    meta_from,
    meta_keys_written,
    modified_in,
    parts_written,
    post_from_mw,
    post_from_wp,
    post_id,
    struct_of,
    structs_of,
    text_of,
)
from newsdesk.text.slug import slugify

PAGE_SIZE = 100
UUID_SCAN_LIMIT = 300  # newest posts searched for a client UUID (a retried create is recent)
MEDIA_SCAN_LIMIT = 1000  # newest media searched for a content hash
LIST_LIMIT = 2000
HASH_PREFIX_LENGTH = 16


WP_POST_METHODS = frozenset({"wp.newPost", "wp.editPost", "wp.getPost", "wp.getPosts"})
# What a MetaWeblog server offers when it cannot list its methods.
BASIC_METHODS = frozenset(
    {
        "blogger.getUsersBlogs",
        "metaWeblog.newPost",
        "metaWeblog.editPost",
        "metaWeblog.getPost",
        "metaWeblog.getRecentPosts",
        "metaWeblog.getCategories",
        "metaWeblog.newMediaObject",
    }
)
PUBLISHER_ROLES = frozenset({"author", "editor", "administrator"})
_WP_FIELDS = ["post", "terms", "custom_fields"]
_PUBLISHED = frozenset({RemoteStatus.PUBLISH, RemoteStatus.FUTURE, RemoteStatus.PRIVATE})


def media_name(path: Path, sha256: str) -> str:
    """The file name a file gets on the site: hash prefix, then its name in plain ASCII."""
    if len(sha256) < HASH_PREFIX_LENGTH:
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    stem = slugify(path.stem) or "image"
    return f"{sha256[:HASH_PREFIX_LENGTH].lower()}-{stem}{path.suffix.lower()}"


def _stale(remote_id: int) -> Conflict:
    return Conflict(
        Message(
            "Someone changed this article on the site (post {id}) after you last synced it.",
            id=remote_id,
        ),
        Message("Sync to get their version, then send yours again."),
    )


class MetaWeblogConnector:
    """Talks to one site's XML-RPC endpoint as one user (login or Application Password)."""

    def __init__(
        self,
        endpoint_url: str,
        username: str,
        password: str,
        blog_id: str = "1",
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        self._rpc = XmlRpcClient(endpoint_url, timeout=timeout, deadline=deadline)
        self._username = username
        self._password = password
        self._blog_id = blog_id
        self._categories: list[Term] | None = None

    # Notes and the audit record need the Newsdesk Bridge plugin's REST routes; this
    # connector never declares NOTES or AUDIT, so the engine does not call these.

    def notes(self, remote_id: int) -> list[dict[str, Any]]:
        raise _no_records()

    def add_note(self, remote_id: int, note: dict[str, Any]) -> dict[str, Any]:
        raise _no_records()

    def audit(self, remote_id: int) -> list[dict[str, Any]]:
        raise _no_records()

    def append_audit(self, remote_id: int, entry: dict[str, Any]) -> None:
        raise _no_records()

    # Held photos are the plugin's too: never HELD_PHOTOS here.

    def fetch_media(self, url: str) -> bytes:
        return self._rpc.download(url)

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
        raise _no_held_photos()

    def fetch_held_photo(self, remote_id: int, sha256: str = "") -> bytes:
        raise _no_held_photos()

    def drop_held_photo(self, remote_id: int, sha256: str) -> None:
        raise _no_held_photos()

    def close(self) -> None:
        self._rpc.close()

    # ------------------------------------------------------------------ calls

    @cached_property
    def methods(self) -> frozenset[str]:
        """The methods the site offers (``system.listMethods``)."""
        try:
            listed = self._rpc.call("system.listMethods")
        except SiteError as exc:
            if not exc.code.startswith(FAULT_CODE_PREFIX):
                raise
            return BASIC_METHODS  # a server without introspection
        return (
            frozenset(text_of(name) for name in listed)
            if isinstance(listed, list)
            else BASIC_METHODS
        )

    def _has(self, method: str) -> bool:
        return method in self.methods

    @property
    def _wp(self) -> bool:
        return WP_POST_METHODS.issubset(self.methods)

    def _call(self, method: str, *params: Any) -> Any:
        try:
            return self._rpc.call(method, *params)
        except LoginRefused as exc:
            if not self._signed_in():
                raise
            raise fault_error(403, exc.said, method=method, signed_in=True) from exc

    def _signed_in(self) -> bool:
        """Whether the credentials work, by a call every signed-in user may make."""
        try:
            self._users_blogs()
        except AuthError:
            return False
        return True

    def _users_blogs(self) -> list[dict[str, Any]]:
        credentials = (self._username, self._password)
        if self._has("wp.getUsersBlogs"):
            blogs = self._rpc.call("wp.getUsersBlogs", *credentials)
        else:
            blogs = self._rpc.call("blogger.getUsersBlogs", "", *credentials)
        return structs_of(blogs)

    def _auth(self) -> tuple[str, str, str]:
        return self._blog_id, self._username, self._password

    # ------------------------------------------------------------------ who and what

    @cached_property
    def user(self) -> SiteUser:
        return self.whoami()

    def whoami(self) -> SiteUser:
        if self._has("wp.getProfile"):
            fields = ["username", "display_name", "roles"]
            me = struct_of(self._call("wp.getProfile", *self._auth(), fields))
            roles = tuple(text_of(r) for r in items_of(me.get("roles")))
            return SiteUser(
                id=int_of(me.get("user_id")),
                username=text_of(me.get("username")) or self._username,
                display_name=text_of(me.get("display_name")) or self._username,
                roles=roles or self._roles_from_blogs(),
            )
        return SiteUser(
            id=0,
            username=self._username,
            display_name=self._username,
            roles=self._roles_from_blogs(),
        )

    def _roles_from_blogs(self) -> tuple[str, ...]:
        blogs = self._users_blogs()
        mine = [b for b in blogs if text_of(b.get("blogid")) == self._blog_id] or blogs
        if mine and mine[0].get("isAdmin"):
            return ("administrator",)
        return ("author",)

    def capabilities(self) -> frozenset[Capability]:
        caps: set[Capability] = set()
        if self._has("wp.getTerms") or self._has("metaWeblog.getCategories"):
            caps.add(Capability.CATEGORIES)
        if self._has("wp.getTerms"):
            caps.add(Capability.TAGS)
        if self._wp:
            caps |= {
                Capability.PENDING_REVIEW,
                Capability.CONFLICT_CHECK,
                Capability.CUSTOM_META,
                Capability.CLIENT_UUID_LOOKUP,
            }
        if self._has("wp.getTerms") and EDITOR_ROLES.intersection(self.user.roles):
            # A new tag needs manage_categories over XML-RPC (the REST API only asks for
            # assign_terms).
            caps.add(Capability.CREATE_TAGS)
        if PUBLISHER_ROLES.intersection(self.user.roles):
            caps.add(Capability.PUBLISH)
            if self._wp:
                caps.add(Capability.SCHEDULING)
            if self._has("wp.uploadFile") and self._has("wp.getMediaLibrary"):
                caps.add(Capability.MEDIA_UPLOAD)
        return frozenset(caps)

    def categories(self) -> list[Term]:
        if self._has("wp.getTerms"):
            terms = structs_of(self._call("wp.getTerms", *self._auth(), "category"))
            found = [Term(int_of(t.get("term_id")), text_of(t.get("name"))) for t in terms]
        else:
            listed = structs_of(self._call("metaWeblog.getCategories", *self._auth()))
            found = [
                Term(
                    int_of(c.get("categoryId") or c.get("id")),
                    text_of(c.get("categoryName") or c.get("title") or c.get("description")),
                )
                for c in listed
            ]
        self._categories = found
        return found

    def tags(self) -> list[Term]:
        if not self._has("wp.getTerms"):
            return []
        terms = structs_of(self._call("wp.getTerms", *self._auth(), "post_tag"))
        return [Term(int_of(t.get("term_id")), text_of(t.get("name"))) for t in terms]

    def _existing_tag_ids(self, names: tuple[str, ...]) -> list[int]:
        """Ids of tags the site has; over XML-RPC only editors may add new ones."""
        known = {term.name.casefold(): term.id for term in self.tags()}
        missing = [name for name in names if name.casefold() not in known]
        if missing:
            listed = ", ".join(f"“{name}”" for name in missing)
            raise InvalidRequest(
                Message("The site has no tag {tags}, and your role may not add tags.", tags=listed),
                Message("Choose tags the site already has, or ask an editor to add these."),
            )
        return [known[name.casefold()] for name in names]

    def _known_categories(self) -> list[Term]:
        return self._categories if self._categories is not None else self.categories()

    def _category(self, name: str) -> Term:
        for fresh in (False, True):
            terms = self.categories() if fresh else self._known_categories()
            for term in terms:
                if term.name.casefold() == name.casefold():
                    return term
        raise InvalidRequest(
            Message("The site has no category “{name}”.", name=name),
            Message("Choose one of the site's categories (refresh them in the site settings)."),
        )

    # ------------------------------------------------------------------ reading posts

    def _raw_post(self, remote_id: int, fields: list[str] | None = None) -> dict[str, Any]:
        if self._wp:
            raw = self._call("wp.getPost", *self._auth(), remote_id, fields or _WP_FIELDS)
        else:
            raw = self._call("metaWeblog.getPost", str(remote_id), self._username, self._password)
        if not isinstance(raw, dict):
            raise NotASite(
                Message(
                    "The site answered post {id} with something that is not a post.", id=remote_id
                ),
                Message("Check that the address is the site's XML-RPC address."),
            )
        return raw

    def get_post(self, remote_id: int) -> RemotePost:
        raw = self._raw_post(remote_id)
        return post_from_wp(raw) if self._wp else post_from_mw(raw, self._known_categories)

    def _wp_posts(
        self, filters: dict[str, Any], fields: list[str], limit: int
    ) -> Iterator[dict[str, Any]]:
        """Pages of ``wp.getPosts``. WordPress leaves out posts the user may not edit, so a
        short page is not the end; an empty one is."""
        for offset in range(0, limit, PAGE_SIZE):
            query = {**filters, "number": PAGE_SIZE, "offset": offset}
            page = structs_of(self._call("wp.getPosts", *self._auth(), query, fields))
            if not page:
                return
            yield from page

    def list_posts(self, status: RemoteStatus) -> list[RemotePost]:
        if not self._wp:
            recent = structs_of(self._call("metaWeblog.getRecentPosts", *self._auth(), PAGE_SIZE))
            posts = [post_from_mw(raw, self._known_categories) for raw in recent]
            return [p for p in posts if p.status == status]
        authors = self._author_names()
        return [
            replace(
                post_from_wp(raw),
                status=str(status),  # WordPress reports "future" as "publish"
                author_name=authors.get(int_of(raw.get("post_author")), ""),
            )
            for raw in self._wp_posts({"post_status": str(status)}, _WP_FIELDS, LIST_LIMIT)
        ]

    def _author_names(self) -> dict[int, str]:
        if not self._has("wp.getAuthors"):
            return {}
        authors = structs_of(self._call("wp.getAuthors", *self._auth()))
        return {int_of(a.get("user_id")): text_of(a.get("display_name")) for a in authors}

    def find_by_client_uuid(self, client_uuid: str) -> RemotePost | None:
        if not self._wp:
            return None
        wanted = client_uuid.strip().lower()
        scan = {"orderby": "ID", "order": "DESC"}
        for raw in self._wp_posts(scan, ["custom_fields"], UUID_SCAN_LIMIT):
            if meta_from(raw.get("custom_fields")).client_uuid.lower() == wanted:
                return self.get_post(post_id(raw.get("post_id")))
        return None

    # ------------------------------------------------------------------ writing posts

    def _wp_struct(self, post: OutgoingPost, existing_fields: Any, *, update: bool) -> Any:
        """The ``wp.newPost``/``wp.editPost`` struct: for a post the site has, only the members
        that carry ``post.changed`` (the site keeps the others as they are)."""
        parts = parts_written(post.changed)
        struct: dict[str, Any] = {
            "post_type": "post",
            "post_status": str(post.status),
            "custom_fields": custom_fields(post.meta, existing_fields, meta_keys_written(parts)),
        }
        if "title" in parts:
            struct["post_title"] = post.title
        if "content" in parts:
            struct["post_content"] = post.content_html
        if "excerpt" in parts:
            struct["post_excerpt"] = post.excerpt
        terms: dict[str, list[int]] = {}
        if post.category and "category" in parts:
            # By id: WordPress refuses a name two categories share, and would create a new
            # category for an unknown name instead of saying so.
            terms["category"] = [self._category(post.category).id]
        if "tags" in parts:
            if post.tags and Capability.CREATE_TAGS in self.capabilities():
                struct["terms_names"] = {"post_tag": list(post.tags)}
            elif post.tags:
                terms["post_tag"] = self._existing_tag_ids(post.tags)
            elif update:
                terms["post_tag"] = []  # the article has no tags any more
        if terms:
            struct["terms"] = terms
        if post.slug and "slug" in parts:
            struct["post_name"] = post.slug
        if post.date_gmt is not None and "date" in parts:
            struct["post_date_gmt"] = wire_datetime(post.date_gmt)
        if post.featured_media is not None and "thumbnail" in parts:
            struct["post_thumbnail"] = post.featured_media
        return struct

    def _mw_struct(self, post: OutgoingPost, current: dict[str, Any]) -> dict[str, Any]:
        """The ``metaWeblog.newPost``/``editPost`` struct over ``current``, the post as the
        site has it (empty for a new post): the members that carry ``post.changed``, and the
        others as the site has them where a left-out member would be lost."""
        parts = parts_written(post.changed)
        struct: dict[str, Any] = {
            **kept_members(current, parts),
            "post_status": str(post.status),
            "custom_fields": custom_fields(
                post.meta, current.get("custom_fields"), meta_keys_written(parts)
            ),
        }
        if "title" in parts:
            struct["title"] = post.title
        if "content" in parts:
            struct["description"] = post.content_html
        if "excerpt" in parts:
            struct["mt_excerpt"] = post.excerpt
        if "tags" in parts:
            struct["mt_keywords"] = ", ".join(post.tags)
        if post.category and "category" in parts:
            struct["categories"] = [self._category(post.category).name]
        if post.slug and "slug" in parts:
            struct["wp_slug"] = post.slug
        if post.date_gmt is not None and "date" in parts:
            struct["date_created_gmt"] = wire_datetime(post.date_gmt)
            struct["dateCreated"] = xmlrpc.client.DateTime(
                post.date_gmt.astimezone(UTC).strftime("%Y%m%dT%H:%M:%SZ")
            )
        if post.featured_media is not None and "thumbnail" in parts:
            struct["wp_post_thumbnail"] = post.featured_media
        return struct

    def create_post(self, post: OutgoingPost) -> RemotePost:
        if self._wp:
            struct = self._wp_struct(post, [], update=False)
            created = self._call("wp.newPost", *self._auth(), struct)
        else:
            publish = post.status in _PUBLISHED
            created = self._call(
                "metaWeblog.newPost", *self._auth(), self._mw_struct(post, {}), publish
            )
        return self.get_post(post_id(created))

    def update_post(
        self, remote_id: int, post: OutgoingPost, *, if_version: str = ""
    ) -> RemotePost:
        if self._wp:
            current = self._raw_post(remote_id)
            struct = self._wp_struct(post, current.get("custom_fields"), update=True)
            since = modified_in(if_version) if if_version else None
            if since is not None:
                struct["if_not_modified_since"] = wire_datetime(since)  # checked by the site
            seen = post_from_wp(current).version
            # The site compares whole seconds: a change within the second is seen here.
            same_second = if_version.startswith("modified:") and modified_in(seen) == since
            if if_version and seen != if_version and (since is None or same_second):
                raise _stale(remote_id)
            self._call("wp.editPost", *self._auth(), remote_id, struct)
        else:
            current = self._raw_post(remote_id)
            if if_version and post_from_mw(current, self._known_categories).version != if_version:
                raise _stale(remote_id)
            self._call(
                "metaWeblog.editPost",
                str(remote_id),
                self._username,
                self._password,
                self._mw_struct(post, current),
                post.status in _PUBLISHED,
            )
        return self.get_post(remote_id)

    def set_status(self, remote_id: int, status: RemoteStatus) -> RemotePost:
        if self._wp:
            self._call("wp.editPost", *self._auth(), remote_id, {"post_status": str(status)})
        else:
            raw = self._raw_post(remote_id)
            struct = {**kept_members(raw, frozenset()), "post_status": str(status)}
            self._call(
                "metaWeblog.editPost",
                str(remote_id),
                self._username,
                self._password,
                struct,
                status in _PUBLISHED,
            )
        return self.get_post(remote_id)

    # ------------------------------------------------------------------ media

    def upload_media(
        self, path: Path, *, sha256: str, alt: str = "", caption: str = ""
    ) -> RemoteMedia:
        """Upload with ``wp.uploadFile`` (or ``metaWeblog.newMediaObject``).

        XML-RPC cannot set an image's alt text (WordPress keeps it in protected meta), so
        ``alt`` is not sent; ``caption`` is set with ``wp.editPost`` where the site has it.
        """
        name = media_name(path, sha256)
        upload = {
            "name": name,
            "type": mimetypes.guess_type(name)[0] or "application/octet-stream",
            "bits": xmlrpc.client.Binary(path.read_bytes()),
        }
        method = "wp.uploadFile" if self._has("wp.uploadFile") else "metaWeblog.newMediaObject"
        stored = struct_of(self._call(method, *self._auth(), upload))
        media_id = int_of(stored.get("id") or stored.get("attachment_id"))
        if not media_id:
            raise NotASite(
                Message(
                    "The site stored {name} but did not say which media item it became.",
                    name=path.name,
                ),
                Message(
                    "Insert the image into the article by its address instead of as featured image."
                ),
            )
        if caption and self._has("wp.editPost"):
            self._call("wp.editPost", *self._auth(), media_id, {"post_excerpt": caption})
        return RemoteMedia(media_id, text_of(stored.get("url") or stored.get("link")))

    def find_media(self, sha256: str) -> RemoteMedia | None:
        if not self._has("wp.getMediaLibrary"):
            return None
        prefix = sha256[:HASH_PREFIX_LENGTH].lower() + "-"
        for offset in range(0, MEDIA_SCAN_LIMIT, PAGE_SIZE):
            page = structs_of(
                self._call(
                    "wp.getMediaLibrary", *self._auth(), {"number": PAGE_SIZE, "offset": offset}
                )
            )
            for item in page:
                link = text_of(item.get("link"))
                file_name = PurePosixPath(unquote(urlsplit(link).path)).name
                if file_name.lower().startswith(prefix):
                    return RemoteMedia(int_of(item.get("attachment_id")), link)
            if len(page) < PAGE_SIZE:
                return None
        return None


def _no_records() -> InvalidRequest:
    return InvalidRequest(
        Message(
            "Editors' notes and the audit record cannot be kept on a site reached over XML-RPC."
        ),
        Message(
            "Connect to the site's WordPress REST API with the Newsdesk Bridge plugin installed."
        ),
    )


def _no_held_photos() -> InvalidRequest:
    return InvalidRequest(
        Message("A photo cannot wait for the editor's approval on a site reached over XML-RPC."),
        Message("Send the photo to your editor, who adds it when approving the article."),
    )
