"""Article <-> JSON, for revision snapshots.

Snapshots outlive the code that wrote them, so reading is lenient: a key that is missing takes
the field's default and an unknown key is ignored. Times are ISO 8601 in UTC.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from newsdesk.core import Article, Byline, FeaturedImage, WorkflowStatus


def to_json(article: Article) -> str:
    return json.dumps(article_to_dict(article), ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> Article:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("an article snapshot must be a JSON object")
    return article_from_dict(data)


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "uuid": article.uuid,
        "title": article.title,
        "sapo": article.sapo,
        "body": article.body,
        "bylines": bylines_to_list(article.bylines),
        "category": article.category,
        "tags": list(article.tags),
        "featured_image": image_to_dict(article.featured_image),
        "slug": article.slug,
        "source": article.source,
        "publish_at": _time_to_str(article.publish_at),
        "status": article.status.value,
        "version": article.version,
        "created_at": _time_to_str(article.created_at),
        "updated_at": _time_to_str(article.updated_at),
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    fields: dict[str, Any] = {}
    for key in ("id", "title", "sapo", "body", "category", "slug", "source", "version"):
        if key in data:
            fields[key] = data[key]
    if "bylines" in data:
        fields["bylines"] = bylines_from_list(data["bylines"])
    if "tags" in data:
        fields["tags"] = tuple(data["tags"])
    if "featured_image" in data:
        fields["featured_image"] = image_from_dict(data["featured_image"])
    if "status" in data:
        fields["status"] = WorkflowStatus(data["status"])
    for key in ("publish_at", "created_at", "updated_at"):
        if key in data:
            fields[key] = _time_from_str(data[key])
    return Article(uuid=data["uuid"], **fields)


def bylines_to_list(bylines: tuple[Byline, ...]) -> list[dict[str, str]]:
    return [{"name": b.name, "role": b.role} for b in bylines]


def bylines_from_list(items: list[dict[str, str]]) -> tuple[Byline, ...]:
    return tuple(Byline(name=item["name"], role=item.get("role", "")) for item in items)


def image_to_dict(image: FeaturedImage | None) -> dict[str, str] | None:
    if image is None:
        return None
    return {"path": image.path, "caption": image.caption, "credit": image.credit, "alt": image.alt}


def image_from_dict(data: dict[str, str] | None) -> FeaturedImage | None:
    if data is None:
        return None
    return FeaturedImage(
        path=data["path"],
        caption=data.get("caption", ""),
        credit=data.get("credit", ""),
        alt=data.get("alt", ""),
    )


def _time_to_str(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: articles carry aware times only")
    return value.astimezone(UTC).isoformat()


def _time_from_str(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"time without a zone in snapshot: {value!r}")
    return parsed.astimezone(UTC)
