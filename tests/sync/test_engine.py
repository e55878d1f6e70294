from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core import Byline, OutboxAction, Site, SyncState, WorkflowStatus, new_article
from newsdesk.core.errors import ValidationError
from newsdesk.sites.base import RemoteStatus
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sync.fakes import FakeSite


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "desk.sqlite3")
    yield store
    store.close()


@pytest.fixture
def site_and_fake(store: Store) -> tuple[Site, FakeSite]:
    site = store.add_site(Site("portal", "https://example.org", "reporter", roles=("contributor",)))
    return site, FakeSite()


def _article(store: Store, title: str = "Hội nghị giao ban"):
    return store.create_article(
        new_article(title=title, sapo="Sa-pô", body="Đoạn một.", bylines=(Byline("Thủy Phương"),))
    )


def _engine(store: Store, fake: FakeSite) -> SyncEngine:
    return SyncEngine(
        store, lambda _site: fake.connector(), retry=RetryPolicy(attempts=1), workers=1
    )


def test_submit_goes_out_once_and_is_marked_sent(store, site_and_fake) -> None:
    site, fake = site_and_fake
    article = _article(store)
    store.enqueue(article.id, site.id, OutboxAction.SUBMIT)

    report = _engine(store, fake).run()

    assert report.sent == [article.id]
    assert len(fake.posts) == 1
    post = next(iter(fake.posts.values()))
    assert post.status == "pending"
    assert post.meta.client_uuid == article.uuid
    assert store.sync_state(article.id)[0] is SyncState.SENT
    assert store.get_article(article.id).status is WorkflowStatus.SUBMITTED


def test_unreachable_site_keeps_items_queued_in_order(store, site_and_fake) -> None:
    site, fake = site_and_fake
    first, second = _article(store, "Một"), _article(store, "Hai")
    store.enqueue(first.id, site.id, OutboxAction.SUBMIT)
    store.enqueue(second.id, site.id, OutboxAction.SUBMIT)
    fake.down = True

    report = _engine(store, fake).run()

    assert report.sent == []
    assert [p.will_retry for p in report.problems] == [True]
    assert [i.article_id for i in store.pending_outbox(site.id)] == [first.id, second.id]
    state, reason = store.sync_state(first.id)
    assert state is SyncState.QUEUED
    assert "did not answer" in reason

    fake.down = False
    report = _engine(store, fake).run()
    assert report.sent == [first.id, second.id]
    assert store.pending_outbox(site.id) == []


def test_lost_reply_does_not_make_a_second_post(store, site_and_fake) -> None:
    site, fake = site_and_fake
    article = _article(store)
    store.enqueue(article.id, site.id, OutboxAction.SUBMIT)
    fake.lose_next_reply = True

    first = _engine(store, fake).run()
    assert first.sent == []
    assert len(fake.posts) == 1  # the site made it; we never heard back

    second = _engine(store, fake).run()
    assert second.sent == [article.id]
    assert len(fake.posts) == 1
    ref = store.get_remote(article.id, site.id)
    assert ref is not None
    assert ref.remote_id == next(iter(fake.posts))


def test_refused_item_fails_with_reason_and_others_continue(store, site_and_fake) -> None:
    site, fake = site_and_fake
    article, other = _article(store), _article(store, "Khác")
    store.enqueue(article.id, site.id, OutboxAction.PUBLISH)
    store.enqueue(other.id, site.id, OutboxAction.SUBMIT)

    report = _engine(store, fake).run()

    assert report.sent == [other.id]
    state, reason = store.sync_state(article.id)
    assert state is SyncState.FAILED
    assert "role" in reason
    assert store.get_article(article.id).title == "Hội nghị giao ban"


def test_article_without_title_is_not_sent(store, site_and_fake) -> None:
    site, fake = site_and_fake
    article = _article(store, title="")
    store.enqueue(article.id, site.id, OutboxAction.SUBMIT)

    report = _engine(store, fake).run()

    assert fake.posts == {}
    assert store.sync_state(article.id)[0] is SyncState.FAILED
    assert "no title" in report.problems[0].message


