"""A reporter's featured photo: WordPress contributors may not upload, so the article goes
without it and the reporter is told why; once the site lets reporters upload, the photo goes
up once and becomes the post's featured image."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core import Byline, FeaturedImage, new_article
from newsdesk.paths import Paths
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress


def test_reporter_photo_waits_then_goes_up_once(tmp_path: Path, wp_site) -> None:
    photo = tmp_path / "hội-nghị.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
    ctx = AppContext.open(Paths.resolve(tmp_path / "reporter"))
    user = wp_site.users["reporter"]
    ctx.desk.add_site("portal", wp_site.url, user["user"], user["app_password"])
    image = FeaturedImage(str(photo), "Quang cảnh hội nghị", "Thủy Phương", "Hội nghị")
    article = ctx.store.create_article(
        new_article(
            title="Tin có ảnh",
            body="Nội dung.",
            bylines=(Byline("Thủy Phương"),),
            featured_image=image,
        )
    )
    editor = wp_site.users["editor"]
    auth = (editor["user"], editor["app_password"])

    ctx.desk.submit(article.pk, "portal")
    report = ctx.desk.sync("portal")
    assert report.ok
    assert any("may not upload photos" in n for n in report.notices)
    remote_id = ctx.store.remotes(article.pk)[0].remote_id
    post = requests.get(
        f"{wp_site.url}/?rest_route=/wp/v2/posts/{remote_id}",
        auth=auth,
        params={"context": "edit"},
        timeout=30,
    ).json()
    assert post["featured_media"] == 0

    wpsite.set_option(wp_site.dir, "newsdesk_bridge_reporter_uploads", value=True)
    try:
        ctx.desk.submit(article.pk, "portal")
        report = ctx.desk.sync("portal")
        assert report.ok, report.problems
        assert report.notices == []
        ctx.desk.submit(article.pk, "portal")
        assert ctx.desk.sync("portal").ok
    finally:
        wpsite.set_option(wp_site.dir, "newsdesk_bridge_reporter_uploads", value=False)
    post = requests.get(
        f"{wp_site.url}/?rest_route=/wp/v2/posts/{remote_id}",
        auth=auth,
        params={"context": "edit"},
        timeout=30,
    ).json()
    assert post["featured_media"] > 0
    media = requests.get(
        f"{wp_site.url}/?rest_route=/wp/v2/media/{post['featured_media']}",
        auth=auth,
        params={"context": "edit"},
        timeout=30,
    ).json()
    assert "Quang cảnh hội nghị" in media["caption"]["raw"]
    assert media["alt_text"] == "Hội nghị"
    sha16 = media["source_url"].rsplit("/", 1)[-1][:16]
    found = requests.get(
        f"{wp_site.url}/?rest_route=/wp/v2/media", auth=auth, params={"search": sha16}, timeout=30
    ).json()
    assert len(found) == 1  # sent twice, uploaded once
    ctx.close()
