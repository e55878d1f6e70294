"""Posts to the Newsdesk API's ``payload`` and its ``post`` answers back
(packaging/nukeviet/API.md).

NukeViet keeps the author line in its own field (``author``, shown as "Tác giả" under the
article), so the author paragraph Newsdesk puts at the end of a post's HTML is not written
into ``bodyhtml`` (the portal would show the author twice); reading puts it back from
``author``, so the post reads as on every other site.

NukeViet's input filter (``Request::security_post``) writes quotes in text as ``&quot;`` and
``&#039;``, brackets anywhere as ``&#91;``/``&#93;``, a photo as ``<img ... />``, and drops a
table's ``<thead>`` (not in its list of tags); reading undoes that, so HTML the site kept as
it was sent reads back byte for byte (the same document either way).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsdesk.core.article import Byline
from newsdesk.render.article_html import byline_html, format_bylines
from newsdesk.sites.answers import object_answer, reading
from newsdesk.sites.base import OutgoingPost, PostMeta, RemotePost
from newsdesk.sites.mapping import bylines_from_json

# PostMeta field -> key in the API's ``meta``.
META_FIELDS: dict[str, str] = {
    "client_uuid": "client_uuid",
    "markdown": "markdown",
    "sapo": "sapo",
    "bylines_json": "bylines",
    "source": "source",
    "image_caption": "image_caption",
    "image_credit": "image_credit",
    "version": "version",
}

# The payload keys (``meta.*`` for the meta) that carry each field of the article; the status,
# the client UUID and the desk's version go with every write.
PARTS_OF: dict[str, frozenset[str]] = {
    "title": frozenset({"title"}),
    "sapo": frozenset({"hometext", "meta.sapo"}),
    "body": frozenset({"bodyhtml", "meta.markdown"}),
    "bylines": frozenset({"author", "meta.bylines"}),
    "category": frozenset({"catid"}),
    "tags": frozenset({"tags"}),
    "slug": frozenset({"alias"}),
    "source": frozenset({"source", "meta.source"}),
    "publish_at": frozenset({"publtime"}),
    "featured_image": frozenset(
        {"media_id", "image_alt", "meta.image_caption", "meta.image_credit"}
    ),
}
ALWAYS_SENT_META = frozenset({"client_uuid", "version"})
# NukeViet lists an article's tags alphabetically; the order they were written in is kept in
# the meta, so that reading them back is no change.
TAG_ORDER = "tag_order"


def author_line(post: OutgoingPost) -> str:
    """The author line as the portal prints it ("Bài và ảnh: X", "A - B")."""
    return format_bylines(bylines_from_json(post.meta.bylines_json))


def body_without_author(post: OutgoingPost) -> str:
    """``content_html`` without the author paragraph Newsdesk ends it with."""
    paragraph = byline_html(bylines_from_json(post.meta.bylines_json))
    html = post.content_html
    if not paragraph:
        return html
    if html == paragraph:
        return ""
    return html.removesuffix("\n" + paragraph)


_TAG = re.compile(r"(<[^>]*>)")
_CLOSED_VOID = re.compile(r"^<(img|br|hr)\b([^>]*?) />$")  # the filter writes <img ... />
_TEXT_ENTITIES = (("&quot;", '"'), ("&#039;", "'"))
# NukeViet's tag list has no <thead>: its filter drops the tags and leaves the blank lines
# where they stood around a table's header row, as Newsdesk renders it.
_UNWRAPPED_HEAD = re.compile(
    r"<table>\n\n(<tr>\n(?:<th\b[^>\n]*>[^\n]*</th>\n)+</tr>)\n\n(?=<tbody>|</table>)"
)


def unfiltered(bodyhtml: str) -> str:
    """``bodyhtml`` without the entities NukeViet's input filter put in."""
    html = bodyhtml.replace("&#91;", "[").replace("&#93;", "]")
    parts = _TAG.split(html)
    for index in range(0, len(parts), 2):  # the text between tags
        for entity, character in _TEXT_ENTITIES:
            parts[index] = parts[index].replace(entity, character)
    for index in range(1, len(parts), 2):  # the tags
        parts[index] = _CLOSED_VOID.sub(r"<\1\2>", parts[index])
    return _UNWRAPPED_HEAD.sub("<table>\n<thead>\n\\1\n</thead>\n", "".join(parts))


