"""Find the publishing API of a site from the address a person typed.

The home page says where its APIs live: WordPress links its REST root with
``rel="https://api.w.org/"`` (a ``<link>`` in the page and an HTTP ``Link:`` header), and
blog engines link an RSD file (``rel="EditURI" type="application/rsd+xml"``) that lists their
XML-RPC endpoints. The REST API is preferred when both answer; of the RSD's APIs the
WordPress one comes first, then MetaWeblog.

A NukeViet portal names itself in its pages (see :mod:`newsdesk.sites.nv_discovery`); its
remote API is ``api.php`` at the portal's root. A page that declares the WordPress REST API is
WordPress's, whatever else it says.

The site found is always at the origin (scheme, host and port) the person typed, or the same
host over HTTPS: the password will go there. A home page, RSD file or REST index that says
the site lives at another origin raises :class:`SiteElsewhere`, and the person decides; an
HTTPS address is never given up for plain HTTP.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

from newsdesk.core.messages import Message
from newsdesk.sites.errors import NotASite, SiteElsewhere, SiteError
from newsdesk.sites.http import HttpClient, SiteResponse
from newsdesk.sites.nv_discovery import (
    API_SCRIPT,
    NukeVietSigns,
    answers_as_nukeviet_api,
    api_not_answering,
    nukeviet_root,
    portal_root,
    read_nukeviet_signs,
)
from newsdesk.sites.origin import Origin
from newsdesk.sites.wp_discovery import normalise_site_url
from newsdesk.sites.xmlrpc import DoctypeRefused, XmlRpcClient, parse_xml

SiteApiKind = Literal["wordpress-rest", "xmlrpc", "nukeviet"]

REST_REL = "https://api.w.org/"
RSD_TYPE = "application/rsd+xml"
_API_PREFERENCE = ("wordpress", "metaweblog")
# The last part of a typed address that is an XML-RPC endpoint rather than a home page.
_ENDPOINT_PATH = re.compile(r"(?i)(xmlrpc|metaweblog|\.ashx$)")


@dataclass(frozen=True, slots=True)
class DiscoveredSite:
    """Where a site's API is. ``blog_id`` is what XML-RPC calls the blog (from the RSD)."""

    kind: SiteApiKind
    api_url: str
    home_url: str
    name: str
    blog_id: str = "1"


@dataclass(slots=True)
class PageLinks:
    """What a home page points at."""

    rest_root: str = ""
    rsd: str = ""
    title: str = ""
    site_name: str = ""
    generator: str = ""


@dataclass(frozen=True, slots=True)
class RsdApi:
    name: str
    api_link: str
    blog_id: str = ""
    preferred: bool = False

    @property
    def key(self) -> str:
        """The API's name reduced to letters: "MetaWeblog" -> "metaweblog", "WP-API" -> "wpapi"."""
        return re.sub(r"[^a-z0-9]", "", self.name.lower())


@dataclass(frozen=True, slots=True)
class RsdDocument:
    engine: str = ""
    home_page: str = ""
    apis: tuple[RsdApi, ...] = ()


class _HeadReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[dict[str, str]] = []
        self.base = ""
        self.site_name = ""
        self.generator = ""
        self.title = ""
        self._in_title = False
        self._title_seen = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "link":
            self.links.append(values)
        elif tag == "base" and not self.base:
            self.base = values.get("href", "")
        elif tag == "meta" and values.get("property", "").lower() == "og:site_name":
            self.site_name = self.site_name or values.get("content", "")
        elif tag == "meta" and values.get("name", "").lower() == "generator":
            self.generator = self.generator or values.get("content", "")
        elif tag == "title" and not self._title_seen:
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            self._title_seen = True

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _web_url(href: str, base: str) -> str:
    """``href`` made absolute against ``base``; "" unless it is an http(s) address."""
    if not href:
        return ""
    url = urljoin(base, href)
    return url if urlsplit(url).scheme in ("http", "https") else ""


def _keep_https(url: str, page_url: str) -> str:
    """A page served over HTTPS that links its own API over plain HTTP (a proxy that hides the
    scheme from the site) gets the HTTPS address: the password must not travel in clear."""
    link, page = urlsplit(url), urlsplit(page_url)
    if page.scheme == "https" and link.scheme == "http" and link.netloc == page.netloc:
        return urlunsplit(link._replace(scheme="https"))
    return url


def read_page_links(html: str, page_url: str) -> PageLinks:
    """The REST root, RSD file, title and site name a home page declares."""
    reader = _HeadReader()
    reader.feed(html)
    reader.close()
    base = urljoin(page_url, reader.base) if reader.base else page_url
    found = PageLinks(
        title=" ".join(reader.title.split()),
        site_name=reader.site_name.strip(),
        generator=reader.generator.strip(),
    )
    for link in reader.links:
        rels = link.get("rel", "").lower().split()
        kind = link.get("type", "").lower()
        href = _web_url(link.get("href", ""), base)
        if not href:
            continue
        if REST_REL in rels and not found.rest_root:
            found.rest_root = href
        elif ("edituri" in rels or RSD_TYPE in rels) and kind in ("", RSD_TYPE) and not found.rsd:
            found.rsd = href
    return found


