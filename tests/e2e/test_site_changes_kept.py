"""What someone else changed on the real site survives a move from a desk that has not seen
it: a field changed by another desk or in wp-admin, and the post's text corrected in the
WordPress editor. With and without the Newsdesk Bridge plugin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests

from newsdesk.context import AppContext
from newsdesk.core import Byline, WorkflowStatus, new_article
from newsdesk.core.workflow import Action
from newsdesk.paths import Paths
from tests.e2e.helpers import newsdesk, show
from tests.text.samples import SAMPLE_TITLE, sample_markdown
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress

S = WorkflowStatus
TIMEOUT = 30
SAPO = (
    "QTO - Ngày 25/12/2020, Hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - "
    "xã hội cấp tỉnh quý IV đã triển khai nhiệm vụ trọng tâm năm 2021."
)
# The sample article's two long paragraphs (664 and 3,709 characters).
BODY = "\n\n".join(p for p in sample_markdown().split("\n\n")[1:3])
ON_SITE_OLD, ON_SITE_NEW = "Chủ tịch HĐND tỉnh chủ trì", "Chủ tịch HĐND tỉnh đã chủ trì"


def _desk(root: Path, who: str, site: Any) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _rest(site: Any, method: str, route: str, **kwargs: Any) -> Any:
    """The REST API as the site's editor uses it from wp-admin or another tool."""
    answer = requests.request(
        method,
        f"{site.url}/?rest_route=/{route}",
        auth=site.auth("editor"),
        timeout=TIMEOUT,
        **kwargs,
    )
    assert answer.status_code < 400 or answer.json().get("code") == "term_exists", answer.text
    return answer.json()


def _tag_id(site: Any, name: str) -> int:
    made = _rest(site, "POST", "wp/v2/tags", json={"name": name})
    return int(made["data"]["term_id"] if "data" in made else made["id"])


def _post(site: Any, remote_id: int) -> dict[str, Any]:
    post: dict[str, Any] = _rest(
        site, "GET", f"wp/v2/posts/{remote_id}", params={"context": "edit"}
    )
    return post


def _submitted(reporter: AppContext, title: str) -> tuple[int, int]:
    """The reporter's sample article, in "Tin tức" with one tag, submitted."""
    mine = reporter.store.create_article(
        new_article(
            title=title,
            sapo=SAPO,
            body=BODY,
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
            tags=("Mặt trận",),
        )
    )
    reporter.desk.submit(mine.pk, "portal")
    report = reporter.desk.sync("portal")
    assert report.ok, report.problems
    ref = reporter.store.get_remote(mine.pk, reporter.desk.site("portal").pk)
    assert ref is not None
    assert ref.remote_id is not None
    return mine.pk, ref.remote_id


def _approval_keeps_what_others_changed(root: Path, site: Any, title: str) -> None:
    reporter, editor = _desk(root, "reporter", site), _desk(root, "editor", site)
    try:
        mine, remote_id = _submitted(reporter, title)
        theirs = editor.desk.open_submission("portal", remote_id).pk
        assert editor.store.get_article(theirs).category == "Tin tức"

        # The reporter moves it to another category; in wp-admin someone adds a tag.
        article = reporter.store.get_article(mine)
        reporter.store.save_article(article.edited(category="Hoạt động Mặt trận"))
        reporter.desk.submit(mine, "portal")
        assert reporter.desk.sync("portal").ok
        tags = _post(site, remote_id)["tags"]
        _rest(
            site,
            "POST",
            f"wp/v2/posts/{remote_id}",
            json={"tags": [*tags, _tag_id(site, "Quý IV")]},
        )

        # The editor, whose copy still says "Tin tức", shortens the sapo and approves.
        copy = editor.store.get_article(theirs)
        short_sapo = "QTO - Hội nghị giao ban quý IV năm 2020."
        editor.store.save_article(copy.edited(sapo=short_sapo))
        editor.desk.act(theirs, "portal", Action.APPROVE)
        report = editor.desk.sync("portal")
        assert report.ok, report.problems

        post = _post(site, remote_id)
        assert post["categories"] == [site.categories["Hoạt động Mặt trận"]]
        assert len(post["tags"]) == 2
        assert post["excerpt"]["raw"] == short_sapo
        assert post["status"] in ("nd-approved", "pending")
        approved = editor.store.get_article(theirs)
        assert approved.category == "Hoạt động Mặt trận"
        assert set(approved.tags) == {"Mặt trận", "Quý IV"}
        assert approved.sapo == short_sapo
        assert approved.status is S.APPROVED

    finally:
        reporter.close()
        editor.close()


