"""Origins (scheme, host, port) and which moves between them the client accepts."""

from __future__ import annotations

import pytest
from requests.structures import CaseInsensitiveDict

from newsdesk.sites.errors import RedirectRefused
from newsdesk.sites.http import HttpClient, SiteResponse
from newsdesk.sites.origin import Origin, is_loopback, plain_http_warning


def test_an_origin_is_scheme_host_and_port() -> None:
    assert Origin.of("https://Portal.example.vn/tin-tuc") == Origin.of(
        "https://portal.example.vn:443"
    )
    assert Origin.of("http://127.0.0.1:8080") != Origin.of("http://127.0.0.1:8081")
    assert Origin.of("http://a.vn") != Origin.of("https://a.vn")
    assert str(Origin.of("https://a.vn:443/x")) == "https://a.vn"
    assert str(Origin.of("http://127.0.0.1:8080/x")) == "http://127.0.0.1:8080"


def test_only_http_to_https_on_the_same_host_is_an_upgrade() -> None:
    assert Origin.of("http://a.vn").is_upgrade_to(Origin.of("https://a.vn"))
    assert Origin.of("http://a.vn:8080").is_upgrade_to(Origin.of("https://a.vn:8080"))
    assert not Origin.of("http://a.vn").is_upgrade_to(Origin.of("https://b.vn"))
    assert not Origin.of("http://a.vn:8080").is_upgrade_to(Origin.of("https://a.vn"))
    assert Origin.of("https://a.vn").is_downgrade_to(Origin.of("http://a.vn"))


def _redirect(location: str, status: int = 307, url: str = "http://a.vn/x") -> SiteResponse:
    return SiteResponse(status, url, CaseInsensitiveDict({"Location": location}), b"")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_signed_in_request_follows_an_upgrade_on_the_same_host(method) -> None:
    client = HttpClient(auth=("pv", "secret"))
    target = client._redirect_target(method, "http://a.vn/x", _redirect("https://a.vn/x"))
    assert target == "https://a.vn/x"


@pytest.mark.parametrize(
    ("method", "location"),
    [
        ("GET", "https://b.vn/x"),  # another host, even encrypted
        ("POST", "http://a.vn:8080/x"),  # another port is another origin
        ("GET", "ftp://a.vn/x"),
    ],
)
def test_a_signed_in_request_does_not_leave_its_origin(method, location) -> None:
    client = HttpClient(auth=("pv", "secret"))
    with pytest.raises(RedirectRefused) as caught:
        client._redirect_target(method, "http://a.vn/x", _redirect(location))
    assert caught.value.to_url == location


def test_loopback_http_is_warned_about_mildly() -> None:
    assert is_loopback("http://127.0.0.1:8080")
    assert is_loopback("http://localhost")
    assert not is_loopback("http://10.0.0.1")
    assert plain_http_warning("https://a.vn") is None
    local = plain_http_warning("http://127.0.0.1:8080")
    remote = plain_http_warning("http://a.vn")
    assert local is not None
    assert "this computer" in local
    assert remote is not None
    assert "anyone on the network" in remote
