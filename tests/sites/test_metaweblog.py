"""The XML-RPC connector: fault mapping and parsing with canned answers, a MetaWeblog-only
server in a thread, and the wp.* API against the real WordPress test site."""

from __future__ import annotations

import hashlib
import io
import threading
import time
import unicodedata
import uuid
import xmlrpc.client
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from newsdesk.sites.base import Capability, OutgoingPost, PostMeta, RemoteStatus
from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    NotFound,
    PermissionDenied,
    ServerError,
    Unreachable,
)
from newsdesk.sites.metaweblog import BASIC_METHODS, MetaWeblogConnector, media_name
from newsdesk.sites.xmlrpc import (
    LoginRefused,
    XmlRpcClient,
    decode_response,
    fault_error,
    to_datetime,
)

TITLE = "Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 – “đổi mới”"
CONTENT = "<p>Sáng nay, <strong>Ủy ban</strong> họp tại hội trường.</p>\n<p>Thủy Phương</p>"
EXCERPT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức hội nghị."
MARKDOWN = "# Hội nghị\n\nSáng nay **Ủy ban** họp \\ tại hội trường.\n"
BYLINES = '[{"name": "Thủy Phương", "role": "Phóng viên"}]'


def outgoing(client_uuid: str, **changes: Any) -> OutgoingPost:
    fields: dict[str, Any] = {
        "title": TITLE,
        "excerpt": EXCERPT,
        "content_html": CONTENT,
        "status": RemoteStatus.PENDING,
        "category": "Tin tức",
        "meta": PostMeta(
            client_uuid=client_uuid,
            markdown=MARKDOWN,
            sapo=EXCERPT,
            bylines_json=BYLINES,
            source="Báo Quảng Trị",
            version="3",
        ),
    }
    fields.update(changes)
    return OutgoingPost(**fields)


# ------------------------------------------------------------------ faults and parsing


def _fault(code: Any, message: str) -> bytes:
    return xmlrpc.client.dumps(xmlrpc.client.Fault(code, message), methodresponse=True).encode()


@pytest.mark.parametrize(
    ("code", "error", "retryable"),
    [
        (403, LoginRefused, False),
        (401, PermissionDenied, False),
        (404, NotFound, False),
        (409, Conflict, False),
        (405, NotASite, False),
        (400, InvalidRequest, False),
        (500, InvalidRequest, False),  # WordPress's failed inserts and validation errors
        (-32601, NotASite, False),
        (-32603, ServerError, True),
        ("11", InvalidRequest, False),  # mojoPortal sends its own codes as strings
    ],
)
def test_faults_become_typed_errors(code, error, retryable):
    with pytest.raises(error) as caught:
        decode_response(_fault(code, "Sorry."), endpoint_url="x", method="wp.getPost")
    assert type(caught.value) is error
    assert caught.value.retryable is retryable
    assert caught.value.code == f"xmlrpc:{code}"
    assert "Sorry." in caught.value.cause
    assert caught.value.action


def test_login_refusal_of_a_signed_in_user_is_a_permission_error():
    assert isinstance(fault_error(403, "No.", method="m"), AuthError)
    assert type(fault_error(403, "No.", method="m", signed_in=True)) is PermissionDenied


def test_answers_with_a_dtd_are_refused_before_expansion():
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<methodResponse><params><param><value><string>&c;</string></value></param>"
        b"</params></methodResponse>"
    )
    external = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<methodResponse><params><param><value><string>&x;</string></value></param>"
        b"</params></methodResponse>"
    )
    for body in (laughs, external):
        with pytest.raises(NotASite) as caught:
            decode_response(body, endpoint_url="https://example.org/xmlrpc.php", method="m")
        assert "does not answer XML-RPC" in caught.value.cause
        assert "root:" not in caught.value.cause


@pytest.mark.parametrize(
    "body",
    [b"<!DOCTYPE html><html><body>Login</body></html>", b"<html><p>hi</p></html>", b"", b"{}"],
)
def test_web_pages_are_not_xmlrpc(body):
    with pytest.raises(NotASite) as caught:
        decode_response(body, endpoint_url="https://example.org/xmlrpc.php", method="m")
    assert "https://example.org/xmlrpc.php" in caught.value.cause