def test_pull_follows_publication_on_the_site(store, site_and_fake) -> None:
    site, fake = site_and_fake
    article = _article(store)
    store.enqueue(article.id, site.id, OutboxAction.SUBMIT)
    engine = _engine(store, fake)
    engine.run()
    remote_id = store.get_remote(article.id, site.id).remote_id
    fake.connector().set_status(remote_id, RemoteStatus.PUBLISH)  # an editor publishes

    report = engine.run()

    assert report.updated_from_site == [article.id]
    assert store.get_article(article.id).status is WorkflowStatus.PUBLISHED
    assert store.get_remote(article.id, site.id).link.startswith("https://example.org/")
    assert store.sync_state(article.id)[0] is SyncState.SENT


def test_cancel_stops_before_sending(store, site_and_fake) -> None:
    site, fake = site_and_fake
    article = _article(store)
    store.enqueue(article.id, site.id, OutboxAction.SUBMIT)

    report = SyncEngine(store, lambda _s: fake.connector()).run(cancel=lambda: True)

    assert report.cancelled
    assert fake.requests == 0
    assert store.sync_state(article.id)[0] is SyncState.QUEUED


def test_validation_error_type_is_reported() -> None:
    from newsdesk.sync import check_ready_to_send

    with pytest.raises(ValidationError, match="no title"):
        check_ready_to_send(new_article(title="  ", body="x"))


def test_cancel_mid_run_then_resume_sends_each_article_once(store, site_and_fake) -> None:
    """The article prepared while the first one was on its way has an attempt counted but was
    never sent: the next run looks for it by its UUID first and creates it once."""
    site, fake = site_and_fake
    articles = [_article(store, f"Bài {n}") for n in range(4)]
    for article in articles:
        store.enqueue(article.id, site.id, OutboxAction.SUBMIT)
    engine = _engine(store, fake)
    cancelled = False

    def progress(done: int, _total: int) -> None:
        nonlocal cancelled
        cancelled = done >= 1

    first = engine.run(cancel=lambda: cancelled, progress=progress)
    assert first.cancelled
    assert 1 <= len(fake.posts) < len(articles)

    second = engine.run()

    assert second.ok
    assert sorted(p.meta.client_uuid for p in fake.posts.values()) == sorted(
        a.uuid for a in articles
    )
    assert all(store.sync_state(a.id)[0] is SyncState.SENT for a in articles)


def test_items_of_one_article_go_in_order_while_others_are_prepared(store, site_and_fake) -> None:
    site, fake = site_and_fake
    fake.roles = ("editor",)
    first, second = _article(store, "Một"), _article(store, "Hai")
    for action in (OutboxAction.SUBMIT, OutboxAction.PUBLISH):
        store.enqueue(first.id, site.id, action)
    store.enqueue(second.id, site.id, OutboxAction.SUBMIT)

    report = _engine(store, fake).run()

    assert report.ok
    assert sorted(report.sent) == sorted([first.id, first.id, second.id])
    statuses = {p.meta.client_uuid: p.status for p in fake.posts.values()}
    assert statuses == {first.uuid: "publish", second.uuid: "pending"}
    assert store.get_article(first.id).status is WorkflowStatus.PUBLISHED
    assert len(fake.posts) == 2


def test_article_deleted_while_on_its_way_is_a_problem_not_a_crash(store, site_and_fake) -> None:
    site, fake = site_and_fake
    doomed, kept = _article(store, "Xóa"), _article(store, "Giữ")
    store.enqueue(doomed.id, site.id, OutboxAction.SUBMIT)
    store.enqueue(kept.id, site.id, OutboxAction.SUBMIT)
    connector = fake.connector()
    create = connector.create_post

    def create_then_delete(post):  # the reporter deletes it while the site answers
        answer = create(post)
        if post.meta.client_uuid == doomed.uuid:
            store.delete_article(doomed.id)
        return answer

    connector.create_post = create_then_delete  # type: ignore[method-assign]
    engine = SyncEngine(store, lambda _s: connector, retry=RetryPolicy(attempts=1), workers=1)

    report = engine.run()

    assert report.sent == [kept.id]
    assert [p.article_id for p in report.problems] == [doomed.id]
    assert "does not exist" in report.problems[0].message
    assert store.sync_state(kept.id)[0] is SyncState.SENT
