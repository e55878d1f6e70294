"""Site discovery: parsing canned pages and RSD files, small local sites, the real WordPress."""

from __future__ import annotations

import json
import threading
import xml.parsers.expat
import xmlrpc.client
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from newsdesk.sites.discovery import (
    DiscoveredSite,
    RsdApi,
    discover_site,
    parse_rsd,
    pick_xmlrpc_api,
    read_page_links,
)
from newsdesk.sites.errors import NotASite, Unreachable
from newsdesk.sites.xmlrpc import DoctypeRefused

WORDPRESS_RSD = b"""<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0"
 xmlns="http://archipelago.phrasewise.com/rsd">
  <service>
    <engineName>WordPress</engineName>
    <engineLink>https://wordpress.org/</engineLink>
    <homePageLink>https://mattran.example.vn</homePageLink>
    <apis>
      <api name="WordPress" blogID="1" preferred="true"
           apiLink="https://mattran.example.vn/xmlrpc.php" />
      <api name="Movable Type" blogID="1" preferred="false"
           apiLink="https://mattran.example.vn/xmlrpc.php" />
      <api name="MetaWeblog" blogID="1" preferred="false"
           apiLink="https://mattran.example.vn/xmlrpc.php" />
      <api name="Blogger" blogID="1" preferred="false"
           apiLink="https://mattran.example.vn/xmlrpc.php" />
      <api name="WP-API" blogID="1" preferred="false"
           apiLink="https://mattran.example.vn/wp-json/" />
    </apis>
  </service>
</rsd>"""

MOJOPORTAL_RSD = b"""<?xml version="1.0" encoding="utf-8"?>
<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
  <service>
    <engineName>mojoPortal</engineName>
    <engineLink>https://www.mojoportal.com/</engineLink>
    <homePageLink>/tin-tuc.aspx</homePageLink>
    <apis>
      <api name="Blogger" preferred="false" apiLink="/Blog/metaweblogapi.ashx" blogID="12" />
      <api name="MetaWeblog" preferred="true" apiLink="/Blog/metaweblogapi.ashx" blogID="12" />
    </apis>
  </service>
</rsd>"""

PAGE_WITH_BOTH = """<!DOCTYPE html><html lang="vi"><head>
<meta charset="utf-8"><title>Mặt trận tỉnh &ndash; Trang chủ</title>
<meta property="og:site_name" content="Ủy ban MTTQ tỉnh">
<link rel="stylesheet" href="/style.css">
<link rel='https://api.w.org/' href='/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="xmlrpc.php?rsd" />
</head><body><svg><title>icon</title></svg></body></html>"""


# ------------------------------------------------------------------ parsing


def test_page_links_are_read_and_made_absolute():
    links = read_page_links(PAGE_WITH_BOTH, "https://mattran.example.vn/")
    assert links.rest_root == "https://mattran.example.vn/wp-json/"
    assert links.rsd == "https://mattran.example.vn/xmlrpc.php?rsd"
    assert links.title == "Mặt trận tỉnh – Trang chủ"
    assert links.site_name == "Ủy ban MTTQ tỉnh"


def test_base_href_and_unusual_link_shapes():
    page = (
        '<html><head><base href="https://cdn.example.vn/site/">'
        '<LINK REL="edituri" HREF="rsd.xml">'
        '<link rel="alternate https://api.w.org/" href="javascript:alert(1)">'
        "</head></html>"
    )
    links = read_page_links(page, "https://example.vn/")
    assert links.rsd == "https://cdn.example.vn/site/rsd.xml"
    assert links.rest_root == ""  # only http(s) addresses count
    assert read_page_links("<p>plain</p>", "https://example.vn/").rsd == ""


def test_wordpress_rsd_prefers_the_wordpress_api():
    rsd = parse_rsd(WORDPRESS_RSD, "https://mattran.example.vn/xmlrpc.php?rsd")
    assert rsd.engine == "WordPress"
    assert rsd.home_page == "https://mattran.example.vn"
    api = pick_xmlrpc_api(rsd.apis)
    assert api == RsdApi("WordPress", "https://mattran.example.vn/xmlrpc.php", "1", preferred=True)
    assert {a.key for a in rsd.apis} == {
        "wordpress",
        "movabletype",
        "metaweblog",
        "blogger",
        "wpapi",
    }


