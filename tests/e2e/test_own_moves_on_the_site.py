"""Against the real WordPress: a reporter's own resubmission is never called someone else's,
and a scheduled post reaches the reporter's desk with its publication time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from newsdesk.context import AppContext
from newsdesk.core import Byline, WorkflowStatus, new_article
from newsdesk.core.workflow import Action
from newsdesk.paths import Paths

pytestmark = pytest.mark.wordpress

S = WorkflowStatus


def _desk(root: Path, who: str, site) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _submitted(reporter: AppContext, title: str) -> tuple[int, int]:
    article = reporter.store.create_article(
        new_article(
            title=title,
            sapo="QTO - Sáng 18/12, hội nghị triển khai nhiệm vụ năm 2021.",
            body="Đoạn một.\n\nĐoạn hai có số liệu cũ.",
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
        )
    )
    reporter.desk.submit(article.pk, "portal")
    assert reporter.desk.sync("portal").ok
    return article.pk, reporter.store.remotes(article.pk)[0].remote_id or 0


def test_a_resubmission_after_a_return_made_in_wordpress_is_the_reporters_own(
    tmp_path, wp_site
) -> None:
    reporter = _desk(tmp_path, "reporter", wp_site)
    article_id, remote_id = _submitted(reporter, "Tin trả lại trên trang")
    # An editor returns it in WordPress's own screens: the post changes state, no record.
    admin = wp_site.users["admin"]
    answer = requests.post(
        f"{wp_site.url}/?rest_route=/wp/v2/posts/{remote_id}",
        auth=(admin["user"], admin["app_password"]),
        json={"status": "nd-returned"},
        timeout=30,
    )
    answer.raise_for_status()
    assert reporter.desk.sync("portal").ok
    article = reporter.store.get_article(article_id)
    assert article.status is S.CHANGES_REQUESTED

    reporter.store.save_article(article.edited(body="Đoạn một.\n\nĐoạn hai có số liệu mới."))
    reporter.desk.submit(article_id, "portal", note="Đã cập nhật số liệu.")
    report = reporter.desk.sync("portal")

    assert report.ok, report.problems
    assert report.notices == []
    entries, broken = reporter.desk.history(article_id)
    assert broken is None
    assert [(e.action, e.from_status) for e in entries] == [
        ("submit", "draft"),
        ("submit", "changes_requested"),
    ]
    assert reporter.store.unsent_audit(article_id) == []
    reporter.close()


def test_the_reporters_desk_knows_when_the_scheduled_article_goes_out(tmp_path, wp_site) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    article_id, remote_id = _submitted(reporter, "Tin hẹn giờ")
    theirs = editor.desk.open_submission("portal", remote_id).pk
    at = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
    editor.desk.act(theirs, "portal", Action.SCHEDULE, at=at)
    assert editor.desk.sync("portal").ok

    assert reporter.desk.sync("portal").ok
    article = reporter.store.get_article(article_id)
    assert article.status is S.SCHEDULED
    assert article.publish_at == at
    reporter.close()
    editor.close()
