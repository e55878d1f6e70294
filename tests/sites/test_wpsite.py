"""The WordPress test site and the Newsdesk Bridge plugin behave as the app expects."""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.wpsite_fixture import start_site, wpsite

pytestmark = pytest.mark.wordpress

TIMEOUT = 10
MARKDOWN = "# Hội nghị\n\nMặt trận tỉnh họp **sáng nay** <b>tại</b> hội trường.\n\n- một\n- hai\n"
BYLINES = json.dumps(
    [{"name": "Thủy Phương", "role": "Phóng viên"}, {"name": "Lê Văn A", "role": "Ảnh"}],
    ensure_ascii=False,
)


def api(site: Any, path: str) -> str:
    return f"{site.url}/wp-json{path}"


def create_post(site: Any, login: str, client_uuid: str, **fields: Any) -> dict[str, Any]:
    body = {
        "title": f"Bài {client_uuid[:8]}",
        "content": "<p>Nội dung</p>",
        "status": "pending",
        "meta": {"newsdesk_client_uuid": client_uuid},
        **fields,
    }
    response = requests.post(
        api(site, "/wp/v2/posts"), json=body, auth=site.auth(login), timeout=TIMEOUT
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def find_by_uuid(site: Any, login: str | None, client_uuid: str) -> requests.Response:
    params = {"newsdesk_client_uuid": client_uuid, "status": "any"}
    if login is not None:
        params["context"] = "edit"
    return requests.get(
        api(site, "/wp/v2/posts"),
        params=params,
        auth=site.auth(login) if login else None,
        timeout=TIMEOUT,
    )


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] not in "ZX"


