"""The Newsdesk actions of the NukeViet news module (packaging/nukeviet/), called with signed
raw requests against the real NukeViet: what each answers, what it writes where NukeViet's
own admin writes it, and what a reporter's credential may not do."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import subprocess
import time
import unicodedata
import uuid
from concurrent.futures import ThreadPoolExecutor
from html import unescape
from pathlib import Path
from typing import Any

import bcrypt
import pytest
import requests
from PIL import Image

from newsdesk.core.audit import AuditEntry, verify
from tests.nvsite_fixture import nvsite

pytestmark = pytest.mark.nukeviet

TIMEOUT = 30
CHECKOUT = Path(__file__).resolve().parents[2]
SAMPLE = CHECKOUT / "tests/data/sample_article.md"
NEWS = "nv4_vi_news"
POST_KEYS = {
    "id", "status", "nv_status", "link", "title", "hometext", "bodyhtml", "alias", "catids",
    "catnames", "tags", "author", "source", "image", "admin_id", "admin_name", "date_gmt",
    "modified_gmt", "rev", "activity", "editable", "meta",
}  # fmt: skip


def call(site: Any, login: str, action: str, **fields: str) -> dict[str, Any]:
    """A request to api.php signed with the user's credential, as the app signs it."""
    user = site.users[login]
    timestamp = str(int(time.time()))
    signed = bcrypt.hashpw(f"{user.api_secret}_{timestamp}".encode(), bcrypt.gensalt(4))
    response = requests.post(
        site.api_url,
        data={
            "apikey": user.api_key,
            "timestamp": timestamp,
            "hashsecret": signed.decode(),
            "language": "vi",
            "module": "news",
            "action": action,
            **fields,
        },
        timeout=TIMEOUT,
    )
    assert response.headers["Content-Type"].startswith("application/json"), response.text
    return dict(response.json())


def ok(answer: dict[str, Any]) -> dict[str, Any]:
    assert (answer["status"], answer["code"]) == ("success", "0000"), answer
    return answer


def refused(answer: dict[str, Any], code: str) -> str:
    assert (answer["status"], answer["code"]) == ("error", code), answer
    assert answer["message"]
    return str(answer["message"])


def query(site: Any, sql: str) -> list[list[str]]:
    """Rows of a query on the site's database, through its own server's socket."""
    done = subprocess.run(
        [
            "mariadb",
            f"--defaults-file={Path(site.dir) / 'my.cnf'}",
            "-u",
            "root",
            "--batch",
            "--skip-column-names",
            "--raw",
            nvsite.DB_NAME,
            "-e",
            sql,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return [line.split("\t") for line in done.stdout.splitlines()]


def select(site: Any, columns: str, table: str, where: str) -> list[list[str]]:
    """Rows of one of the news module's tables (nv4_vi_news_<table>)."""
    return query(site, f"SELECT {columns} FROM {NEWS}_{table} WHERE {where}")  # noqa: S608


def payload(**fields: Any) -> str:
    fields.setdefault("title", f"Bài thử {uuid.uuid4().hex[:8]}")
    fields.setdefault("bodyhtml", "<p>Nội dung bài viết.</p>")
    fields.setdefault("catid", 1)
    fields.setdefault("meta", {})
    fields["meta"] = {"client_uuid": str(uuid.uuid4()), **fields["meta"]}
    return json.dumps(fields, ensure_ascii=False)


def create(site: Any, login: str = "reporter", **fields: Any) -> dict[str, Any]:
    answer = ok(call(site, login, "NewsdeskCreate", payload=payload(**fields)))
    assert answer["created"] is True
    return dict(answer["post"])


def status(site: Any, login: str, post_id: int, name: str, **fields: str) -> dict[str, Any]:
    return call(site, login, "NewsdeskStatus", id=str(post_id), status=name, **fields)


def stored_status(site: Any, post_id: int) -> tuple[str, str]:
    """(rows.status, the copy's status in news_<catid>) as NukeViet keeps them."""
    [[catid, code]] = select(site, "catid, status", "rows", f"id = {post_id}")
    [[copy]] = select(site, "status", str(catid), f"id = {post_id}")
    return code, copy


def jpeg(seed: int) -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (64, 48), (seed % 256, 80, 160)).save(stream, "JPEG")
    return stream.getvalue()


def upload(site: Any, data: bytes, login: str = "reporter", **fields: str) -> dict[str, Any]:
    return call(
        site,
        login,
        "NewsdeskUpload",
        sha256=hashlib.sha256(data).hexdigest(),
        filename="Ảnh hội nghị.jpg",
        data=base64.b64encode(data).decode(),
        **fields,
    )


def sample_article() -> tuple[str, list[str], str]:
    """Title, paragraphs and byline of the real sample article."""
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line]
    return lines[0].removeprefix("# "), lines[1:-1], lines[-1]


# ---------------------------------------------------------------- answers


