"""What one move records, field by field: the article's new state (and its time, in UTC),
the sealed audit entry, the note on the whole article, and the work for the site."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsdesk.core import Byline, OutboxAction, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.core.audit import content_fingerprint, verify
from newsdesk.core.workflow import SCHEDULE_LEAD, Action
from newsdesk.desk.moves import record_move
from newsdesk.store import Store

VIETNAM = timezone(timedelta(hours=7))


def _site(store: Store, display_name: str = "Biên tập viên") -> Site:
    return store.add_site(
        Site(
            "portal",
            "https://example.org",
            "bientap",
            display_name=display_name,
            roles=("editor",),
        )
    )


def _article(store: Store, status: WorkflowStatus) -> Article:
    return store.create_article(
        new_article(
            title="Hội nghị tổng kết công tác Mặt trận năm 2020",
            sapo="Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết.",
            body="Hội nghị đánh giá kết quả.\n\nĐại biểu phát biểu ý kiến.",
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
            status=status,
        )
    )


def test_a_return_records_its_entry_and_its_note_on_the_whole_article(store: Store) -> None:
    site = _site(store)
    article = _article(store, WorkflowStatus.SUBMITTED)
    item = record_move(store, site, article, Action.RETURN, note="  Thêm số liệu.\n")
    saved = store.get_article(article.pk)
    assert saved.status is WorkflowStatus.CHANGES_REQUESTED
    assert saved.publish_at == article.publish_at
    [entry] = store.audit(article.pk)
    assert (entry.action, entry.from_status, entry.to_status) == (
        "return",
        "submitted",
        "changes_requested",
    )
    assert (entry.user, entry.user_name, entry.note) == (
        "bientap",
        "Biên tập viên",
        "Thêm số liệu.",
    )
    assert entry.article_uuid == article.uuid
    assert entry.content_sha == content_fingerprint(saved)
    assert len(entry.id) == 36
    assert datetime.fromisoformat(entry.at).utcoffset() == timedelta(0)
    assert entry.hash
    [note] = store.notes(article.pk)
    assert (note.text, note.anchor.index, note.anchor.quote) == ("Thêm số liệu.", -1, "")
    assert (item.article_id, item.site_id, item.action) == (
        article.pk,
        site.pk,
        OutboxAction.RETURN,
    )
    assert store.outbox_for_article(article.pk) == [item]


def test_each_move_is_chained_to_the_one_before(store: Store) -> None:
    site = _site(store, display_name="")
    article = _article(store, WorkflowStatus.SUBMITTED)
    record_move(store, site, article, Action.APPROVE)
    record_move(store, site, store.get_article(article.pk), Action.PUBLISH)
    first, second = store.audit(article.pk)
    assert first.user_name == "bientap"  # no display name: the login
    assert first.note == ""
    assert second.prev_hash == first.hash
    assert first.id != second.id
    assert verify(store.audit(article.pk)) is None
    assert store.notes(article.pk) == []  # a move without a note writes none


def test_a_schedule_keeps_its_time_in_utc(store: Store) -> None:
    site = _site(store)
    article = _article(store, WorkflowStatus.APPROVED)
    at = (datetime.now(UTC) + SCHEDULE_LEAD + timedelta(hours=1)).astimezone(VIETNAM)
    record_move(store, site, article, Action.SCHEDULE, at=at)
    saved = store.get_article(article.pk)
    assert saved.status is WorkflowStatus.SCHEDULED
    assert saved.publish_at == at
    assert saved.publish_at is not None
    assert saved.publish_at.utcoffset() == timedelta(0)


def test_a_time_given_with_another_move_is_not_kept(store: Store) -> None:
    site = _site(store)
    article = _article(store, WorkflowStatus.SUBMITTED)
    at = datetime.now(UTC) + timedelta(days=1)
    record_move(store, site, article, Action.APPROVE, at=at)
    assert store.get_article(article.pk).publish_at is None
