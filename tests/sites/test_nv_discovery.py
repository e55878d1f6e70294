"""Discovery tells a NukeViet portal from WordPress: canned pages as NukeViet 4.5.05 serves
them, on a scripted server; and the real NukeViet and WordPress test sites side by side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.sites.discovery import DiscoveredSite, discover_site, read_page_links
from newsdesk.sites.errors import NotASite
from newsdesk.sites.nv_discovery import NukeVietSigns, nukeviet_root, read_nukeviet_signs
from tests.sites.hostile import FakeServer, serving, wordpress_index

HTML = "text/html; charset=utf-8"
# The API's answer to a request without credentials, as api.php gives it with the remote API
# on (the time is missing) and off.
TIME_REFUSED = {"status": "error", "code": "0020", "message": "Incorrect API time: 08:00:00"}
REMOTE_OFF = {"status": "error", "code": "0011", "message": "Remote is off!!!"}


def nukeviet_page(base: str = "/", *, generator: bool = True) -> str:
    """The head of a NukeViet 4.5.05 home page (theme default), as the test site serves it."""
    meta = '<meta name="generator" content="NukeViet v4.5">' if generator else ""
    return (
        '<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head>'
        "<title>Cổng thông tin điện tử</title>"
        '<meta name="description" content="Chia sẻ thành công, kết nối đam mê">'
        f'{meta}<meta property="og:site_name" content="Ủy ban MTTQ tỉnh">'
        f'<link rel="alternate" href="{base}rss/" title="Tin Tức" '
        'type="application/rss+xml">'
        f'<script>var nv_base_siteurl="{base}",nv_lang_data="vi",nv_lang_interface="vi",'
        'nv_name_variable="nv",nv_fc_variable="op";</script>'
        "</head><body><h1>Tin tức</h1></body></html>"
    )


def serve_nukeviet(fake: FakeServer, base: str = "/", **page: bool) -> None:
    body = nukeviet_page(base, **page).encode()
    fake.route("GET", base, lambda h: h.send_body(body, HTML))
    fake.json("POST", f"{base}api.php", TIME_REFUSED)


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with serving() as server:
        yield server


# ------------------------------------------------------------------ reading a page


def test_the_generator_tag_and_the_script_line_are_the_signs() -> None:
    page = nukeviet_page("/portal/")
    links = read_page_links(page, "https://mattran.example.vn/portal/")
    assert links.generator == "NukeViet v4.5"
    assert read_nukeviet_signs(page, links.generator) == NukeVietSigns("NukeViet v4.5", "/portal/")
    assert read_nukeviet_signs(nukeviet_page(generator=False), "") == NukeVietSigns("", "/")


def test_other_pages_carry_no_sign_of_nukeviet() -> None:
    wordpress = (
        '<html><head><meta name="generator" content="WordPress 6.7.1">'
        "<title>Hướng dẫn chuyển từ NukeViet sang WordPress</title></head>"
        "<body><p>NukeViet v4.5, nv_base_siteurl</p></body></html>"
    )
    assert not read_nukeviet_signs(wordpress, "WordPress 6.7.1").found
    # The script line alone, without NukeViet's language variable, is not enough.
    assert not read_nukeviet_signs('<script>var nv_base_siteurl="/";</script>', "").found
    assert not read_nukeviet_signs("", "NukeVietnam Blog Engine").found


def test_a_typed_address_becomes_the_portal_root() -> None:
    assert nukeviet_root("portal.example.vn/api.php") == "https://portal.example.vn"
    assert nukeviet_root(" http://127.0.0.1:8080/cong/index.php ") == "http://127.0.0.1:8080/cong"
    assert nukeviet_root("https://portal.example.vn/") == "https://portal.example.vn"


# ------------------------------------------------------------------ scripted sites


def test_a_nukeviet_home_page_is_found_with_its_api(fake: FakeServer) -> None:
    serve_nukeviet(fake)
    found = discover_site(fake.url)
    assert found == DiscoveredSite("nukeviet", f"{fake.url}/api.php", fake.url, "Ủy ban MTTQ tỉnh")
    # The API was asked with nothing: no key, no secret.
    (probe,) = fake.seen("POST")
    assert probe.path == "/api.php"
    assert probe.body == b""


def test_a_portal_in_a_folder_has_its_root_there(fake: FakeServer) -> None:
    serve_nukeviet(fake, "/cong/")
    fake.route("GET", "/cong", lambda h: h.redirect(301, "/cong/"))
    found = discover_site(f"{fake.url}/cong/")
    assert (found.kind, found.home_url) == ("nukeviet", f"{fake.url}/cong")
    assert found.api_url == f"{fake.url}/cong/api.php"


def test_without_the_generator_tag_the_script_line_and_the_api_suffice(fake: FakeServer) -> None:
    serve_nukeviet(fake, generator=False)
    assert discover_site(fake.url).kind == "nukeviet"


def test_the_api_switched_off_is_still_nukeviet(fake: FakeServer) -> None:
    """Signing in says the API is off, with the way to switch it on: not discovery's job."""
    serve_nukeviet(fake)
    fake.json("POST", "/api.php", REMOTE_OFF)
    assert discover_site(fake.url).kind == "nukeviet"