def test_whoami_names_the_user_rights_and_role(nv_site):
    categories = set(nv_site.categories.values())
    for login, role in (("reporter", "reporter"), ("editor", "editor"), ("reporter2", "reporter")):
        answer = ok(call(nv_site, login, "NewsdeskWhoami"))
        user = nv_site.users[login]
        assert answer["user"] == {
            "id": user.admin_id,
            "username": login,
            "display_name": user.display_name,
            "admin_lev": 3,
        }
        assert answer["role"] == role
        assert answer["features"] == ["workflow_statuses", "notes", "audit"]
        assert answer["api_version"] == "1.0"
        assert abs(answer["time"] - time.time()) < 5
        assert {right["catid"] for right in answer["rights"]} == categories
        for right in answer["rights"]:
            assert set(right) == {"catid", "title", "add", "edit", "publish", "delete", "approve"}
            assert right["publish"] is right["approve"] is (role == "editor")
    rights = ok(call(nv_site, "reporter2", "NewsdeskWhoami"))["rights"]
    no_right = {r["catid"] for r in rights if not r["add"]}
    assert no_right == {nv_site.categories["Tuyen-dung"]}


def test_categories_lists_the_module_categories_and_tags(nv_site):
    create(nv_site, tags=["Mặt trận Tổ quốc"])
    answer = ok(call(nv_site, "reporter", "NewsdeskCategories"))
    by_alias = {cat["alias"]: cat for cat in answer["categories"]}
    assert {alias: cat["id"] for alias, cat in by_alias.items()} == nv_site.categories
    assert by_alias["Tin-tuc"] == {"id": 1, "title": "Tin tức", "alias": "Tin-tuc", "parentid": 0}
    assert all(set(cat) == {"id", "title", "alias", "parentid"} for cat in answer["categories"])
    assert "Mặt trận Tổ quốc" in {tag["name"] for tag in answer["tags"]}
    assert all(isinstance(tag["id"], int) for tag in answer["tags"])


def test_create_read_and_list_answer_the_post(nv_site):
    post = create(
        nv_site,
        title="Hội nghị giao ban",
        hometext="Sapo một dòng",
        tags=["hội nghị"],
        author="Thủy Phương",
        source="Báo Thừa Thiên Huế",
        meta={"markdown": "# Hội nghị giao ban", "version": "3"},
    )
    assert set(post) == POST_KEYS
    reporter = nv_site.users["reporter"]
    assert post["status"] == "draft"
    assert post["nv_status"] == 4
    assert (post["rev"], post["activity"], post["editable"]) == (1, 0, True)
    assert (post["admin_id"], post["admin_name"]) == (reporter.admin_id, reporter.display_name)
    assert (post["catids"], post["catnames"], post["tags"]) == ([1], ["Tin tức"], ["hội nghị"])
    assert post["alias"] == "hoi-nghi-giao-ban"
    assert post["link"] == f"{nv_site.url}/Tin-tuc/hoi-nghi-giao-ban-{post['id']}.html"
    assert post["image"] is None
    assert post["meta"]["markdown"] == "# Hội nghị giao ban"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", post["date_gmt"])

    by_id = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post["id"])))["post"]
    uuid_ = post["meta"]["client_uuid"]
    by_uuid = ok(call(nv_site, "reporter", "NewsdeskRead", client_uuid=uuid_))["post"]
    assert by_id == by_uuid == post
    missing = call(nv_site, "reporter", "NewsdeskRead", client_uuid=str(uuid.uuid4()))
    refused(missing, "5002")

    drafts = ok(call(nv_site, "reporter", "NewsdeskList", status="draft"))["posts"]
    assert drafts[0] == post  # newest first
    assert {p["admin_id"] for p in drafts} == {reporter.admin_id}
    editor_drafts = ok(call(nv_site, "editor", "NewsdeskList", status="draft"))["posts"]
    assert post["id"] in {p["id"] for p in editor_drafts}
    refused(call(nv_site, "reporter", "NewsdeskList", status="scheduled"), "5001")


def test_bad_payload_is_named(nv_site):
    cases = {
        "payload.title": {"bodyhtml": "<p>x</p>", "meta": {"client_uuid": str(uuid.uuid4())}},
        "payload.catid": {"title": "x", "catid": 999, "meta": {"client_uuid": str(uuid.uuid4())}},
        "client_uuid": {"title": "x", "meta": {}},
        "nonsense": {"title": "x", "nonsense": 1, "meta": {"client_uuid": str(uuid.uuid4())}},
    }
    for field, sent in cases.items():
        answer = call(nv_site, "reporter", "NewsdeskCreate", payload=json.dumps(sent))
        assert field in refused(answer, "5001")
    assert "payload" in refused(call(nv_site, "reporter", "NewsdeskCreate", payload="[1]"), "5001")


# ---------------------------------------------------------------- exactly once, no overwrite


def test_create_is_idempotent_on_the_client_uuid(nv_site):
    sent = payload(title="Gửi hai lần")
    first = ok(call(nv_site, "reporter", "NewsdeskCreate", payload=sent))
    again = ok(call(nv_site, "reporter", "NewsdeskCreate", payload=sent))
    assert (first["created"], again["created"]) == (True, False)
    assert again["post"]["id"] == first["post"]["id"]
    uuid_ = json.loads(sent)["meta"]["client_uuid"]
    rows = select(nv_site, "id", "newsdesk_posts", f"client_uuid = '{uuid_}'")
    assert rows == [[str(first["post"]["id"])]]


