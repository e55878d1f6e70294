"""Posts as XML-RPC structs say them: read into :class:`RemotePost`, and Newsdesk's post meta
written as WordPress ``custom_fields``. Answers from old portals are often loose; whatever a
field holds, reading it never raises, except for a post id Newsdesk cannot keep."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
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


def meta_from(fields: Any) -> PostMeta:
    values: dict[str, str] = {}
    for item in fields if isinstance(fields, list) else ():
        if isinstance(item, dict):
            values.setdefault(text_of(item.get("key")), text_of(item.get("value")))
    return PostMeta(**{field: values.get(key, "") for field, key in META_KEYS.items()})


def custom_fields(meta: PostMeta, existing: Any) -> list[dict[str, Any]]:
    """The ``custom_fields`` that make the site's meta equal ``meta``.

    A field the post already has is changed by its id (sending only the key would add a second
    value); an emptied field is deleted; duplicates of a key are removed.
    """
    ids: dict[str, list[str]] = {}
    for item in existing if isinstance(existing, list) else ():
        if isinstance(item, dict) and item.get("key") in META_KEYS.values():
            ids.setdefault(text_of(item["key"]), []).append(text_of(item.get("id")))
    fields: list[dict[str, Any]] = []
    for field, key in META_KEYS.items():
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


def post_from_wp(raw: dict[str, Any]) -> RemotePost:
    """A post as ``wp.getPost`` gives it."""
    modified = to_datetime(raw.get("post_modified_gmt"))
    date = to_datetime(raw.get("post_date_gmt"))
    terms = structs_of(raw.get("terms"))
    return RemotePost(
        id=post_id(raw.get("post_id")),
        status=reported_status(text_of(raw.get("post_status")), date),
        link=text_of(raw.get("link")),
        title=text_of(raw.get("post_title")),
        excerpt=text_of(raw.get("post_excerpt")),
        content_html=text_of(raw.get("post_content")),
        modified_gmt=iso(modified),
        version=iso(modified),
        author_id=int_of(raw.get("post_author")),
        date_gmt=iso(date),
        category_ids=tuple(
            int_of(t.get("term_id")) for t in terms if t.get("taxonomy") == "category"
        ),
        tag_ids=tuple(int_of(t.get("term_id")) for t in terms if t.get("taxonomy") == "post_tag"),
        meta=meta_from(raw.get("custom_fields")),
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
    names = {text_of(n).casefold() for n in items_of(raw.get("categories"))}
    category_ids = tuple(t.id for t in categories() if t.name.casefold() in names) if names else ()
    title, excerpt = text_of(raw.get("title")), text_of(raw.get("mt_excerpt"))
    return RemotePost(
        id=post_id(raw.get("postid")),
        status=reported_status(reported, date),
        link=text_of(raw.get("permaLink") or raw.get("link")),
        title=title,
        excerpt=excerpt,
        content_html=content,
        modified_gmt=iso(modified),
        version=iso(modified) or fingerprint(title, content, excerpt, sorted(names), reported),
        author_id=int_of(raw.get("wp_author_id") or raw.get("userid")),
        author_name=text_of(raw.get("wp_author_display_name")),
        date_gmt=iso(date),
        category_ids=category_ids,
        meta=meta_from(raw.get("custom_fields")),
    )
