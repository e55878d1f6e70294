"""The real ``newsdesk`` command against the real NukeViet: a reporter's desk and an editor's
desk (two data folders) add the portal with their API key and secret, and take the sample
article through the whole workflow; the site's refusals come out as one line each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core import Byline, FeaturedImage
from newsdesk.core.workflow import SCHEDULE_LEAD
from newsdesk.paths import Paths
from newsdesk.text.dates import vietnam_timezone
from tests.e2e.helpers import newsdesk, sample_article_text, show, visible_text
from tests.nukeviet_helpers import newsdesk_actions_removed, remote_api_switched_off

pytestmark = pytest.mark.nukeviet

SAPO = (
    "QTO - Ngày 25/12/2020, Hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - "
    "xã hội cấp tỉnh quý IV đã triển khai nhiệm vụ trọng tâm năm 2021."
)
SOURCE = "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị"
CAPTION = "Đồng chí Nguyễn Đăng Quang phát biểu chỉ đạo hội nghị"
TITLE = "Giao ban Mặt trận và các đoàn thể quý IV/2020: nhiệm vụ trọng tâm năm 2021"
NOTE = "Cập nhật số liệu ở đoạn hai giúp anh."


def _add_site(data_dir: Path, site, who: str, *options: str) -> str:
    user = site.users[who]
    return newsdesk(
        data_dir,
        *("site", "add", "portal", "--url", site.url, "--user", user.api_key, *options),
        stdin=user.api_secret + "\n",
    )


def _edit(data_dir: Path, article_id: int, **changes: object) -> None:
    ctx = AppContext.open(Paths.resolve(data_dir))
    try:
        ctx.store.save_article(ctx.store.get_article(article_id).edited(**changes))
    finally:
        ctx.close()


def _queue_ids(data_dir: Path) -> dict[str, int]:
    """The review queue as the editor's desk lists it: title -> the local article id."""
    lines = newsdesk(data_dir, "queue", "--site", "portal").splitlines()
    return {line.split("\t")[-1]: int(line.split("\t")[0]) for line in lines}