def test_concurrent_creates_of_one_uuid_make_one_article(nv_site):
    title = f"Gửi đồng thời {uuid.uuid4().hex[:8]}"
    sent = payload(title=title)
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(
            pool.map(lambda _: call(nv_site, "reporter", "NewsdeskCreate", payload=sent), range(4))
        )
    assert [ok(a)["created"] for a in answers].count(True) == 1
    assert len({a["post"]["id"] for a in answers}) == 1
    assert select(nv_site, "COUNT(*)", "rows", f"title = '{title}'") == [["1"]]


def test_stale_update_is_refused_and_writes_nothing(nv_site):
    post = create(nv_site, title="Bản đầu")
    first = ok(
        call(
            nv_site,
            "reporter",
            "NewsdeskUpdate",
            id=str(post["id"]),
            if_rev="1",
            payload=json.dumps({"title": "Bản hai", "tags": ["mới"]}),
        )
    )["post"]
    assert (first["title"], first["rev"], first["tags"]) == ("Bản hai", 2, ["mới"])
    stale = call(
        nv_site,
        "reporter",
        "NewsdeskUpdate",
        id=str(post["id"]),
        if_rev="1",
        payload=json.dumps({"title": "Bản ghi đè", "bodyhtml": "<p>mất</p>"}),
    )
    refused(stale, "5004")
    assert stale["post"] == first
    assert select(nv_site, "title", "rows", f"id = {post['id']}") == [["Bản hai"]]
    assert select(nv_site, "bodyhtml", "detail", f"id = {post['id']}") == [
        ["<p>Nội dung bài viết.</p>"]
    ]
    again = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post["id"])))["post"]
    assert again == first


def test_concurrent_updates_from_one_revision_let_exactly_one_through(nv_site):
    post = create(nv_site, title="Hai bàn sửa cùng lúc")

    def update(title: str) -> dict[str, Any]:
        sent = json.dumps({"title": title})
        return call(
            nv_site, "editor", "NewsdeskUpdate", id=str(post["id"]), if_rev="1", payload=sent
        )

    titles = [f"Bàn {n}" for n in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(update, titles))
    codes = sorted(answer["code"] for answer in answers)
    assert codes == ["0000", "5004", "5004", "5004"]
    [winner] = [titles[i] for i, answer in enumerate(answers) if answer["code"] == "0000"]
    assert select(nv_site, "title", "rows", f"id = {post['id']}") == [[winner]]
    read = ok(call(nv_site, "editor", "NewsdeskRead", id=str(post["id"])))["post"]
    assert (read["title"], read["rev"]) == (winner, 2)


def test_an_edit_in_nukeviets_admin_makes_the_apps_revision_stale(nv_site):
    post = create(nv_site)
    edit = "title = 'Sửa trong trang quản trị', edittime = edittime + 5"
    query(nv_site, f"UPDATE {NEWS}_rows SET {edit} WHERE id = {post['id']}")  # noqa: S608
    stale = call(
        nv_site,
        "reporter",
        "NewsdeskUpdate",
        id=str(post["id"]),
        if_rev="1",
        payload=json.dumps({"title": "Từ Newsdesk"}),
    )
    refused(stale, "5004")
    assert (stale["post"]["title"], stale["post"]["rev"]) == ("Sửa trong trang quản trị", 2)


# ---------------------------------------------------------------- written as NukeViet writes


def test_published_article_shows_on_the_public_page_with_its_rows(nv_site):
    photo = jpeg(7)
    media = ok(upload(nv_site, photo))["media"]
    title, paragraphs, byline = sample_article()
    post = create(
        nv_site,
        title=title,
        hometext=paragraphs[0],
        bodyhtml="".join(f"<p>{p}</p>" for p in paragraphs[1:]),
        tags=["Mặt trận", "giao ban"],
        author=byline,
        source="Báo Thừa Thiên Huế",
        media_id=media["id"],
        image_alt="Quang cảnh hội nghị",
        status="pending",
    )
    post_id = post["id"]
    assert post["image"] == {
        "media_id": media["id"],
        "url": media["url"],
        "alt": "Quang cảnh hội nghị",
    }
    assert requests.get(post["link"], timeout=TIMEOUT).status_code == 404  # pending
    published = ok(status(nv_site, "editor", post_id, "publish"))["post"]
    assert (published["status"], published["nv_status"]) == ("publish", 1)

    page = requests.get(published["link"], timeout=TIMEOUT)
    assert page.status_code == 200
    html = page.text
    assert f'itemprop="headline">{title}</h1>' in html
    assert re.search(
        r'class="hometext[^"]*" itemprop="description">' + re.escape(paragraphs[0]), html
    )
    assert f"<p>{paragraphs[1]}</p>" in unescape(html)  # the theme writes " as &quot;
    assert re.search(r"Tác giả: </strong>" + re.escape(byline), html)
    assert re.search(r"Nguồn tin: </strong>Báo Thừa Thiên Huế", html)
    image = re.search(r'<figure class="article center">\s*<img[^>]*src="([^"]+)"', html)
    assert image is not None
    assert media["path"] in image.group(1)
    assert "<figcaption>Quang cảnh hội nghị</figcaption>" in html
    served = requests.get(media["url"], timeout=TIMEOUT)
    assert served.content == photo

    [[catid, listcatid, admin_id, sourceid, homeimgfile]] = select(
        nv_site, "catid, listcatid, admin_id, sourceid, homeimgfile", "rows", f"id = {post_id}"
    )
    assert (catid, listcatid, homeimgfile) == ("1", "1", media["path"])
    assert admin_id == str(nv_site.users["reporter"].admin_id)
    assert select(nv_site, "title", "sources", f"sourceid = {sourceid}") == [["Báo Thừa Thiên Huế"]]
    assert stored_status(nv_site, post_id) == ("1", "1")
    [[copy_title]] = select(nv_site, "title", "1", f"id = {post_id}")
    assert copy_title == title
    [[sourcetext]] = select(nv_site, "sourcetext", "detail", f"id = {post_id}")
    assert sourcetext == "Báo Thừa Thiên Huế"
    tags = select(nv_site, "keyword", "tags_id", f"id = {post_id}")
    assert sorted(tag for [tag] in tags) == ["Mặt trận", "giao ban"]
    logs = select(nv_site, "status, userid", "logs", f"sid = {post_id} ORDER BY id")
    editor_id = str(nv_site.users["editor"].admin_id)
    assert logs == [["5", admin_id], ["1", editor_id]]


