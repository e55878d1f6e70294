"""Posts as XML-RPC structs say them: read into :class:`RemotePost`, and Newsdesk's post meta
written as WordPress ``custom_fields``. Answers from old portals are often loose; whatever a
field holds, reading it never raises, except for a post id Newsdesk cannot keep."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any

from newsdesk.core.messages import Message
from newsdesk.core.site import Term
from newsdesk.sites.base import META_KEYS, PostMeta, RemotePost, RemoteStatus
from newsdesk.sites.errors import NotASite
from newsdesk.sites.xmlrpc import to_datetime


def text_of(value: Any) -> str:
    return "" if value is None else str(value)


def int_of(value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 0


def items_of(value: Any) -> list[Any]:
    """The items of an XML-RPC array; nothing when the field holds something else."""
    return value if isinstance(value, list) else []


def structs_of(value: Any) -> list[dict[str, Any]]:
    """The structs of an XML-RPC array, whatever else a broken answer holds."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def struct_of(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def post_id(value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise NotASite(
            Message(
                "The site names its posts with ids Newsdesk cannot keep ({id}).", id=repr(value)
            ),
            Message("Use the site's WordPress REST API or WordPress XML-RPC address instead."),
        ) from None


def iso(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S") if moment else ""


def reported_status(reported: str, date_gmt: datetime | None) -> str:
    if reported == RemoteStatus.PUBLISH and date_gmt and date_gmt > datetime.now(UTC):
        return str(RemoteStatus.FUTURE)
    return reported


def fingerprint(*parts: Any) -> str:
    """A version token for sites that keep no modification time: it changes with the post."""
    canonical = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def version_of(modified: datetime | None, *seen: Any) -> str:
    """The post's version: its modification time (one-second resolution) with a fingerprint
    of what it holds (text, status, terms, slug, date, featured image, meta), so that two
    saves within one second still differ; the fingerprint alone where the site keeps no
    modification time."""
    if modified is None:
        return fingerprint(*seen)
    return f"modified:{iso(modified)}:{fingerprint(*seen).removeprefix('sha256:')[:16]}"


def modified_in(version: str) -> datetime | None:
    """The modification time a version carries; None for a fingerprint alone."""
    if version.startswith("modified:"):
        return to_datetime(version.removeprefix("modified:").rpartition(":")[0])
    return to_datetime(version)  # a bare time, as versions were once kept


# The parts of a post (neutral names, and the post meta keys) that carry each field of the
# article; the status, the client UUID and the desk's version go with every write.
PARTS_OF: dict[str, frozenset[str]] = {
    "title": frozenset({"title"}),
    "sapo": frozenset({"excerpt", META_KEYS["sapo"]}),
    "body": frozenset({"content", META_KEYS["markdown"]}),
    "bylines": frozenset({"content", META_KEYS["bylines_json"]}),
    "category": frozenset({"category"}),
    "tags": frozenset({"tags"}),
    "slug": frozenset({"slug"}),
    "source": frozenset({META_KEYS["source"]}),
    "publish_at": frozenset({"date"}),
    "featured_image": frozenset(
        {"thumbnail", META_KEYS["image_caption"], META_KEYS["image_credit"]}
    ),
}
ALWAYS_SENT_META = frozenset({META_KEYS["client_uuid"], META_KEYS["version"]})
ALL_PARTS = frozenset().union(*PARTS_OF.values())


def parts_written(changed: frozenset[str] | None) -> frozenset[str]:
    """The parts a write carries: all for a whole write (``changed`` None), else those of
    the changed fields."""
    if changed is None:
        return ALL_PARTS
    return frozenset().union(*(PARTS_OF[name] for name in changed if name in PARTS_OF))


def meta_keys_written(parts: frozenset[str]) -> frozenset[str]:
    return ALWAYS_SENT_META | (parts & frozenset(META_KEYS.values()))


def meta_from(fields: Any) -> PostMeta:
    values: dict[str, str] = {}
    for item in fields if isinstance(fields, list) else ():
        if isinstance(item, dict):
            values.setdefault(text_of(item.get("key")), text_of(item.get("value")))
    return PostMeta(**{field: values.get(key, "") for field, key in META_KEYS.items()})


# The metaWeblog.editPost members that carry each part, sent back as the site has them when
# the part is not written.
_MW_MEMBERS = (
    ("title", "title"),
    ("content", "description"),
    ("excerpt", "mt_excerpt"),
    ("category", "categories"),
    ("tags", "mt_keywords"),
)


def kept_members(current: dict[str, Any], parts: frozenset[str]) -> dict[str, Any]:
    """The members of ``current`` (a ``metaWeblog.getPost`` answer) a ``metaWeblog.editPost``
    that writes only ``parts`` sends back unchanged. WordPress keeps every member left out
    but ``mt_keywords`` (it clears the tags); another server may replace the whole post."""
    wordpress = "wp_slug" in current
    return {
        member: current[member]
        for part, member in _MW_MEMBERS
        if part not in parts and member in current and (member == "mt_keywords" or not wordpress)
    }


def custom_fields(
    meta: PostMeta, existing: Any, keys: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """The ``custom_fields`` that make the site's meta equal ``meta`` (only the meta ``keys``
    where given; the site keeps the others as they are).

    A field the post already has is changed by its id (sending only the key would add a second
    value); an emptied field is deleted; duplicates of a key are removed.
    """
    ids: dict[str, list[str]] = {}
    for item in existing if isinstance(existing, list) else ():
        if isinstance(item, dict) and item.get("key") in META_KEYS.values():
            ids.setdefault(text_of(item["key"]), []).append(text_of(item.get("id")))
    fields: list[dict[str, Any]] = []
    for field, key in META_KEYS.items():
        if keys is not None and key not in keys:
            continue
        value: str = getattr(meta, field)
        first, *extra = ids.get(key) or [""]
        if first and value:
            fields.append({"id": first, "key": key, "value": value})
        elif first:
            fields.append({"id": first})
        elif value:
            fields.append({"key": key, "value": value})
        fields.extend({"id": mid} for mid in extra)
    return fields


def _terms_of(raw: dict[str, Any], taxonomy: str) -> tuple[tuple[int, ...], tuple[str, ...] | None]:
    """The ids and names of the post's terms in ``taxonomy`` (``wp.getPost`` with "terms");
    names None when the answer has no terms at all."""
    if not isinstance(raw.get("terms"), list):
        return (), None
    terms = [t for t in structs_of(raw["terms"]) if t.get("taxonomy") == taxonomy]
    return tuple(int_of(t.get("term_id")) for t in terms), tuple(
        text_of(t.get("name")) for t in terms
    )


def _thumbnail_id(value: Any) -> int:
    """The featured image's id: a struct in ``wp.getPost``, a number in MetaWeblog; an empty
    array or "" where the post has none."""
    return int_of(value.get("attachment_id")) if isinstance(value, dict) else int_of(value)


def post_from_wp(raw: dict[str, Any]) -> RemotePost:
    """A post as ``wp.getPost`` gives it (with the "post", "terms" and "custom_fields"
    fields)."""
    modified = to_datetime(raw.get("post_modified_gmt"))
    date = to_datetime(raw.get("post_date_gmt"))
    category_ids, category_names = _terms_of(raw, "category")
    tag_ids, tag_names = _terms_of(raw, "post_tag")
    title, excerpt = text_of(raw.get("post_title")), text_of(raw.get("post_excerpt"))
    content, status = text_of(raw.get("post_content")), text_of(raw.get("post_status"))
    slug, thumbnail = text_of(raw.get("post_name")), _thumbnail_id(raw.get("post_thumbnail"))
    meta = meta_from(raw.get("custom_fields"))
    seen = (title, excerpt, content, status, meta, category_ids, tag_ids, slug, iso(date))
    return RemotePost(
        id=post_id(raw.get("post_id")),
        status=reported_status(status, date),
        link=text_of(raw.get("link")),
        title=title,
        excerpt=excerpt,
        content_html=content,
        modified_gmt=iso(modified),
        version=version_of(modified, *seen, thumbnail),
        author_id=int_of(raw.get("post_author")),
        date_gmt=iso(date),
        category_ids=category_ids,
        tag_ids=tag_ids,
        category_names=category_names,
        tag_names=tag_names,
        meta=meta,
        featured_media=thumbnail,
    )


def post_from_mw(raw: dict[str, Any], categories: Callable[[], list[Term]]) -> RemotePost:
    """A post as ``metaWeblog.getPost`` gives it; its categories by name, looked up in
    ``categories()`` only when it has any."""
    modified = to_datetime(raw.get("date_modified_gmt") or raw.get("dateModified"))
    date = to_datetime(raw.get("date_created_gmt") or raw.get("dateCreated"))
    content = text_of(raw.get("description"))
    if raw.get("mt_text_more"):
        more = text_of(raw.get("wp_more_text"))
        content += f"<!--more{' ' + more if more else ''}-->" + text_of(raw["mt_text_more"])
    if "post_status" in raw:
        reported = text_of(raw["post_status"])
    else:
        reported = str(RemoteStatus.PUBLISH if raw.get("publish", True) else RemoteStatus.DRAFT)
    listed = raw.get("categories")
    category_names = tuple(map(text_of, listed)) if isinstance(listed, list) else None
    names = {name.casefold() for name in category_names or ()}
    category_ids = tuple(t.id for t in categories() if t.name.casefold() in names) if names else ()
    tag_names = keywords(raw["mt_keywords"]) if "mt_keywords" in raw else None
    title, excerpt = text_of(raw.get("title")), text_of(raw.get("mt_excerpt"))
    slug, thumbnail = text_of(raw.get("wp_slug")), _thumbnail_id(raw.get("wp_post_thumbnail"))
    meta = meta_from(raw.get("custom_fields"))
    seen = (title, content, excerpt, sorted(names), reported, tag_names, slug, iso(date), meta)
    return RemotePost(
        id=post_id(raw.get("postid")),
        status=reported_status(reported, date),
        link=text_of(raw.get("permaLink") or raw.get("link")),
        title=title,
        excerpt=excerpt,
        content_html=content,
        modified_gmt=iso(modified),
        version=version_of(modified, *seen, thumbnail),
        author_id=int_of(raw.get("wp_author_id") or raw.get("userid")),
        author_name=text_of(raw.get("wp_author_display_name")),
        date_gmt=iso(date),
        category_ids=category_ids,
        category_names=category_names,
        tag_names=tag_names,
        meta=meta,
        featured_media=thumbnail,
    )


def keywords(value: Any) -> tuple[str, ...]:
    """The tag names of ``mt_keywords`` ("Mặt trận, Quý IV")."""
    return tuple(name.strip() for name in text_of(value).split(",") if name.strip())
