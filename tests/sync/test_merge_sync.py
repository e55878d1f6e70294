"""Push and pull with a site that moved on: merged when possible, never silently overwritten."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import pytest

from newsdesk.core import Byline, OutboxAction, Site, SyncState, new_article
from newsdesk.sites.base import RemoteStatus
from newsdesk.sites.errors import AuthError, RateLimited
from newsdesk.sites.mapping import outgoing_post
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sync.fakes import FakeConnector, FakeSite

BODY = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "desk.sqlite3")
    yield store
    store.close()


@pytest.fixture
def site(store: Store) -> Site:
    return store.add_site(Site("portal", "https://example.org", "reporter", roles=("author",)))


def _engine(store, fake, **kwargs) -> SyncEngine:
    kwargs.setdefault("retry", RetryPolicy(attempts=1))
    return SyncEngine(store, lambda _s: fake.connector(), workers=1, **kwargs)


def _sent_article(store, site, fake):
    article = store.create_article(
        new_article(title="Hội nghị", sapo="Sa-pô", body=BODY, bylines=(Byline("Thủy Phương"),))
    )
    store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    _engine(store, fake).run()
    return store.get_article(article.pk), store.get_remote(article.pk, site.pk).remote_id


def _edit_on_site(fake: FakeSite, remote_id: int, base, **changes) -> None:
    """Another desk (an editor) saves a new version of the post."""
    theirs = base.edited(**changes)
    post = outgoing_post(theirs, RemoteStatus(fake.posts[remote_id].status))
    fake.writes += 1
    fake.posts[remote_id] = replace(
        fake.posts[remote_id],
        title=post.title,
        excerpt=post.excerpt,
        content_html=post.content_html,
        meta=post.meta,
        version=f"v{fake.writes}",
    )


def test_edits_in_different_paragraphs_are_merged_on_push(store, site) -> None:
    fake = FakeSite()
    article, remote_id = _sent_article(store, site, fake)
    _edit_on_site(fake, remote_id, article, body=BODY.replace("Đoạn ba.", "Đoạn ba (BTV)."))
    mine = store.save_article(article.edited(body=BODY.replace("Đoạn một.", "Đoạn một (PV).")))
    store.enqueue(mine.pk, site.pk, OutboxAction.SUBMIT)

    report = _engine(store, fake).run()

    assert report.ok, report.problems
    expected = "Đoạn một (PV).\n\nĐoạn hai.\n\nĐoạn ba (BTV)."
    assert store.get_article(mine.pk).body == expected
    assert fake.posts[remote_id].meta.markdown == expected
    assert store.sync_state(mine.pk)[0] is SyncState.SENT


def test_same_paragraph_keeps_both_and_asks(store, site) -> None:
    fake = FakeSite()
    article, remote_id = _sent_article(store, site, fake)
    _edit_on_site(fake, remote_id, article, body=BODY.replace("Đoạn hai.", "Đoạn hai — BTV."))
    mine = store.save_article(article.edited(body=BODY.replace("Đoạn hai.", "Đoạn hai — PV.")))
    store.enqueue(mine.pk, site.pk, OutboxAction.SUBMIT)

    report = _engine(store, fake).run()

    assert not report.ok
    assert "both changed the same part" in report.problems[0].message
    assert store.get_article(mine.pk).body == mine.body  # nothing of ours replaced
    assert "Đoạn hai — BTV." in fake.posts[remote_id].meta.markdown  # nor of theirs
    (conflict,) = store.conflicts(mine.pk)
    assert "Đoạn hai — BTV." in conflict.theirs.body
    assert conflict.base.body == BODY
    assert store.sync_state(mine.pk)[0] is SyncState.FAILED


def test_pull_takes_the_editors_version_when_nothing_changed_here(store, site) -> None:
    fake = FakeSite()
    article, remote_id = _sent_article(store, site, fake)
    _edit_on_site(fake, remote_id, article, title="Hội nghị giao ban", sapo="Sa-pô mới")
    revisions_before = len(store.revisions(article.pk))

    report = _engine(store, fake).run()

    assert report.updated_from_site == [article.pk]
    updated = store.get_article(article.pk)
    assert (updated.title, updated.sapo, updated.body) == ("Hội nghị giao ban", "Sa-pô mới", BODY)
    assert len(store.revisions(article.pk)) == revisions_before + 1
    assert store.sync_state(article.pk)[0] is SyncState.SENT


def test_pull_merges_into_unsent_local_edits_without_losing_them(store, site) -> None:
    fake = FakeSite()
    article, remote_id = _sent_article(store, site, fake)
    _edit_on_site(fake, remote_id, article, title="Tít của biên tập viên")
    mine = store.save_article(article.edited(body=BODY + "\n\nĐoạn bốn của phóng viên."))

    _engine(store, fake).run()

    merged = store.get_article(mine.pk)
    assert merged.title == "Tít của biên tập viên"
    assert merged.body.endswith("Đoạn bốn của phóng viên.")
    state, reason = store.sync_state(mine.pk)
    assert state is SyncState.LOCAL
    assert reason == "changed since last sent"


class _Flaky(FakeConnector):
    failures: ClassVar[list[Exception]] = []

    def create_post(self, post):
        if self.failures:
            raise self.failures.pop(0)
        return super().create_post(post)


def test_transient_errors_are_retried_with_backoff_and_retry_after(store, site) -> None:
    fake = FakeSite()
    article = store.create_article(new_article(title="Tin", body="Nội dung."))
    store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    _Flaky.failures = [RateLimited("slow down", retry_after=2.5), RateLimited("slow down")]
    waits: list[float] = []
    engine = SyncEngine(
        store,
        lambda _s: _Flaky(fake),
        retry=RetryPolicy(attempts=3, base_delay=1.0, max_delay=8.0),
        sleep=waits.append,
        workers=1,
    )

    report = engine.run()

    assert report.sent == [article.pk]
    assert 2.5 <= sum(waits) <= 2.5 + 2.0  # Retry-After, then at most base * 2 with jitter
    assert len(fake.posts) == 1


def test_wrong_password_stops_the_site_and_keeps_everything_queued(store, site) -> None:
    fake = FakeSite()
    first = store.create_article(new_article(title="Một", body="x"))
    second = store.create_article(new_article(title="Hai", body="y"))
    for article in (first, second):
        store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    _Flaky.failures = [AuthError("wrong password"), AuthError("wrong password")]

    report = SyncEngine(store, lambda _s: _Flaky(fake), workers=1).run()

    assert report.sent == []
    assert report.problems[0].will_retry
    assert {i.article_id for i in store.pending_outbox()} == {first.pk, second.pk}
    _Flaky.failures = []


class _Recording(FakeConnector):
    """Keeps every post this desk wrote over an existing one."""

    writes: ClassVar[list] = []

    def update_post(self, remote_id, post, *, if_version=""):
        answer = super().update_post(remote_id, post, if_version=if_version)
        self.writes.append(post)
        return answer


def _recording_engine(store, fake) -> SyncEngine:
    _Recording.writes = []
    return SyncEngine(store, lambda _s: _Recording(fake), retry=RetryPolicy(attempts=1), workers=1)


def test_a_write_names_only_the_fields_this_desk_changed(store, site) -> None:
    fake = FakeSite()
    article, _remote_id = _sent_article(store, site, fake)
    mine = store.save_article(article.edited(sapo="Sa-pô ngắn hơn"))
    store.enqueue(mine.pk, site.pk, OutboxAction.SUBMIT)

    assert _recording_engine(store, fake).run().ok

    assert [post.changed for post in _Recording.writes] == [frozenset({"sapo"})]


def test_after_a_conflict_the_write_names_what_differs_from_the_sites_copy(store, site) -> None:
    fake = FakeSite()
    article, remote_id = _sent_article(store, site, fake)
    _edit_on_site(fake, remote_id, article, title="Tít của biên tập viên")
    mine = store.save_article(article.edited(sapo="Sa-pô ngắn hơn"))
    store.enqueue(mine.pk, site.pk, OutboxAction.SUBMIT)

    assert _recording_engine(store, fake).run().ok

    # Refused once (the site moved on), then merged: the title is the site's already.
    assert [post.changed for post in _Recording.writes] == [frozenset({"sapo"})]
    assert fake.posts[remote_id].title == "Tít của biên tập viên"
    assert store.get_article(mine.pk).title == "Tít của biên tập viên"


def test_text_corrected_on_the_site_stays_through_later_changes_there(store, site) -> None:
    """The site's HTML is edited (its Markdown in meta goes stale), then only its title: the
    second pull must not take the stale Markdown back because the HTML is one it has seen."""
    fake = FakeSite()
    article, remote_id = _sent_article(store, site, fake)
    post = fake.posts[remote_id]
    corrected_html = post.content_html.replace("Đoạn hai.", "Đoạn hai, sửa trên trang.")
    fake.posts[remote_id] = replace(post, content_html=corrected_html, version="site-1")
    assert _engine(store, fake).run().ok
    assert "Đoạn hai, sửa trên trang." in store.get_article(article.pk).body

    fake.posts[remote_id] = replace(fake.posts[remote_id], title="Tít mới", version="site-2")
    assert _engine(store, fake).run().ok

    pulled = store.get_article(article.pk)
    assert pulled.title == "Tít mới"
    assert "Đoạn hai, sửa trên trang." in pulled.body

    # The desk's next write sends the body whole, so the site's Markdown is current again.
    store.save_article(pulled.edited(sapo="Sa-pô mới"))
    store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    assert _recording_engine(store, fake).run().ok
    assert {"sapo", "body"} <= _Recording.writes[-1].changed
    assert "Đoạn hai, sửa trên trang." in fake.posts[remote_id].meta.markdown