@dataclass(slots=True)
class _RsdReader:
    base_url: str
    engine: list[str] = field(default_factory=list)
    home: list[str] = field(default_factory=list)
    apis: list[RsdApi] = field(default_factory=list)
    _text: list[str] | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        name = tag.rpartition(":")[2].lower()
        values = {key.rpartition(":")[2].lower(): value for key, value in attrs.items()}
        if name == "api":
            self.apis.append(
                RsdApi(
                    name=values.get("name", "").strip(),
                    api_link=_web_url(values.get("apilink", "").strip(), self.base_url),
                    blog_id=values.get("blogid", "").strip(),
                    preferred=values.get("preferred", "").strip().lower() == "true",
                )
            )
        elif name == "enginename":
            self._text = self.engine
        elif name == "homepagelink":
            self._text = self.home

    def end(self, _tag: str) -> None:
        self._text = None

    def data(self, text: str) -> None:
        if self._text is not None:
            self._text.append(text)


def parse_rsd(data: bytes, rsd_url: str) -> RsdDocument:
    """The APIs an RSD file lists, their links made absolute. Raises expat's ``ExpatError``
    for a file that is not XML and :class:`DoctypeRefused` for one with a DTD."""
    reader = _RsdReader(rsd_url)
    parse_xml(data, start=reader.start, end=reader.end, text=reader.data)
    return RsdDocument(
        engine="".join(reader.engine).strip(),
        home_page=_web_url("".join(reader.home).strip(), rsd_url),
        apis=tuple(api for api in reader.apis if api.api_link),
    )


def pick_xmlrpc_api(apis: tuple[RsdApi, ...]) -> RsdApi | None:
    """The WordPress API if listed, else MetaWeblog; a ``preferred`` entry first."""
    for wanted in _API_PREFERENCE:
        matching = [api for api in apis if api.key == wanted]
        if matching:
            return sorted(matching, key=lambda api: not api.preferred)[0]
    return None


def _nothing_found(url: str, why: Message) -> NotASite:
    return NotASite(
        Message("Newsdesk found no publishing API at {url}: {why}", url=url, why=why),
        Message(
            "Enter the API address by hand: for WordPress it is usually the home page followed "
            "by /xmlrpc.php; other systems (mojoPortal and the like) show their MetaWeblog "
            "address in their settings, or the site administrator can give it to you."
        ),
    )


def _fetch(http: HttpClient, url: str) -> SiteResponse:
    try:
        return http.request("GET", url)
    except SiteError as exc:
        if exc.retryable or isinstance(exc, NotASite):
            raise
        raise _nothing_found(
            url, Message("the address answered HTTP {status}.", status=exc.status)
        ) from exc


def _rest_index(http: HttpClient, rest_root: str) -> dict[str, Any] | None:
    """The REST index if the root answers as WordPress's (with wp/v2), else None."""
    try:
        body = http.request("GET", rest_root).json()
    except SiteError as exc:
        if exc.retryable:
            raise
        return None
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    namespaces = body.get("namespaces")
    return body if isinstance(namespaces, list) and "wp/v2" in namespaces else None


def _read_rsd(http: HttpClient, rsd_url: str) -> RsdDocument:
    try:
        response = http.request("GET", rsd_url)
        return parse_rsd(response.content, response.url or rsd_url)
    except SiteError as exc:
        if exc.retryable:
            raise
    except (xml.parsers.expat.ExpatError, DoctypeRefused):
        pass
    return RsdDocument()


def _host_name(url: str) -> str:
    return urlsplit(url).hostname or url


def _elsewhere(typed_url: str, claimed_url: str) -> SiteElsewhere:
    typed, claimed = Origin.of(typed_url), Origin.of(claimed_url)
    if typed.is_downgrade_to(claimed):
        cause = Message(
            "The site at {typed} says it lives at {claimed}, another address without "
            "encryption. Newsdesk sent nothing there.",
            typed=str(typed),
            claimed=claimed_url,
        )
    else:
        cause = Message(
            "The site at {typed} says it lives at {claimed}. Newsdesk sent nothing there.",
            typed=str(typed),
            claimed=claimed_url,
        )
    return SiteElsewhere(
        cause,
        Message(
            "If you trust that address, add the site with it: your user name and password will "
            "be sent there."
        ),
        typed_url=typed_url,
        claimed_url=claimed_url,
    )


