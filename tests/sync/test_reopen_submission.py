"""Opening again a submission this desk already holds: the site's copy is merged with the
edits this desk has not sent yet, never written over them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.core import Byline, OutboxAction, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.sites.base import RemoteStatus
from newsdesk.sites.mapping import outgoing_post
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from newsdesk.sync.submissions import Submissions
from tests.sync.fakes import FakeSite

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"
FIRST, SECOND = SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:3]
BODY = f"{FIRST}\n\n{SECOND}"
EDITOR_ADDS = " Hội nghị đã khen thưởng 25 tập thể và 40 cá nhân."
REPORTER_ADDS = " Năm 2021, Ủy ban tiếp tục vận động xây dựng nông thôn mới."


@pytest.fixture
def fake() -> FakeSite:
    return FakeSite(roles=("editor",))


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "reporter.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "editor.sqlite3")
    yield opened
    opened.close()


def _submitted(reporter: Store, fake: FakeSite) -> tuple[Article, int]:
    site = reporter.add_site(Site("portal", "https://example.org", "pv", roles=("author",)))
    article = reporter.create_article(
        new_article(
            title="Hội nghị tổng kết công tác Mặt trận năm 2020",
            sapo="Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết.",
            body=BODY,
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
            status=WorkflowStatus.SUBMITTED,
        )
    )
    reporter.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    engine = SyncEngine(reporter, lambda _s: fake.connector(), workers=1, retry=RetryPolicy(1))
    assert engine.run().ok
    ref = reporter.get_remote(article.pk, site.pk)
    assert ref is not None
    assert ref.remote_id is not None
    return reporter.get_article(article.pk), ref.remote_id


def _reporter_sends(fake: FakeSite, remote_id: int, article: Article, body: str) -> None:
    """The reporter's desk writes a new version of the post."""
    post = outgoing_post(article.edited(body=body), RemoteStatus.PENDING)
    fake.writes += 1
    fake.posts[remote_id] = replace(
        fake.posts[remote_id],
        content_html=post.content_html,
        meta=post.meta,
        version=f"v{fake.writes}",
    )


def _opened_and_edited(
    editor: Store, fake: FakeSite, remote_id: int
) -> tuple[Site, Submissions, Article]:
    site = editor.add_site(Site("portal", "https://example.org", "bientap", roles=("editor",)))
    submissions = Submissions(editor, lambda _s: fake.connector())
    opened = submissions.open_submission(site, fake.posts[remote_id])
    assert opened.body == BODY
    edited = editor.save_article(opened.edited(body=f"{FIRST}{EDITOR_ADDS}\n\n{SECOND}"))
    return site, submissions, edited


def test_reopening_merges_the_sites_copy_with_this_desks_unsent_edits(
    reporter: Store, editor: Store, fake: FakeSite
) -> None:
    sent, remote_id = _submitted(reporter, fake)
    site, submissions, _edited = _opened_and_edited(editor, fake, remote_id)
    _reporter_sends(fake, remote_id, sent, f"{FIRST}\n\n{SECOND}{REPORTER_ADDS}")

    reopened = submissions.open_submission(site, fake.posts[remote_id])

    assert reopened.body == f"{FIRST}{EDITOR_ADDS}\n\n{SECOND}{REPORTER_ADDS}"
    assert editor.conflicts(reopened.pk) == []
    ref = editor.get_remote(reopened.pk, site.pk)
    assert ref is not None
    assert ref.remote_version == fake.posts[remote_id].version
    assert ref.synced_version != reopened.version  # the editor's edit is still to be sent
    assert reopened.status is WorkflowStatus.SUBMITTED


def test_a_paragraph_both_changed_is_kept_as_a_conflict_not_overwritten(
    reporter: Store, editor: Store, fake: FakeSite
) -> None:
    sent, remote_id = _submitted(reporter, fake)
    site, submissions, edited = _opened_and_edited(editor, fake, remote_id)
    _reporter_sends(fake, remote_id, sent, f"{FIRST}{REPORTER_ADDS}\n\n{SECOND}")

    reopened = submissions.open_submission(site, fake.posts[remote_id])

    assert reopened.body == edited.body
    assert reopened.version == edited.version
    [conflict] = editor.conflicts(reopened.pk)
    assert conflict.theirs.body == f"{FIRST}{REPORTER_ADDS}\n\n{SECOND}"
    assert conflict.remote_version == fake.posts[remote_id].version


def test_reopening_with_nothing_unsent_takes_the_sites_copy(
    reporter: Store, editor: Store, fake: FakeSite
) -> None:
    sent, remote_id = _submitted(reporter, fake)
    site = editor.add_site(Site("portal", "https://example.org", "bientap", roles=("editor",)))
    submissions = Submissions(editor, lambda _s: fake.connector())
    submissions.open_submission(site, fake.posts[remote_id])
    _reporter_sends(fake, remote_id, sent, f"{FIRST}{REPORTER_ADDS}\n\n{SECOND}")

    reopened = submissions.open_submission(site, fake.posts[remote_id])

    assert reopened.body == f"{FIRST}{REPORTER_ADDS}\n\n{SECOND}"
    assert editor.conflicts(reopened.pk) == []
