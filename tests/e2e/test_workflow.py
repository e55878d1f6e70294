"""The desk's whole workflow against the real WordPress, with and without the plugin:
submit, return with a note, revise, resubmit, approve with a schedule, live at the time."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from newsdesk.context import AppContext
from newsdesk.core import WorkflowStatus
from newsdesk.core.checklist import ChecklistError
from newsdesk.core.workflow import SCHEDULE_LEAD, Action
from newsdesk.paths import Paths
from tests.e2e.helpers import newsdesk
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress

S = WorkflowStatus


def _desk(root: Path, who: str, site) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _flow_until_scheduled(
    tmp: Path, site, title: str
) -> tuple[AppContext, AppContext, int, int, datetime]:
    reporter, editor = _desk(tmp, "reporter", site), _desk(tmp, "editor", site)
    from newsdesk.core import Byline, new_article

    mine = reporter.store.create_article(
        new_article(
            title=title,
            sapo="QTO - Sáng 18/12, hội nghị triển khai nhiệm vụ năm 2021.",
            body="Đoạn một.\n\nĐoạn hai có số liệu cũ.\n\nĐoạn ba.",
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
        )
    )
    reporter.desk.submit(mine.pk, "portal", note="Nhờ anh xem giúp.")
    assert reporter.desk.sync("portal").ok
    remote_id = reporter.store.get_remote(mine.pk, reporter.desk.site("portal").pk).remote_id

    # The editor opens it and returns it with a note.
    theirs = editor.desk.open_submission("portal", remote_id).pk
    editor.desk.act(theirs, "portal", Action.RETURN, note="Cập nhật số liệu ở đoạn hai.")
    assert editor.desk.sync("portal").ok
    assert editor.store.get_article(theirs).status is S.CHANGES_REQUESTED

    # The reporter sees it returned, and why; revises and resubmits.
    assert reporter.desk.sync("portal").ok
    assert reporter.store.get_article(mine.pk).status is S.CHANGES_REQUESTED
    article = reporter.store.get_article(mine.pk)
    reporter.store.save_article(
        article.edited(body=article.body.replace("số liệu cũ", "số liệu mới"))
    )
    reporter.desk.submit(mine.pk, "portal")
    assert reporter.desk.sync("portal").ok

    # The editor gets the revision and approves it with a schedule.
    assert editor.desk.sync("portal").ok
    assert "số liệu mới" in editor.store.get_article(theirs).body
    at = datetime.now(UTC) + SCHEDULE_LEAD + timedelta(seconds=15)
    editor.desk.act(theirs, "portal", Action.APPROVE)
    editor.desk.act(theirs, "portal", Action.SCHEDULE, at=at)
    report = editor.desk.sync("portal")
    assert report.ok, report.problems
    assert editor.store.get_article(theirs).status is S.SCHEDULED
    assert reporter.desk.sync("portal").ok
    assert reporter.store.get_article(mine.pk).status is S.SCHEDULED
    return reporter, editor, mine.pk, theirs, at


def _chains(reporter: AppContext, editor: AppContext, mine: int, theirs: int):
    return reporter.desk.history(mine), editor.desk.history(theirs)


def test_whole_workflow_with_and_without_the_plugin(tmp_path, wp_site) -> None:
    # With the plugin: notes and the audit record are shared through the site.
    r1, e1, mine1, theirs1, at1 = _flow_until_scheduled(tmp_path / "a", wp_site, "Tin có plugin")
    (chain_r, broken_r), (chain_e, broken_e) = _chains(r1, e1, mine1, theirs1)
    assert broken_r is None
    assert broken_e is None
    assert [e.action for e in chain_r] == ["submit", "return", "submit", "approve", "schedule"], (
        chain_r,
        chain_e,
    )
    assert chain_r == chain_e  # the same chain, entry for entry, on both desks
    notes = [n.text for n in r1.store.notes(mine1)]
    assert "Cập nhật số liệu ở đoạn hai." in notes
    assert "Nhờ anh xem giúp." in [n.text for n in e1.store.notes(theirs1)]
    # Notes never reach the public site.
    link = r1.store.remotes(mine1)[0].link
    assert "Cập nhật số liệu" not in requests.get(link, timeout=30).text

    # Altering one stored entry is found.
    db = r1.store.path
    r1.close()
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE audit_entries SET entry = replace(entry, 'Biên tập viên', 'Người khác')"
            " WHERE position = 2"
        )
    code = newsdesk(db.parent, "history", str(mine1), check=False)
    assert code.startswith("1\n")
    assert "breaks at entry 2" in code

    # Without the plugin: plain WordPress states; notes and audit stay on each desk.
    wpsite.set_plugin(wp_site.dir, active=False)
    try:
        r2, e2, mine2, theirs2, at2 = _flow_until_scheduled(
            tmp_path / "b", wp_site, "Tin không có plugin"
        )
        for ctx, article_id in ((r2, mine2), (e2, theirs2)):
            entries, broken = ctx.desk.history(article_id)
            assert broken is None
            assert entries
        # Both go live at their time (WordPress's cron publishes due posts).
        wait = (max(at1, at2) - datetime.now(UTC)).total_seconds() + 2
        time.sleep(max(0.0, wait))
        requests.get(f"{wp_site.url}/wp-cron.php", timeout=30)
        for reporter, mine in ((r2, mine2),):
            assert reporter.desk.sync("portal").ok
            assert reporter.store.get_article(mine).status is S.PUBLISHED
    finally:
        wpsite.set_plugin(wp_site.dir, active=True)
    reporter1 = AppContext.open(Paths.resolve(tmp_path / "a" / "reporter"))
    assert reporter1.desk.sync("portal").ok
    assert reporter1.store.get_article(mine1).status is S.PUBLISHED
    for ctx in (reporter1, e1, r2, e2):
        ctx.close()


def test_approval_is_blocked_until_the_checklist_passes(tmp_path, wp_site) -> None:
    editor = _desk(tmp_path, "editor", wp_site)
    from newsdesk.core import new_article

    article = editor.store.create_article(new_article(title="Tin", body="Nội dung."))
    editor.desk.submit(article.pk, "portal")
    with pytest.raises(ChecklistError) as blocked:
        editor.desk.act(article.pk, "portal", Action.APPROVE)
    assert blocked.value.missing == [
        "Choose a category.",
        "Write a sapo (the lead).",
        "Add a byline.",
    ]
    assert editor.store.get_article(article.pk).status is S.SUBMITTED
    editor.close()


def test_a_reporter_cannot_approve_and_a_past_schedule_is_refused(tmp_path, wp_site) -> None:
    from newsdesk.core import Byline, new_article
    from newsdesk.core.errors import ValidationError
    from newsdesk.sites.errors import PermissionDenied

    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    article = reporter.store.create_article(new_article(title="Tin", body="x"))
    with pytest.raises(PermissionDenied, match="Only editors"):
        reporter.desk.act(article.pk, "portal", Action.APPROVE)
    ready = editor.store.create_article(
        new_article(
            title="Tin", sapo="Sa-pô", body="x", category="Tin tức", bylines=(Byline("BTV"),)
        )
    )
    editor.desk.submit(ready.pk, "portal")
    with pytest.raises(ValidationError, match="already past"):
        editor.desk.act(
            ready.pk, "portal", Action.SCHEDULE, at=datetime.now(UTC) - timedelta(hours=1)
        )
    assert editor.store.get_article(ready.pk).status is S.SUBMITTED
    reporter.close()
    editor.close()