def test_scheduled_article_goes_live_at_its_time(nv_site):
    post = create(nv_site, login="editor", title="Bài hẹn giờ")
    moment = int(time.time()) + 3
    scheduled = ok(status(nv_site, "editor", post["id"], "future", publtime=str(moment)))["post"]
    assert (scheduled["status"], scheduled["nv_status"]) == ("future", 2)
    assert stored_status(nv_site, post["id"]) == ("2", "2")
    assert requests.get(scheduled["link"], timeout=TIMEOUT).status_code == 404
    deadline = time.monotonic() + 15
    while requests.get(scheduled["link"], timeout=TIMEOUT).status_code != 200:
        assert time.monotonic() < deadline, "the scheduled article never went live"
        time.sleep(0.5)
    assert time.time() >= moment
    assert stored_status(nv_site, post["id"]) == ("1", "1")
    again = ok(call(nv_site, "editor", "NewsdeskRead", id=str(post["id"])))["post"]
    assert again["status"] == "publish"


def test_vietnamese_text_round_trips_byte_for_byte(nv_site):
    title, paragraphs, byline = sample_article()
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    markdown = SAMPLE.read_text(encoding="utf-8")
    assert all(unicodedata.is_normalized("NFC", text) for text in (title, body, markdown))
    assert max(len(p) for p in paragraphs) > 3000
    post = create(
        nv_site,
        title=title,
        hometext=paragraphs[0] + "\n" + paragraphs[0][:40],
        bodyhtml=body,
        author=byline,
        source="Báo Thừa Thiên Huế",
        tags=["Ủy ban Mặt trận", "tỉnh ủy"],
        meta={"markdown": markdown, "bylines": byline},
    )
    read = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post["id"])))["post"]
    assert read["title"].encode() == title.encode()
    assert read["hometext"].encode() == (paragraphs[0] + "\n" + paragraphs[0][:40]).encode()
    assert read["bodyhtml"].encode() == body.encode()
    assert read["author"].encode() == byline.encode()
    assert sorted(read["tags"]) == sorted(["Ủy ban Mặt trận", "tỉnh ủy"])
    assert read["meta"]["markdown"].encode() == markdown.encode()
    [[stored]] = select(nv_site, "bodyhtml", "detail", f"id = {post['id']}")
    # Stored through NukeViet's own request filter, as its admin form stores a body.
    assert stored.encode() == body.replace('"', "&quot;").encode()


# ---------------------------------------------------------------- rights


def test_reporter_cannot_approve_publish_schedule_or_stop(nv_site):
    post = create(nv_site, title="Bài của phóng viên")
    ok(status(nv_site, "reporter", post["id"], "pending"))
    future = str(int(time.time()) + 3600)
    for name, extra in (
        ("nd-approved", {}),
        ("nd-returned", {}),
        ("publish", {}),
        ("future", {"publtime": future}),
        ("private", {}),
    ):
        message = refused(status(nv_site, "reporter", post["id"], name, **extra), "5003")
        assert name in message
        assert "Tin tức" in message
    update = call(
        nv_site,
        "reporter",
        "NewsdeskUpdate",
        id=str(post["id"]),
        payload=json.dumps({"status": "publish"}),
    )
    refused(update, "5003")
    for name in ("publish", "nd-approved", "future"):
        sent = payload(status=name, publtime=int(future))
        refused(call(nv_site, "reporter", "NewsdeskCreate", payload=sent), "5003")
    assert stored_status(nv_site, post["id"]) == ("5", "5")
    read = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post["id"])))["post"]
    assert (read["status"], read["rev"]) == ("pending", 2)


