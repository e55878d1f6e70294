from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.core import (
    Article,
    Byline,
    FeaturedImage,
    NotFoundError,
    ValidationError,
    WorkflowStatus,
    new_article,
)
from newsdesk.store import Store


def full_article() -> Article:
    return new_article(
        title="Hội nghị Ủy ban MTTQ tỉnh",
        sapo="Ngày 25/12/2020, đồng chí Chủ tịch chủ trì hội nghị.",
        body="Đoạn một.\n\nĐoạn hai, “trích dẫn”\u00a0ở đây.",
        bylines=(Byline("Thủy Phương", "Bài"), Byline("Minh Đức", "Ảnh")),
        category="Tin tức",
        tags=("MTTQ", "Quảng Trị"),
        featured_image=FeaturedImage("/photos/hoi-nghi.jpg", "Quang cảnh", "Minh Đức", "Hội nghị"),
        slug="hoi-nghi-uy-ban-mttq-tinh",
        source="Báo Quảng Trị",
        publish_at=datetime(2020, 12, 25, 8, 30, tzinfo=UTC),
    )


def test_create_assigns_id_and_version_one_and_keeps_a_revision(store: Store) -> None:
    draft = full_article()
    created = store.create_article(draft)

    assert created.id is not None
    assert created.version == 1
    assert created.content_key() == draft.content_key()
    assert store.get_article(created.id) == created
    revisions = store.revisions(created.id)
    assert [r.version for r in revisions] == [1]
    assert revisions[0].article == created


def test_every_field_survives_a_reopen(store: Store, db_path) -> None:
    created = store.create_article(full_article())
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.get_article(created.id) == created


def test_times_come_back_as_aware_utc(store: Store) -> None:
    hanoi = timezone(timedelta(hours=7))
    local = datetime(2020, 12, 25, 15, 30, tzinfo=hanoi)
    created = store.create_article(
        new_article(title="x", publish_at=local, created_at=local, updated_at=local)
    )

    stored = store.get_article(created.id)
    for value in (stored.publish_at, stored.created_at, stored.updated_at):
        assert value is not None
        assert value.tzinfo is UTC
        assert value == local
    assert stored.publish_at.hour == 8


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.create_article(new_article(title="x", publish_at=datetime(2020, 1, 1)))
    assert store.list_articles() == []


def test_uuid_must_be_unique(store: Store) -> None:
    first = store.create_article(new_article(title="first"))
    with pytest.raises(ValidationError, match=first.uuid):
        store.create_article(new_article(title="second").edited(uuid=first.uuid))
    assert [s.title for s in store.list_articles()] == ["first"]


def test_find_article_by_uuid(store: Store) -> None:
    created = store.create_article(new_article(title="x"))
    assert store.find_article_by_uuid(created.uuid) == created
    assert store.find_article_by_uuid("no-such-uuid") is None


def test_save_without_changes_keeps_version_and_makes_no_revision(store: Store) -> None:
    created = store.create_article(full_article())

    again = store.save_article(created)
    # Fields a person does not edit are not "changes" either.
    same_content = store.save_article(created.edited(version=99, updated_at=datetime.now(UTC)))

    assert again == created
    assert same_content == created
    assert len(store.revisions(created.id)) == 1


def test_each_change_bumps_version_and_keeps_one_revision(store: Store) -> None:
    created = store.create_article(full_article())

    second = store.save_article(created.edited(title="Tít mới"))
    third = store.save_article(second.edited(status=WorkflowStatus.SUBMITTED))
    store.save_article(third)  # unchanged

    assert (second.version, third.version) == (2, 3)
    assert third.updated_at > second.updated_at > created.updated_at
    assert third.created_at == created.created_at
    assert store.get_article(created.id) == third
    revisions = store.revisions(created.id)
    assert [r.version for r in revisions] == [1, 2, 3]
    assert [r.article.title for r in revisions] == [created.title, "Tít mới", "Tít mới"]
    assert revisions[2].article.status is WorkflowStatus.SUBMITTED
    assert revisions[1].article == second


def test_save_keeps_uuid_and_ignores_a_stale_version(store: Store) -> None:
    created = store.create_article(new_article(title="a"))
    saved = store.save_article(created.edited(title="b", uuid="other", version=0))
    assert saved.uuid == created.uuid
    assert saved.version == 2


def test_save_needs_an_existing_article(store: Store) -> None:
    with pytest.raises(ValueError, match="create_article"):
        store.save_article(new_article(title="never created"))
    with pytest.raises(NotFoundError):
        store.save_article(new_article(title="gone").edited(id=404))


def test_missing_article_error_says_what_to_do(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.get_article(12)
    assert caught.value.cause == "Article 12 does not exist."
    assert caught.value.action == "Run `newsdesk list` to see the articles."


def test_delete_removes_article_and_its_revisions(store: Store) -> None:
    keep = store.create_article(new_article(title="keep"))
    drop = store.create_article(new_article(title="drop"))
    store.save_article(drop.edited(body="more"))

    store.delete_article(drop.id)

    with pytest.raises(NotFoundError):
        store.get_article(drop.id)
    with pytest.raises(NotFoundError):
        store.revisions(drop.id)
    with pytest.raises(NotFoundError):
        store.delete_article(drop.id)
    assert [s.id for s in store.list_articles()] == [keep.id]
    assert len(store.revisions(keep.id)) == 1


def test_list_is_newest_updated_first_and_filters_by_status(store: Store) -> None:
    old = store.create_article(new_article(title="old"))
    mid = store.create_article(new_article(title="mid"))
    new = store.create_article(new_article(title="new"))
    store.save_article(old.edited(title="old, edited", status=WorkflowStatus.SUBMITTED))

    assert [s.title for s in store.list_articles()] == ["old, edited", "new", "mid"]
    assert [s.id for s in store.list_articles(status=WorkflowStatus.SUBMITTED)] == [old.id]
    assert [s.id for s in store.list_articles(status=WorkflowStatus.DRAFT)] == [new.id, mid.id]
    assert [s.id for s in store.list_articles(limit=1)] == [old.id]


def test_summary_carries_what_the_list_shows(store: Store) -> None:
    created = store.create_article(full_article())
    (summary,) = store.list_articles()
    assert summary.id == created.id
    assert summary.uuid == created.uuid
    assert summary.title == created.title
    assert summary.status is WorkflowStatus.DRAFT
    assert summary.updated_at == created.updated_at
    assert summary.link == ""
