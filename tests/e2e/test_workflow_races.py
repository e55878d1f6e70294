"""Bad input in the workflow, against the real site: two editors approving at once, and an
editor whose role was lowered on the site since their desk last looked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from newsdesk.context import AppContext
from newsdesk.core import Byline, SyncState, WorkflowStatus, new_article
from newsdesk.core.workflow import Action
from newsdesk.paths import Paths

pytestmark = pytest.mark.wordpress


def _desk(root: Path, who: str, site) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _submitted(tmp_path: Path, site) -> tuple[AppContext, int]:
    reporter = _desk(tmp_path, "reporter", site)
    article = reporter.store.create_article(
        new_article(
            title="Tin duyệt",
            sapo="Sa-pô.",
            body="Nội dung.",
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
        )
    )
    reporter.desk.submit(article.pk, "portal")
    assert reporter.desk.sync("portal").ok
    remote_id = reporter.store.remotes(article.pk)[0].remote_id
    return reporter, remote_id


def _set_role(site, login: str, role: str) -> None:
    admin = site.users["admin"]
    auth = (admin["user"], admin["app_password"])
    users = requests.get(
        f"{site.url}/?rest_route=/wp/v2/users",
        auth=auth,
        params={"context": "edit", "search": login},
        timeout=30,
    ).json()
    user_id = next(u["id"] for u in users if u["username"] == login)
    answer = requests.post(
        f"{site.url}/?rest_route=/wp/v2/users/{user_id}",
        auth=auth,
        json={"roles": [role]},
        timeout=30,
    )
    answer.raise_for_status()


@pytest.fixture
def author_as_editor(wp_site) -> Iterator[None]:
    _set_role(wp_site, wp_site.users["author1"]["user"], "editor")
    yield
    _set_role(wp_site, wp_site.users["author1"]["user"], "author")


def test_two_editors_approving_at_once(tmp_path, wp_site) -> None:
    reporter, remote_id = _submitted(tmp_path, wp_site)
    first, second = _desk(tmp_path, "editor", wp_site), _desk(tmp_path, "admin", wp_site)
    mine = first.desk.open_submission("portal", remote_id).pk
    theirs = second.desk.open_submission("portal", remote_id).pk
    first.desk.act(mine, "portal", Action.APPROVE)
    second.desk.act(theirs, "portal", Action.APPROVE)  # both before either syncs

    assert first.desk.sync("portal").ok
    report = second.desk.sync("portal")

    assert report.ok, report.problems
    assert any("already recorded by someone else" in n for n in report.notices)
    chains = [ctx.desk.history(i) for ctx, i in ((first, mine), (second, theirs))]
    for entries, broken in chains:
        assert broken is None
        assert [e.action for e in entries].count("approve") == 1
    assert chains[0][0] == chains[1][0]
    assert second.store.get_article(theirs).status is WorkflowStatus.APPROVED
    for ctx in (reporter, first, second):
        ctx.close()


def test_approval_by_an_editor_whose_role_was_lowered(tmp_path, wp_site, author_as_editor) -> None:
    reporter, remote_id = _submitted(tmp_path, wp_site)
    editor = _desk(tmp_path, "author1", wp_site)  # an editor when the desk was set up
    article_id = editor.desk.open_submission("portal", remote_id).pk
    _set_role(wp_site, wp_site.users["author1"]["user"], "author")  # lowered on the site

    editor.desk.act(article_id, "portal", Action.APPROVE)  # the desk does not know yet
    report = editor.desk.sync("portal")

    assert not report.ok
    assert "Only an editor" in report.problems[0].message or "role" in report.problems[0].message
    article = editor.store.get_article(article_id)
    assert article.status is WorkflowStatus.SUBMITTED  # the refused move is undone
    assert [e.action for e in editor.desk.history(article_id)[0]] == ["submit"]
    assert editor.store.sync_state(article_id)[0] is SyncState.FAILED
    reporter.desk.sync("portal")
    assert reporter.store.get_article(reporter.store.list_articles()[0].id).status is (
        WorkflowStatus.SUBMITTED
    )
    reporter.close()
    editor.close()
