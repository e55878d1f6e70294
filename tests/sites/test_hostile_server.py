"""What a hostile or broken server can do to the desk, and what must hold.

Each scenario runs against in-process fake servers on loopback (see ``tests/sites/hostile.py``):
an origin is scheme + host + port, and "another host" is 127.0.0.2 where 127.0.0.1 was typed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.core import Byline, OutboxAction, Site, SyncState, new_article
from newsdesk.desk import Desk
from newsdesk.sites.base import OutgoingPost, PostMeta, RemoteStatus
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.discovery import discover_site
from newsdesk.sites.errors import (
    AnswerTooLarge,
    RedirectRefused,
    ServerError,
    SiteElsewhere,
    SiteError,
    TimedOut,
    UnexpectedAnswer,
)
from newsdesk.sites.http import HttpClient
from newsdesk.sites.metaweblog import MetaWeblogConnector
from newsdesk.sites.wordpress import WordPressConnector
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sites.hostile import (
    FakeServer,
    Handler,
    drip_body,
    drip_headers,
    endless,
    serving,
    wordpress_index,
)

DEADLINE = 2.0
PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"


@pytest.fixture
def site_a() -> Iterator[FakeServer]:
    with serving("127.0.0.1") as fake:
        yield fake


@pytest.fixture
def site_b() -> Iterator[FakeServer]:
    with serving("127.0.0.2") as fake:
        yield fake


def _nothing_reached(fake: FakeServer) -> None:
    assert fake.received == [], [(r.method, r.path) for r in fake.received]


def _password_never_in(fake: FakeServer) -> None:
    for seen in fake.received:
        assert "Authorization" not in seen.headers
        assert PASSWORD.encode() not in seen.body


def _one_line(error: BaseException) -> str:
    text = str(error)
    assert "\n" not in text
    assert text.strip()
    return text


# ----------------------------------------------------------------------------- deadline


@pytest.mark.parametrize("drip", [drip_body, drip_headers], ids=["body", "headers"])
def test_a_dripping_answer_ends_at_the_overall_deadline(site_a, drip) -> None:
    site_a.route("GET", "/slow", drip(every=0.5))
    client = HttpClient(timeout=(DEADLINE, 30.0), deadline=DEADLINE)
    started = time.monotonic()
    with pytest.raises(TimedOut) as caught:
        client.request("GET", site_a.url + "/slow")
    elapsed = time.monotonic() - started
    assert (
        DEADLINE - 0.2 <= elapsed < DEADLINE + 1.5
    )  # each byte came in time: a read timeout never fired
    assert caught.value.retryable
    assert f"within {round(DEADLINE)} seconds" in _one_line(caught.value)


def test_a_site_test_against_a_dripping_site_gives_up(site_a) -> None:
    wordpress_index(site_a)
    site_a.route("GET", "/wp-json/wp/v2/users/me", drip_body(every=0.5))
    connector = WordPressConnector(site_a.url, "reporter", PASSWORD, deadline=DEADLINE)
    started = time.monotonic()
    with pytest.raises(TimedOut):
        connector.whoami()
    assert time.monotonic() - started < DEADLINE * 2 + 1.5  # discovery's request is quick


# ----------------------------------------------------------------------------- size cap


def test_an_endless_answer_stops_at_the_cap_with_bounded_memory(site_a) -> None:
    cap = 8 * 1024 * 1024
    site_a.route("GET", "/huge", endless())
    client = HttpClient(max_answer_bytes=cap)
    tracemalloc.start()
    try:
        with pytest.raises(AnswerTooLarge):
            client.request("GET", site_a.url + "/huge")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert site_a.finished.wait(10)  # the server noticed the client had hung up
    # What the client did not read stays in loopback socket buffers (a few MB at most).
    assert site_a.bytes_sent < cap + 16 * 1024 * 1024
    assert peak < 3 * cap


def test_a_declared_huge_answer_is_not_read_at_all(site_a) -> None:
    site_a.route("GET", "/huge", endless(declared=1024**3))
    with pytest.raises(AnswerTooLarge) as caught:
        HttpClient().request("GET", site_a.url + "/huge")
    assert "larger than Newsdesk reads (32 MB)" in _one_line(caught.value)
    assert site_a.finished.wait(10)
    assert site_a.bytes_sent < 32 * 1024 * 1024


def test_photo_downloads_have_their_own_larger_cap(site_a) -> None:
    photo = b"\xff\xd8" + b"x" * (3 * 1024 * 1024)
    site_a.route("GET", "/anh.jpg", lambda h: h.send_body(photo, "image/jpeg"))
    client = HttpClient(max_answer_bytes=1024 * 1024, max_download_bytes=4 * 1024 * 1024)
    assert client.download(site_a.url + "/anh.jpg", site_url=site_a.url) == photo
    with pytest.raises(AnswerTooLarge):
        client.request("GET", site_a.url + "/anh.jpg")


# ----------------------------------------------------------------------------- wrong shapes

_DEEP = b"[" * 200_000 + b"]" * 200_000
_POST = OutgoingPost(
    title="Hội nghị",
    excerpt="",
    content_html="<p>x</p>",
    status=RemoteStatus.PENDING,
    meta=PostMeta(),
)
_HASH = "ab" * 32


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "anh.jpg"
    path.write_bytes(b"\xff\xd8photo")
    return path


# call name -> (method, route answering wrong, the call, what the route must answer)
WpCall = Callable[[WordPressConnector, Path], Any]
_WP_CALLS: dict[str, tuple[str, str, WpCall, str]] = {
    "whoami": ("GET", "/wp-json/wp/v2/users/me", lambda c, _p: c.whoami(), "object"),
    "capabilities": ("GET", "/wp-json/newsdesk/v1/info", lambda c, _p: c.capabilities(), "object"),
    "categories": ("GET", "/wp-json/wp/v2/categories", lambda c, _p: c.categories(), "list"),
    "tags": ("GET", "/wp-json/wp/v2/tags", lambda c, _p: c.tags(), "list"),
    "create_post": ("POST", "/wp-json/wp/v2/posts", lambda c, _p: c.create_post(_POST), "object"),
    "update_post": (
        "POST",
        "/wp-json/wp/v2/posts/7",
        lambda c, _p: c.update_post(7, _POST),
        "object",
    ),
    "set_status": (
        "POST",
        "/wp-json/wp/v2/posts/7",
        lambda c, _p: c.set_status(7, RemoteStatus.PENDING),
        "object",
    ),
    "get_post": ("GET", "/wp-json/wp/v2/posts/7", lambda c, _p: c.get_post(7), "object"),
    "list_posts": (
        "GET",
        "/wp-json/wp/v2/posts",
        lambda c, _p: c.list_posts(RemoteStatus.PENDING),
        "list",
    ),
    "find_by_client_uuid": (
        "GET",
        "/wp-json/wp/v2/posts",
        lambda c, _p: c.find_by_client_uuid("4f1c"),
        "list",
    ),
    "notes": ("GET", "/wp-json/newsdesk/v1/posts/7/notes", lambda c, _p: c.notes(7), "list"),
    "add_note": (
        "POST",
        "/wp-json/newsdesk/v1/posts/7/notes",
        lambda c, _p: c.add_note(7, {"text": "Sửa sa-pô"}),
        "object",
    ),
    "audit": ("GET", "/wp-json/newsdesk/v1/posts/7/audit", lambda c, _p: c.audit(7), "object"),
    "post_revisions": (
        "GET",
        "/wp-json/wp/v2/posts/7/revisions",
        lambda c, _p: c.post_revisions(7),
        "list",
    ),
    "upload_media": (
        "POST",
        "/wp-json/wp/v2/media",
        lambda c, p: c.upload_media(_photo(p), sha256=_hash_of(_photo(p))),
        "object",
    ),
    "fetch_held_photo": (
        "GET",
        "/wp-json/newsdesk/v1/posts/7/held-photo",
        lambda c, _p: c.fetch_held_photo(7),
        "object",
    ),
    "find_media": ("GET", "/wp-json/wp/v2/media", lambda c, _p: c.find_media(_HASH), "list"),
}

# Valid JSON of the wrong shape for an answer that must be an object, or a list of objects.
_WRONG_OBJECTS: dict[str, bytes] = {
    "text": b'"surprise"',
    "number": b"12",
    "null": b"null",
    "list": b"[1, 2]",
    "wrong fields": b'{"id": "seven", "features": "all", "entries": 5, "data": 5}',
    "deep": _DEEP,
}
_WRONG_LISTS: dict[str, bytes] = {
    "text": b'"surprise"',
    "number": b"12",
    "null": b"null",
    "object": b'{"code": "ok"}',
    "not objects": b"[1, 2]",
    "wrong fields": b'[{"id": "seven", "name": 5, "_embedded": 3}]',
    "deep": _DEEP,
}
# A call whose own answer's fields are wrong in its own way.
_WRONG_FIELDS_FOR: dict[str, bytes] = {
    "notes": b'[{"text": "a note without an id"}]',
    "audit": b'{"entries": [{"action": "submit"}]}',
    "add_note": b'"the note as text"',
    "post_revisions": b'[{"id": 1}, "a revision as text"]',
    "find_media": b'[{"id": "seven", "source_url": "/up/' + _HASH[:16].encode() + b'-x.jpg"}]',
}


def _hash_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wrong_cases() -> Iterator[Any]:
    for name, (_method, _route, _call, shape) in _WP_CALLS.items():
        wrong = _WRONG_OBJECTS if shape == "object" else _WRONG_LISTS
        for label in wrong:
            yield pytest.param(name, label, id=f"{name}-{label}")


@pytest.mark.parametrize(("call", "shape"), list(_wrong_cases()))
def test_wrong_shaped_json_is_a_typed_error(site_a, tmp_path, call, shape) -> None:
    method, route, run, expected = _WP_CALLS[call]
    wordpress_index(site_a, bridge=True)
    site_a.json("GET", "/wp-json/newsdesk/v1/info", {"features": []})
    wrong = (_WRONG_OBJECTS if expected == "object" else _WRONG_LISTS)[shape]
    if shape == "wrong fields":
        wrong = _WRONG_FIELDS_FOR.get(call, wrong)
    site_a.raw_json(method, route, wrong)
    connector = WordPressConnector(site_a.url, "editor", PASSWORD)
    with pytest.raises(SiteError) as caught:
        run(connector, tmp_path)
    _one_line(caught.value)
    assert caught.value.action
    damaged_photo = call == "fetch_held_photo" and shape == "wrong fields"
    assert isinstance(caught.value, ServerError if damaged_photo else UnexpectedAnswer)


@pytest.mark.parametrize(
    "index",
    [b'{"namespaces": 5, "home": 1}', b'{"namespaces": "wp/v2"}', b'"wp/v2"', _DEEP],
    ids=["number", "text", "string", "deep"],
)
def test_wrong_shaped_rest_index_is_a_typed_error(site_a, index) -> None:
    page = f'<link rel="https://api.w.org/" href="{site_a.url}/wp-json/">'
    site_a.route("GET", "/", lambda h: h.send_body(page.encode(), "text/html"))
    site_a.raw_json("GET", "/wp-json/", index)
    with pytest.raises(SiteError) as caught:
        discover_site(site_a.url)
    _one_line(caught.value)
    with pytest.raises(SiteError) as caught:
        WordPressConnector(site_a.url, "editor", PASSWORD).whoami()
    _one_line(caught.value)


_WP_METHODS = ["wp.newPost", "wp.editPost", "wp.getPost", "wp.getPosts", "wp.getProfile"]
_WP_METHODS += ["wp.getUsersBlogs", "wp.getTerms", "wp.uploadFile", "wp.getMediaLibrary"]


@pytest.mark.parametrize(
    ("method", "answer", "run"),
    [
        ("wp.getProfile", "surprise", lambda c: c.whoami()),
        ("wp.getProfile", {"roles": 5, "user_id": "x"}, lambda c: c.whoami()),
        ("wp.getPost", ["not", "a", "post"], lambda c: c.get_post(7)),
        ("wp.getPost", {"post_id": "seven"}, lambda c: c.get_post(7)),
        ("wp.newPost", {"id": 1}, lambda c: c.create_post(_POST)),
        ("wp.getTerms", {"term_id": 1}, lambda c: c.categories()),
    ],
    ids=["profile-text", "profile-fields", "post-list", "post-id", "new-struct", "terms"],
)
def test_wrong_shaped_xmlrpc_answers_are_typed_errors_or_empty(site_a, method, answer, run) -> None:
    answers: dict[str, Any] = {"system.listMethods": _WP_METHODS, method: answer}
    answers.setdefault("wp.getUsersBlogs", [{"blogid": "1", "isAdmin": False}])
    answers.setdefault("wp.getProfile", {"user_id": 3, "roles": ["author"]})
    site_a.xmlrpc(answers)
    connector = MetaWeblogConnector(site_a.url + "/xmlrpc.php", "reporter", PASSWORD)
    try:
        result = run(connector)
    except SiteError as exc:
        _one_line(exc)
    else:  # a loose answer read as nothing is fine too; a Python exception is not
        assert result is not None


def _error_lines(stderr: str) -> list[str]:
    """What the command said on stderr besides its warnings: the error, on one line."""
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line and not line.startswith("Warning:")]


def _cli(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _add_site(data_dir: Path, url: str) -> subprocess.CompletedProcess[str]:
    return _cli(data_dir, "site", "add", "portal", "--url", url, "--user", "pv", stdin=PASSWORD)


def _serve_terms(fake: FakeServer) -> None:
    fake.json("GET", "/wp-json/wp/v2/categories", [{"id": 1, "name": "Thời sự"}])
    fake.json("GET", "/wp-json/wp/v2/tags", [])


def test_cli_site_test_with_a_wrong_shaped_answer_prints_one_line(site_a, tmp_path) -> None:
    wordpress_index(site_a)
    _serve_terms(site_a)
    added = _cli(
        tmp_path, "site", "add", "portal", "--url", site_a.url, "--user", "pv", stdin=PASSWORD
    )
    assert added.returncode == 0, added.stderr
    site_a.json("GET", "/wp-json/wp/v2/users/me", ["not", "a", "user"])

    tested = _cli(tmp_path, "site", "test", "portal")

    assert tested.returncode == 1
    assert len(_error_lines(tested.stderr)) == 1, tested.stderr
    assert "not what Newsdesk expected" in tested.stderr


# ----------------------------------------------------------------------------- other hosts


def test_rest_index_home_on_another_host_gets_nothing(site_a, site_b, tmp_path) -> None:
    wordpress_index(site_a, home=site_b.url)
    wordpress_index(site_b)
    _serve_terms(site_a)
    _serve_terms(site_b)
    desk = Desk(Store.open(tmp_path / "desk.sqlite3"), Credentials())

    with pytest.raises(SiteElsewhere) as caught:
        desk.check_site(site_a.url, "pv", PASSWORD)

    assert caught.value.claimed_url == site_b.url
    assert "127.0.0.2" in _one_line(caught.value)
    _nothing_reached(site_b)
    _password_never_in(site_a)  # discovery reads anonymously; nothing was signed in yet


def test_cli_site_add_does_not_follow_the_index_elsewhere(site_a, site_b, tmp_path) -> None:
    wordpress_index(site_a, home=site_b.url)
    wordpress_index(site_b)
    _serve_terms(site_b)

    added = _cli(
        tmp_path, "site", "add", "portal", "--url", site_a.url, "--user", "pv", stdin=PASSWORD
    )

    assert added.returncode == 1
    lines = _error_lines(added.stderr)
    assert len(lines) == 1, added.stderr
    assert site_b.url in lines[0]
    assert "add the site with it" in lines[0]
    _nothing_reached(site_b)
    # Confirming means typing that address: then it is the site the user chose.
    confirmed = _add_site(tmp_path, site_b.url)
    assert confirmed.returncode == 0, confirmed.stderr
    assert site_b.seen("GET")


def test_plain_http_site_gets_a_warning_but_works(site_a, tmp_path) -> None:
    wordpress_index(site_a)
    _serve_terms(site_a)
    added = _cli(
        tmp_path, "site", "add", "portal", "--url", site_a.url, "--user", "pv", stdin=PASSWORD
    )
    assert added.returncode == 0, added.stderr
    assert "not encrypted" in added.stderr
    tested = _cli(tmp_path, "site", "test", "portal")
    assert tested.returncode == 0
    assert "not encrypted" in tested.stderr


def _redirect_to(target: FakeServer, status: int) -> Callable[[Handler], None]:
    return lambda h: h.redirect(status, target.url + h.path)


@pytest.mark.parametrize("status", [307, 308])
def test_rest_write_redirected_to_another_host_is_refused(site_a, site_b, status) -> None:
    wordpress_index(site_a)
    site_a.route("POST", "/wp-json/wp/v2/posts", _redirect_to(site_b, status))
    site_b.json("POST", "/wp-json/wp/v2/posts", {"id": 99, "status": "pending"}, 201)
    connector = WordPressConnector(site_a.url, "pv", PASSWORD)

    with pytest.raises(RedirectRefused) as caught:
        connector.create_post(_POST)

    text = _one_line(caught.value)
    assert "127.0.0.1" in text
    assert "127.0.0.2" in text
    _nothing_reached(site_b)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_signed_in_read_redirected_to_another_host_is_refused(site_a, site_b, status) -> None:
    wordpress_index(site_a)
    site_a.route("GET", "/wp-json/wp/v2/posts/7", _redirect_to(site_b, status))
    with pytest.raises(RedirectRefused):
        WordPressConnector(site_a.url, "pv", PASSWORD).get_post(7)
    _nothing_reached(site_b)


def test_a_redirected_article_is_not_marked_sent(site_a, site_b, tmp_path) -> None:
    wordpress_index(site_a)
    site_a.json("GET", "/wp-json/wp/v2/posts", [])
    site_a.route("POST", "/wp-json/wp/v2/posts", _redirect_to(site_b, 307))
    site_b.json("POST", "/wp-json/wp/v2/posts", {"id": 99, "status": "pending"}, 201)
    store = Store.open(tmp_path / "desk.sqlite3")
    site = store.add_site(Site("portal", site_a.url, "pv", roles=("contributor",)))
    article = store.create_article(
        new_article(title="Hội nghị", sapo="Sa-pô", body="Đoạn một.", bylines=(Byline("Thủy"),))
    )
    store.enqueue(article.id, site.id, OutboxAction.SUBMIT)
    engine = SyncEngine(
        store,
        lambda s: WordPressConnector(s.url, s.username, PASSWORD),
        retry=RetryPolicy(attempts=1),
        workers=1,
    )

    report = engine.run()

    assert report.sent == []
    assert store.sync_state(article.id)[0] is not SyncState.SENT
    _nothing_reached(site_b)
    store.close()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_xmlrpc_redirected_to_another_host_is_refused(site_a, site_b, status) -> None:
    site_a.route("POST", "/xmlrpc.php", _redirect_to(site_b, status))
    site_b.xmlrpc({"system.listMethods": _WP_METHODS, "wp.getProfile": {"user_id": 3}})
    connector = MetaWeblogConnector(site_a.url + "/xmlrpc.php", "pv", PASSWORD)
    with pytest.raises(RedirectRefused):
        connector.whoami()
    _nothing_reached(site_b)


def test_same_site_redirects_are_still_followed(site_a) -> None:
    wordpress_index(site_a)
    site_a.route("GET", "/old", lambda h: h.redirect(301, "/wp-json/wp/v2/users/me"))
    site_a.route("POST", "/wp-json/wp/v2/posts", lambda h: h.redirect(308, "/wp-json/wp/v2/p2"))
    site_a.json("POST", "/wp-json/wp/v2/p2", {"id": 5, "status": "pending"}, 201)
    client = HttpClient(auth=("pv", PASSWORD))
    assert client.request_json("GET", site_a.url + "/old")["id"] == 3
    assert client.request_json("POST", site_a.url + "/wp-json/wp/v2/posts", json={})["id"] == 5
    assert site_a.seen("POST")[-1].body == b"{}"  # the body went again, to the same site


def test_a_write_turned_into_a_get_by_the_same_site_is_refused(site_a) -> None:
    site_a.route("POST", "/wp-json/wp/v2/posts", lambda h: h.redirect(302, "/elsewhere"))
    with pytest.raises(RedirectRefused):
        HttpClient(auth=("pv", PASSWORD)).request("POST", site_a.url + "/wp-json/wp/v2/posts")
    assert site_a.seen("GET") == []


def test_an_anonymous_home_page_moved_to_another_host_asks_first(site_a, site_b) -> None:
    site_a.route("GET", "/", _redirect_to(site_b, 301))
    wordpress_index(site_b)
    with pytest.raises(SiteElsewhere) as caught:
        discover_site(site_a.url)
    assert caught.value.claimed_url.startswith(site_b.url)
    assert [r.path for r in site_b.received] == ["/"]  # only its public home page was read


# ----------------------------------------------------------------------------- https -> http


@pytest.fixture
def tls_site(tmp_path, monkeypatch) -> Iterator[FakeServer]:
    """A fake site over HTTPS with a certificate this test trusts."""
    cert, key = _self_signed(tmp_path)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with serving("127.0.0.1", tls=context) as fake:
        yield fake


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.mark.parametrize(("method", "status"), [("GET", 301), ("GET", 302), ("POST", 307)])
def test_https_to_http_redirect_is_refused(tls_site, site_b, method, status) -> None:
    tls_site.route(method, "/wp-json/wp/v2/posts", _redirect_to(site_b, status))
    site_b.json(method, "/wp-json/wp/v2/posts", [])
    with pytest.raises(RedirectRefused) as caught:
        HttpClient().request(method, tls_site.url + "/wp-json/wp/v2/posts")
    assert "without encryption" in _one_line(caught.value)
    _nothing_reached(site_b)


def test_index_home_downgraded_to_http_keeps_https(tls_site) -> None:
    plain_home = tls_site.url.replace("https://", "http://")
    wordpress_index(tls_site, home=plain_home)
    found = discover_site(tls_site.url)
    assert found.home_url.startswith("https://127.0.0.1:")
    assert found.kind == "wordpress-rest"


def test_index_home_on_another_host_without_encryption_says_so(tls_site, site_b) -> None:
    wordpress_index(tls_site, home=site_b.url)
    with pytest.raises(SiteElsewhere) as caught:
        discover_site(tls_site.url)
    assert "without encryption" in _one_line(caught.value)
    _nothing_reached(site_b)


def test_a_redirect_loop_ends_with_a_typed_error(site_a) -> None:
    site_a.route("GET", "/a", lambda h: h.redirect(302, "/b"))
    site_a.route("GET", "/b", lambda h: h.redirect(302, "/a"))
    with pytest.raises(RedirectRefused) as caught:
        HttpClient().request("GET", site_a.url + "/a")
    assert "too many times" in _one_line(caught.value)
    assert len(site_a.received) == 6  # the first request and five redirects, no more
