"""Recognise a NukeViet portal from its home page, and find its remote API (``api.php``).

Every page of a NukeViet 4 portal carries two signs: the ``<meta name="generator"
content="NukeViet v4.5">`` tag (an administrator may remove it) and the script line that
tells the theme's JavaScript where the portal lives (``nv_base_siteurl="/"``, with
``nv_lang_data``), which no theme leaves out. Either is enough to look further; the portal's
``api.php`` answering an empty request with NukeViet's JSON (``{"status": "error", "code":
"0020"}`` and the like) confirms it. Nothing secret is sent by that request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from newsdesk.core.messages import Message
from newsdesk.sites.errors import NotASite, SiteError
from newsdesk.sites.http import HttpClient
from newsdesk.sites.wp_discovery import normalise_site_url

API_SCRIPT = "api.php"
_GENERATOR = re.compile(r"(?i)^\s*nukeviet\b")
_BASE_SITEURL = re.compile(r"""\bnv_base_siteurl\s*=\s*["']([^"'<>]*)["']""")
_LANG_DATA = re.compile(r"""\bnv_lang_data\s*=\s*["'][a-z]{2}["']""")
_API_CODE = re.compile(r"^[0-9]{4}$")
# What a person may paste instead of the portal's root: its API script or its front file.
_TYPED_TAILS = ("/api.php", "/index.php")


@dataclass(frozen=True, slots=True)
class NukeVietSigns:
    """What a page says about the NukeViet behind it. ``base_path`` is where the portal's
    files live on the host (``/`` or ``/portal/``), from its script; "" when not said."""

    generator: str = ""
    base_path: str = ""

    @property
    def found(self) -> bool:
        return bool(self.generator) or bool(self.base_path)


def read_nukeviet_signs(html: str, generator: str) -> NukeVietSigns:
    """The signs of NukeViet in a home page, given its ``generator`` meta tag's content."""
    named = generator.strip() if _GENERATOR.match(generator) else ""
    base = _BASE_SITEURL.search(html)
    base_path = base.group(1) if base and _LANG_DATA.search(html) else ""
    if base_path and not base_path.startswith("/"):
        base_path = ""
    return NukeVietSigns(generator=named, base_path=base_path)


def portal_root(page_url: str, signs: NukeVietSigns) -> str:
    """The portal's root address (no trailing slash), on the page's origin."""
    parts = urlsplit(page_url)
    path = signs.base_path or parts.path.rsplit("/", 1)[0] + "/"
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def nukeviet_root(url: str) -> str:
    """A typed NukeViet address made the portal's root: https:// added when no scheme was
    typed, a pasted ``/api.php`` or ``/index.php`` and a trailing slash dropped."""
    root = normalise_site_url(url)
    parts = urlsplit(root)
    path = parts.path
    for tail in _TYPED_TAILS:
        if path.lower().endswith(tail):
            path = path[: -len(tail)]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def answers_as_nukeviet_api(http: HttpClient, api_url: str) -> bool:
    """Whether ``api_url`` answers an empty request the way NukeViet's ``api.php`` does.
    Retryable failures (no answer, a server error) are raised: the site may be down."""
    try:
        body = http.request("POST", api_url, data=b"").json()
    except SiteError as exc:
        if exc.retryable:
            raise
        return False
    except ValueError:
        return False
    return (
        isinstance(body, dict)
        and body.get("status") in ("error", "success")
        and bool(_API_CODE.match(str(body.get("code", ""))))
    )


def api_not_answering(root: str, api_url: str) -> NotASite:
    return NotASite(
        Message(
            "The site at {url} runs NukeViet, but its remote API ({api}) does not answer.",
            url=root,
            api=api_url,
        ),
        Message(
            "Ask the site administrator to let api.php through to the network and to install "
            "the Newsdesk API for NukeViet."
        ),
    )
