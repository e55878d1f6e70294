"""Find a WordPress site's REST API from the address a person typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from newsdesk.sites.errors import NotASite, NotFound, SiteError
from newsdesk.sites.http import HttpClient


@dataclass(frozen=True, slots=True)
class RestApi:
    """Where a site's REST API lives and which namespaces it serves."""

    site_url: str
    pretty: bool  # /wp-json/... works; otherwise ?rest_route=/...
    namespaces: tuple[str, ...]

    def url(self, route: str) -> str:
        route = route.lstrip("/")
        if self.pretty:
            return f"{self.site_url}/wp-json/{route}"
        return f"{self.site_url}/?rest_route=/{route}"


def normalise_site_url(url: str) -> str:
    """Trim, add https:// when no scheme was typed, drop a trailing slash and a pasted /wp-json."""
    url = url.strip()
    if not url:
        raise NotASite("No site address was given.", "Type the site's home page address.")
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise NotASite(
            f"“{url}” is not a web address.",
            "Type the site's home page address, for example https://mattran.quangtri.gov.vn.",
        )
    path = parts.path.rstrip("/")
    for tail in ("/wp-json", "/wp-admin", "/xmlrpc.php"):
        if path.endswith(tail):
            path = path[: -len(tail)]
    return f"{parts.scheme}://{parts.netloc}{path}"


def _index(http: HttpClient, url: str) -> dict[str, Any] | None:
    try:
        response = http.request("GET", url)
    except (NotFound, NotASite):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) and "namespaces" in body else None


def discover(http: HttpClient, site_url: str) -> RestApi:
    """Locate the REST API: pretty ``/wp-json/`` first, then ``?rest_route=/``."""
    site_url = normalise_site_url(site_url)
    pretty = RestApi(site_url, pretty=True, namespaces=())
    plain = RestApi(site_url, pretty=False, namespaces=())
    for candidate in (pretty, plain):
        try:
            index = _index(http, candidate.url(""))
        except SiteError as exc:
            if exc.retryable:
                raise
            index = None
        if index is None:
            continue
        namespaces = tuple(str(n) for n in index.get("namespaces", ()))
        if "wp/v2" not in namespaces:
            raise NotASite(
                f"The site at {site_url} answers, but its WordPress REST API is switched off.",
                "Ask the site administrator to enable the REST API (wp/v2) for logged-in users.",
            )
        return RestApi(site_url, pretty=candidate.pretty, namespaces=namespaces)
    raise NotASite(
        f"No WordPress REST API answered at {site_url}.",
        "Check the address (the site's home page) and that the site runs WordPress 5.6 or newer "
        "with its REST API enabled.",
    )