def test_reporter_may_not_edit_once_an_editor_took_the_article(nv_site):
    post = create(nv_site)
    ok(status(nv_site, "reporter", post["id"], "pending"))
    approved = ok(status(nv_site, "editor", post["id"], "nd-approved"))["post"]
    assert (approved["status"], approved["nv_status"]) == ("nd-approved", 8)
    read = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post["id"])))["post"]
    assert read["editable"] is False
    update = call(
        nv_site,
        "reporter",
        "NewsdeskUpdate",
        id=str(post["id"]),
        payload=json.dumps({"title": "Sửa lén"}),
    )
    refused(update, "5003")
    refused(status(nv_site, "reporter", post["id"], "draft"), "5003")
    assert stored_status(nv_site, post["id"]) == ("8", "8")


def test_a_reporter_cannot_touch_another_reporters_article(nv_site):
    post = create(nv_site, title="Bài riêng của phóng viên")
    post_id = str(post["id"])
    attempts = {
        "NewsdeskRead": {"id": post_id},
        "NewsdeskUpdate": {"id": post_id, "payload": json.dumps({"title": "Của tôi"})},
        "NewsdeskStatus": {"id": post_id, "status": "pending"},
        "NewsdeskNotes": {"id": post_id},
        "NewsdeskAudit": {"id": post_id},
    }
    for action, fields in attempts.items():
        refused(call(nv_site, "reporter2", action, **fields), "5002")
    note = json.dumps({"id": str(uuid.uuid4()), "text": "chen vào"})
    refused(call(nv_site, "reporter2", "NewsdeskNotes", id=post_id, note=note), "5002")
    uuid_ = post["meta"]["client_uuid"]
    refused(call(nv_site, "reporter2", "NewsdeskRead", client_uuid=uuid_), "5002")
    listed = ok(call(nv_site, "reporter2", "NewsdeskList", status="draft"))["posts"]
    assert post["id"] not in {p["id"] for p in listed}
    again = ok(call(nv_site, "reporter", "NewsdeskRead", id=post_id))["post"]
    assert again == post
    assert stored_status(nv_site, post["id"]) == ("4", "4")


def test_no_right_in_a_category_means_no_article_there(nv_site):
    title = f"Tuyển dụng {uuid.uuid4().hex[:8]}"
    catid = nv_site.categories["Tuyen-dung"]
    answer = call(nv_site, "reporter2", "NewsdeskCreate", payload=payload(title=title, catid=catid))
    assert "Tuyển dụng" in refused(answer, "5003")
    assert select(nv_site, "COUNT(*)", "rows", f"title = '{title}'") == [["0"]]
    post = create(nv_site, "reporter2", catid=1)
    moved = call(
        nv_site,
        "reporter2",
        "NewsdeskUpdate",
        id=str(post["id"]),
        payload=json.dumps({"catid": catid}),
    )
    refused(moved, "5003")


# ---------------------------------------------------------------- notes and audit


def test_notes_are_bound_to_the_signed_in_admin(nv_site):
    post = create(nv_site)
    sent = {
        "id": str(uuid.uuid4()).upper(),
        "anchor": '{"index": 1}',
        "text": "Sửa <b>đoạn</b> này giúp",
        "author": nv_site.users["reporter"].admin_id,
        "author_name": "Người khác",
    }
    answer = ok(call(nv_site, "editor", "NewsdeskNotes", id=str(post["id"]), note=json.dumps(sent)))
    editor = nv_site.users["editor"]
    note = answer["note"]
    assert answer["created"] is True
    assert set(note) == {"id", "parent", "anchor", "author", "author_name", "created_gmt", "text"}
    assert note["anchor"] == '{"index": 1}'
    assert (note["author"], note["author_name"]) == (editor.admin_id, editor.display_name)
    assert (note["id"], note["text"], note["parent"]) == (
        sent["id"].lower(),
        "Sửa đoạn này giúp",
        "",
    )
    again = ok(call(nv_site, "editor", "NewsdeskNotes", id=str(post["id"]), note=json.dumps(sent)))
    assert (again["created"], again["note"]) == (False, note)
    reply = {"id": str(uuid.uuid4()), "parent": note["id"], "text": "Đã sửa"}
    ok(call(nv_site, "reporter", "NewsdeskNotes", id=str(post["id"]), note=json.dumps(reply)))
    orphan = {"id": str(uuid.uuid4()), "parent": str(uuid.uuid4()), "text": "?"}
    orphaned = call(
        nv_site, "reporter", "NewsdeskNotes", id=str(post["id"]), note=json.dumps(orphan)
    )
    refused(orphaned, "5001")
    notes = ok(call(nv_site, "reporter", "NewsdeskNotes", id=str(post["id"])))["notes"]
    assert [n["author"] for n in notes] == [editor.admin_id, nv_site.users["reporter"].admin_id]
    read = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post["id"])))["post"]
    assert (read["activity"], read["rev"]) == (2, 1)


ENTRY_KEYS = {
    "id", "article_uuid", "action", "from_status", "to_status", "user", "user_id", "user_name",
    "role", "at", "content_sha", "note", "prev_hash",
}  # fmt: skip


