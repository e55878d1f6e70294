"""Two desks, one real WordPress: a reporter and an editor edit the same article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.context import AppContext
from newsdesk.core import OutboxAction, SyncState, new_article
from newsdesk.core.merge import Choice, merge3, resolve
from newsdesk.paths import Paths

pytestmark = pytest.mark.wordpress

BODY = (
    "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì hội nghị.\n\n"
    "Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy.\n\n"
    "Hội nghị đã thống nhất nhiệm vụ trọng tâm năm 2021."
)


def _desk(tmp_path: Path, who: str, wp_site) -> Iterator[AppContext]:
    ctx = AppContext.open(Paths.resolve(tmp_path / who))
    user = wp_site.users[who]
    ctx.desk.add_site("portal", wp_site.url, user["user"], user["app_password"])
    yield ctx
    ctx.close()


@pytest.fixture
def reporter(tmp_path, wp_site):
    yield from _desk(tmp_path, "reporter", wp_site)


@pytest.fixture
def editor(tmp_path, wp_site):
    yield from _desk(tmp_path, "editor", wp_site)


def _sync(ctx: AppContext):
    return ctx.desk.sync("portal")


def _edit(ctx: AppContext, article_id: int, old: str, new: str):
    article = ctx.store.get_article(article_id)
    assert old in article.body
    return ctx.store.save_article(article.edited(body=article.body.replace(old, new)))


def test_reporter_and_editor_edit_the_same_article(reporter, editor) -> None:
    mine = reporter.store.create_article(new_article(title="Hội nghị giao ban", body=BODY))
    reporter.desk.submit(mine.pk, "portal")
    assert _sync(reporter).ok
    remote_id = reporter.store.get_remote(mine.pk, reporter.desk.site("portal").pk).remote_id
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

    # The same paragraph: both versions kept, the reporter is asked.
    _edit(editor, theirs.pk, "lãnh đạo Ban Dân vận", "lãnh đạo Ban Dân vận và Ban Tổ chức")
    editor.desk.submit(theirs.pk, "portal")
    assert _sync(editor).ok
    _edit(reporter, mine.pk, "lãnh đạo Ban Dân vận", "đại diện lãnh đạo Ban Dân vận")
    reporter.desk.submit(mine.pk, "portal")
    report = _sync(reporter)
    assert not report.ok
    assert "both changed the same part" in report.problems[0].message
    assert "đại diện lãnh đạo Ban Dân vận Tỉnh ủy" in reporter.store.get_article(mine.pk).body
    assert "Ban Dân vận và Ban Tổ chức" in editor.store.get_article(theirs.pk).body
    (conflict,) = reporter.store.conflicts(mine.pk)
    assert "Ban Dân vận và Ban Tổ chức" in conflict.theirs.body
    assert reporter.store.sync_state(mine.pk)[0] is SyncState.FAILED

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
