"""The whole review on the real NukeViet, through the desk as a reporter and an editor use it:
the reporter drafts the sample article with no site reachable, syncs when the site is back,
the editor returns it with a note on a paragraph, the reporter revises and resubmits, the
editor approves and schedules it, and it goes live at its time: the public page carries every
part of the article, and NukeViet's own admin list shows it with its status and author."""

from __future__ import annotations

import hashlib
import html
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core import Byline, FeaturedImage, SyncState, WorkflowStatus
from newsdesk.core.merge import paragraphs
from newsdesk.core.notes import locate
from newsdesk.core.workflow import Action
from newsdesk.store.file_import import import_article_file
from tests.e2e.helpers import visible_text
from tests.nukeviet_helpers import (
    admin_list_entry,
    api_action_of,
    api_call,
    ids_titled,
    nv_desk,
    remote_of,
    row,
)
from tests.sync.faultproxy import Action as ProxyAction
from tests.sync.faultproxy import Fault, FaultProxy

pytestmark = pytest.mark.nukeviet

S = WorkflowStatus
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"
SAPO = (
    "QTO - Ngày 25/12/2020, Thường trực Tỉnh ủy chủ trì hội nghị giao ban công tác Mặt trận và "
    "các đoàn thể chính trị - xã hội cấp tỉnh quý IV năm 2020."
)
SOURCE = "Báo Quảng Trị"
CAPTION = "Quang cảnh hội nghị giao ban"
CREDIT = "Thủy Phương"
NOTE = "Đoạn này cần ghi rõ chức danh của từng đại biểu."
REASON = "Sửa đoạn hai theo ghi chú rồi gửi lại."
LEAD = timedelta(seconds=2)  # the desk's schedule lead, shortened so the test waits seconds
WAIT_LIVE = 30.0


class Unreachable:
    """A fault plan: no request reaches the site (the reporter is offline)."""

    def action_for(self, request: str) -> ProxyAction:
        return ProxyAction(Fault.DROP_BEFORE_REQUEST)


class Passes:
    def action_for(self, request: str) -> ProxyAction:
        return ProxyAction()


def _synced(ctx: AppContext, article_id: int) -> None:
    report = ctx.desk.sync("portal")
    assert report.problems == [], report.problems
    state, reason = ctx.store.sync_state(article_id)
    assert state is SyncState.SENT, (state, reason)


def _photo(folder: Path) -> tuple[Path, str]:
    """A JPEG as a camera leaves one (large enough for the portal's 460 px figure)."""
    path = folder / "hoi-nghi-giao-ban.jpg"
    image = Image.new("RGB", (800, 533), (40, 90, 160))
    for x in range(0, 800, 40):
        for y in range(0, 533, 40):
            image.putpixel((x, y), (x % 255, y % 255, 90))
    image.save(path, quality=90)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def _live_page(link: str) -> str:
    """The public page once NukeViet shows it (a scheduled article switches on with the first
    news request after its time)."""
    deadline = time.monotonic() + WAIT_LIVE
    while True:
        page = requests.get(link, timeout=30)
        if page.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert page.status_code == 200, (link, page.status_code)
    return page.text


def _one(pattern: str, page: str) -> str:
    found = re.search(pattern, page, re.S)
    assert found is not None, pattern
    return visible_text(found.group(1))