def _entry(action: str, source: str, target: str, **extra: str) -> str:
    return json.dumps(
        {
            "id": str(uuid.uuid4()),
            "action": action,
            "from_status": source,
            "to_status": target,
            "content_sha": "ab" * 32,
            "note": "Ghi chú: “đạt” / ổn\u2028dòng",
            **extra,
        },
        ensure_ascii=False,
    )


def test_audit_chain_is_sealed_by_the_site_and_verifies_in_the_app(nv_site):
    post = create(nv_site, title="Bài có nhật ký")
    post_id = str(post["id"])
    refused(
        call(
            nv_site,
            "reporter",
            "NewsdeskAudit",
            id=post_id,
            entry=_entry("submit", "draft", "submitted"),
        ),
        "5001",
    )  # not sent for review on the site yet
    ok(status(nv_site, "reporter", post["id"], "pending"))
    forged_user = {"user": "editor", "user_id": "1", "role": "administrator", "hash": "0" * 64}
    first = ok(
        call(
            nv_site,
            "reporter",
            "NewsdeskAudit",
            id=post_id,
            entry=_entry("submit", "draft", "submitted", prev_hash="", **forged_user),
        )
    )
    entry = first["entry"]
    assert set(entry) == {*ENTRY_KEYS, "hash"}
    assert (first["created"], first["entries"]) == (True, [entry])
    reporter = nv_site.users["reporter"]
    assert (entry["user"], entry["user_id"], entry["role"]) == (
        "reporter",
        str(reporter.admin_id),
        "reporter",
    )
    assert entry["user_name"] == reporter.display_name
    assert entry["article_uuid"] == post["meta"]["client_uuid"]
    assert entry["prev_hash"] == ""
    refused(
        call(
            nv_site,
            "reporter",
            "NewsdeskAudit",
            id=post_id,
            entry=_entry("approve", "submitted", "approved"),
        ),
        "5003",
    )
    ok(status(nv_site, "editor", post["id"], "nd-approved"))
    forged = call(
        nv_site,
        "editor",
        "NewsdeskAudit",
        id=post_id,
        entry=_entry("approve", "submitted", "approved", prev_hash="f" * 64),
    )
    refused(forged, "5005")
    assert forged["head"] == {"length": 1, "hash": entry["hash"]}
    second = ok(
        call(
            nv_site,
            "editor",
            "NewsdeskAudit",
            id=post_id,
            entry=_entry("approve", "submitted", "approved", prev_hash=entry["hash"]),
        )
    )
    assert (second["entry"]["role"], second["entry"]["prev_hash"]) == ("editor", entry["hash"])
    listed = ok(call(nv_site, "reporter", "NewsdeskAudit", id=post_id))["entries"]
    assert listed == second["entries"]
    assert [e["id"] for e in listed] == [entry["id"], second["entry"]["id"]]
    chain = [AuditEntry.from_dict(e) for e in listed]
    assert verify(chain) is None
    assert all(AuditEntry.from_dict(e).to_dict() == e for e in listed)
    resent = call(nv_site, "editor", "NewsdeskAudit", id=post_id, entry=json.dumps(second["entry"]))
    assert ok(resent)["created"] is False
    assert len(resent["entries"]) == 2
    read = ok(call(nv_site, "reporter", "NewsdeskRead", id=post_id))["post"]
    assert read["activity"] == 2


# ---------------------------------------------------------------- uploads


def test_upload_is_idempotent_by_sha256_and_found_again(nv_site):
    data = jpeg(int(time.time()))
    sha = hashlib.sha256(data).hexdigest()
    assert ok(call(nv_site, "reporter", "NewsdeskUpload", find=sha))["media"] is None
    first = ok(upload(nv_site, data, alt="Ảnh"))["media"]
    assert set(first) == {"id", "url", "path", "sha256", "alt"}
    assert (first["sha256"], first["alt"]) == (sha, "Ảnh")
    assert re.fullmatch(r"\d{4}_\d\d/" + sha[:16] + r"-anh-hoi-nghi\.jpg", first["path"])
    assert first["url"] == f"{nv_site.url}/uploads/news/{first['path']}"
    again = ok(upload(nv_site, data, login="editor"))["media"]
    assert again == first
    found = ok(call(nv_site, "editor", "NewsdeskUpload", find=sha))["media"]
    assert found == first
    stored = Path(nv_site.dir) / "www/uploads/news" / first["path"]
    assert stored.read_bytes() == data
    rows = select(nv_site, "id", "newsdesk_media", f"sha256 = '{sha}'")
    assert rows == [[str(first["id"])]]
    folder = "uploads/news/" + first["path"].split("/")[0]
    # NukeViet's file manager lists the folder again from the disk when it is opened next.
    listed = query(nv_site, f"SELECT time FROM nv4_upload_dir WHERE dirname = '{folder}'")  # noqa: S608
    assert listed == [["0"]]

    damaged = call(
        nv_site,
        "reporter",
        "NewsdeskUpload",
        sha256=hashlib.sha256(b"other").hexdigest(),
        filename="x.jpg",
        data=base64.b64encode(data).decode(),
    )
    assert "sha256" in refused(damaged, "5001")
    refused(upload(nv_site, b"<?php echo 1; ?>"), "5006")
    refused(call(nv_site, "reporter", "NewsdeskUpload", find="xyz"), "5001")