def _on_typed_origin(url: str, typed_url: str) -> str:
    """``url`` (an address the site gave) if it is at the typed origin, or the same host over
    HTTPS; a plain-HTTP address on the typed HTTPS host is kept on HTTPS. Else the site says
    it lives elsewhere: :class:`SiteElsewhere`."""
    typed, found = Origin.of(typed_url), Origin.of(url)
    if found == typed or typed.is_upgrade_to(found):
        return url
    if found.is_upgrade_to(typed):
        parts = urlsplit(url)
        return urlunsplit(parts._replace(scheme=typed.scheme, netloc=urlsplit(typed_url).netloc))
    raise _elsewhere(typed_url, url)


def _from_home_page(http: HttpClient, site_url: str) -> DiscoveredSite:
    response = _fetch(http, site_url)
    page_url = _on_typed_origin(response.url or site_url, site_url)
    links = read_page_links(response.text, page_url)
    header_link = response.links.get(REST_REL, {}).get("url", "")
    rest_root = _web_url(header_link, page_url) or links.rest_root
    name = links.site_name or links.title or _host_name(page_url)
    signs = read_nukeviet_signs(response.text, links.generator)
    if signs.found and not rest_root:
        return _nukeviet(http, page_url, signs, name)
    rsd = _read_rsd(http, _keep_https(links.rsd, page_url)) if links.rsd else RsdDocument()
    if not rest_root:
        rest_root = next((api.api_link for api in rsd.apis if api.key == "wpapi"), "")
    home = rsd.home_page or page_url.rstrip("/")

    if rest_root:
        rest_root = _on_typed_origin(_keep_https(rest_root, page_url), page_url)
        index = _rest_index(http, rest_root)
        if index is not None:
            claimed = _web_url(str(index.get("home") or index.get("url") or ""), page_url)
            return DiscoveredSite(
                kind="wordpress-rest",
                api_url=rest_root,
                home_url=_on_typed_origin(claimed or home, page_url).rstrip("/"),
                name=str(index.get("name") or name),
            )
    api = pick_xmlrpc_api(rsd.apis)
    if api is not None:
        return DiscoveredSite(
            kind="xmlrpc",
            api_url=_on_typed_origin(_keep_https(api.api_link, page_url), page_url),
            home_url=_on_typed_origin(home, page_url),
            name=name,
            blog_id=api.blog_id or "1",
        )
    if rest_root:
        raise _nothing_found(
            site_url,
            Message(
                "the home page links a WordPress REST API ({url}), but it does not answer "
                "(it may be switched off or blocked), and there is no XML-RPC address.",
                url=rest_root,
            ),
        )
    raise _nothing_found(
        site_url, Message("the home page links neither a WordPress REST API nor an RSD file.")
    )


def _nukeviet(http: HttpClient, page_url: str, signs: NukeVietSigns, name: str) -> DiscoveredSite:
    """The NukeViet portal whose page this is, once its ``api.php`` answers as NukeViet's."""
    root = portal_root(page_url, signs)
    api_url = f"{root}/{API_SCRIPT}"
    if not answers_as_nukeviet_api(http, api_url):
        raise api_not_answering(root, api_url)
    return DiscoveredSite(kind="nukeviet", api_url=api_url, home_url=root, name=name)


def _home_page_address(typed: str) -> str:
    """The address to read the home page at: a pasted NukeViet ``…/api.php`` is its portal."""
    url = normalise_site_url(typed)
    if urlsplit(url).path.lower().endswith("/" + API_SCRIPT):
        return nukeviet_root(url)
    return url


def _typed_endpoint(http: HttpClient, typed: str) -> DiscoveredSite | None:
    """The typed address itself, if it answers XML-RPC's ``system.listMethods``."""
    url = typed.strip()
    if "://" not in url:
        url = "https://" + url
    last = urlsplit(url).path.rstrip("/").rpartition("/")[2]
    if not _ENDPOINT_PATH.search(last):
        return None
    try:
        methods = XmlRpcClient(url, http=http).call("system.listMethods")
    except SiteError as exc:
        if exc.retryable:
            raise
        return None
    if not isinstance(methods, list):
        return None
    parts = urlsplit(url)
    home = f"{parts.scheme}://{parts.netloc}"
    return DiscoveredSite(kind="xmlrpc", api_url=url, home_url=home, name=_host_name(url))


def discover_site(home_url: str, *, http: HttpClient | None = None) -> DiscoveredSite:
    """Where the site at ``home_url`` takes posts.

    Raises :class:`NotASite` (asking for the API address) when the home page names no API,
    :class:`~newsdesk.sites.errors.Unreachable` and other retryable errors as they come.
    An XML-RPC address typed instead of the home page (``…/xmlrpc.php``,
    ``…/metaweblogapi.ashx``) is used as it is when the home page leads nowhere.
    """
    client = http or HttpClient()
    try:
        try:
            return _from_home_page(client, _home_page_address(home_url))
        except NotASite:
            typed = _typed_endpoint(client, home_url)
            if typed is None:
                raise
            return typed
    finally:
        if http is None:
            client.close()
