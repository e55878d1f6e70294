"""The Newsdesk Bridge plugin's contract on the real WordPress: for every route it registers
and every post meta key and field it adds, what an anonymous reader, a contributor, an author
and an editor may read and write.

The posts: the contributor's article under review (``pending``), the contributor's article an
editor published (``published``), and the author's own article an editor published
(``authors``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import uuid
import xmlrpc.client
from pathlib import Path
from typing import Any

import pytest
import requests

pytestmark = pytest.mark.wordpress

TIMEOUT = 10
PLUGIN = Path(__file__).resolve().parents[2] / "packaging/wordpress/newsdesk-bridge"
LOGINS: tuple[str | None, ...] = (None, "reporter", "author1", "editor")
KINDS = ("pending", "published", "authors")
OWNER = {"pending": "reporter", "published": "reporter", "authors": "author1"}
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
PNG_SHA = hashlib.sha256(PNG).hexdigest()


def _plugin_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(PLUGIN.rglob("*.php")))


def plugin_meta_keys() -> list[str]:
    """The keys of newsdesk_bridge_meta_fields(), read from the plugin's source."""
    source = (PLUGIN / "newsdesk-bridge.php").read_text(encoding="utf-8")
    body = source.split("function newsdesk_bridge_meta_fields()", 1)[1].split("}", 1)[0]
    return re.findall(r"'(newsdesk_[a-z_]+)'\s*=>", body)


def plugin_rest_fields() -> set[str]:
    return set(re.findall(r"register_rest_field\(\s*'post',\s*'([a-z_]+)'", _plugin_source()))


# --------------------------------------------------------------- who may do what (the rules)


def may_edit(login: str | None, kind: str) -> bool:
    """WordPress's edit_post with the plugin: editors always; a contributor or author only
    their own article while it is under review (never once approved or published)."""
    return login == "editor" or (login == OWNER[kind] and kind == "pending")


def may_discuss(login: str | None, kind: str) -> bool:
    """Notes, the audit record and the counters: the article's author and editors."""
    return login == "editor" or login == OWNER[kind]


def may_read(login: str | None, kind: str) -> bool:
    return kind != "pending" or login in ("editor", OWNER[kind])


def may_read_deleted_records(login: str | None, kind: str) -> bool:
    """The record a deleted post left behind: editors only, whoever wrote the post."""
    return login == "editor"


def denial(login: str | None) -> int:
    return 401 if login is None else 403


# --------------------------------------------------------------- the site


def api(site: Any, path: str) -> str:
    return f"{site.url}/wp-json{path}"


def auth(site: Any, login: str | None) -> tuple[str, str] | None:
    return site.auth(login) if login else None


def meta_values() -> dict[str, str]:
    values = {key: f"giá trị {key}" for key in plugin_meta_keys()}
    values["newsdesk_client_uuid"] = str(uuid.uuid4())
    values["newsdesk_bylines"] = json.dumps([{"name": "Thủy Phương", "role": "Phóng viên"}])
    values["newsdesk_markdown"] = "Đoạn một.\n\nĐoạn **bí mật** biên tập viên đã bỏ."
    return values


