"""Photos in an article's body on the real WordPress. A reporter who may upload sends them
into the media library and the post shows them; a contributor's wait on the site (Newsdesk
Bridge) and go in when the editor approves on their desk. Every desk keeps a copy, and no
photo goes up twice."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core import Byline, new_article
from newsdesk.core.workflow import Action
from tests.e2e.test_photos import _desk, _get, _remote_id
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress


def _article_with_body_photo(ctx: AppContext, tmp_path: Path, colour: tuple[int, int, int]):
    photo = tmp_path / f"Toàn cảnh {colour[0]}.jpg"
    Image.new("RGB", (80, 60), colour).save(photo)
    ref, _kept = ctx.store.photos.keep(photo)
    photo.unlink()  # the desk's copy is what goes out
    caption = "Toàn cảnh hội nghị - Ảnh: Thủy Phương"
    body = f'Đoạn mở đầu.\n\n![Toàn cảnh hội nghị]({ref} "{caption}")\n\nĐoạn kết.'
    article = ctx.store.create_article(
        new_article(
            title=f"Tin ảnh {colour}",
            sapo="QTO - Sáng nay, hội nghị giao ban quý IV.",
            body=body,
            bylines=(Byline("Thủy Phương"),),
        )
    )
    return article.pk, ref


def _shown(site: Any, remote_id: int) -> list[str]:
    content = _get(site, f"/wp/v2/posts/{remote_id}")["content"]["raw"]
    return re.findall(r'<img[^>]*src="([^"]+)"', content)


def _media_named(site: Any, prefix: str) -> int:
    return len(_get(site, "/wp/v2/media", search=prefix))


def test_a_reporter_who_may_upload_sends_body_photos_once(tmp_path: Path, wp_site) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    mine, ref = _article_with_body_photo(reporter, tmp_path, (200, 100, 0))
    prefix = ref.split(":")[1].split("/")[0]
    wpsite.set_option(wp_site.dir, "newsdesk_bridge_reporter_uploads", value=True)
    try:
        reporter.desk.submit(mine, "portal")
        report = reporter.desk.sync("portal")
        assert report.ok, report.problems
        assert report.notices == []
        remote_id = _remote_id(reporter, mine)
        (src,) = _shown(wp_site, remote_id)
        assert f"/{prefix}-" in src
        post = _get(wp_site, f"/wp/v2/posts/{remote_id}")
        assert (
            "<figcaption>Toàn cảnh hội nghị - Ảnh: Thủy Phương</figcaption>"
            in (post["content"]["raw"])
        )
        assert ref in post["meta"]["newsdesk_markdown"]

        reporter.desk.submit(mine, "portal")  # again: nothing goes up twice
        assert reporter.desk.sync("portal").ok
    finally:
        wpsite.set_option(wp_site.dir, "newsdesk_bridge_reporter_uploads", value=False)
    assert _shown(wp_site, remote_id) == [src]
    assert _media_named(wp_site, prefix) == 1
    assert reporter.store.get_article(mine).body.count(ref) == 1

    # The editor's desk fetches its own copy and keeps the photo through an approval.
    theirs = editor.desk.open_submission("portal", remote_id)
    kept = editor.store.photos.find(ref)
    assert kept is not None
    assert hashlib.sha256(kept.read_bytes()).hexdigest().startswith(prefix)
    editor.store.save_article(theirs.edited(body=theirs.body.replace("Đoạn kết.", "Kết luận.")))
    editor.desk.act(theirs.pk, "portal", Action.APPROVE)
    assert editor.desk.sync("portal").ok
    assert _shown(wp_site, remote_id) == [src]
    assert _media_named(wp_site, prefix) == 1
    reporter.close()
    editor.close()


def test_a_contributors_body_photo_waits_and_goes_in_with_the_approval(
    tmp_path: Path, wp_site
) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    mine, ref = _article_with_body_photo(reporter, tmp_path, (0, 100, 200))
    prefix = ref.split(":")[1].split("/")[0]
    reporter.desk.submit(mine, "portal")
    report = reporter.desk.sync("portal")
    assert report.ok, report.problems
    assert len(report.notices) == 1
    assert "wait on" in report.notices[0]
    remote_id = _remote_id(reporter, mine)
    assert _shown(wp_site, remote_id) == []
    waiting = _get(wp_site, f"/wp/v2/posts/{remote_id}")["newsdesk_held_body_photos"]
    assert [held["sha256"][:16] for held in waiting] == [prefix]
    assert _media_named(wp_site, prefix) == 0

    reporter.desk.submit(mine, "portal")  # again: held once, told once
    again = reporter.desk.sync("portal")
    assert again.ok
    assert again.notices == []
    assert len(_get(wp_site, f"/wp/v2/posts/{remote_id}")["newsdesk_held_body_photos"]) == 1

    theirs = editor.desk.open_submission("portal", remote_id)
    assert editor.store.photos.find(ref) is not None
    editor.desk.act(theirs.pk, "portal", Action.APPROVE)
    report = editor.desk.sync("portal")
    assert report.ok, report.problems
    (src,) = _shown(wp_site, remote_id)
    assert f"/{prefix}-" in src
    assert _media_named(wp_site, prefix) == 1

    editor.desk.act(theirs.pk, "portal", Action.PUBLISH)
    assert editor.desk.sync("portal").ok
    assert _get(wp_site, f"/wp/v2/posts/{remote_id}")["newsdesk_held_body_photos"] == []

    # The reporter's desk takes the editor's version without a conflict; the photo stays.
    assert reporter.desk.sync("portal").ok
    assert reporter.store.conflicts() == []
    assert ref in reporter.store.get_article(mine).body
    reporter.close()
    editor.close()