def test_mojoportal_rsd_gives_its_ashx_endpoint_and_blog_id():
    rsd = parse_rsd(MOJOPORTAL_RSD, "https://tinhdoan.example.vn/Blog/rsd.aspx?pageid=3&mid=12")
    api = pick_xmlrpc_api(rsd.apis)
    assert api is not None
    assert api.api_link == "https://tinhdoan.example.vn/Blog/metaweblogapi.ashx"
    assert api.blog_id == "12"
    assert rsd.home_page == "https://tinhdoan.example.vn/tin-tuc.aspx"


def test_metaweblog_comes_after_wordpress_and_preferred_first():
    apis = (
        RsdApi("Blogger", "https://a.vn/blogger"),
        RsdApi("MetaWeblog", "https://a.vn/mw-old"),
        RsdApi("metaWeblog", "https://a.vn/mw", preferred=True),
    )
    assert pick_xmlrpc_api(apis) == apis[2]
    assert pick_xmlrpc_api(apis[:1]) is None


def test_rsd_with_a_dtd_or_broken_xml_is_refused():
    with pytest.raises(DoctypeRefused):
        parse_rsd(b'<!DOCTYPE rsd [<!ENTITY e "x">]><rsd>&e;</rsd>', "https://a.vn/rsd")
    with pytest.raises(xml.parsers.expat.ExpatError):
        parse_rsd(b"<html><body>not xml", "https://a.vn/rsd")


# ------------------------------------------------------------------ small local sites

Route = tuple[int, dict[str, str], bytes]


@pytest.fixture
def site() -> Iterator[tuple[str, dict[str, Route]]]:
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, route: Route) -> None:
            status, headers, body = route
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._answer(routes.get(self.path, (404, {}, b"<html>not here</html>")))

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path.endswith(".ashx"):
                methods = ["metaWeblog.newPost", "metaWeblog.getPost"]
                body = xmlrpc.client.dumps((methods,), methodresponse=True).encode()
                self._answer((200, {"Content-Type": "text/xml"}, body))
            else:
                self._answer((404, {}, b"<html>not here</html>"))

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", routes
    httpd.shutdown()
    httpd.server_close()


HTML = {"Content-Type": "text/html; charset=UTF-8"}
XML = {"Content-Type": "application/rsd+xml"}


def _page(head: str) -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>…</body></html>".encode()


def test_page_with_only_rsd_is_an_xmlrpc_site(site):
    url, routes = site
    routes["/"] = (
        200,
        HTML,
        _page(
            "<title>Báo điện tử</title>"
            '<link rel="EditURI" type="application/rsd+xml" href="/rsd.xml">'
        ),
    )
    routes["/rsd.xml"] = (
        200,
        XML,
        WORDPRESS_RSD.replace(b"https://mattran.example.vn", url.encode()),
    )
    found = discover_site(url)
    assert found == DiscoveredSite("xmlrpc", f"{url}/xmlrpc.php", url, "Báo điện tử", "1")


def test_mojoportal_page_gives_the_metaweblog_address(site):
    url, routes = site
    routes["/tin-tuc.aspx"] = (
        200,
        {"Content-Type": "text/html"},  # no charset: read as UTF-8
        _page(
            "<title>Tỉnh đoàn</title>"
            '<link rel="EditURI" type="application/rsd+xml" title="RSD"'
            ' href="/Blog/rsd.aspx?pageid=3&amp;mid=12">'
        ),
    )
    routes["/Blog/rsd.aspx?pageid=3&mid=12"] = (200, XML, MOJOPORTAL_RSD)
    found = discover_site(f"{url}/tin-tuc.aspx")
    assert found.kind == "xmlrpc"
    assert found.api_url == f"{url}/Blog/metaweblogapi.ashx"
    assert found.blog_id == "12"
    assert found.name == "Tỉnh đoàn"
    assert found.home_url == f"{url}/tin-tuc.aspx"


