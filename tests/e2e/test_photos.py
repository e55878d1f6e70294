"""A reporter's featured photo on the real WordPress. Contributors may not upload media: with
the Newsdesk Bridge plugin the photo waits on the site, unpublished, and becomes the featured
image when an editor approves (on their desk or in wp-admin); the editor reviews it first.
A site that lets reporters upload gets the photo once, as the featured image."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core import Byline, FeaturedImage, new_article
from newsdesk.core.workflow import Action
from newsdesk.paths import Paths
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress

TIMEOUT = 30


def _desk(root: Path, who: str, site: Any) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _photo(tmp_path: Path, colour: tuple[int, int, int]) -> Path:
    photo = tmp_path / "hội-nghị.jpg"
    Image.new("RGB", (64, 48), colour).save(photo)
    return photo


def _article_with_photo(ctx: AppContext, photo: Path, title: str) -> int:
    image = FeaturedImage(str(photo), "Quang cảnh hội nghị", "Thủy Phương", "Hội nghị")
    article = ctx.store.create_article(
        new_article(
            title=title,
            sapo="QTO - Sáng 18/12, hội nghị triển khai nhiệm vụ năm 2021.",
            body="Nội dung.",
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
            featured_image=image,
        )
    )
    return article.pk


def _get(site: Any, route: str, who: str = "editor", **params: Any) -> Any:
    user = site.users[who]
    answer = requests.get(
        f"{site.url}/?rest_route={route}",
        auth=(user["user"], user["app_password"]),
        params={"context": "edit", **params},
        timeout=TIMEOUT,
    )
    answer.raise_for_status()
    return answer.json()


def _remote_id(ctx: AppContext, article_id: int) -> int:
    remote_id = ctx.store.remotes(article_id)[0].remote_id
    assert remote_id is not None
    return remote_id


def _featured(site: Any, remote_id: int, sha: str) -> dict[str, Any]:
    """The post's featured image, checked to be the reporter's photo, uploaded once."""
    post = _get(site, f"/wp/v2/posts/{remote_id}")
    assert post["featured_media"] > 0
    assert post["newsdesk_held_photo"] is None
    media = _get(site, f"/wp/v2/media/{post['featured_media']}")
    assert "Quang cảnh hội nghị" in media["caption"]["raw"]
    assert "Thủy Phương" in media["caption"]["raw"]
    assert media["alt_text"] == "Hội nghị"
    assert media["source_url"].rsplit("/", 1)[-1].startswith(sha[:16])
    assert len(_get(site, "/wp/v2/media", search=sha[:16])) == 1
    return media


def test_photo_waits_for_the_editor_who_reviews_and_approves_it(tmp_path: Path, wp_site) -> None:
    photo = _photo(tmp_path, (200, 30, 30))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    mine = _article_with_photo(reporter, photo, "Tin có ảnh chờ duyệt")

    reporter.desk.submit(mine, "portal")
    report = reporter.desk.sync("portal")
    assert report.ok, report.problems
    assert len(report.notices) == 1
    assert "waits on" in report.notices[0]
    remote_id = _remote_id(reporter, mine)
    post = _get(wp_site, f"/wp/v2/posts/{remote_id}")
    assert post["featured_media"] == 0
    assert post["newsdesk_held_photo"]["sha256"] == sha
    assert _get(wp_site, "/wp/v2/media", search=sha[:16]) == []  # not in the media library
    anonymous = requests.get(
        f"{wp_site.url}/?rest_route=/newsdesk/v1/posts/{remote_id}/held-photo", timeout=TIMEOUT
    )
    assert anonymous.status_code == 401

    # Sending the article again does not send the photo again.
    reporter.desk.submit(mine, "portal")
    report = reporter.desk.sync("portal")
    assert report.ok
    assert report.notices == []

    # The queue says a photo waits; the editor opens it and sees the photo; approving puts
    # it in the media library.
    queued = next(p for p in editor.desk.review_queue("portal") if p.id == remote_id)
    assert queued.held_photo is not None
    assert queued.held_photo.sha256 == sha
    theirs = editor.desk.open_submission("portal", remote_id)
    assert theirs.featured_image is not None
    assert hashlib.sha256(Path(theirs.featured_image.path).read_bytes()).hexdigest() == sha
    assert theirs.featured_image.caption == "Quang cảnh hội nghị"
    assert theirs.featured_image.credit == "Thủy Phương"
    editor.desk.act(theirs.pk, "portal", Action.APPROVE)
    report = editor.desk.sync("portal")
    assert report.ok, report.problems
    _featured(wp_site, remote_id, sha)

    # The reporter's next sync neither holds nor uploads it again.
    assert reporter.desk.sync("portal").ok
    _featured(wp_site, remote_id, sha)
    reporter.close()
    editor.close()


def test_photo_added_later_reaches_the_editor_who_already_has_the_article(
    tmp_path: Path, wp_site
) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    mine = _article_with_photo(reporter, _photo(tmp_path, (90, 90, 20)), "Tin ảnh gửi sau")
    reporter.store.save_article(reporter.store.get_article(mine).edited(featured_image=None))
    reporter.desk.submit(mine, "portal")
    assert reporter.desk.sync("portal").ok
    remote_id = _remote_id(reporter, mine)
    theirs = editor.desk.open_submission("portal", remote_id)
    assert theirs.featured_image is None

    photo = _photo(tmp_path, (20, 90, 90))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    image = FeaturedImage(str(photo), "Quang cảnh hội nghị", "Thủy Phương", "Hội nghị")
    reporter.store.save_article(reporter.store.get_article(mine).edited(featured_image=image))
    reporter.desk.submit(mine, "portal")
    assert reporter.desk.sync("portal").ok

    report = editor.desk.sync("portal")
    assert report.ok, report.problems
    pulled = editor.store.get_article(theirs.pk)
    assert pulled.featured_image is not None
    assert hashlib.sha256(Path(pulled.featured_image.path).read_bytes()).hexdigest() == sha
    assert pulled.featured_image.caption == "Quang cảnh hội nghị"
    assert _get(wp_site, "/wp/v2/media", search=sha[:16]) == []  # still waiting for approval
    reporter.close()
    editor.close()


def test_photo_taken_off_stays_off_when_approved(tmp_path: Path, wp_site) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    mine = _article_with_photo(reporter, _photo(tmp_path, (120, 0, 120)), "Tin bỏ ảnh")
    reporter.desk.submit(mine, "portal")
    assert reporter.desk.sync("portal").ok
    remote_id = _remote_id(reporter, mine)

    # The reporter takes the photo off: it no longer waits.
    reporter.store.save_article(reporter.store.get_article(mine).edited(featured_image=None))
    reporter.desk.submit(mine, "portal")
    assert reporter.desk.sync("portal").ok
    assert _get(wp_site, f"/wp/v2/posts/{remote_id}")["newsdesk_held_photo"] is None

    # A second photo waits; the editor takes it off on their desk and approves.
    photo = _photo(tmp_path, (0, 120, 120))
    image = FeaturedImage(str(photo), "Quang cảnh hội nghị", "Thủy Phương", "Hội nghị")
    reporter.store.save_article(reporter.store.get_article(mine).edited(featured_image=image))
    reporter.desk.submit(mine, "portal")
    assert reporter.desk.sync("portal").ok
    theirs = editor.desk.open_submission("portal", remote_id)
    assert theirs.featured_image is not None
    editor.store.save_article(theirs.edited(featured_image=None))
    editor.desk.act(theirs.pk, "portal", Action.APPROVE)
    report = editor.desk.sync("portal")
    assert report.ok, report.problems

    post = _get(wp_site, f"/wp/v2/posts/{remote_id}")
    assert post["status"] == "nd-approved"
    assert post["featured_media"] == 0
    assert post["newsdesk_held_photo"] is None
    reporter.close()
    editor.close()


def test_photo_becomes_featured_when_approved_on_the_site(tmp_path: Path, wp_site) -> None:
    photo = _photo(tmp_path, (30, 160, 30))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    reporter = _desk(tmp_path, "reporter", wp_site)
    mine = _article_with_photo(reporter, photo, "Tin có ảnh duyệt trên trang")
    reporter.desk.submit(mine, "portal")
    assert reporter.desk.sync("portal").ok
    remote_id = _remote_id(reporter, mine)

    editor = wp_site.users["editor"]
    approved = requests.post(
        f"{wp_site.url}/?rest_route=/wp/v2/posts/{remote_id}",
        auth=(editor["user"], editor["app_password"]),
        json={"status": "nd-approved"},
        timeout=TIMEOUT,
    )
    assert approved.status_code == 200, approved.text

    _featured(wp_site, remote_id, sha)
    reporter.close()


def test_photo_goes_up_once_where_reporters_may_upload(tmp_path: Path, wp_site) -> None:
    photo = _photo(tmp_path, (30, 30, 200))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    reporter = _desk(tmp_path, "reporter", wp_site)
    mine = _article_with_photo(reporter, photo, "Tin có ảnh phóng viên tải lên")

    wpsite.set_option(wp_site.dir, "newsdesk_bridge_reporter_uploads", value=True)
    try:
        reporter.desk.submit(mine, "portal")
        report = reporter.desk.sync("portal")
        assert report.ok, report.problems
        assert report.notices == []
        reporter.desk.submit(mine, "portal")
        assert reporter.desk.sync("portal").ok
    finally:
        wpsite.set_option(wp_site.dir, "newsdesk_bridge_reporter_uploads", value=False)
    _featured(wp_site, _remote_id(reporter, mine), sha)
    reporter.close()
