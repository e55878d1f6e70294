"""The whole path once, with real parts: a contributor's desk and an editor's desk, one real
WordPress, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from newsdesk.context import AppContext
from newsdesk.paths import Paths
from tests.e2e.helpers import newsdesk, sample_article_text, show, visible_text

pytestmark = pytest.mark.wordpress

SAPO = (
    "QTO - Ngày 25/12/2020, Hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - "
    "xã hội cấp tỉnh quý IV đã triển khai nhiệm vụ trọng tâm năm 2021."
)


def _add_site(data_dir: Path, site, who: str) -> None:
    user = site.users[who]
    out = newsdesk(
        data_dir,
        "site",
        "add",
        "portal",
        "--url",
        site.url,
        "--user",
        user["user"],
        stdin=user["app_password"] + "\n",
    )
    assert "portal" in out


def _edit(data_dir: Path, article_id: int, **changes: object) -> None:
    ctx = AppContext.open(Paths.resolve(data_dir))
    try:
        ctx.store.save_article(ctx.store.get_article(article_id).edited(**changes))
    finally:
        ctx.close()


def test_reporter_submits_editor_publishes_everyone_sees_the_same(wp_site, tmp_path) -> None:
    reporter, editor = tmp_path / "reporter", tmp_path / "editor"
    _add_site(reporter, wp_site, "reporter")
    _add_site(editor, wp_site, "editor")
    assert "contributor" in newsdesk(reporter, "site", "test", "portal")
    assert "editor" in newsdesk(editor, "site", "test", "portal")

    source = tmp_path / "bai-viet.txt"
    source.write_text(sample_article_text(), encoding="utf-8")
    article_id = int(newsdesk(reporter, "import", str(source)).strip())
    _edit(reporter, article_id, sapo=SAPO, category="Hoạt động Mặt trận", tags=("Mặt trận",))
    article = show(reporter, article_id)
    assert article["bylines"] == [{"name": "Thủy Phương", "role": ""}]

    assert "sent" in newsdesk(reporter, "submit", str(article_id), "--site", "portal")
    remote = show(reporter, article_id)["remotes"][0]
    assert remote["remote_status"] == "pending"

    # The editor finds it in the review queue, opens it, publishes it.
    queue = newsdesk(editor, "review", "--site", "portal")
    assert f"{remote['remote_id']}\t" in queue
    assert article["title"] in queue
    local_id = int(newsdesk(editor, "fetch", str(remote["remote_id"]), "--site", "portal"))
    opened = show(editor, local_id)
    assert opened["uuid"] == article["uuid"]
    assert opened["body"] == article["body"]
    assert opened["sapo"] == SAPO
    assert "sent" in newsdesk(editor, "publish", str(local_id), "--site", "portal")

    # The reporter's desk learns it is published, with its link.
    newsdesk(reporter, "sync")
    mine = show(reporter, article_id)
    assert mine["status"] == "published"
    link = mine["remotes"][0]["link"]
    assert link.startswith(wp_site.url)

    # The REST API and the public page carry the same title, sapo, body and byline.
    post = requests.get(
        f"{wp_site.url}/?rest_route=/wp/v2/posts/{remote['remote_id']}",
        params={"context": "edit"},
        auth=(wp_site.users["editor"]["user"], wp_site.users["editor"]["app_password"]),
        timeout=30,
    ).json()
    assert post["status"] == "publish"
    assert post["title"]["raw"] == article["title"]
    assert post["excerpt"]["raw"] == SAPO
    assert post["meta"]["newsdesk_markdown"] == article["body"]
    assert post["meta"]["newsdesk_client_uuid"] == article["uuid"]
    assert "newsdesk-byline" in post["content"]["raw"]

    page = requests.get(link, timeout=30)
    assert page.status_code == 200
    seen = visible_text(page.text)
    assert visible_text(article["title"]) in seen
    assert visible_text(SAPO) in seen
    for paragraph in article["body"].split("\n\n"):
        assert visible_text(paragraph) in seen
    assert 'class="newsdesk-byline"' in page.text
    assert "Thủy Phương" in seen


def test_a_contributor_cannot_publish(wp_site, tmp_path) -> None:
    reporter = tmp_path / "reporter"
    _add_site(reporter, wp_site, "reporter")
    source = tmp_path / "a.md"
    source.write_text("# Tin ngắn\n\nNội dung.\n", encoding="utf-8")
    article_id = newsdesk(reporter, "import", str(source)).strip()
    before = show(reporter, int(article_id))

    result = newsdesk(reporter, "publish", article_id, "--site", "portal", check=False)

    code, reason = result.split("\n", 1)
    assert code == "1"
    assert "Only editors can publish" in reason
    assert show(reporter, int(article_id)) == before
