"""Find a WordPress site's REST API from the address a person typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from newsdesk.core.messages import Message
from newsdesk.sites.errors import NotASite, NotFound, SiteError
from newsdesk.sites.http import HttpClient, unexpected_answer


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
        raise NotASite(
            Message("No site address was given."), Message("Type the site's home page address.")
        )
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise NotASite(
            Message("“{url}” is not a web address.", url=url),
            Message(
                "Type the site's home page address, for example https://mattran.quangtri.gov.vn."
            ),
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
    if "json" not in response.headers.get("Content-Type", ""):
        return None  # an ordinary web page: not this way
    body = http.decode_json(response, url)  # JSON cut off on the way: retryable
    if not isinstance(body, dict) or "namespaces" not in body:
        return None
    if not isinstance(body["namespaces"], list):
        raise unexpected_answer(url, Message("its list of APIs is not a list"))
    return body


def _switched_off(site_url: str, said: str = "") -> NotASite:
    return NotASite(
        Message(
            "The site at {url} runs WordPress, but its REST API is switched off or blocked.",
            url=site_url,
        ),
        Message(
            "Ask the site administrator to enable the WordPress REST API (wp/v2) for logged-in "
            "users, or use the site's XML-RPC address."
        ),
        said=said,
    )


def discover(http: HttpClient, site_url: str) -> RestApi:
    """Locate the REST API: pretty ``/wp-json/`` first, then ``?rest_route=/``."""
    site_url = normalise_site_url(site_url)
    refusal: SiteError | None = None
    for pretty in (True, False):
        candidate = RestApi(site_url, pretty=pretty, namespaces=())
        try:
            index = _index(http, candidate.url(""))
        except SiteError as exc:
            if exc.retryable:
                raise
            if exc.code.startswith("rest_"):
                refusal = exc
            index = None
        if index is None:
            continue
        namespaces = tuple(str(n) for n in index.get("namespaces", ()))
        if "wp/v2" not in namespaces:
            raise _switched_off(site_url)
        return RestApi(site_url, pretty=pretty, namespaces=namespaces)
    if refusal is not None:
        raise _switched_off(site_url, refusal.said)
    raise NotASite(
        Message("No WordPress REST API answered at {url}.", url=site_url),
        Message(
            "Check the address (the site's home page) and that the site runs WordPress 5.6 or "
            "newer with its REST API enabled."
        ),
    )