def create(site: Any, login: str, **fields: Any) -> dict[str, Any]:
    body = {"title": f"Bài {uuid.uuid4().hex[:8]}", "content": "<p>Đoạn một.</p>", **fields}
    response = requests.post(
        api(site, "/wp/v2/posts"), json=body, auth=site.auth(login), timeout=TIMEOUT
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def write(site: Any, login: str | None, post_id: int, **fields: Any) -> requests.Response:
    return requests.post(
        api(site, f"/wp/v2/posts/{post_id}"), json=fields, auth=auth(site, login), timeout=TIMEOUT
    )


def read(site: Any, login: str | None, post_id: int, context: str = "view") -> requests.Response:
    return requests.get(
        api(site, f"/wp/v2/posts/{post_id}"),
        params={"context": context},
        auth=auth(site, login),
        timeout=TIMEOUT,
    )


def as_editor(site: Any, post_id: int) -> dict[str, Any]:
    response = read(site, "editor", post_id, "edit")
    assert response.status_code == 200, response.text
    return dict(response.json())


def published(site: Any, owner: str) -> int:
    post = create(site, owner, status="pending", meta=meta_values())
    done = write(site, "editor", post["id"], status="publish")
    assert done.status_code == 200, done.text
    return int(post["id"])


@pytest.fixture(scope="module")
def posts(wp_site) -> dict[str, int]:
    pending = create(wp_site, "reporter", status="pending", meta=meta_values())
    return {
        "pending": int(pending["id"]),
        "published": published(wp_site, "reporter"),
        "authors": published(wp_site, "author1"),
    }


def refused(response: requests.Response, status: int, code: str) -> None:
    assert (response.status_code, response.json().get("code")) == (status, code), response.text


# --------------------------------------------------------------- routes


def audit_entry() -> dict[str, str]:
    return {"prev_hash": "", "hash": hashlib.sha256(uuid.uuid4().bytes).hexdigest()}


def call_route(site: Any, login: str | None, method: str, route: str, post_id: int):
    """One request to a route of the plugin, with a body it accepts."""
    url = api(site, "/newsdesk/v1" + route.replace("(?P<post_id>\\d+)", str(post_id)))
    kwargs: dict[str, Any] = {}
    if route.endswith("/notes") and method == "POST":
        kwargs["json"] = {"id": str(uuid.uuid4()), "parent": "", "anchor": "", "text": "Ghi chú"}
    elif route.endswith("/audit") and method == "POST":
        kwargs["json"] = {"entry": audit_entry()}
    elif route.endswith("/held-photo") and method == "POST":
        kwargs["params"] = {"sha256": PNG_SHA, "filename": "anh.png"}
        kwargs["data"] = PNG
        kwargs["headers"] = {"Content-Type": "image/png"}
    elif route.endswith("/held-photo") and method == "DELETE":
        kwargs["params"] = {"sha256": PNG_SHA}
    return requests.request(method, url, auth=auth(site, login), timeout=TIMEOUT, **kwargs)


# (route, method) -> who may call it for a post: the rule, as this contract states it.
ROUTE_RULES = {
    ("/posts/(?P<post_id>\\d+)/notes", "GET"): may_discuss,
    ("/posts/(?P<post_id>\\d+)/notes", "POST"): may_discuss,
    ("/posts/(?P<post_id>\\d+)/audit", "GET"): may_discuss,
    ("/posts/(?P<post_id>\\d+)/audit", "POST"): may_discuss,
    ("/posts/(?P<post_id>\\d+)/held-photo", "GET"): may_edit,
    ("/posts/(?P<post_id>\\d+)/held-photo", "POST"): may_edit,
    ("/posts/(?P<post_id>\\d+)/held-photo", "DELETE"): may_edit,
    ("/deleted/(?P<post_id>\\d+)/audit", "GET"): may_read_deleted_records,
}


def denial_code(login: str | None, route: str) -> str:
    """Not signed in: WordPress's own code on the notes and audit, the plugin's on the photo."""
    if login is None and not route.endswith("/held-photo"):
        return "rest_not_logged_in"
    return "newsdesk_forbidden"


def test_the_contract_covers_every_route_the_plugin_registers(wp_site) -> None:
    index = requests.get(api(wp_site, "/newsdesk/v1"), timeout=TIMEOUT).json()
    served = {
        (route.removeprefix("/newsdesk/v1"), method)
        for route, spec in index["routes"].items()
        for endpoint in spec["endpoints"]
        for method in endpoint["methods"]
        if route.removeprefix("/newsdesk/v1") not in ("", "/info")
    }
    assert served == set(ROUTE_RULES)
    assert len(re.findall(r"register_rest_route\(", _plugin_source())) == 5  # info + 4 above


def test_info_is_public(wp_site) -> None:
    for login in LOGINS:
        answer = requests.get(
            api(wp_site, "/newsdesk/v1/info"), auth=auth(wp_site, login), timeout=TIMEOUT
        )
        assert answer.status_code == 200
        assert answer.json()["plugin_version"] == "1.3"


@pytest.mark.parametrize("login", LOGINS, ids=lambda login: login or "anonymous")
def test_each_role_may_call_the_post_routes_as_the_contract_says(wp_site, posts, login) -> None:
    wrong = []
    for (route, method), rule in ROUTE_RULES.items():
        for kind, post_id in posts.items():
            answer = call_route(wp_site, login, method, route, post_id)
            allowed = rule(login, kind)
            if allowed and answer.status_code in (401, 403):
                wrong.append((method, route, kind, "refused", answer.text))
            if not allowed:
                expected = (denial(login), denial_code(login, route))
                if (answer.status_code, answer.json().get("code")) != expected:
                    wrong.append((method, route, kind, "allowed", answer.text))
    assert wrong == []


# --------------------------------------------------------------- meta and fields


@pytest.mark.parametrize("login", LOGINS, ids=lambda login: login or "anonymous")
def test_each_role_reads_internal_meta_only_where_it_may_edit(wp_site, posts, login) -> None:
    keys = plugin_meta_keys()
    assert len(keys) == 8
    for kind, post_id in posts.items():
        editing = read(wp_site, login, post_id, "edit")
        if may_edit(login, kind):
            assert editing.status_code == 200, (kind, editing.text)
            assert set(keys) <= set(editing.json()["meta"]), kind
        else:
            assert editing.status_code == denial(login), (kind, editing.text)
        if login is not None:  # a list asked for with context=edit holds only editable posts
            listed = requests.get(
                api(wp_site, "/wp/v2/posts"),
                params={"context": "edit", "include": post_id, "status": "any"},
                auth=auth(wp_site, login),
                timeout=TIMEOUT,
            )
            assert listed.status_code == 200, listed.text
            assert [p["id"] for p in listed.json()] == ([post_id] if may_edit(login, kind) else [])
        viewing = read(wp_site, login, post_id)
        if not may_read(login, kind):
            assert viewing.status_code == denial(login), (kind, viewing.text)
            continue
        assert viewing.status_code == 200, (kind, viewing.text)
        shown = viewing.json()
        assert not set(keys) & set(shown.get("meta") or {}), (kind, shown.get("meta"))
        counters = (shown["newsdesk_rev"], shown["newsdesk_activity"])
        if may_discuss(login, kind):
            assert None not in counters, kind
        else:
            assert counters == (None, None), kind
        if not may_edit(login, kind):
            assert shown["newsdesk_held_photo"] is None
            assert shown["newsdesk_held_body_photos"] is None


def test_the_contract_covers_every_field_the_plugin_adds() -> None:
    assert plugin_rest_fields() == {
        "newsdesk_rev",
        "newsdesk_activity",
        "newsdesk_held_photo",
        "newsdesk_held_body_photos",
    }


@pytest.mark.parametrize("login", LOGINS, ids=lambda login: login or "anonymous")
def test_each_role_writes_meta_only_where_it_may_edit(wp_site, posts, login) -> None:
    for kind, post_id in posts.items():
        values = meta_values()
        answer = write(wp_site, login, post_id, meta=values)
        stored = as_editor(wp_site, post_id)["meta"]
        if may_edit(login, kind):
            assert answer.status_code == 200, (kind, answer.text)
            assert {key: stored[key] for key in values} == values
        else:
            refused(answer, denial(login), "rest_cannot_edit")
            assert stored["newsdesk_client_uuid"] != values["newsdesk_client_uuid"]


# --------------------------------------------------------------- item 9, on the real site


def test_readers_of_a_published_post_never_see_what_the_desk_keeps(wp_site) -> None:
    secret = f"đoạn bí mật {uuid.uuid4().hex}"
    values = {**meta_values(), "newsdesk_markdown": f"Đoạn một.\n\n{secret}"}
    post = create(wp_site, "reporter", status="pending", content=f"<p>Đoạn một.</p><p>{secret}</p>")
    assert write(wp_site, "reporter", post["id"], meta=values).status_code == 200
    # The editor takes the paragraph out and publishes; the desk's Markdown still holds it.
    assert (
        write(wp_site, "editor", post["id"], content="<p>Đoạn một.</p>", status="publish")
    ).status_code == 200

    for login in (None, "author1"):
        single = read(wp_site, login, post["id"])
        listed = requests.get(
            api(wp_site, "/wp/v2/posts"),
            params={"include": post["id"]},
            auth=auth(wp_site, login),
            timeout=TIMEOUT,
        )
        for answer in (single, listed):
            assert answer.status_code == 200, answer.text
            assert secret not in answer.text
            assert values["newsdesk_client_uuid"] not in answer.text
            assert "newsdesk_markdown" not in answer.text
            assert "newsdesk_version" not in answer.text
        shown = single.json()
        assert (shown["newsdesk_rev"], shown["newsdesk_activity"]) == (None, None)
    assert secret not in requests.get(post["link"], timeout=TIMEOUT).text
    assert (
        as_editor(wp_site, post["id"])["meta"]["newsdesk_markdown"] == values["newsdesk_markdown"]
    )


def test_an_author_may_not_change_unpublish_or_trash_a_published_article(wp_site) -> None:
    post_id = published(wp_site, "author1")
    before = as_editor(wp_site, post_id)
    reason = "only an editor may change, unpublish or delete it"

    edited = write(wp_site, "author1", post_id, title="Tác giả tự sửa sau khi đăng")
    refused(edited, 403, "rest_cannot_edit")
    assert reason in edited.json()["message"]
    refused(write(wp_site, "author1", post_id, status="draft"), 403, "rest_cannot_edit")
    trashed = requests.delete(
        api(wp_site, f"/wp/v2/posts/{post_id}"), auth=wp_site.auth("author1"), timeout=TIMEOUT
    )
    refused(trashed, 403, "rest_cannot_delete")
    assert reason in trashed.json()["message"]

    author = wp_site.users["author1"]
    server = xmlrpc.client.ServerProxy(wp_site.url + "/xmlrpc.php")
    with pytest.raises(xmlrpc.client.Fault):
        server.wp.editPost(1, author.user, author.app_password, post_id, {"post_status": "draft"})
    with pytest.raises(xmlrpc.client.Fault):
        server.wp.deletePost(1, author.user, author.app_password, post_id)

    after = as_editor(wp_site, post_id)
    assert (after["status"], after["title"]["raw"]) == ("publish", before["title"]["raw"])
    # The author still asks for the correction in a note, and the editor makes it.
    note = call_route(wp_site, "author1", "POST", "/posts/(?P<post_id>\\d+)/notes", post_id)
    assert note.status_code == 201, note.text
    assert write(wp_site, "editor", post_id, title="Đã đính chính").status_code == 200


def test_an_author_may_not_publish_privately_without_review(wp_site) -> None:
    draft = create(wp_site, "author1", status="draft")
    refused(write(wp_site, "author1", draft["id"], status="private"), 403, "newsdesk_cannot_review")
    assert as_editor(wp_site, draft["id"])["status"] == "draft"