def group_members(leader: int) -> list[int]:
    """Processes in the process group led by leader (the PHP server forks workers)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[2]) == leader and fields[0] not in "ZX":
                members.append(int(entry.name))
    return members


def test_users_have_roles_and_application_passwords(wp_site):
    expected = {
        "reporter": (["contributor"], "Thủy Phương"),
        "author1": (["author"], None),
        "editor": (["editor"], "Biên tập viên"),
        "admin": (["administrator"], None),
    }
    for login, (roles, name) in expected.items():
        response = requests.get(
            api(wp_site, "/wp/v2/users/me"),
            params={"context": "edit"},
            auth=wp_site.auth(login),
            timeout=TIMEOUT,
        )
        assert response.status_code == 200, response.text
        me = response.json()
        assert me["roles"] == roles
        assert me["id"] == wp_site.users[login].id == wp_site.users[login]["id"]
        if name is not None:
            assert me["name"] == name


def test_wrong_application_password_is_refused(wp_site):
    response = requests.get(
        api(wp_site, "/wp/v2/users/me"),
        params={"context": "edit"},
        auth=("reporter", "not the password"),
        timeout=TIMEOUT,
    )
    assert response.status_code == 401
    assert response.json()["code"] == "rest_not_logged_in"


def test_categories_exist_with_recorded_ids(wp_site):
    response = requests.get(
        api(wp_site, "/wp/v2/categories"), params={"per_page": 100}, timeout=TIMEOUT
    )
    names = {term["name"]: term["id"] for term in response.json()}
    for name in ("Tin tức", "Hoạt động Mặt trận", "Kinh tế – Đời sống"):
        assert names[name] == wp_site.categories[name]


def test_plugin_info(wp_site):
    response = requests.get(api(wp_site, "/newsdesk/v1/info"), timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.json() == {
        "plugin_version": "1.3",
        "features": [
            "client_uuid_lookup",
            "markdown_meta",
            "sapo_on_page",
            "stale_write_check",
            "workflow_statuses",
            "notes",
            "audit",
            "held_photos",
        ],
    }


def test_reporter_finds_own_pending_post_by_client_uuid(wp_site):
    mine, other = str(uuid.uuid4()), str(uuid.uuid4())
    meta = {
        "newsdesk_client_uuid": mine,
        "newsdesk_markdown": MARKDOWN,
        "newsdesk_sapo": "Sáng nay, Ủy ban Mặt trận tỉnh họp.",
        "newsdesk_bylines": BYLINES,
        "newsdesk_source": "Báo Mặt trận",
        "newsdesk_image_caption": "Quang cảnh hội nghị",
        "newsdesk_image_credit": "Ảnh: Lê Văn A",
        "newsdesk_version": "3",
    }
    created = create_post(wp_site, "reporter", mine, meta=meta)
    assert created["status"] == "pending"
    other_post = create_post(wp_site, "reporter", other)

    response = find_by_uuid(wp_site, "reporter", mine)
    assert response.status_code == 200, response.text
    found = response.json()
    assert [post["id"] for post in found] == [created["id"]]
    assert {key: found[0]["meta"][key] for key in meta} == meta

    assert [post["id"] for post in find_by_uuid(wp_site, "reporter", other).json()] == [
        other_post["id"]
    ]
    assert find_by_uuid(wp_site, "reporter", str(uuid.uuid4())).json() == []
    upper = find_by_uuid(wp_site, "reporter", mine.upper()).json()
    assert [post["id"] for post in upper] == [created["id"]]


def test_lookup_keeps_wordpress_visibility(wp_site):
    client_uuid = str(uuid.uuid4())
    draft = create_post(wp_site, "editor", client_uuid, status="draft")

    assert [p["id"] for p in find_by_uuid(wp_site, "editor", client_uuid).json()] == [draft["id"]]
    assert find_by_uuid(wp_site, "reporter", client_uuid).json() == []
    anonymous = find_by_uuid(wp_site, None, client_uuid)
    assert anonymous.status_code in (400, 401)


def test_invalid_uuid_and_bylines_are_refused(wp_site):
    for bad in ("not-a-uuid", ""):
        bad_query = find_by_uuid(wp_site, "reporter", bad)
        assert bad_query.status_code == 400, bad_query.text
        assert bad_query.json()["code"] == "rest_invalid_param"

    for meta in (
        {"newsdesk_client_uuid": "not-a-uuid"},
        {"newsdesk_client_uuid": str(uuid.uuid4()), "newsdesk_bylines": '{"name": "x"}'},
        {"newsdesk_client_uuid": str(uuid.uuid4()), "newsdesk_bylines": "[{"},
    ):
        response = requests.post(
            api(wp_site, "/wp/v2/posts"),
            json={"title": "x", "status": "pending", "meta": meta},
            auth=wp_site.auth("reporter"),
            timeout=TIMEOUT,
        )
        assert response.status_code == 400, (meta, response.text)


def test_pretty_permalinks_and_router(wp_site):
    published = create_post(wp_site, "editor", str(uuid.uuid4()), status="publish")
    link = published["link"]
    assert link.startswith(f"{wp_site.url}/20")
    assert link.endswith(f"/{published['slug']}/")
    page = requests.get(link, timeout=TIMEOUT)
    assert page.status_code == 200
    assert published["title"]["rendered"] in page.text

    # A path with a dot still reaches WordPress rather than the server's own 404 page.
    dotted = requests.get(api(wp_site, "/wp/v2/no.such.route"), timeout=TIMEOUT)
    assert dotted.status_code == 404
    assert dotted.json()["code"] == "rest_no_route"

    css = requests.get(f"{wp_site.url}/wp-includes/css/dashicons.min.css", timeout=TIMEOUT)
    assert css.status_code == 200
    assert css.headers["Content-Type"].startswith("text/css")


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)  # 2x2, 8-bit RGB
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_uploads_are_stored_in_the_site_folder(wp_site):
    response = requests.post(
        api(wp_site, "/wp/v2/media"),
        data=tiny_png(),
        headers={
            "Content-Type": "image/png",
            "Content-Disposition": 'attachment; filename="hoi-nghi.png"',
        },
        auth=wp_site.auth("author1"),
        timeout=TIMEOUT,
    )
    assert response.status_code == 201, response.text
    media = response.json()
    stored = Path(wp_site.dir) / "www/wp-content/uploads" / media["media_details"]["file"]
    assert stored.read_bytes() == tiny_png()
    served = requests.get(media["source_url"], timeout=TIMEOUT)
    assert served.status_code == 200
    assert served.content == tiny_png()


def test_rest_api_can_be_switched_off_and_on(wp_site):
    info_url = api(wp_site, "/newsdesk/v1/info")
    try:
        wpsite.set_rest_api(wp_site.dir, enabled=False)
        for auth in (None, wp_site.auth("admin")):
            refused = requests.get(info_url, auth=auth, timeout=TIMEOUT)
            assert refused.status_code == 403
            assert refused.json()["code"] == "rest_disabled"
    finally:
        wpsite.set_rest_api(wp_site.dir, enabled=True)
    assert requests.get(info_url, timeout=TIMEOUT).status_code == 200


def test_pause_web_makes_site_unreachable_and_resume_keeps_data(wp_site):
    client_uuid = str(uuid.uuid4())
    created = create_post(wp_site, "reporter", client_uuid)
    site_dir = Path(wp_site.dir)
    try:
        wpsite.pause_web(site_dir)
        with pytest.raises(requests.ConnectionError):
            requests.get(api(wp_site, "/newsdesk/v1/info"), timeout=TIMEOUT)
        assert wpsite.status(site_dir)["running"].keys() == {"mariadbd"}
    finally:
        wpsite.resume_web(site_dir)
    found = find_by_uuid(wp_site, "reporter", client_uuid).json()
    assert [post["id"] for post in found] == [created["id"]]


def test_stop_ends_every_process_and_restart_keeps_data(tmp_path):
    site_dir = tmp_path / "site"
    first = start_site(site_dir)
    try:
        assert json.loads((site_dir / "site.json").read_text()) == first.to_json()
        client_uuid = str(uuid.uuid4())
        created = create_post(first, "reporter", client_uuid)
        started = {pid for leader in first.pids.values() for pid in group_members(leader)}
        assert len(started) == 2 + wpsite.PHP_WORKERS  # mariadbd, php and its workers
    finally:
        wpsite.stop(site_dir)
    assert [pid for pid in started if alive(pid)] == []
    assert wpsite.status(site_dir)["running"] == {}

    again = start_site(site_dir)
    try:
        assert again.users == first.users
        found = find_by_uuid(again, "reporter", client_uuid).json()
        assert [post["id"] for post in found] == [created["id"]]
    finally:
        wpsite.stop(site_dir)
    assert [pid for pid in again.pids.values() if alive(pid)] == []


def test_long_site_folder_puts_socket_in_a_short_path(tmp_path):
    deep = tmp_path / ("x" * 120)
    socket_path = wpsite.Layout(deep).socket
    assert len(str(socket_path)) < wpsite.MAX_SOCKET_PATH
    assert socket_path != wpsite.Layout(tmp_path / ("y" * 120)).socket
    assert wpsite.Layout(Path("/tmp/s")).socket == Path("/tmp/s/mysql.sock")