def test_rest_root_from_the_link_header_is_preferred(site):
    url, routes = site
    routes["/"] = (
        200,
        {**HTML, "Link": f'<{url}/wp-json/>; rel="https://api.w.org/"'},
        _page('<link rel="EditURI" type="application/rsd+xml" href="/rsd.xml">'),
    )
    routes["/rsd.xml"] = (
        200,
        XML,
        WORDPRESS_RSD.replace(b"https://mattran.example.vn", url.encode()),
    )
    index = {"name": "Mặt trận", "home": url, "namespaces": ["oembed/1.0", "wp/v2"]}
    routes["/wp-json/"] = (200, {"Content-Type": "application/json"}, json.dumps(index).encode())
    found = discover_site(url)
    assert found == DiscoveredSite("wordpress-rest", f"{url}/wp-json/", url, "Mặt trận")


def test_rest_that_does_not_answer_falls_back_to_xmlrpc(site):
    url, routes = site
    routes["/"] = (200, HTML, PAGE_WITH_BOTH.replace("xmlrpc.php?rsd", "/rsd.xml").encode())
    routes["/rsd.xml"] = (
        200,
        XML,
        WORDPRESS_RSD.replace(b"https://mattran.example.vn", url.encode()),
    )
    # /wp-json/ is not served: a security plugin blocks it.
    found = discover_site(url)
    assert (found.kind, found.api_url) == ("xmlrpc", f"{url}/xmlrpc.php")
    assert found.name == "Ủy ban MTTQ tỉnh"


def test_page_with_neither_asks_for_the_address(site):
    url, routes = site
    routes["/"] = (200, HTML, _page("<title>Trang tĩnh</title>"))
    with pytest.raises(NotASite) as caught:
        discover_site(url)
    assert "neither a WordPress REST API nor an RSD file" in caught.value.cause
    assert "by hand" in caught.value.action


def test_rest_link_alone_that_fails_says_so(site):
    url, routes = site
    routes["/"] = (200, HTML, _page(f'<link rel="https://api.w.org/" href="{url}/wp-json/">'))
    with pytest.raises(NotASite) as caught:
        discover_site(url)
    assert f"{url}/wp-json/" in caught.value.cause
    assert "by hand" in caught.value.action


def test_missing_home_page_is_not_a_site(site):
    url, _routes = site
    with pytest.raises(NotASite, match="HTTP 404"):
        discover_site(url + "/khong-co")


def test_typed_metaweblog_address_is_used_as_it_is(site):
    url, _routes = site
    found = discover_site(f"{url}/Blog/metaweblogapi.ashx")
    assert found == DiscoveredSite(
        "xmlrpc", f"{url}/Blog/metaweblogapi.ashx", url, "127.0.0.1", "1"
    )


def test_no_answer_is_unreachable():
    with pytest.raises(Unreachable):
        discover_site("http://127.0.0.1:9")


# ------------------------------------------------------------------ the real WordPress


@pytest.mark.wordpress
def test_real_wordpress_home_page(wp_site):
    found = discover_site(wp_site.url + "/")
    assert found == DiscoveredSite(
        "wordpress-rest", wp_site.url + "/wp-json/", wp_site.url, "Newsdesk test site"
    )
    # The same page also leads to XML-RPC through its RSD file.
    page = requests.get(wp_site.url + "/", timeout=10)
    links = read_page_links(page.text, page.url)
    assert links.rest_root == found.api_url
    rsd = parse_rsd(requests.get(links.rsd, timeout=10).content, links.rsd)
    api = pick_xmlrpc_api(rsd.apis)
    assert api is not None
    assert (api.name, api.api_link) == ("WordPress", wp_site.url + "/xmlrpc.php")


@pytest.mark.wordpress
def test_real_wordpress_typed_xmlrpc_address_still_prefers_rest(wp_site):
    assert discover_site(wp_site.url + "/xmlrpc.php").kind == "wordpress-rest"
