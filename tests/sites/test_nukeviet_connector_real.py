"""The NukeViet connector against the real NukeViet 4.5 with the Newsdesk API installed
(scripts/nvsite.py): roles and rights, articles, media, the workflow, and each bad input."""

from __future__ import annotations

import hashlib
import html
import io
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from newsdesk.core import Byline, OutboxAction, Site, SiteKind, new_article
from newsdesk.core.article import Article, FeaturedImage
from newsdesk.core.audit import AuditEntry, verify
from newsdesk.render.photos import photo_ref
from newsdesk.sites import nv_signing
from newsdesk.sites.base import Capability, RemoteStatus
from newsdesk.sites.errors import AuthError, Conflict, NotASite, NotFound, PermissionDenied
from newsdesk.sites.mapping import (
    article_from_post,
    markdown_is_content,
    outgoing_post,
    post_markdown,
)
from newsdesk.sites.nukeviet import NukeVietConnector
from newsdesk.sites.registry import make_connector
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from newsdesk.text.normalize import clean_block
from newsdesk.text.plain_import import parse_plain_article
from tests.nvsite_fixture import nvsite

pytestmark = pytest.mark.nukeviet

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"
ACTIONS = (
    Path(__file__).resolve().parents[2] / "packaging" / "nukeviet" / "modules" / "news" / "Api"
)


def connect(site: Any, login: str) -> NukeVietConnector:
    user = site.users[login]
    return NukeVietConnector(site.url, user.api_key, user.api_secret)


@pytest.fixture
def reporter(nv_site) -> Iterator[NukeVietConnector]:
    connector = connect(nv_site, "reporter")
    yield connector
    connector.close()


@pytest.fixture
def editor(nv_site) -> Iterator[NukeVietConnector]:
    connector = connect(nv_site, "editor")
    yield connector
    connector.close()


def sample_article(**changes: Any) -> Article:
    """The sample article whole: its first paragraph as the sapo, the rest as the body."""
    imported = parse_plain_article(SAMPLE.read_text(encoding="utf-8"))
    sapo, _, body = imported.body.partition("\n\n")
    article = new_article(
        title=imported.title,
        sapo=sapo,
        body=body,
        bylines=(*imported.bylines, Byline("Minh Hà", "Ảnh")),
        source="Báo Quảng Trị",
        category="Tin tức",
        tags=("hội nghị", "Mặt trận"),  # not in the order NukeViet lists them
    )
    return article.edited(**changes) if changes else article


