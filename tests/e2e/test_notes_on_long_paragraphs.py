"""An editor's note on one of the portal's real (long) paragraphs, through the whole review on
the real WordPress: every move is done and said to be done, the reporter gets the note and the
reason, nothing is left waiting or failed, and the audit record keeps every move."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests

from newsdesk.context import AppContext
from newsdesk.core import Byline, SyncState, WorkflowStatus, new_article
from newsdesk.core.merge import paragraphs
from newsdesk.core.notes import ANCHOR_QUOTE_MAX_CHARS, Anchor, Note, locate
from newsdesk.core.workflow import Action
from newsdesk.paths import Paths
from tests.text.samples import SAMPLE_TITLE, sample_markdown

pytestmark = pytest.mark.wordpress

S = WorkflowStatus
PARAGRAPH_NOTE = "Đoạn này dài quá, kiểm tra lại danh sách đại biểu và chức danh."
REASON = "Sửa đoạn hai theo ghi chú rồi gửi lại."


def _desk(root: Path, who: str, site) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _sample_body() -> str:
    """The sample article's paragraphs without its title line."""
    return "\n\n".join(p for p in paragraphs(sample_markdown()) if not p.startswith("# "))


def _synced(ctx: AppContext, article_id: int) -> None:
    """A sync that reports every move as done and leaves the article neither waiting nor
    failed."""
    report = ctx.desk.sync("portal")
    assert report.problems == [], report.problems
    assert report.ok
    state, reason = ctx.store.sync_state(article_id)
    assert state is SyncState.SENT, (state, reason)


def _site_status(site, remote_id: int) -> str:
    response = requests.get(
        f"{site.url}/wp-json/wp/v2/posts/{remote_id}",
        params={"context": "edit"},
        auth=site.auth("editor"),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["status"])


def test_a_note_on_a_long_paragraph_travels_through_the_whole_review(tmp_path, wp_site) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    body = _sample_body()
    long_paragraph = paragraphs(body)[1]
    assert len(long_paragraph) > 3000
    mine = reporter.store.create_article(
        new_article(
            title=SAMPLE_TITLE,
            sapo="QTO - Ngày 25/12/2020, hội nghị giao ban quý IV năm 2020.",
            body=body,
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
        )
    )
    reporter.desk.submit(mine.pk, "portal")
    _synced(reporter, mine.pk)
    remote_id = reporter.store.get_remote(mine.pk, reporter.desk.site("portal").pk).remote_id

    # The editor notes the long paragraph, then returns the article with a reason.
    theirs = editor.desk.open_submission("portal", remote_id).pk
    editor.desk.add_note(theirs, "portal", PARAGRAPH_NOTE, paragraph=1)
    editor.desk.act(theirs, "portal", Action.RETURN, note=REASON)
    _synced(editor, theirs)
    assert editor.store.get_article(theirs).status is S.CHANGES_REQUESTED
    assert _site_status(wp_site, remote_id) == "nd-returned"
    assert all(note.sent for note in editor.store.notes(theirs))

    # The reporter's desk gets both: the note points at the long paragraph, by a short quote
    # and what locates it, and the reason.
    _synced(reporter, mine.pk)
    assert reporter.store.get_article(mine.pk).status is S.CHANGES_REQUESTED
    received = {note.text: note for note in reporter.store.notes(mine.pk)}
    assert REASON in received
    anchor = received[PARAGRAPH_NOTE].anchor
    assert 0 < len(anchor.quote) <= ANCHOR_QUOTE_MAX_CHARS
    assert long_paragraph.startswith(anchor.quote)
    assert locate(anchor, body) == 1

    # The reporter revises that paragraph (the note still finds it) and resubmits.
    article = reporter.store.get_article(mine.pk)
    revised = article.body.replace("đại diện lãnh đạo Mặt trận", "đại diện lãnh đạo UBMTTQ")
    assert revised != article.body
    reporter.store.save_article(article.edited(body=revised))
    assert locate(anchor, revised) == 1
    reporter.desk.submit(mine.pk, "portal")
    _synced(reporter, mine.pk)

    # The editor approves, then publishes: each move is done and said to be done.
    _synced(editor, theirs)
    editor.desk.act(theirs, "portal", Action.APPROVE)
    _synced(editor, theirs)
    assert _site_status(wp_site, remote_id) == "nd-approved"
    editor.desk.act(theirs, "portal", Action.PUBLISH)
    _synced(editor, theirs)
    assert editor.store.get_article(theirs).status is S.PUBLISHED
    assert _site_status(wp_site, remote_id) == "publish"

    _synced(reporter, mine.pk)
    assert reporter.store.get_article(mine.pk).status is S.PUBLISHED
    moves = ["submit", "return", "submit", "approve", "publish"]
    for ctx, article_id in ((editor, theirs), (reporter, mine.pk)):
        entries, broken = ctx.desk.history(article_id)
        assert broken is None
        assert [entry.action for entry in entries] == moves
    assert reporter.desk.history(mine.pk)[0] == editor.desk.history(theirs)[0]
    reporter.close()
    editor.close()


def test_a_note_the_site_refuses_holds_up_nothing_else(tmp_path, wp_site) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    mine = reporter.store.create_article(
        new_article(
            title=SAMPLE_TITLE,
            sapo="QTO - Ngày 25/12/2020, hội nghị giao ban quý IV năm 2020.",
            body=_sample_body(),
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
        )
    )
    reporter.desk.submit(mine.pk, "portal")
    _synced(reporter, mine.pk)
    remote_id = reporter.store.get_remote(mine.pk, reporter.desk.site("portal").pk).remote_id
    theirs = editor.desk.open_submission("portal", remote_id).pk

    # A note an older desk let through, longer than the site takes, waits to be sent.
    too_long = ("Quá dài. " * 700).strip()
    editor.store.add_note(
        Note(
            id=str(uuid.uuid4()),
            article_id=theirs,
            anchor=Anchor(-1, ""),
            text=too_long,
            author="editor",
            author_name="Biên tập viên",
            created_at="2026-12-01T00:00:00Z",
        )
    )
    editor.desk.add_note(theirs, "portal", PARAGRAPH_NOTE, paragraph=1)
    editor.desk.act(theirs, "portal", Action.RETURN, note=REASON)
    report = editor.desk.sync("portal")

    assert report.problems == []
    assert [n for n in report.notices if "refused the note" in n], report.notices
    assert editor.store.sync_state(theirs)[0] is SyncState.SENT
    assert editor.store.get_article(theirs).status is S.CHANGES_REQUESTED
    assert _site_status(wp_site, remote_id) == "nd-returned"
    assert [n.text for n in editor.store.unsent_notes(theirs)] == [too_long]

    _synced(reporter, mine.pk)
    assert {n.text for n in reporter.store.notes(mine.pk)} == {PARAGRAPH_NOTE, REASON}
    for ctx, article_id in ((editor, theirs), (reporter, mine.pk)):
        entries, broken = ctx.desk.history(article_id)
        assert broken is None
        assert [entry.action for entry in entries] == ["submit", "return"]
    reporter.close()
    editor.close()
