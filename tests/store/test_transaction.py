"""A unit of work: several writes committed once, or nothing of them at all."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from newsdesk.core import OutboxAction, Site, WorkflowStatus, new_article
from newsdesk.core.audit import AuditEntry, content_fingerprint, now_utc, sealed
from newsdesk.core.errors import NotFoundError
from newsdesk.core.notes import Anchor, Note
from newsdesk.store import Store

BODY = "Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm."


def _entry(store: Store, article_id: int) -> AuditEntry:
    article = store.get_article(article_id)
    entry = AuditEntry(
        article_uuid=article.uuid,
        action="submit",
        from_status="draft",
        to_status="submitted",
        user="phuong",
        user_name="Thủy Phương",
        at=now_utc(),
        content_sha=content_fingerprint(article),
        note="Nhờ anh xem giúp.",
    )
    chain = store.audit(article_id)
    return sealed(entry, chain[-1] if chain else None)


def _note(article_id: int) -> Note:
    return Note(
        id="note-1",
        article_id=article_id,
        anchor=Anchor(-1, ""),
        text="Nhờ anh xem giúp.",
        author="phuong",
        author_name="Thủy Phương",
        created_at=now_utc(),
    )


def _move(tx: Store, article_id: int, site_id: int) -> None:
    """The writes of a submission: status, audit, note, outbox."""
    article = tx.get_article(article_id)
    tx.save_article(article.edited(status=WorkflowStatus.SUBMITTED))
    tx.append_audit(article_id, _entry(tx, article_id))
    tx.add_note(_note(article_id))
    tx.enqueue(article_id, site_id, OutboxAction.SUBMIT)


def _untouched(store: Store, article_id: int) -> None:
    article = store.get_article(article_id)
    assert (article.status, article.version) == (WorkflowStatus.DRAFT, 1)
    assert [r.version for r in store.revisions(article_id)] == [1]
    assert store.audit(article_id) == []
    assert store.notes(article_id) == []
    assert store.outbox_for_article(article_id) == []


def test_every_write_of_a_unit_is_committed_together(store: Store, site: Site) -> None:
    article_id = store.create_article(new_article(title="Hội nghị", body=BODY)).pk
    with store.transaction() as tx:
        _move(tx, article_id, site.pk)
    assert store.get_article(article_id).status is WorkflowStatus.SUBMITTED
    assert [e.action for e in store.audit(article_id)] == ["submit"]
    assert [n.id for n in store.notes(article_id)] == ["note-1"]
    assert [i.action for i in store.outbox_for_article(article_id)] == [OutboxAction.SUBMIT]


def test_a_failing_last_write_leaves_nothing_of_the_first_ones(store: Store, site: Site) -> None:
    article_id = store.create_article(new_article(title="Hội nghị", body=BODY)).pk
    with pytest.raises(NotFoundError), store.transaction() as tx:
        _move(tx, article_id, site.pk + 99)  # the outbox write fails: no such site
    _untouched(store, article_id)


def test_any_exception_in_the_block_rolls_the_unit_back(store: Store, site: Site) -> None:
    article_id = store.create_article(new_article(title="Hội nghị", body=BODY)).pk

    def move_then_fail() -> None:
        with store.transaction() as tx:
            _move(tx, article_id, site.pk)
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        move_then_fail()
    _untouched(store, article_id)


def test_reads_inside_see_the_units_writes_and_others_see_them_only_after(
    store: Store, site: Site
) -> None:
    article_id = store.create_article(new_article(title="Hội nghị", body=BODY)).pk
    with ThreadPoolExecutor(max_workers=1) as other, store.transaction() as tx:
        _move(tx, article_id, site.pk)
        assert tx.get_article(article_id).status is WorkflowStatus.SUBMITTED
        assert len(tx.outbox_for_article(article_id)) == 1
        seen = other.submit(lambda: store.get_article(article_id).status).result()
        assert seen is WorkflowStatus.DRAFT
    assert other_thread_status(store, article_id) is WorkflowStatus.SUBMITTED


def other_thread_status(store: Store, article_id: int) -> WorkflowStatus:
    with ThreadPoolExecutor(max_workers=1) as other:
        return other.submit(lambda: store.get_article(article_id).status).result()


def test_a_failed_write_caught_inside_leaves_the_rest_of_the_unit(store: Store, site: Site) -> None:
    article_id = store.create_article(new_article(title="Hội nghị", body=BODY)).pk
    with store.transaction() as tx:
        tx.save_article(tx.get_article(article_id).edited(title="Đã sửa"))
        with pytest.raises(NotFoundError):
            tx.enqueue(article_id, site.pk + 99, OutboxAction.SUBMIT)
        tx.enqueue(article_id, site.pk, OutboxAction.SUBMIT)
    assert store.get_article(article_id).title == "Đã sửa"
    assert len(store.outbox_for_article(article_id)) == 1


def test_a_unit_opened_inside_another_joins_it(store: Store, site: Site) -> None:
    article_id = store.create_article(new_article(title="Hội nghị", body=BODY)).pk

    def inner_then_fail() -> None:
        with store.transaction() as tx:
            with tx.transaction() as inner:
                _move(inner, article_id, site.pk)
            raise RuntimeError("the outer unit fails after the inner one ended")

    with pytest.raises(RuntimeError, match="outer unit"):
        inner_then_fail()
    _untouched(store, article_id)