# ---------------------------------------------------------------- installation


def test_every_action_has_its_language_keys_and_its_place_in_the_role(nv_site):
    www = Path(nv_site.dir) / "www"
    actions = sorted(p.stem for p in (www / "modules/news/Api").glob("Newsdesk*.php"))
    assert actions == sorted(nvsite.NEWS_ACTIONS)
    for language in ("vi", "en"):
        program = (
            "define('NV_ADMIN', true); define('NV_MAINFILE', true); $lang_module = [];"
            f" require '{www}/modules/news/language/admin_{language}.php';"
            " echo json_encode($lang_module);"
        )
        done = subprocess.run(
            ["php", "-d", "display_errors=stderr", "-r", program],
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stderr == ""
        keys = json.loads(done.stdout)
        assert all(keys.get(f"api_{action}") for action in actions), language
    [[role_data]] = query(
        nv_site, "SELECT role_data FROM nv4_authors_api_role WHERE role_title = 'Newsdesk'"
    )
    assert all(f'"{action}"' in role_data for action in actions)


def test_tables_dropped_after_install_are_made_again(nv_site):
    query(nv_site, f"DROP TABLE {NEWS}_newsdesk_notes")
    post = create(nv_site)
    note = json.dumps({"id": str(uuid.uuid4()), "text": "Lại có bảng"})
    ok(call(nv_site, "editor", "NewsdeskNotes", id=str(post["id"]), note=note))
    assert select(nv_site, "COUNT(*)", "newsdesk_notes", f"post_id = {post['id']}") == [["1"]]


def admin_session(site: Any) -> requests.Session:
    """Signed in to NukeViet's admin pages as the site's administrator."""
    session = requests.Session()
    session.headers["User-Agent"] = "Newsdesk tests"
    login = f"{site.url}/admin/index.php"
    form = session.get(login, timeout=TIMEOUT)
    token = re.search(r'name="checkss" value="([^"]+)"', form.text)
    assert token is not None
    session.post(
        login,
        data={
            "nv_login": site.admin["user"],
            "nv_password": site.admin["password"],
            "checkss": token.group(1),
        },
        headers={"Referer": login},
        timeout=TIMEOUT,
    )
    return session


def test_nukeviets_admin_pages_show_the_actions_and_the_article(nv_site):
    session = admin_session(nv_site)
    admin = f"{nv_site.url}/admin/index.php?language=vi"
    roles = session.get(f"{admin}&nv=authors&op=api-roles", timeout=TIMEOUT)
    assert roles.status_code == 200
    names = re.findall(
        r"'(Newsdesk: [^']+)'", (nvsite.PACKAGE / "language/admin_vi.txt").read_text()
    )
    assert len(names) == len(nvsite.NEWS_ACTIONS)
    assert all(unescape(name) in unescape(roles.text) for name in names)

    title = f"Bài trong trang quản trị {uuid.uuid4().hex[:6]}"
    post = create(nv_site, title=title, author="Nhóm phóng viên", status="pending")
    listed = session.get(f"{admin}&nv=news", params={"q": title}, timeout=TIMEOUT)
    assert listed.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", listed.text))
    row = re.search(re.escape(title) + r" \d\d:\d\d \d\d/\d\d/\d\d (.+?) Sửa", text)
    assert row is not None, text[-3000:]
    assert row.group(1).startswith("Nhóm phóng viên Chuyển duyệt bài"), row.group(1)
    editor_page = session.get(
        f"{admin}&nv=news&op=content", params={"id": post["id"]}, timeout=TIMEOUT
    )
    assert f'value="{title}"' in editor_page.text

    def file_manager_lists(path: str) -> bool:
        folder, name = path.split("/")
        files = session.get(
            admin,
            params={"nv": "upload", "op": "imglist", "path": f"uploads/news/{folder}"},
            timeout=TIMEOUT,
        )
        return f'title="{name}"' in files.text

    # Each upload shows in the file manager (which makes its thumbnail) when next opened.
    assert file_manager_lists(ok(upload(nv_site, jpeg(201)))["media"]["path"])
    assert file_manager_lists(ok(upload(nv_site, jpeg(202)))["media"]["path"])
    log = Path(nv_site.dir) / "logs/php-errors.log"
    assert not log.exists() or "Newsdesk" not in log.read_text(encoding="utf-8")


def test_starting_the_site_again_installs_the_checkouts_package(nv_site):
    installed = Path(nv_site.dir) / "www/modules/news/Api/NewsdeskWhoami.php"
    language = Path(nv_site.dir) / "www/modules/news/language/admin_vi.php"
    installed.write_text("<?php // an older copy", encoding="utf-8")
    assert nvsite.start(Path(nv_site.dir), nv_site.port) == nv_site
    package = nvsite.PACKAGE / "modules/news/Api/NewsdeskWhoami.php"
    assert installed.read_bytes() == package.read_bytes()
    text = language.read_text(encoding="utf-8")
    assert text.count(nvsite.LANGUAGE_BEGIN) == text.count(nvsite.LANGUAGE_END) == 1
    ok(call(nv_site, "reporter", "NewsdeskWhoami"))


def test_the_workflow_round_trip_through_nukeviets_statuses(nv_site):
    post = create(nv_site, title="Bài đi hết quy trình")
    post_id = post["id"]

    def listed(login: str, name: str) -> set[int]:
        answer = ok(call(nv_site, login, "NewsdeskList", status=name))
        return {p["id"] for p in answer["posts"]}

    steps = [
        ("reporter", "pending", 5),
        ("editor", "nd-returned", 6),
        ("reporter", "pending", 5),
        ("editor", "nd-approved", 8),
        ("editor", "publish", 1),
        ("editor", "private", 0),
    ]
    for login, name, code in steps:
        moved = ok(status(nv_site, login, post_id, name))["post"]
        assert (moved["status"], moved["nv_status"]) == (name, code)
        assert stored_status(nv_site, post_id) == (str(code), str(code))
        assert post_id in listed("editor", name)
    assert requests.get(moved["link"], timeout=TIMEOUT).status_code == 404  # stopped
    returned = ok(call(nv_site, "reporter", "NewsdeskRead", id=str(post_id)))["post"]
    assert (returned["rev"], returned["editable"]) == (1 + len(steps), False)
    logged = select(nv_site, "status", "logs", f"sid = {post_id} ORDER BY id")
    assert [int(code) for [code] in logged] == [4, *(code for _, _, code in steps)]


def test_a_returned_article_is_its_reporters_to_revise_and_resubmit(nv_site):
    post = create(nv_site, title="Bài bị trả lại")
    ok(status(nv_site, "reporter", post["id"], "pending"))
    ok(status(nv_site, "editor", post["id"], "nd-returned"))
    revised = call(
        nv_site,
        "reporter",
        "NewsdeskUpdate",
        id=str(post["id"]),
        if_rev="3",
        payload=json.dumps({"bodyhtml": "<p>Đã sửa theo ghi chú.</p>"}),
    )
    assert ok(revised)["post"]["status"] == "nd-returned"
    resubmitted = ok(status(nv_site, "reporter", post["id"], "pending"))["post"]
    assert (resubmitted["status"], resubmitted["rev"]) == ("pending", 5)
    assert resubmitted["bodyhtml"] == "<p>Đã sửa theo ghi chú.</p>"


def test_an_edit_leaves_the_version_before_in_the_history_when_the_module_keeps_one(nv_site):
    def keep_history(on: bool) -> None:
        where = "WHERE lang = 'vi' AND module = 'news' AND config_name = 'active_history'"
        query(nv_site, f"UPDATE nv4_config SET config_value = {int(on)} {where}")  # noqa: S608
        nvsite._clear_cache(nvsite._layout(Path(nv_site.dir)))

    post = create(nv_site, title="Bản trước", tags=["cũ"])
    keep_history(on=True)
    try:
        sent = json.dumps({"title": "Bản sau", "tags": ["mới"]})
        ok(call(nv_site, "editor", "NewsdeskUpdate", id=str(post["id"]), payload=sent))
    finally:
        keep_history(on=False)
    kept = select(
        nv_site, "title, tags, changed_fields, admin_id", "row_histories", f"new_id = {post['id']}"
    )
    assert kept == [["Bản trước", "cũ", "title,tags", str(nv_site.users["editor"].admin_id)]]
    sent = json.dumps({"title": "Bản không lưu lịch sử"})
    ok(call(nv_site, "editor", "NewsdeskUpdate", id=str(post["id"]), payload=sent))
    assert len(select(nv_site, "id", "row_histories", f"new_id = {post['id']}")) == 1


def test_an_update_moves_the_category_copy_and_drops_what_it_removes(nv_site):
    media = ok(upload(nv_site, jpeg(77)))["media"]
    tag = f"thẻ {uuid.uuid4().hex[:6]}"
    post = create(nv_site, "editor", tags=[tag, "chung"], media_id=media["id"], image_alt="Ảnh")
    post_id = post["id"]
    [[tid, numnews]] = select(nv_site, "tid, numnews", "tags", f"keywords = '{tag}'")
    assert numnews == "1"
    products = nv_site.categories["San-pham"]
    sent = json.dumps({"catid": products, "tags": ["chung"], "media_id": None, "meta": {"x": "1"}})
    moved = ok(call(nv_site, "editor", "NewsdeskUpdate", id=str(post_id), payload=sent))["post"]
    assert (moved["catids"], moved["catnames"], moved["tags"]) == (
        [products],
        ["Sản phẩm"],
        ["chung"],
    )
    assert moved["image"] is None
    assert moved["meta"] == {"x": "1", "client_uuid": post["meta"]["client_uuid"]}
    assert moved["link"].startswith(f"{nv_site.url}/San-pham/")
    assert select(nv_site, "id", "1", f"id = {post_id}") == []
    assert select(nv_site, "catid, homeimgfile", str(products), f"id = {post_id}") == [
        [str(products), ""]
    ]
    assert select(nv_site, "numnews", "tags", f"tid = {tid}") == [["0"]]
    assert select(nv_site, "keyword", "tags_id", f"id = {post_id}") == [["chung"]]
