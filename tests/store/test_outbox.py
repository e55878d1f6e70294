from __future__ import annotations

import pytest

from newsdesk.core import (
    NotFoundError,
    OutboxAction,
    OutboxState,
    RemoteRef,
    Site,
    SyncState,
    new_article,
)
from newsdesk.core.messages import Message
from newsdesk.store import CHANGED_SINCE_SENT, Store


@pytest.fixture
def article_id(store: Store) -> int:
    return store.create_article(new_article(title="Tin mới")).id


@pytest.fixture
def other_site(store: Store) -> Site:
    return store.add_site(Site(name="Báo tỉnh", url="https://bao.example.vn", username="bt"))


def test_enqueue_makes_a_pending_item(store: Store, article_id: int, site: Site) -> None:
    item = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    assert (item.article_id, item.site_id, item.action) == (article_id, site.id, "submit")
    assert item.state is OutboxState.PENDING
    assert (item.attempts, item.last_error) == (0, "")
    assert item.created_at.tzinfo is not None
    assert store.pending_outbox() == [item]


def test_identical_pending_item_is_not_added_twice(
    store: Store, article_id: int, site: Site, other_site: Site
) -> None:
    first = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    again = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    publish = store.enqueue(article_id, site.id, OutboxAction.PUBLISH)
    elsewhere = store.enqueue(article_id, other_site.id, OutboxAction.SUBMIT)

    assert again == first
    assert len({first.id, publish.id, elsewhere.id}) == 3
    assert len(store.pending_outbox()) == 3


def test_requeue_after_failure_or_done_makes_a_new_pending_item(
    store: Store, article_id: int, site: Site
) -> None:
    first = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    store.mark_failed(first.id, "wrong password")
    second = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    store.mark_done(second.id)
    third = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)

    assert len({first.id, second.id, third.id}) == 3
    assert (second.state, second.attempts, second.last_error) == (OutboxState.PENDING, 0, "")
    history = store.outbox_for_article(article_id)
    assert [i.id for i in history] == [first.id, second.id, third.id]
    assert [i.state for i in history] == [OutboxState.FAILED, OutboxState.DONE, "pending"]
    assert store.pending_outbox() == [third]


def test_pending_is_oldest_first_and_filters_by_site(
    store: Store, site: Site, other_site: Site
) -> None:
    a = store.create_article(new_article(title="a")).id
    b = store.create_article(new_article(title="b")).id
    first = store.enqueue(b, site.id, OutboxAction.SUBMIT)
    second = store.enqueue(a, other_site.id, OutboxAction.SUBMIT)
    third = store.enqueue(a, site.id, OutboxAction.PUBLISH)
    store.mark_done(first.id)

    assert [i.id for i in store.pending_outbox()] == [second.id, third.id]
    assert [i.id for i in store.pending_outbox(site.id)] == [third.id]
    assert [i.id for i in store.pending_outbox(other_site.id)] == [second.id]


def test_record_attempt_counts_and_keeps_the_error(
    store: Store, article_id: int, site: Site
) -> None:
    item = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    store.record_attempt(item.id, "timed out")
    after = store.record_attempt(item.id, "site unreachable, will retry")

    assert (after.attempts, after.last_error) == (2, "site unreachable, will retry")
    assert after.state is OutboxState.PENDING
    assert store.pending_outbox() == [after]


def test_unknown_outbox_item(store: Store) -> None:
    for call in (
        lambda: store.record_attempt(99, "x"),
        lambda: store.mark_done(99),
        lambda: store.mark_failed(99, "x"),
    ):
        with pytest.raises(NotFoundError, match="Outbox item 99"):
            call()


def test_enqueue_needs_article_and_site(store: Store, article_id: int, site: Site) -> None:
    with pytest.raises(NotFoundError, match="Article 404"):
        store.enqueue(404, site.id, OutboxAction.SUBMIT)
    with pytest.raises(NotFoundError, match="Site 404"):
        store.enqueue(article_id, 404, OutboxAction.SUBMIT)
    assert store.pending_outbox() == []


def test_deleting_an_article_or_site_drops_its_items(
    store: Store, site: Site, other_site: Site
) -> None:
    a = store.create_article(new_article(title="a")).id
    b = store.create_article(new_article(title="b")).id
    store.enqueue(a, site.id, OutboxAction.SUBMIT)
    kept = store.enqueue(b, other_site.id, OutboxAction.SUBMIT)
    store.enqueue(b, site.id, OutboxAction.SUBMIT)

    store.delete_article(a)
    store.remove_site(site.id)

    assert store.pending_outbox() == [kept]


