"""Two desks, one real NukeViet: a reporter and an editor edit the same article. Edits to
different paragraphs are merged; the same paragraph changed on both is a clash the reporter
settles; the site never silently keeps one side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.context import AppContext
from newsdesk.core import Byline, OutboxAction, SyncState, new_article
from newsdesk.core.merge import Choice, merge3, resolve
from newsdesk.sync import SyncReport
from tests.nukeviet_helpers import api_call, body_html, nv_desk, remote_of

pytestmark = pytest.mark.nukeviet

BODY = (
    "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì hội nghị.\n\n"
    "Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy.\n\n"
    "Hội nghị đã thống nhất nhiệm vụ trọng tâm năm 2021."
)


@pytest.fixture
def reporter(tmp_path: Path, nv_site: Any) -> Iterator[AppContext]:
    ctx = nv_desk(tmp_path, "reporter", nv_site)
    yield ctx
    ctx.close()


@pytest.fixture
def editor(tmp_path: Path, nv_site: Any) -> Iterator[AppContext]:
    ctx = nv_desk(tmp_path, "editor", nv_site)
    yield ctx
    ctx.close()


def _sync(ctx: AppContext) -> SyncReport:
    return ctx.desk.sync("portal")


def _edit(ctx: AppContext, article_id: int, old: str, new: str) -> None:
    article = ctx.store.get_article(article_id)
    assert old in article.body
    ctx.store.save_article(article.edited(body=article.body.replace(old, new)))


def test_reporter_and_editor_edit_the_same_article(
    nv_site: Any, reporter: AppContext, editor: AppContext
) -> None:
    mine = reporter.store.create_article(
        new_article(
            title="Hội nghị giao ban hai bàn biên tập",
            sapo="QTO - Hội nghị giao ban quý IV.",
            body=BODY,
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
        )
    )
    reporter.desk.submit(mine.pk, "portal")
    assert _sync(reporter).ok
    remote_id, _link = remote_of(reporter, mine.pk)
    theirs = editor.desk.open_submission("portal", remote_id)

    # Different paragraphs: merged cleanly, on both desks and on the site.
    _edit(editor, theirs.pk, "chủ trì hội nghị.", "chủ trì hội nghị (BTV sửa).")
    editor.desk.submit(theirs.pk, "portal")
    assert _sync(editor).ok
    _edit(reporter, mine.pk, "thống nhất nhiệm vụ", "thống nhất các nhiệm vụ")
    reporter.desk.submit(mine.pk, "portal")
    report = _sync(reporter)
    assert report.ok, report.problems
    assert _sync(editor).ok
    for ctx, article_id in ((reporter, mine.pk), (editor, theirs.pk)):
        body = ctx.store.get_article(article_id).body
        assert "chủ trì hội nghị (BTV sửa)." in body
        assert "thống nhất các nhiệm vụ" in body
        assert ctx.store.sync_state(article_id)[0] is SyncState.SENT
    on_site = body_html(nv_site, remote_id)
    assert "chủ trì hội nghị (BTV sửa)." in on_site
    assert "thống nhất các nhiệm vụ" in on_site

    # The same paragraph: both versions kept, the reporter is asked, the site keeps the
    # editor's until the reporter decides.
    _edit(editor, theirs.pk, "lãnh đạo Ban Dân vận", "lãnh đạo Ban Dân vận và Ban Tổ chức")
    editor.desk.submit(theirs.pk, "portal")
    assert _sync(editor).ok
    _edit(reporter, mine.pk, "lãnh đạo Ban Dân vận", "đại diện lãnh đạo Ban Dân vận")
    reporter.desk.submit(mine.pk, "portal")
    report = _sync(reporter)
    assert not report.ok
    assert "both changed the same part" in report.problems[0].message
    assert "đại diện lãnh đạo Ban Dân vận Tỉnh ủy" in reporter.store.get_article(mine.pk).body
    (conflict,) = reporter.store.conflicts(mine.pk)
    assert "Ban Dân vận và Ban Tổ chức" in conflict.theirs.body
    assert reporter.store.sync_state(mine.pk)[0] is SyncState.FAILED
    on_site = body_html(nv_site, remote_id)
    assert "Ban Dân vận và Ban Tổ chức" in on_site
    assert "đại diện lãnh đạo" not in on_site

    # The reporter keeps both; it goes to the site and back to the editor.
    ours = reporter.store.get_article(mine.pk)
    result = merge3(conflict.base, ours, conflict.theirs)
    decided = resolve(result, {clash.index: Choice.BOTH for clash in result.clashes})
    changes = reporter.desk.resolve_conflict(conflict, decided)
    assert changes.conflicts == frozenset({mine.pk})
    assert [i.action for i in reporter.store.pending_outbox()] == [OutboxAction.SUBMIT]
    assert _sync(reporter).ok
    assert _sync(editor).ok
    for ctx, article_id in ((reporter, mine.pk), (editor, theirs.pk)):
        body = ctx.store.get_article(article_id).body
        assert "đại diện lãnh đạo Ban Dân vận Tỉnh ủy" in body
        assert "Ban Dân vận và Ban Tổ chức" in body
        assert "thống nhất các nhiệm vụ" in body
    assert reporter.store.conflicts() == []
    on_site = body_html(nv_site, remote_id)
    assert "đại diện lãnh đạo Ban Dân vận" in on_site
    assert "Ban Dân vận và Ban Tổ chức" in on_site


def test_a_stale_write_is_refused_by_the_site_itself(nv_site: Any, reporter: AppContext) -> None:
    """No silent overwrite even from a client that skips the desk: the site refuses an update
    made against an old revision (5004) and writes nothing."""
    mine = reporter.store.create_article(
        new_article(
            title="Tin kiểm tra ghi đè",
            sapo="Sa-pô.",
            body=BODY,
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
        )
    )
    reporter.desk.submit(mine.pk, "portal")
    assert _sync(reporter).ok
    remote_id, _link = remote_of(reporter, mine.pk)
    read = api_call(nv_site, "editor", "NewsdeskRead", id=remote_id)
    rev = read["post"]["rev"]
    first = api_call(
        nv_site,
        "editor",
        "NewsdeskUpdate",
        id=remote_id,
        if_rev=rev,
        payload={"bodyhtml": "<p>Bản của biên tập viên.</p>"},
    )
    assert first["status"] == "success", first
    stale = api_call(
        nv_site,
        "editor",
        "NewsdeskUpdate",
        id=remote_id,
        if_rev=rev,
        payload={"bodyhtml": "<p>Bản cũ ghi đè.</p>"},
    )
    assert (stale["status"], stale["code"]) == ("error", "5004"), stale
    assert stale["post"]["rev"] == rev + 1
    assert "Bản của biên tập viên." in body_html(nv_site, remote_id)