def test_offline_draft_to_live_page_on_nukeviet(
    tmp_path: Path, nv_site: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsdesk.desk.rules.SCHEDULE_LEAD", LEAD)
    monkeypatch.setattr("newsdesk.sync.push.SCHEDULE_LEAD", LEAD)
    with FaultProxy("127.0.0.1", nv_site.port, describe=api_action_of) as proxy:
        reporter = nv_desk(tmp_path, "reporter", nv_site, url=proxy.url)
        editor = nv_desk(tmp_path, "editor", nv_site)
        try:
            _workflow(tmp_path, nv_site, proxy, reporter, editor)
        finally:
            reporter.close()
            editor.close()


def _workflow(
    tmp_path: Path, site: Any, proxy: FaultProxy, reporter: AppContext, editor: AppContext
) -> None:
    # Offline: the reporter writes the sample article with its photo and submits it.
    proxy.set_plan(Unreachable())
    photo, sha = _photo(tmp_path)
    imported = import_article_file(reporter.store, SAMPLE).article
    mine = reporter.store.save_article(
        imported.edited(
            sapo=SAPO,
            source=SOURCE,
            category="Tin tức",
            tags=("Mặt trận", "Quảng Trị"),
            bylines=(Byline("Thủy Phương"), Byline("Minh Anh", "Ảnh")),
            featured_image=FeaturedImage(str(photo), CAPTION, CREDIT, alt=CAPTION),
        )
    )
    body = mine.body
    assert max(len(p) for p in paragraphs(body)) > 3000  # the portal's real long paragraphs
    reporter.desk.submit(mine.pk, "portal", note="Nhờ anh xem giúp.")
    offline = reporter.desk.sync("portal")
    assert not offline.ok
    state, reason = reporter.store.sync_state(mine.pk)
    assert state is SyncState.QUEUED, (state, reason)
    assert "did not answer" in reason
    assert len(ids_titled(site, mine.title)) == 0

    # Back online: one sync sends it, photo first.
    proxy.set_plan(Passes())
    _synced(reporter, mine.pk)
    assert len(ids_titled(site, mine.title)) == 1
    remote_id, _link = remote_of(reporter, mine.pk)
    assert row(site, remote_id)["status"] == "5"  # sent for review

    # The editor finds it in the review queue, notes a paragraph and returns it.
    queue = editor.desk.review_queue("portal")
    assert remote_id in [post.id for post in queue]
    theirs = editor.desk.open_submission("portal", remote_id).pk
    opened = editor.store.get_article(theirs)
    assert (opened.title, opened.sapo, opened.body, opened.source) == (
        mine.title,
        SAPO,
        body,
        SOURCE,
    )
    assert opened.bylines == mine.bylines
    editor.desk.add_note(theirs, "portal", NOTE, paragraph=1)
    editor.desk.act(theirs, "portal", Action.RETURN, note=REASON)
    _synced(editor, theirs)
    assert row(site, remote_id)["status"] == "6"  # review refused: back to the reporter

    # The reporter sees the note on that paragraph and the reason; revises and resubmits.
    _synced(reporter, mine.pk)
    assert reporter.store.get_article(mine.pk).status is S.CHANGES_REQUESTED
    received = {note.text: note for note in reporter.store.notes(mine.pk)}
    assert REASON in received
    assert locate(received[NOTE].anchor, body) == 1
    article = reporter.store.get_article(mine.pk)
    revised = article.body.replace("Tỉnh ủy báo cáo", "Tỉnh ủy trình bày báo cáo", 1)
    assert revised != article.body
    reporter.store.save_article(article.edited(body=revised))
    reporter.desk.submit(mine.pk, "portal")
    _synced(reporter, mine.pk)
    assert row(site, remote_id)["status"] == "5"

    # The editor gets the revision, approves and schedules it a few seconds ahead.
    _synced(editor, theirs)
    assert "Tỉnh ủy trình bày báo cáo" in editor.store.get_article(theirs).body
    editor.desk.act(theirs, "portal", Action.APPROVE)
    at = datetime.now(UTC) + LEAD + timedelta(seconds=6)
    editor.desk.act(theirs, "portal", Action.SCHEDULE, at=at)
    _synced(editor, theirs)
    assert editor.store.get_article(theirs).status is S.SCHEDULED
    scheduled = row(site, remote_id)
    assert int(scheduled["publtime"]) == int(at.timestamp())
    _id, link = remote_of(editor, theirs)
    if datetime.now(UTC) < at - timedelta(seconds=1):
        assert requests.get(link, timeout=30).status_code == 404  # not before its time

    # At its time it is live, with every part of the article.
    time.sleep(max(0.0, (at - datetime.now(UTC)).total_seconds() + 1.1))
    page = _live_page(link)
    assert _one(r'itemprop="headline">(.*?)</h1>', page) == mine.title
    assert _one(r'<div class="hometext[^"]*" itemprop="description">(.*?)</div>', page) == SAPO
    shown = _one(r'<div id="news-bodyhtml"[^>]*>(.*)', page)
    for paragraph in paragraphs(revised):
        assert visible_text(paragraph) in shown
    meta = [visible_text(p) for p in re.findall(r'<p class="h5 text-right">(.*?)</p>', page, re.S)]
    assert any("Thủy Phương" in line for line in meta), meta
    assert any(SOURCE in line for line in meta), meta
    figure = re.search(r'<figure class="article[^"]*">(.*?)</figure>', page, re.S)
    assert figure is not None, "no featured image on the page"
    assert re.search(rf'<img[^>]+src="[^"]*{sha[:16]}[^"]*"', figure.group(1)), figure.group(1)
    caption = visible_text(html.unescape(_one(r"<figcaption>(.*?)</figcaption>", figure.group(1))))
    assert CAPTION in caption
    assert NOTE not in page  # notes never reach readers
    post = api_call(site, "editor", "NewsdeskRead", id=remote_id)["post"]
    assert (post["meta"]["image_caption"], post["meta"]["image_credit"]) == (CAPTION, CREDIT)
    assert post["image"]["alt"] == CAPTION
    assert post["source"] == SOURCE

    # Both desks see it published; NukeViet's admin shows it as published, by the reporter.
    _synced(reporter, mine.pk)
    assert reporter.store.get_article(mine.pk).status is S.PUBLISHED
    published = row(site, remote_id)
    assert published["status"] == "1"
    assert int(published["admin_id"]) == site.users["reporter"].admin_id
    listed = admin_list_entry(site, "editor", remote_id)
    assert listed["title"] == mine.title
    assert listed["status"] == "Xuất bản"
    assert "Thủy Phương" in listed["author"]
    entries, broken = reporter.desk.history(mine.pk)
    assert broken is None
    assert [e.action for e in entries] == ["submit", "return", "submit", "approve", "schedule"]