def test_an_answer_cut_off_mid_way_may_be_retried():
    whole = xmlrpc.client.dumps(({"title": TITLE},), methodresponse=True).encode()
    with pytest.raises(Unreachable) as caught:
        decode_response(whole[: len(whole) // 2], endpoint_url="x", method="m")
    assert caught.value.retryable


def test_values_and_vietnamese_text_decode():
    body = xmlrpc.client.dumps(
        ({"title": TITLE, "when": xmlrpc.client.DateTime("20250102T03:04:05"), "n": 7},),
        methodresponse=True,
        encoding="utf-8",
    ).encode("utf-8")
    value = decode_response(body, endpoint_url="x", method="m")
    assert value["title"] == TITLE
    assert value["n"] == 7
    assert to_datetime(value["when"]) == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("20250102T03:04:05", datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("20250102T03:04:05Z", datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2025-01-02T10:04:05+07:00", datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("00000000T00:00:00Z", None),
        ("", None),
        ("yesterday", None),
    ],
)
def test_wire_dates(wire, expected):
    assert to_datetime(wire) == expected


def test_media_names_carry_the_hash_prefix():
    digest = hashlib.sha256(b"x").hexdigest()
    assert media_name(Path("Ảnh Hội nghị.JPG"), digest) == f"{digest[:16]}-anh-hoi-nghi.jpg"
    assert media_name(Path("ảnh.png"), digest).startswith(digest[:16] + "-")
    with pytest.raises(ValueError, match="SHA-256"):
        media_name(Path("a.png"), "abc")


# ------------------------------------------------------------------ a MetaWeblog-only server


class _MetaWeblogSite:
    """A small MetaWeblog server shaped like mojoPortal's: string post ids, a ``publish`` flag
    instead of a status, no modification dates, fault code "11" for a bad password."""

    def __init__(self) -> None:
        self.posts: dict[str, dict[str, Any]] = {}
        self.http_status = 200

    def dispatch(self, method: str, params: tuple[Any, ...]) -> Any:
        if method == "system.listMethods":
            return sorted(BASIC_METHODS)
        if params[-3 if method.endswith(("newPost", "editPost")) else -1] == "wrong":
            raise xmlrpc.client.Fault("11", "User name or password is not valid.")
        if method == "blogger.getUsersBlogs":
            return [{"blogid": "7", "blogName": "Tin tức", "url": "/", "isAdmin": False}]
        if method == "metaWeblog.getCategories":
            return [{"categoryId": "3", "title": "Tin tức", "description": "Tin tức"}]
        if method == "metaWeblog.newPost":
            post_id = str(len(self.posts) + 40)
            self.posts[post_id] = {**params[3], "postid": post_id, "publish": params[4]}
            return post_id
        if method == "metaWeblog.editPost":
            self.posts[params[0]].update({**params[3], "publish": params[4]})
            return True
        if method == "metaWeblog.getPost":
            if params[0] not in self.posts:
                raise xmlrpc.client.Fault("11", "Post not found.")
            kept = ("postid", "title", "description", "mt_excerpt", "categories", "publish")
            return {k: v for k, v in self.posts[params[0]].items() if k in kept}
        if method == "metaWeblog.getRecentPosts":
            return [self.dispatch("metaWeblog.getPost", (pid, *params[1:3])) for pid in self.posts]
        raise xmlrpc.client.Fault(-32601, f"server error. requested method {method} not found")


@pytest.fixture
def mw_site() -> Iterator[tuple[str, _MetaWeblogSite]]:
    site = _MetaWeblogSite()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            params, method = xmlrpc.client.loads(body)
            try:
                answer = xmlrpc.client.dumps((site.dispatch(method, params),), methodresponse=True)
            except xmlrpc.client.Fault as fault:
                answer = xmlrpc.client.dumps(fault, methodresponse=True)
            data = answer.encode("utf-8")
            self.send_response(site.http_status)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/blog/metaweblogapi.ashx", site
    httpd.shutdown()
    httpd.server_close()


def test_metaweblog_only_site(mw_site):
    url, site = mw_site
    connector = MetaWeblogConnector(url, "thuy", "secret", blog_id="7")
    try:
        assert connector.whoami().roles == ("author",)
        caps = connector.capabilities()
        assert Capability.CATEGORIES in caps
        assert Capability.PUBLISH in caps
        assert not caps & {
            Capability.PENDING_REVIEW,
            Capability.CONFLICT_CHECK,
            Capability.CLIENT_UUID_LOOKUP,
            Capability.MEDIA_UPLOAD,
        }
        client_uuid = str(uuid.uuid4())
        assert connector.find_by_client_uuid(client_uuid) is None

        created = connector.create_post(outgoing(client_uuid, status=RemoteStatus.PUBLISH))
        assert created.id == 40
        assert (created.title, created.content_html, created.excerpt) == (TITLE, CONTENT, EXCERPT)
        assert created.status == "publish"
        assert created.category_ids == (3,)
        assert created.version.startswith("sha256:")
        assert site.posts["40"]["categories"] == ["Tin tức"]

        # Someone edits the post on the site: the version changes, a stale write is refused.
        site.posts["40"]["title"] = "Sửa trên web"
        assert connector.get_post(40).version != created.version
        with pytest.raises(Conflict):
            connector.update_post(
                40, outgoing(client_uuid, title="Của tôi"), if_version=created.version
            )
        assert site.posts["40"]["title"] == "Sửa trên web"

        current = connector.get_post(40).version
        updated = connector.update_post(
            40, outgoing(client_uuid, title="Của tôi"), if_version=current
        )
        assert updated.title == "Của tôi"
        assert updated.status == "draft"  # pending is a draft where there is no review step
        assert [p.id for p in connector.list_posts(RemoteStatus.DRAFT)] == [40]
        assert connector.set_status(40, RemoteStatus.PUBLISH).status == "publish"
        assert site.posts["40"]["description"] == CONTENT
    finally:
        connector.close()


def test_metaweblog_only_site_refuses_a_wrong_password(mw_site):
    url, _site = mw_site
    with pytest.raises(InvalidRequest, match="not valid"):
        MetaWeblogConnector(url, "thuy", "wrong", blog_id="7").categories()


def test_endpoint_that_is_not_xmlrpc(mw_site):
    url, site = mw_site
    site.http_status = 404
    with pytest.raises(NotASite, match="HTTP 404"):
        XmlRpcClient(url).call("system.listMethods")


# ------------------------------------------------------------------ the real WordPress

wordpress = pytest.mark.wordpress


def connect(wp_site: Any, login: str, *, app_password: bool = True) -> MetaWeblogConnector:
    user = wp_site.users[login]
    secret = user.app_password if app_password else user.password
    return MetaWeblogConnector(wp_site.url + "/xmlrpc.php", user.user, secret)


@pytest.fixture
def connectors(wp_site) -> Iterator[dict[str, MetaWeblogConnector]]:
    made = {login: connect(wp_site, login) for login in ("reporter", "author1", "editor", "admin")}
    yield made
    for connector in made.values():
        connector.close()


def raw_post(wp_site: Any, post_id: int) -> dict[str, Any]:
    """The post as the site holds it, read past the connector."""
    server = xmlrpc.client.ServerProxy(wp_site.url + "/xmlrpc.php")
    admin = wp_site.users["admin"]
    post: dict[str, Any] = server.wp.getPost(1, admin.user, admin.app_password, post_id)
    return post


@wordpress
def test_whoami_and_capabilities_follow_the_role(connectors):
    reporter, editor = connectors["reporter"], connectors["editor"]
    me = reporter.whoami()
    assert (me.username, me.display_name, me.roles) == ("reporter", "Thủy Phương", ("contributor",))
    assert editor.whoami().roles == ("editor",)
    assert connectors["admin"].whoami().roles == ("administrator",)

    shared = {
        Capability.PENDING_REVIEW,
        Capability.CONFLICT_CHECK,
        Capability.CUSTOM_META,
        Capability.CLIENT_UUID_LOOKUP,
        Capability.CATEGORIES,
        Capability.TAGS,
    }
    assert reporter.capabilities() == frozenset(shared)
    assert editor.capabilities() == frozenset(
        shared
        | {
            Capability.PUBLISH,
            Capability.SCHEDULING,
            Capability.MEDIA_UPLOAD,
            Capability.CREATE_TAGS,
        }
    )
    assert Capability.MEDIA_UPLOAD in connectors["author1"].capabilities()
    assert Capability.CREATE_TAGS not in connectors["author1"].capabilities()


@wordpress
def test_login_password_works_and_a_wrong_one_is_an_auth_error(wp_site):
    assert connect(wp_site, "editor", app_password=False).whoami().username == "editor"
    wrong = MetaWeblogConnector(wp_site.url + "/xmlrpc.php", "editor", "not-the-password")
    with pytest.raises(AuthError) as caught:
        wrong.whoami()
    assert "user name or password" in caught.value.cause


@wordpress
def test_refusal_of_a_signed_in_user_is_not_called_a_wrong_password(connectors):
    reporter = connectors["reporter"]
    # WordPress answers 403 when a contributor asks for the comment statuses.
    with pytest.raises(PermissionDenied):
        reporter._call("wp.getCommentStatusList", *reporter._auth())


@wordpress
def test_categories_and_tags(wp_site, connectors):
    names = {term.name: term.id for term in connectors["reporter"].categories()}
    assert names["Tin tức"] == wp_site.categories["Tin tức"]
    assert names["Kinh tế – Đời sống"] == wp_site.categories["Kinh tế – Đời sống"]
    tag = f"Thẻ {uuid.uuid4().hex[:6]}"
    editor = connectors["editor"]
    made = editor.create_post(outgoing(str(uuid.uuid4()), tags=(tag,)))
    assert tag in {term.name for term in editor.tags()}
    assert len(made.tag_ids) == 1


@wordpress
def test_reporter_submits_for_review_and_a_retry_finds_the_post(connectors):
    reporter = connectors["reporter"]
    client_uuid = str(uuid.uuid4())
    assert reporter.find_by_client_uuid(client_uuid) is None
    created = reporter.create_post(outgoing(client_uuid))
    assert created.status == "pending"
    assert created.author_id == reporter.whoami().id
    assert created.modified_gmt != ""
    assert created.version.startswith(f"modified:{created.modified_gmt}:")
    found = reporter.find_by_client_uuid(client_uuid.upper())
    assert found is not None
    assert found.id == created.id
    assert found.meta.client_uuid == client_uuid

    queue = connectors["editor"].list_posts(RemoteStatus.PENDING)
    mine = [post for post in queue if post.id == created.id]
    assert len(mine) == 1
    assert mine[0].author_name == "Thủy Phương"
    assert all(post.status == "pending" for post in queue)


@wordpress
def test_reporter_may_not_publish_nor_add_tags(connectors):
    reporter = connectors["reporter"]
    with pytest.raises(PermissionDenied):
        reporter.create_post(outgoing(str(uuid.uuid4()), status=RemoteStatus.PUBLISH))
    with pytest.raises(InvalidRequest, match="may not add tags"):
        reporter.create_post(outgoing(str(uuid.uuid4()), tags=(f"Mới {uuid.uuid4().hex[:6]}",)))
    with pytest.raises(InvalidRequest, match="no category"):
        reporter.create_post(outgoing(str(uuid.uuid4()), category="Không có"))


@wordpress
def test_vietnamese_text_and_meta_round_trip_unchanged(wp_site, connectors):
    reporter = connectors["reporter"]
    client_uuid = str(uuid.uuid4())
    created = reporter.create_post(outgoing(client_uuid))
    post = reporter.get_post(created.id)
    assert (post.title, post.content_html, post.excerpt) == (TITLE, CONTENT, EXCERPT)
    for text in (post.title, post.content_html, post.excerpt, post.meta.markdown):
        assert unicodedata.is_normalized("NFC", text)
    assert post.meta == PostMeta(
        client_uuid=client_uuid,
        markdown=MARKDOWN,
        sapo=EXCERPT,
        bylines_json=BYLINES,
        source="Báo Quảng Trị",
        version="3",
    )
    assert post.category_ids == (wp_site.categories["Tin tức"],)


@wordpress
def test_editor_edits_and_publishes_without_duplicating_meta(wp_site, connectors):
    reporter, editor = connectors["reporter"], connectors["editor"]
    client_uuid = str(uuid.uuid4())
    created = reporter.create_post(outgoing(client_uuid))
    time.sleep(1.1)  # modified_gmt has one-second resolution

    edited_meta = PostMeta(client_uuid=client_uuid, markdown="Đã sửa", version="4")
    updated = editor.update_post(
        created.id,
        outgoing(client_uuid, title="Đã biên tập", meta=edited_meta, status=RemoteStatus.PUBLISH),
        if_version=created.version,
    )
    assert updated.title == "Đã biên tập"
    assert updated.status == "publish"
    assert updated.modified_gmt > created.modified_gmt
    assert updated.version != created.version
    assert updated.meta == edited_meta  # emptied fields are gone, not left behind
    keys = [field["key"] for field in raw_post(wp_site, created.id)["custom_fields"]]
    assert sorted(keys) == ["newsdesk_client_uuid", "newsdesk_markdown", "newsdesk_version"]

    drafted = editor.set_status(created.id, RemoteStatus.DRAFT)
    assert drafted.status == "draft"
    assert drafted.title == "Đã biên tập"


@wordpress
def test_stale_copy_is_refused_by_the_site(wp_site, connectors):
    reporter, editor, admin = connectors["reporter"], connectors["editor"], connectors["admin"]
    client_uuid = str(uuid.uuid4())
    created = reporter.create_post(outgoing(client_uuid))
    seen_by_editor = editor.get_post(created.id)
    time.sleep(1.1)  # modified_gmt has one-second resolution
    admin.update_post(created.id, outgoing(client_uuid, title="Bản của quản trị"))

    with pytest.raises(Conflict) as caught:
        editor.update_post(
            created.id, outgoing(client_uuid, title="Bản cũ"), if_version=seen_by_editor.version
        )
    assert caught.value.code == "xmlrpc:409"  # the site's own check, not a re-read
    assert raw_post(wp_site, created.id)["post_title"] == "Bản của quản trị"


@wordpress
def test_metaweblog_api_of_wordpress_when_wp_methods_are_missing(wp_site):
    editor = connect(wp_site, "editor")
    editor.__dict__["methods"] = BASIC_METHODS  # as a site that offers only MetaWeblog
    client_uuid = str(uuid.uuid4())
    created = editor.create_post(outgoing(client_uuid, status=RemoteStatus.DRAFT))
    assert created.status == "draft"
    assert (created.title, created.content_html, created.excerpt) == (TITLE, CONTENT, EXCERPT)
    assert created.meta.markdown == MARKDOWN
    assert created.category_ids == (wp_site.categories["Tin tức"],)
    time.sleep(1.1)
    connect(wp_site, "admin").update_post(created.id, outgoing(client_uuid, title="Khác"))
    with pytest.raises(Conflict):
        editor.update_post(created.id, outgoing(client_uuid), if_version=created.version)
    assert raw_post(wp_site, created.id)["post_title"] == "Khác"


def _png(tmp_path: Path, color: tuple[int, int, int]) -> tuple[Path, str]:
    buffer = io.BytesIO()
    Image.new("RGB", (12, 8), color).save(buffer, "PNG")
    path = tmp_path / "Ảnh hội nghị.png"
    path.write_bytes(buffer.getvalue())
    return path, hashlib.sha256(buffer.getvalue()).hexdigest()


@wordpress
def test_upload_and_find_media_by_hash(wp_site, connectors, tmp_path):
    author = connectors["author1"]
    path, digest = _png(tmp_path, (200, 30, uuid.uuid4().int % 256))
    assert author.find_media(digest) is None
    media = author.upload_media(path, sha256=digest, caption="Quang cảnh hội nghị")
    media_id = media.id
    assert media.url.endswith(f"/{digest[:16]}-anh-hoi-nghi.png")
    assert author.find_media(digest) == media
    assert connectors["editor"].find_media(digest) == media
    assert connectors["editor"].fetch_media(media.url) == path.read_bytes()
    elsewhere = media.url.replace("127.0.0.1", "localhost")
    with pytest.raises(InvalidRequest, match="not on the site"):
        author.fetch_media(elsewhere)  # the credentials go to the site itself only

    server = xmlrpc.client.ServerProxy(wp_site.url + "/xmlrpc.php")
    admin = wp_site.users["admin"]
    item = server.wp.getMediaItem(1, admin.user, admin.app_password, media_id)
    assert item["link"].endswith(f"/{digest[:16]}-anh-hoi-nghi.png")
    assert item["caption"] == "Quang cảnh hội nghị"
    assert item["type"] == "image/png"

    featured = connectors["editor"].create_post(
        outgoing(str(uuid.uuid4()), featured_media=media_id)
    )
    assert int(raw_post(wp_site, featured.id)["post_thumbnail"]["attachment_id"]) == media_id


@wordpress
def test_reporter_may_not_upload(connectors, tmp_path):
    path, digest = _png(tmp_path, (1, 2, 3))
    with pytest.raises(PermissionDenied):
        connectors["reporter"].upload_media(path, sha256=digest)


@wordpress
def test_missing_post(connectors):
    with pytest.raises(NotFound):
        connectors["editor"].get_post(987654)


def _site_terms(wp_site: Any, post_id: int) -> tuple[list[str], set[str]]:
    terms = raw_post(wp_site, post_id)["terms"]
    categories = [t["name"] for t in terms if t["taxonomy"] == "category"]
    return categories, {t["name"] for t in terms if t["taxonomy"] == "post_tag"}


@wordpress
@pytest.mark.parametrize("api", ["wp", "metaWeblog"])
def test_a_write_keeps_what_someone_else_changed_on_the_site(wp_site, connectors, api):
    editor, admin = connectors["editor"], connectors["admin"]
    client_uuid = str(uuid.uuid4())
    mine = outgoing(client_uuid, tags=("Mặt trận",))
    created = editor.create_post(mine)
    assert created.category_names == ("Tin tức",)
    assert created.tag_names == ("Mặt trận",)

    # Someone else moves it to another category and adds a tag.
    time.sleep(1.1)  # modified_gmt has one-second resolution
    admin.update_post(
        created.id,
        outgoing(client_uuid, category="Hoạt động Mặt trận", tags=("Mặt trận", "Quý IV")),
    )
    writer = connect(wp_site, "editor")
    if api == "metaWeblog":
        writer.__dict__["methods"] = BASIC_METHODS  # as a site that offers only MetaWeblog
    seen = writer.get_post(created.id)
    assert seen.category_names == ("Hoạt động Mặt trận",)
    assert set(seen.tag_names or ()) == {"Mặt trận", "Quý IV"}
    assert writer.get_post(created.id).version == seen.version != created.version

    # The editor's copy still says "Tin tức"; the editor changed only the sapo.
    short = "Ủy ban họp quý IV."
    sent = writer.update_post(
        created.id,
        replace(
            mine,
            excerpt=short,
            meta=replace(mine.meta, sapo=short),
            status=RemoteStatus.PUBLISH,
            changed=frozenset({"sapo"}),
        ),
        if_version=seen.version,
    )
    assert _site_terms(wp_site, created.id) == (["Hoạt động Mặt trận"], {"Mặt trận", "Quý IV"})
    assert (sent.excerpt, sent.meta.sapo, sent.status) == (short, short, "publish")
    assert (sent.title, sent.content_html) == (TITLE, CONTENT)
    assert sent.meta.source == "Báo Quảng Trị"
    writer.close()