def test_sync_state_transitions(store: Store, article_id: int, site: Site) -> None:
    def state() -> tuple[SyncState, str]:
        return store.sync_state(article_id)

    def listed() -> tuple[SyncState, str]:
        (summary,) = store.list_articles()
        return summary.sync_state, summary.sync_reason

    assert state() == listed() == (SyncState.LOCAL, "")

    item = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    assert state() == listed() == (SyncState.QUEUED, "")

    store.record_attempt(item.id, "site unreachable, will retry")
    assert state() == listed() == (SyncState.QUEUED, "site unreachable, will retry")

    store.mark_failed(item.id, "The site refused the password.")
    assert state() == listed() == (SyncState.FAILED, "The site refused the password.")

    retry = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    assert state() == (SyncState.QUEUED, "")

    article = store.get_article(article_id)
    store.set_remote(article_id, RemoteRef(site.id, 501, "pending", "https://x/?p=501", 1))
    store.mark_done(retry.id)
    assert state() == listed() == (SyncState.SENT, "")

    store.save_article(article.edited(body="thêm một câu"))
    assert state() == listed() == (SyncState.LOCAL, CHANGED_SINCE_SENT)

    store.set_remote(article_id, RemoteRef(site.id, 501, "pending", "https://x/?p=501", 2))
    assert state() == listed() == (SyncState.SENT, "")


def test_newest_failure_wins_over_older_pending_items(
    store: Store, article_id: int, site: Site
) -> None:
    store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    publish = store.enqueue(article_id, site.id, OutboxAction.PUBLISH)
    store.mark_failed(publish.id, "Only editors can publish.")
    assert store.sync_state(article_id) == (SyncState.FAILED, "Only editors can publish.")


def test_a_remote_without_a_sent_version_is_still_local(
    store: Store, article_id: int, site: Site
) -> None:
    store.set_remote(article_id, RemoteRef(site.id, None))
    assert store.sync_state(article_id) == (SyncState.LOCAL, "")


def test_sync_state_of_a_missing_article(store: Store) -> None:
    with pytest.raises(NotFoundError, match="Article 3 does not exist"):
        store.sync_state(3)


def test_each_summary_has_its_own_state_and_link(
    store: Store, site: Site, other_site: Site
) -> None:
    sent = store.create_article(new_article(title="sent"))
    queued = store.create_article(new_article(title="queued"))
    local = store.create_article(new_article(title="local"))
    store.set_remote(sent.id, RemoteRef(other_site.id, 8, "publish", "https://b/8", 1))
    store.set_remote(sent.id, RemoteRef(site.id, 7, "pending", "", 1))
    store.enqueue(queued.id, site.id, OutboxAction.SUBMIT)

    by_title = {s.title: s for s in store.list_articles()}
    assert (by_title["sent"].sync_state, by_title["sent"].link) == (SyncState.SENT, "https://b/8")
    assert (by_title["queued"].sync_state, by_title["queued"].link) == (SyncState.QUEUED, "")
    assert by_title["local"].sync_state is SyncState.LOCAL
    assert by_title["local"].id == local.id


def test_note_outbox_error_keeps_the_attempt_count(
    store: Store, article_id: int, site: Site
) -> None:
    item = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    store.record_attempt(item.id, "")
    store.note_outbox_error(item.id, "site unreachable, will retry")

    (after,) = store.pending_outbox()
    assert (after.attempts, after.last_error) == (1, "site unreachable, will retry")
    assert store.sync_state(article_id) == (SyncState.QUEUED, "site unreachable, will retry")
    with pytest.raises(NotFoundError):
        store.note_outbox_error(404, "x")


def test_a_failure_reason_that_is_a_message_reads_back_as_one(
    store: Store, article_id: int, site: Site
) -> None:
    reason = Message(
        "{cause} The site said: {said}",
        cause=Message("The site has no category “{name}”.", name="Thời sự"),
        said="Invalid parameter(s): categories",
    )
    waiting = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    store.note_outbox_error(waiting.id, reason)
    (kept,) = store.pending_outbox()
    assert isinstance(kept.last_error, Message)
    assert kept.last_error == reason
    assert kept.last_error.template == reason.template
    assert kept.last_error.params["cause"].params == {"name": "Thời sự"}
    assert store.list_articles()[0].sync_reason == reason  # the list's own query too

    store.mark_failed(waiting.id, reason)
    state, why = store.sync_state(article_id)
    assert (state, why) == (SyncState.FAILED, reason)
    assert isinstance(why, Message)


def test_a_plain_failure_reason_stays_plain(store: Store, article_id: int, site: Site) -> None:
    item = store.enqueue(article_id, site.id, OutboxAction.SUBMIT)
    store.mark_failed(item.id, "Written before messages were kept.")
    (failed,) = store.outbox_for_article(article_id)
    assert failed.last_error == "Written before messages were kept."
    assert not isinstance(failed.last_error, Message)