def _files_holding(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_the_whole_workflow_on_the_command_line(nv_site, tmp_path: Path) -> None:
    reporter, editor = tmp_path / "reporter", tmp_path / "editor"

    # Each adds the portal: found from its address, or said.
    added = _add_site(reporter, nv_site, "reporter")
    assert f"the NukeViet portal {nv_site.url} as Thủy Phương; desk role: reporter" in added
    assert "desk role: editor" in _add_site(editor, nv_site, "editor", "--kind", "nukeviet")
    mine_test = newsdesk(reporter, "site", "test", "portal")
    assert "portal: connected to NukeViet as Thủy Phương (reporter)\n" in mine_test
    assert "  Tin tức (1): add\n" in mine_test
    assert "  Tin tức (1): add, edit, approve, publish, delete\n" in newsdesk(
        editor, "site", "test", "portal"
    )

    # The reporter writes the whole sample article, with its photo, and submits it.
    source = tmp_path / "bai-viet.txt"
    source.write_text(sample_article_text(), encoding="utf-8")
    article_id = int(newsdesk(reporter, "import", str(source)).strip())
    photo = tmp_path / "hoi-nghi.jpg"
    Image.new("RGB", (640, 400), (180, 40, 30)).save(photo)
    _edit(
        reporter,
        article_id,
        # Other tests on the same portal look the sample article up by a part of its title.
        title=TITLE,
        sapo=SAPO,
        category="Tin tức",
        tags=("Mặt trận",),
        source=SOURCE,
        bylines=(Byline("Thủy Phương"),),
        featured_image=FeaturedImage(str(photo), caption=CAPTION, credit="Thủy Phương"),
    )
    article = show(reporter, article_id)
    assert "sent" in newsdesk(reporter, "submit", str(article_id), "--site", "portal")
    remote = show(reporter, article_id)["remotes"][0]
    assert remote["remote_status"] == "pending"

    # The editor finds it in the queue and returns it with a note on the second paragraph.
    theirs = _queue_ids(editor)[article["title"]]
    assert show(editor, theirs)["body"] == article["body"]
    assert "changes_requested" in newsdesk(
        editor, "return", str(theirs), "--site", "portal", "--note", NOTE
    )

    # The reporter sees it returned, with the note; revises and resubmits.
    newsdesk(reporter, "sync")
    assert show(reporter, article_id)["status"] == "changes_requested"
    assert NOTE in newsdesk(reporter, "notes", str(article_id))
    revised = article["body"].replace("quý IV năm 2020", "quý IV năm 2020 (bản sửa)", 1)
    assert revised != article["body"]
    _edit(reporter, article_id, body=revised)
    assert "sent" in newsdesk(reporter, "submit", str(article_id), "--site", "portal")

    # The editor gets the revision, approves, schedules, then publishes at once.
    assert _queue_ids(editor)[article["title"]] == theirs
    assert show(editor, theirs)["body"] == revised
    assert "approved" in newsdesk(editor, "approve", str(theirs), "--site", "portal")
    at = (datetime.now(UTC) + SCHEDULE_LEAD + timedelta(minutes=5)).astimezone(vietnam_timezone())
    scheduled = newsdesk(
        editor, "schedule", str(theirs), "--site", "portal", "--at", at.strftime("%Y-%m-%d %H:%M")
    )
    assert "scheduled" in scheduled
    assert newsdesk(editor, "publish", str(theirs), "--site", "portal") == f"{theirs}: sent\n"
    assert show(editor, theirs)["status"] == "published"

    # The reporter's desk learns it is published; the portal shows it.
    newsdesk(reporter, "sync")
    mine = show(reporter, article_id)
    assert mine["status"] == "published"
    link = mine["remotes"][0]["link"]
    assert link.startswith(nv_site.url)
    page = requests.get(link, timeout=30)
    assert page.status_code == 200
    seen = visible_text(page.text)
    for text in (article["title"], SAPO, SOURCE, CAPTION, "Thủy Phương"):
        assert visible_text(text) in seen, text
    assert visible_text(revised.split("\n\n")[1]) in seen

    # Both desks hold the same record of the moves, and it verifies.
    history = newsdesk(editor, "history", str(theirs))
    moves = [line.split("\t")[2] for line in history.splitlines()[:-1]]
    assert moves == ["submit", "return", "submit", "approve", "schedule", "publish"]
    assert history.endswith("6 entries; the chain verifies.\n")
    assert newsdesk(reporter, "history", str(article_id)) == history

    # The secrets are in the keyring only: nowhere in either data folder.
    for desk, who in ((reporter, "reporter"), (editor, "editor")):
        assert _files_holding(desk, nv_site.users[who].api_secret) == []


def _refusal(data_dir: Path, *args: str, stdin: str = "") -> list[str]:
    """Exit code and stderr of a failing command, as lines; no traceback."""
    code, err = newsdesk(data_dir, *args, stdin=stdin, check=False).split("\n", 1)
    assert "Traceback" not in err
    return [code, *err.splitlines()]


def test_the_sites_refusals_are_one_line_with_the_next_step(nv_site, tmp_path: Path) -> None:
    desk = tmp_path / "reporter"
    user = nv_site.users["reporter"]
    add = ("site", "add", "portal", "--url", nv_site.url, "--user", user.api_key)
    http_warning = f"Warning: The site {nv_site.url} is not encrypted (http://)."

    code, warning, error = _refusal(desk, *add, stdin="not-the-secret\n")
    assert (code, warning.startswith(http_warning)) == ("1", True)
    assert error.startswith("newsdesk: The site did not accept the API secret.")
    assert error.endswith("Check the API key and secret in the site settings.")

    code, _warning, error = _refusal(
        desk, *add[:-1], "WrongKey00000000000000000000000", stdin=user.api_secret + "\n"
    )
    assert code == "1"
    assert error.startswith("newsdesk: The site knows no API key like the one")

    with remote_api_switched_off(nv_site):
        code, _warning, error = _refusal(desk, *add, stdin=user.api_secret + "\n")
    assert code == "1"
    assert error.startswith("newsdesk: The site's remote API is switched off.")
    assert "Ask the site administrator to switch it on" in error

    with newsdesk_actions_removed(nv_site):
        code, _warning, error = _refusal(desk, *add, stdin=user.api_secret + "\n")
    assert code == "1"
    assert "the Newsdesk API is not installed on the portal" in error
    assert "Ask the site administrator to install the Newsdesk API" in error

    # Nothing was stored by any of them; with the site back, the same command works.
    assert newsdesk(desk, "site", "list") == ""
    assert "desk role: reporter" in newsdesk(desk, *add, stdin=user.api_secret + "\n")