def test_an_approval_keeps_fields_changed_on_the_site(tmp_path: Path, wp_site: Any) -> None:
    _approval_keeps_what_others_changed(tmp_path, wp_site, "Giao ban có plugin")


def test_an_approval_keeps_fields_changed_on_the_site_without_the_plugin(
    tmp_path: Path, wp_site: Any
) -> None:
    wpsite.set_plugin(wp_site.dir, active=False)
    try:
        _approval_keeps_what_others_changed(tmp_path, wp_site, "Giao ban không plugin")
    finally:
        wpsite.set_plugin(wp_site.dir, active=True)


def _edit_text_on_site(site: Any, remote_id: int, old: str, new: str) -> None:
    """A correction typed into the WordPress editor: the HTML changes, the Markdown that
    Newsdesk keeps on the post does not."""
    content = _post(site, remote_id)["content"]["raw"]
    assert old in content
    _rest(site, "POST", f"wp/v2/posts/{remote_id}", json={"content": content.replace(old, new)})


def test_text_corrected_on_the_site_is_what_every_desk_reads_and_keeps(
    tmp_path: Path, wp_site: Any
) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    try:
        mine, remote_id = _submitted(reporter, "Giao ban sửa trên trang")
        _edit_text_on_site(wp_site, remote_id, ON_SITE_OLD, ON_SITE_NEW)
        assert ON_SITE_OLD in _post(wp_site, remote_id)["meta"]["newsdesk_markdown"]  # stale

        # Opened from the review queue, and with `newsdesk fetch`: the site's text.
        assert remote_id in [p.id for p in editor.desk.review_queue("portal")]
        opened_here = editor.desk.open_submission("portal", remote_id)
        assert ON_SITE_NEW in opened_here.body
        assert ON_SITE_OLD not in opened_here.body
        editor.close()
        fetched = int(newsdesk(tmp_path / "editor", "fetch", str(remote_id), "--site", "portal"))
        assert fetched == opened_here.pk
        opened = show(tmp_path / "editor", fetched)
        assert ON_SITE_NEW in opened["body"]
        assert ON_SITE_OLD not in opened["body"]
        editor = AppContext.open(Paths.resolve(tmp_path / "editor"))

        # The reporter's desk pulls it too.
        assert reporter.desk.sync("portal").ok
        assert ON_SITE_NEW in reporter.store.get_article(mine).body

        # Published, corrected again on the site; the editor's desk, which has not seen that,
        # corrects the title: the site's text stays.
        editor.desk.act(fetched, "portal", Action.APPROVE)
        editor.desk.act(fetched, "portal", Action.PUBLISH)
        assert editor.desk.sync("portal").ok
        _edit_text_on_site(wp_site, remote_id, "Sau khi nghe", "Sau khi lắng nghe")
        copy = editor.store.get_article(fetched)
        assert "Sau khi lắng nghe" not in copy.body
        editor.store.save_article(copy.edited(title=SAMPLE_TITLE))
        editor.desk.act(fetched, "portal", Action.CORRECT)
        report = editor.desk.sync("portal")
        assert report.ok, report.problems

        post = _post(wp_site, remote_id)
        assert post["title"]["raw"] == SAMPLE_TITLE
        for text in (post["content"]["raw"], post["meta"]["newsdesk_markdown"]):
            assert "Sau khi lắng nghe" in text
            assert ON_SITE_NEW in text
        corrected = editor.store.get_article(fetched)
        assert "Sau khi lắng nghe" in corrected.body
        assert corrected.status is S.CORRECTED
    finally:
        reporter.close()
        editor.close()