def body_with_author(bodyhtml: str, author: str) -> str:
    """The post's HTML as Newsdesk writes it: the body, then the author paragraph."""
    paragraph = byline_html((Byline(name=author),)) if author.strip() else ""
    return "\n".join(part for part in (unfiltered(bodyhtml), paragraph) if part)


def payload(post: OutgoingPost, category_id: Callable[[str], int]) -> dict[str, Any]:
    """The ``payload`` of a create or update; for a post the site has, only the parts
    ``post.changed`` names (what another desk changed meanwhile stays as the site has it)."""

    def wanted(part: str) -> bool:
        return post.changed is None or any(
            part in PARTS_OF[name] for name in post.changed if name in PARTS_OF
        )

    values: dict[str, Any] = {
        "status": str(post.status),
        "meta": {
            key: getattr(post.meta, field)
            for field, key in META_FIELDS.items()
            if key in ALWAYS_SENT_META or wanted(f"meta.{key}")
        },
    }
    if wanted("title"):
        values["title"] = post.title
    if wanted("hometext"):
        values["hometext"] = post.excerpt
    if wanted("bodyhtml"):
        values["bodyhtml"] = body_without_author(post)
    if wanted("author"):
        values["author"] = author_line(post)
    if wanted("source"):
        values["source"] = post.meta.source
    if post.category and wanted("catid"):
        values["catid"] = category_id(post.category)
    if wanted("tags") and (post.tags or post.changed is not None):
        values["tags"] = list(post.tags)
        values["meta"][TAG_ORDER] = list(post.tags)
    if post.slug and wanted("alias"):
        values["alias"] = post.slug
    if post.date_gmt is not None and wanted("publtime"):
        values["publtime"] = int(post.date_gmt.timestamp())
    if wanted("media_id"):
        if post.featured_media is not None:
            values["media_id"] = post.featured_media
        values["image_alt"] = post.meta.image_caption
    return values


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _meta(value: object) -> PostMeta:
    meta = value if isinstance(value, dict) else {}
    return PostMeta(**{field: _text(meta.get(key)) for field, key in META_FIELDS.items()})


def _names(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise TypeError("a list of names was expected")
    return tuple(_text(name) for name in value)


def _tag_names(post: dict[str, Any]) -> tuple[str, ...] | None:
    """The tags in the order they were written, while the site has the same ones."""
    names = _names(post.get("tags"))
    meta = post.get("meta")
    order = meta.get(TAG_ORDER) if isinstance(meta, dict) else None
    if names is None or not isinstance(order, list):
        return names
    written = tuple(_text(name) for name in order)
    return written if sorted(written) == sorted(names) else names


def _remote_post(post: dict[str, Any]) -> RemotePost:
    image = post.get("image")
    if image is not None and not isinstance(image, dict):
        raise TypeError("image")
    return RemotePost(
        id=int(post["id"]),
        status=_text(post["status"]),
        link=_text(post.get("link")),
        title=_text(post.get("title")),
        excerpt=_text(post.get("hometext")),
        content_html=body_with_author(_text(post.get("bodyhtml")), _text(post.get("author"))),
        modified_gmt=_text(post.get("modified_gmt")),
        version=f"rev:{int(post['rev'])}",
        readable_only=not post.get("editable", True),
        activity=_text(post.get("activity")),
        author_id=int(post.get("admin_id") or 0),
        author_name=_text(post.get("admin_name")),
        date_gmt=_text(post.get("date_gmt")),
        category_ids=tuple(int(c) for c in post.get("catids") or ()),
        category_names=_names(post.get("catnames")),
        tag_names=_tag_names(post),
        meta=_meta(post.get("meta")),
        featured_media=int((image or {}).get("media_id") or 0),
    )


def remote_post(value: Any, url: str) -> RemotePost:
    """A ``post`` of the API's answers; :class:`UnexpectedAnswer` for anything else."""
    with reading(url):
        return _remote_post(object_answer(value, url))