def jpeg(path: Path, color: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return hashlib.sha256(buffer.getvalue()).hexdigest()


# ----------------------------------------------------------------------------- who


def test_reporter_and_editor_roles_and_rights(nv_site, reporter, editor) -> None:
    me = reporter.whoami()
    assert (me.id, me.username, me.roles) == (
        nv_site.users["reporter"].admin_id,
        "reporter",
        ("contributor",),
    )
    assert editor.whoami().roles == ("editor",)
    assert {r.catid for r in reporter.rights()} == set(nv_site.categories.values())
    assert all(r.add and not (r.edit or r.publish or r.approve) for r in reporter.rights())
    assert all(r.add and r.edit and r.publish and r.approve for r in editor.rights())
    assert Capability.PUBLISH not in reporter.capabilities()
    assert {Capability.PUBLISH, Capability.SCHEDULING} <= editor.capabilities()
    assert Capability.HELD_PHOTOS not in editor.capabilities()


def test_categories(nv_site, reporter) -> None:
    names = {term.id: term.name for term in reporter.categories()}
    assert names[nv_site.categories["Tin-tuc"]] == "Tin tức"


# ----------------------------------------------------------------------------- articles


def test_sample_article_round_trip_is_byte_identical(reporter) -> None:
    article = sample_article()
    post = outgoing_post(article, RemoteStatus.DRAFT)
    created = reporter.create_post(post)
    read = reporter.get_post(created.id)
    assert read.content_html == post.content_html
    assert read.meta == post.meta
    assert read.title == article.title
    assert read.excerpt == article.sapo
    assert read.meta.markdown == article.body
    assert read.meta.sapo == article.sapo
    assert read.meta.client_uuid == article.uuid
    assert read.category_names == ("Tin tức",)
    assert markdown_is_content(read)
    back = article_from_post(read, new_article().edited(uuid=article.uuid))
    assert (back.title, back.sapo, back.body) == (article.title, article.sapo, article.body)
    assert (back.bylines, back.source, back.tags) == (article.bylines, article.source, article.tags)


def test_create_is_idempotent_and_found_by_uuid(reporter) -> None:
    post = outgoing_post(sample_article(), RemoteStatus.PENDING)
    first = reporter.create_post(post)
    again = reporter.create_post(post)
    assert again.id == first.id
    assert first.status == "pending"
    assert first.version == "rev:1"
    found = reporter.find_by_client_uuid(post.meta.client_uuid)
    assert found is not None
    assert found.id == first.id
    assert reporter.find_by_client_uuid(str(uuid.uuid4())) is None


def test_a_stale_update_is_a_conflict(reporter, editor) -> None:
    article = sample_article()
    created = reporter.create_post(outgoing_post(article, RemoteStatus.PENDING))
    editor.update_post(
        created.id,
        replace(
            outgoing_post(article.edited(title="Biên tập sửa tiêu đề"), RemoteStatus.PENDING),
            changed=frozenset({"title"}),
        ),
        if_version=created.version,
    )
    with pytest.raises(Conflict) as caught:
        reporter.update_post(
            created.id,
            replace(
                outgoing_post(article.edited(title="Phóng viên sửa"), RemoteStatus.PENDING),
                changed=frozenset({"title"}),
            ),
            if_version=created.version,
        )
    assert caught.value.code == "5004"
    now = reporter.get_post(created.id)
    assert now.title == "Biên tập sửa tiêu đề"
    assert now.meta.markdown == article.body  # a write of the title alone kept the rest


def test_workflow_statuses_and_rights(reporter, editor) -> None:
    created = reporter.create_post(outgoing_post(sample_article(), RemoteStatus.DRAFT))
    assert reporter.set_status(created.id, RemoteStatus.PENDING).status == "pending"
    assert created.id in [p.id for p in editor.list_posts(RemoteStatus.PENDING)]
    with pytest.raises(PermissionDenied):
        reporter.set_status(created.id, RemoteStatus.PUBLISH)
    assert editor.set_status(created.id, RemoteStatus.RETURNED).status == "nd-returned"
    assert reporter.set_status(created.id, RemoteStatus.PENDING).status == "pending"
    assert editor.set_status(created.id, RemoteStatus.APPROVED).status == "nd-approved"
    published = editor.set_status(created.id, RemoteStatus.PUBLISH)
    assert published.status == "publish"
    assert reporter.get_post(created.id).readable_only
    page = requests.get(published.link, timeout=20)
    assert page.status_code == 200
    # The author line in the portal's own "Tác giả", not again at the end of the body.
    assert "Tác giả: </strong>Thủy Phương; Ảnh: Minh Hà" in html.unescape(page.text)
    assert "newsdesk-byline" not in page.text


def test_media_upload_find_and_featured_image(reporter, tmp_path) -> None:
    photo = tmp_path / "ảnh hội nghị.jpg"
    sha = jpeg(photo, (200, 30, 30))
    assert reporter.find_media(sha) is None
    media = reporter.upload_media(photo, sha256=sha, alt="Toàn cảnh hội nghị")
    assert media.url.count(sha[:16]) == 1
    assert media.url.endswith(f"/{sha[:16]}-anh-hoi-nghi.jpg")
    assert reporter.find_media(sha) == media
    assert reporter.upload_media(photo, sha256=sha) == media
    assert reporter.fetch_media(media.url) == photo.read_bytes()
    article = sample_article()
    post = outgoing_post(article, RemoteStatus.DRAFT, featured_media=media.id)
    post = replace(post, meta=replace(post.meta, image_caption="Toàn cảnh hội nghị"))
    created = reporter.create_post(post)
    assert created.featured_media == media.id
    assert created.meta.image_caption == "Toàn cảnh hội nghị"


def test_notes_and_audit(reporter, editor) -> None:
    created = reporter.create_post(outgoing_post(sample_article(), RemoteStatus.PENDING))
    sent = {"id": str(uuid.uuid4()), "anchor": '{"index": 1}', "text": "Sửa đoạn 2 giúp"}
    note = editor.add_note(created.id, sent)
    assert (note["id"], note["text"]) == (sent["id"], sent["text"])
    assert reporter.notes(created.id) == [note]
    assert reporter.get_post(created.id).activity != created.activity

    def entry(action: str, source: str, target: str, prev_hash: str) -> dict[str, str]:
        return {
            "id": str(uuid.uuid4()),
            "action": action,
            "from_status": source,
            "to_status": target,
            "content_sha": "ab" * 32,
            "prev_hash": prev_hash,
        }

    reporter.append_audit(created.id, entry("submit", "draft", "submitted", ""))
    chain = [AuditEntry.from_dict(e) for e in editor.audit(created.id)]
    assert [(e.action, e.user, e.role) for e in chain] == [("submit", "reporter", "reporter")]
    assert verify(chain) is None
    editor.set_status(created.id, RemoteStatus.APPROVED)
    with pytest.raises(Conflict) as stale:
        editor.append_audit(created.id, entry("approve", "submitted", "approved", "f" * 64))
    assert stale.value.code == "5005"
    editor.append_audit(created.id, entry("approve", "submitted", "approved", chain[-1].hash))
    assert len(reporter.audit(created.id)) == 2


# ----------------------------------------------------------------------------- bad input


def test_wrong_secret_and_wrong_key(nv_site) -> None:
    user = nv_site.users["reporter"]
    with pytest.raises(AuthError) as wrong_secret:
        NukeVietConnector(nv_site.url, user.api_key, "not the secret").whoami()
    with pytest.raises(AuthError) as wrong_key:
        NukeVietConnector(nv_site.url, "x" * 32, user.api_secret).whoami()
    assert (wrong_secret.value.code, wrong_key.value.code) == ("0014", "0013")
    assert "API key and secret" in str(wrong_secret.value)
    assert user.api_secret not in str(wrong_key.value)


@pytest.mark.parametrize("off", [600.0, -600.0])
def test_a_clock_ten_minutes_off_still_works(nv_site, monkeypatch, off) -> None:
    monkeypatch.setattr(nv_signing, "local_time", lambda: time.time() + off)
    connector = connect(nv_site, "reporter")
    assert connector.whoami().username == "reporter"
    assert abs(connector.clock.offset + off) < 2
    created = connector.create_post(outgoing_post(sample_article(), RemoteStatus.DRAFT))
    assert connector.get_post(created.id).id == created.id
    monkeypatch.undo()  # the clock right again: the site's clock, shared, is measured anew
    assert connector.get_post(created.id).id == created.id
    assert abs(connector.clock.offset) < 2


def test_remote_api_switched_off_is_named(nv_site, reporter) -> None:
    config = nvsite._layout(Path(nv_site.dir)).config_global
    original = config.read_text(encoding="utf-8")
    config.write_text(
        original.replace(
            "$global_config['remote_api_access'] = 1;", "$global_config['remote_api_access'] = 0;"
        ),
        encoding="utf-8",
    )
    try:
        assert config.read_text(encoding="utf-8") != original
        with pytest.raises(NotASite) as caught:
            reporter.whoami()
    finally:
        config.write_text(original, encoding="utf-8")
    assert caught.value.code == "0011"
    assert "Bật Remote API" in str(caught.value)
    assert reporter.whoami().username == "reporter"


# ----------------------------------------------------------------------------- the engine


def test_the_sync_engine_submits_and_updates_through_the_connector(nv_site, tmp_path) -> None:
    user = nv_site.users["reporter"]
    store = Store.open(tmp_path / "desk.sqlite3")
    site = store.add_site(
        Site("cong", nv_site.url, user.api_key, kind=SiteKind.NUKEVIET, roles=("contributor",))
    )
    photo = tmp_path / "anh.jpg"
    jpeg(photo, (20, 90, 200))
    article = store.create_article(
        sample_article(featured_image=FeaturedImage(str(photo), "Toàn cảnh hội nghị", "Minh Hà"))
    )
    engine = SyncEngine(
        store,
        lambda s: make_connector(s, user.api_secret),
        retry=RetryPolicy(attempts=1),
        workers=1,
    )
    store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    report = engine.run()
    assert report.problems == []
    assert report.sent == [article.pk]
    ref = store.get_remote(article.pk, site.pk)
    assert ref is not None
    assert ref.remote_id is not None
    reporter = connect(nv_site, "reporter")
    post = reporter.get_post(ref.remote_id)
    assert (post.status, post.title, post.meta.markdown) == ("pending", article.title, article.body)
    assert post.featured_media
    assert post.meta.image_caption == "Toàn cảnh hội nghị"

    edited = store.save_article(store.get_article(article.pk).edited(title="Tiêu đề đã sửa"))
    store.enqueue(edited.pk, site.pk, OutboxAction.SUBMIT)
    report = engine.run()
    assert report.problems == []
    again = reporter.get_post(ref.remote_id)
    assert again.title == "Tiêu đề đã sửa"
    assert again.version == "rev:2"
    assert again.meta.markdown == article.body
    store.close()


def test_a_category_without_rights_and_anothers_article_are_refused(nv_site, reporter) -> None:
    other = connect(nv_site, "reporter2")
    names = {term.id: term.name for term in other.categories()}
    refused = names[nv_site.categories["Tuyen-dung"]]
    assert all(r.catid != nv_site.categories["Tuyen-dung"] or not r.add for r in other.rights())
    with pytest.raises(PermissionDenied) as caught:
        other.create_post(outgoing_post(sample_article(category=refused), RemoteStatus.DRAFT))
    assert caught.value.code == "5003"
    assert refused in str(caught.value)  # the site names the category
    assert "Ask an editor" in str(caught.value)
    mine = reporter.create_post(outgoing_post(sample_article(), RemoteStatus.DRAFT))
    with pytest.raises(NotFound):
        other.get_post(mine.id)


def test_the_newsdesk_api_not_installed_is_named(nv_site, reporter) -> None:
    action = nvsite._layout(Path(nv_site.dir)).www / "modules/news/Api/NewsdeskWhoami.php"
    aside = action.with_suffix(".aside")
    action.rename(aside)
    try:
        with pytest.raises(NotASite) as caught:
            reporter.whoami()
    finally:
        aside.rename(action)
    assert caught.value.code == "0004"
    assert "Newsdesk API is not installed" in str(caught.value)
    assert "packaging/nukeviet/README.md" in str(caught.value)
    assert reporter.whoami().username == "reporter"


def test_markdown_that_nukeviets_filter_rewrites_reads_back_as_sent(reporter, tmp_path) -> None:
    photo = tmp_path / "hội nghị.jpg"
    sha = jpeg(photo, (10, 120, 40))
    media = reporter.upload_media(photo, sha256=sha)
    body = (
        'Đoạn **đậm**, [liên kết](https://example.org/a?b=1&c=2 "tiêu đề") - "trích" \'nháy\''
        " [1].\n\n## Trung đề\n\n> Trích dẫn\n\n- một\n- hai\n\n---\n\n"
        f'![Quang cảnh]({photo_ref(sha, "hoi-nghi.jpg")} "Quang cảnh - Ảnh: Minh Hà")\n\n'
        "| Chỉ tiêu | Kết quả |\n|:---|---:|\n| Hộ nghèo | 1.234 |\n\n`mã <b>` & ký hiệu < >"
    )
    assert clean_block(body) == body  # as the desk keeps a body
    article = sample_article(body=body)
    post = outgoing_post(article, RemoteStatus.DRAFT, photos=lambda _ref: media.url)
    assert media.url in post.content_html
    read = reporter.get_post(reporter.create_post(post).id)
    assert read.content_html == post.content_html
    assert markdown_is_content(read)
    assert post_markdown(read) == body