def test_a_pasted_api_address_leads_to_the_portal(fake: FakeServer) -> None:
    serve_nukeviet(fake)
    assert discover_site(f"{fake.url}/api.php").home_url == fake.url


def test_an_api_that_does_not_answer_is_said(fake: FakeServer) -> None:
    body = nukeviet_page().encode()
    fake.route("GET", "/", lambda h: h.send_body(body, HTML))
    fake.route("POST", "/api.php", lambda h: h.send_body(b"Forbidden", "text/html", 403))
    with pytest.raises(NotASite) as caught:
        discover_site(fake.url)
    assert caught.value.cause == (
        f"The site at {fake.url} runs NukeViet, but its remote API ({fake.url}/api.php) "
        "does not answer."
    )
    assert "api.php" in caught.value.action
    assert "Newsdesk API for NukeViet" in caught.value.action


def test_an_api_answering_something_else_is_not_nukeviets(fake: FakeServer) -> None:
    body = nukeviet_page().encode()
    fake.route("GET", "/", lambda h: h.send_body(body, HTML))
    fake.json("POST", "/api.php", {"status": "ok", "code": "rest_forbidden"})
    with pytest.raises(NotASite, match="runs NukeViet"):
        discover_site(fake.url)


def test_a_wordpress_page_that_talks_about_nukeviet_is_wordpress(fake: FakeServer) -> None:
    wordpress_index(fake)
    page = (
        f'<html><head><link rel="https://api.w.org/" href="{fake.url}/wp-json/">'
        '<meta name="generator" content="WordPress 6.7.1"></head>'
        "<body><p>Chuyển từ NukeViet v4.5 sang WordPress</p></body></html>"
    )
    fake.route("GET", "/", lambda h: h.send_body(page.encode(), HTML))
    assert discover_site(fake.url).kind == "wordpress-rest"
    assert not fake.seen("POST")


def test_a_page_declaring_the_wordpress_api_is_wordpress_whatever_its_generator(
    fake: FakeServer,
) -> None:
    wordpress_index(fake)
    page = nukeviet_page().replace(
        "</head>", f'<link rel="https://api.w.org/" href="{fake.url}/wp-json/"></head>'
    )
    fake.route("GET", "/", lambda h: h.send_body(page.encode(), HTML))
    fake.json("POST", "/api.php", TIME_REFUSED)
    assert discover_site(fake.url).kind == "wordpress-rest"


# ------------------------------------------------------------------ the real sites


@pytest.mark.nukeviet
def test_the_real_nukeviet_is_found(nv_site) -> None:
    # The installer is given the site name "Newsdesk NukeViet" (scripts/nvsite.py).
    expected = DiscoveredSite(
        "nukeviet", f"{nv_site.url}/api.php", nv_site.url, "Newsdesk NukeViet"
    )
    assert discover_site(nv_site.url) == expected
    assert discover_site(nv_site.url + "/") == expected
    assert discover_site(nv_site.url + "/api.php") == expected
    assert discover_site(nv_site.url + "/index.php") == expected


@pytest.mark.nukeviet
@pytest.mark.wordpress
def test_the_real_sites_are_told_apart(nv_site, wp_site) -> None:
    assert discover_site(nv_site.url).kind == "nukeviet"
    assert discover_site(wp_site.url).kind == "wordpress-rest"
    assert discover_site(wp_site.url + "/xmlrpc.php").kind == "wordpress-rest"
