"""Photos in an article's body.

The body's Markdown names a photo by ``photo:<hash>/<name>``: the first 16 hex digits of the
file's SHA-256 and its file name in plain ASCII (``![Quang cảnh](photo:920fa1b04002b7db/
hoi-nghi.jpg)``). The name means the same on every desk and on the site; what it points at
is decided when the HTML is made: the copy in this desk's photo folder for the preview, the
photo's address on the site for the post. A photo with nowhere to point at is left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from newsdesk.text.slug import slugify

PHOTO_SCHEME = "photo"
HASH_LENGTH = 16

# Where each photo of a body is: "photo:..." -> an address, or None to leave the photo out.
PhotoLinks = Callable[[str], str | None]

_REF = re.compile(rf"{PHOTO_SCHEME}:([0-9a-f]{{{HASH_LENGTH}}})/([A-Za-z0-9._-]+)")
_IMG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\bsrc="([^"]*)"')
# What is left of a paragraph or a captioned photo once its photo is left out.
_EMPTIED = re.compile(
    r"<p>\s*</p>\n?|<figure>\s*(?:<figcaption>[^<]*</figcaption>)?\s*</figure>\n?"
)
_SITE_SRC = re.compile(rf'<img\b[^>]*\bsrc="([^"]*/([0-9a-f]{{{HASH_LENGTH}}})-[^"/]*)"')


def caption_line(caption: str, credit: str) -> str:
    """The line the portal prints under a photo: "Quang cảnh hội nghị - Ảnh: Thủy Phương"."""
    return " - ".join(part for part in (caption, f"Ảnh: {credit}" if credit else "") if part)


def photo_ref(sha256: str, filename: str) -> str:
    """The name a body gives the photo with this content hash and file name."""
    stem, dot, suffix = filename.rpartition(".")
    if not dot:
        stem, suffix = filename, ""
    name = (slugify(stem) or "photo") + (f".{suffix.lower()}" if suffix.isalnum() else "")
    return f"{PHOTO_SCHEME}:{sha256[:HASH_LENGTH].lower()}/{name}"


def parse_ref(ref: str) -> tuple[str, str] | None:
    """The hash prefix and file name of a photo name, or None when ``ref`` is not one."""
    found = _REF.fullmatch(ref)
    return (found.group(1), found.group(2)) if found else None


def photos_in(markdown: str) -> list[str]:
    """Every photo a body names, once each, in order."""
    return list(dict.fromkeys(match.group(0) for match in _REF.finditer(markdown)))


def no_photos(_ref: str) -> str | None:
    return None


def either(*sources: PhotoLinks) -> PhotoLinks:
    """The first address any of ``sources`` knows for a photo."""

    def link(ref: str) -> str | None:
        return next((found for source in sources if (found := source(ref))), None)

    return link


def link_photos(content_html: str, links: PhotoLinks) -> str:
    """``content_html`` with each ``photo:`` image pointing where ``links`` says, or left out."""

    def relink(tag: re.Match[str]) -> str:
        src = _SRC.search(tag.group(0))
        if src is None or not src.group(1).startswith(f"{PHOTO_SCHEME}:"):
            return tag.group(0)
        target = links(html.unescape(src.group(1)))
        if target is None:
            return ""
        start, end = src.span(1)
        return tag.group(0)[:start] + html.escape(target) + tag.group(0)[end:]

    return _EMPTIED.sub("", _IMG.sub(relink, content_html))


def links_in_site_html(content_html: str) -> PhotoLinks:
    """Where the site's copy of a post shows each photo: an image whose file name starts with
    the photo's hash prefix (the name Newsdesk gives every upload)."""
    addresses: dict[str, str] = {}
    for match in _SITE_SRC.finditer(content_html):
        addresses.setdefault(match.group(2), html.unescape(match.group(1)))

    def link(ref: str) -> str | None:
        parsed = parse_ref(ref)
        return addresses.get(parsed[0]) if parsed else None

    return link
