"""Which way a featured photo goes when the reporter may not upload it (fast, with a fake
site; tests/e2e/test_photos.py covers the real WordPress and the plugin)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core import Byline, FeaturedImage, OutboxAction, Site, new_article
from newsdesk.core.site import RemoteMedia
from newsdesk.store import Store, file_sha256
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sync.fakes import FakeSite


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "desk.sqlite3")
    yield store
    store.close()


def _submit_with_photo(store: Store, tmp_path: Path) -> tuple[Site, int, Path]:
    site = store.add_site(Site("portal", "https://example.org", "reporter", roles=("contributor",)))
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg, but bytes with a hash")
    article = store.create_article(
        new_article(
            title="Tin có ảnh",
            body="Nội dung.",
            bylines=(Byline("Thủy Phương"),),
            featured_image=FeaturedImage(str(photo), "Chú thích", "Thủy Phương"),
        )
    )
    store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    return site, article.pk, photo


def _sync(store: Store, fake: FakeSite):
    engine = SyncEngine(store, lambda _s: fake.connector(), retry=RetryPolicy(attempts=1))
    return engine.run()


def test_without_a_place_to_wait_the_reporter_is_told_to_send_it_another_way(
    store, tmp_path
) -> None:
    fake = FakeSite()
    _submit_with_photo(store, tmp_path)

    report = _sync(store, fake)

    assert report.ok
    assert len(fake.posts) == 1
    assert fake.held == {}
    assert len(report.notices) == 1
    assert "may not upload photos" in report.notices[0]


def test_photo_is_left_for_approval_once(store, tmp_path) -> None:
    fake = FakeSite(holds_photos=True)
    site, article_id, photo = _submit_with_photo(store, tmp_path)

    first = _sync(store, fake)
    store.enqueue(article_id, site.pk, OutboxAction.SUBMIT)
    second = _sync(store, fake)

    remote_id = store.get_remote(article_id, site.pk).remote_id
    assert fake.held == {remote_id: file_sha256(photo)}
    assert len(first.notices) == 1
    assert "waits on" in first.notices[0]
    assert second.ok
    assert second.notices == []  # already waiting: neither sent nor announced again


def test_a_changed_photo_replaces_the_one_waiting(store, tmp_path) -> None:
    fake = FakeSite(holds_photos=True)
    site, article_id, photo = _submit_with_photo(store, tmp_path)
    _sync(store, fake)

    photo.write_bytes(b"\xff\xd8\xff\xe0 another photo")
    store.enqueue(article_id, site.pk, OutboxAction.SUBMIT)
    report = _sync(store, fake)

    remote_id = store.get_remote(article_id, site.pk).remote_id
    assert fake.held == {remote_id: file_sha256(photo)}
    assert len(report.notices) == 1


def _take_photo_off(store: Store, site: Site, article_id: int) -> None:
    store.save_article(store.get_article(article_id).edited(featured_image=None))
    store.enqueue(article_id, site.pk, OutboxAction.SUBMIT)


def test_a_photo_taken_off_the_article_stops_waiting(store, tmp_path) -> None:
    fake = FakeSite(holds_photos=True)
    site, article_id, _photo = _submit_with_photo(store, tmp_path)
    _sync(store, fake)

    _take_photo_off(store, site, article_id)
    report = _sync(store, fake)

    assert report.ok
    assert fake.held == {}
    assert report.notices == []


def test_a_photo_held_since_by_someone_else_stays(store, tmp_path) -> None:
    fake = FakeSite(holds_photos=True)
    site, article_id, _photo = _submit_with_photo(store, tmp_path)
    _sync(store, fake)
    remote_id = store.get_remote(article_id, site.pk).remote_id
    fake.held[remote_id] = "f" * 64  # a newer photo, sent from another desk

    _take_photo_off(store, site, article_id)
    assert _sync(store, fake).ok

    assert fake.held == {remote_id: "f" * 64}


def test_an_upload_remembered_without_its_address_does_not_stop_the_send(store, tmp_path) -> None:
    # A desk that remembered uploads before it kept their addresses, for a reporter who may
    # no longer upload: the featured photo keeps its id; the body's photo, whose address the
    # site cannot give, waits for the editor instead of failing the send.
    fake = FakeSite(holds_photos=True)
    site, article_id, featured = _submit_with_photo(store, tmp_path)
    inside = tmp_path / "trong-bai.jpg"
    inside.write_bytes(b"\xff\xd8 the body's photo")
    ref, _kept = store.photos.keep(inside)
    article = store.get_article(article_id)
    store.save_article(article.edited(body=f"{article.body}\n\n![Ảnh]({ref})"))
    store.remember_media(site.pk, file_sha256(featured), RemoteMedia(6, ""))
    store.remember_media(site.pk, file_sha256(inside), RemoteMedia(7, ""))

    report = _sync(store, fake)

    assert report.ok, report.problems
    (post,) = fake.posts.values()
    assert post.featured_media == 6
    assert "<img" not in post.content_html
    assert fake.held_body == {post.id: [file_sha256(inside)]}
    assert any("wait on" in notice for notice in report.notices)
