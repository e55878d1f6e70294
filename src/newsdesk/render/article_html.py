"""The HTML an article sends to its site as post content."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from newsdesk.core.article import Article, Byline
from newsdesk.render.markdown_html import markdown_to_html
from newsdesk.render.photos import PhotoLinks, link_photos, no_photos
from newsdesk.text.normalize import clean_line

_WRITER, _PHOTOGRAPHER, _BOTH = "Bài", "Ảnh", "Bài và ảnh"


def _merge_roles(bylines: Iterable[Byline]) -> list[Byline]:
    """Clean names, drop empty and repeated lines, and make one person credited for both
    "Bài" and "Ảnh" a single "Bài và ảnh"."""
    unique: list[Byline] = []
    for byline in bylines:
        cleaned = Byline(name=clean_line(byline.name), role=clean_line(byline.role))
        if cleaned.name and cleaned not in unique:
            unique.append(cleaned)
    both = {b.name for b in unique if b.role == _WRITER} & {
        b.name for b in unique if b.role == _PHOTOGRAPHER
    }
    merged: list[Byline] = []
    for byline in unique:
        if byline.name in both and byline.role in {_WRITER, _PHOTOGRAPHER}:
            combined = Byline(name=byline.name, role=_BOTH)
            if combined not in merged:
                merged.append(combined)
        else:
            merged.append(byline)
    return merged


def format_bylines(bylines: Iterable[Byline]) -> str:
    """The author line: "Thủy Phương", "Thủy Phương - Minh Hà", "Bài và ảnh: X",
    "Theo TTXVN", "Bài: X; Ảnh: Y".

    Names sharing a role are joined with " - " under that role, roles in the order they first
    appear.
    """
    groups: dict[str, list[str]] = {}
    for byline in _merge_roles(bylines):
        groups.setdefault(byline.role, []).append(byline.name)
    parts: list[str] = []
    for role, names in groups.items():
        joined = " - ".join(names)
        if not role:
            parts.append(joined)
        elif role == "Theo":
            parts.append(f"Theo {joined}")
        else:
            parts.append(f"{role}: {joined}")
    return "; ".join(parts)


def byline_html(bylines: Iterable[Byline]) -> str:
    """The author line as the portal prints it: bold and right-aligned; "" without bylines."""
    text = format_bylines(bylines)
    if not text:
        return ""
    return (
        f'<p class="newsdesk-byline" style="text-align:right"><strong>{escape(text)}</strong></p>'
    )


def sapo_html(sapo: str) -> str:
    """The sapo (plain text) as a bold paragraph; "" when there is none."""
    text = clean_line(sapo)
    return f"<p><strong>{escape(text)}</strong></p>" if text else ""


def article_body_html(article: Article, photos: PhotoLinks = no_photos) -> str:
    """The body alone as HTML, its photos pointing where ``photos`` says (left out by
    default): for a site that prints the author line itself, outside the body."""
    return link_photos(markdown_to_html(article.body), photos)


def article_content_html(article: Article, photos: PhotoLinks = no_photos) -> str:
    """Body HTML followed by the author line, the body's photos pointing where ``photos``
    says (left out by default). The sapo is left out: the site carries it as the post
    excerpt and its theme shows it."""
    parts = [article_body_html(article, photos), byline_html(article.bylines)]
    return "\n".join(part for part in parts if part)
