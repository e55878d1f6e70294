"""The desk's workflow operations field by field: submitting, publishing, notes, retrying
what failed and settling a clash with a site."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core import Byline, OutboxAction, RemoteRef, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError
from newsdesk.core.merge import Choice
from newsdesk.core.outbox import OutboxState
from newsdesk.desk import Changes, Desk
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.errors import PermissionDenied
from newsdesk.store import Store

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"


@pytest.fixture
def desk(store: Store) -> Desk:
    store.add_site(
        Site("portal", "https://example.org", "bientap", display_name="Biên tập", roles=("editor",))
    )
    store.add_site(Site("cong", "https://example.net", "phuong", roles=("contributor",)))
    store.add_site(Site("docgia", "https://example.com", "khach", roles=("subscriber",)))
    return Desk(store, Credentials())


def _article(store: Store, status: WorkflowStatus = WorkflowStatus.DRAFT) -> Article:
    body = "\n\n".join(SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:4])
    return store.create_article(
        new_article(
            title="Hội nghị tổng kết công tác Mặt trận năm 2020",
            sapo="Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết.",
            body=body,
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
            status=status,
        )
    )


def _actions(store: Store, article: Article) -> list[tuple[int, OutboxAction, OutboxState]]:
    return [(i.site_id, i.action, i.state) for i in store.outbox_for_article(article.pk)]


def test_submitting_a_draft_moves_it_and_records_the_note(store: Store, desk: Desk) -> None:
    article = _article(store)
    cong = desk.site("cong")
    changes = desk.submit(article.pk, "cong", note="Nhờ anh xem giúp.")
    ids = frozenset({article.pk})
    assert changes == Changes(articles=ids, list=True, records=ids, outbox=ids)
    assert store.get_article(article.pk).status is WorkflowStatus.SUBMITTED
    assert _actions(store, article) == [(cong.pk, OutboxAction.SUBMIT, OutboxState.PENDING)]
    [entry] = store.audit(article.pk)
    assert (entry.action, entry.note) == ("submit", "Nhờ anh xem giúp.")


def test_submitting_an_article_under_review_sends_its_changes(store: Store, desk: Desk) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    cong = desk.site("cong")
    changes = desk.submit(article.pk, "cong")
    assert changes == Changes(list=True, outbox=frozenset({article.pk}))
    assert store.get_article(article.pk) == article
    assert _actions(store, article) == [(cong.pk, OutboxAction.SUBMIT, OutboxState.PENDING)]
    assert store.audit(article.pk) == []


def test_a_submission_is_refused_before_anything_is_kept(store: Store, desk: Desk) -> None:
    article = _article(store)
    with pytest.raises(PermissionDenied) as caught:
        desk.submit(article.pk, "docgia")
    assert caught.value.cause == "Your account on “docgia” may not write articles."
    empty = store.create_article(new_article(title="", body=""))
    with pytest.raises(ValidationError):
        desk.submit(empty.pk, "portal")
    for refused in (article, empty):
        assert store.outbox_for_article(refused.pk) == []
        assert store.audit(refused.pk) == []
        assert store.get_article(refused.pk).status is WorkflowStatus.DRAFT


def test_publishing_is_the_editors_move(store: Store, desk: Desk) -> None:
    article = _article(store, WorkflowStatus.APPROVED)
    with pytest.raises(PermissionDenied, match="Only editors can publish"):
        desk.publish(article.pk, "cong")
    changes = desk.publish(article.pk, "portal")
    ids = frozenset({article.pk})
    assert changes == Changes(articles=ids, list=True, records=ids, outbox=ids)
    assert store.get_article(article.pk).status is WorkflowStatus.PUBLISHED
    [entry] = store.audit(article.pk)
    assert (entry.action, entry.note) == ("publish", "")
    assert entry.user == "bientap"


def test_a_note_keeps_its_paragraph_and_the_note_it_answers(store: Store, desk: Desk) -> None:
    article = _article(store)
    portal = desk.site("portal")
    store.set_remote(article.pk, RemoteRef(portal.pk, 7, "pending", "https://example.org/?p=7"))
    ids = frozenset({article.pk})
    changes = desk.add_note(article.pk, "portal", "Kiểm tra số liệu.", paragraph=1)
    assert changes == Changes(list=True, records=ids, outbox=ids)
    answer = desk.add_note(
        article.pk, "portal", "Đã kiểm tra.", paragraph=-1, parent=store.notes(article.pk)[0].id
    )
    assert answer == changes
    first, second = sorted(store.notes(article.pk), key=lambda n: n.parent != "")
    assert (first.anchor.index, first.text, first.parent) == (1, "Kiểm tra số liệu.", "")
    assert first.author_name == "Biên tập"
    assert (second.anchor.index, second.parent) == (-1, first.id)
    assert _actions(store, article) == [(portal.pk, OutboxAction.NOTE, OutboxState.PENDING)]
    assert store.notes(_article(store).pk) == []


def test_retrying_queues_each_failed_work_once_again(store: Store, desk: Desk) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    other = _article(store, WorkflowStatus.SUBMITTED)
    portal, cong = desk.site("portal"), desk.site("cong")
    for site, action in (
        (portal, OutboxAction.SUBMIT),
        (portal, OutboxAction.SUBMIT),
        (cong, OutboxAction.NOTE),
    ):
        item = store.enqueue(article.pk, site.pk, action)
        store.mark_failed(item.id, "The site refused it.")
    done = store.enqueue(article.pk, portal.pk, OutboxAction.PUBLISH)
    store.mark_done(done.id)
    failed_elsewhere = store.enqueue(other.pk, portal.pk, OutboxAction.SUBMIT)
    store.mark_failed(failed_elsewhere.id, "The site refused it.")

    changes = desk.retry(article.pk)

    assert changes == Changes(list=True, outbox=frozenset({article.pk}))
    pending = [(i.site_id, i.action) for i in store.pending_outbox()]
    assert sorted(pending) == sorted(
        [(portal.pk, OutboxAction.SUBMIT), (cong.pk, OutboxAction.NOTE)]
    )
    assert len(store.outbox_for_article(article.pk)) == 6
    assert store.outbox_for_article(other.pk)[0].state is OutboxState.FAILED


def _conflict(store: Store, desk: Desk, article: Article) -> tuple[Site, Article]:
    portal = desk.site("portal")
    store.set_remote(
        article.pk,
        RemoteRef(portal.pk, 7, "pending", "https://example.org/?p=7", content_sha="abc"),
    )
    theirs = article.edited(title="Tiêu đề biên tập sửa trên trang")
    store.keep_conflict(article.pk, portal.pk, article, theirs, "v2")
    return portal, theirs


def test_settling_a_clash_keeps_the_choice_and_takes_the_sites_copy_as_base(
    store: Store, desk: Desk
) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    portal, theirs = _conflict(store, desk, article)
    cong = desk.site("cong")
    store.mark_done(store.enqueue(article.pk, portal.pk, OutboxAction.SUBMIT).id)
    store.mark_done(store.enqueue(article.pk, portal.pk, OutboxAction.APPROVE).id)
    store.mark_done(store.enqueue(article.pk, portal.pk, OutboxAction.SCHEDULE).id)
    store.mark_done(store.enqueue(article.pk, cong.pk, OutboxAction.NOTE).id)
    [conflict] = store.conflicts(article.pk)
    decided = store.get_article(article.pk).edited(title="Tiêu đề đã thống nhất")

    changes = desk.resolve_conflict(conflict, decided)

    ids = frozenset({article.pk})
    assert changes == Changes(articles=ids, list=True, outbox=ids, conflicts=ids)
    assert store.get_article(article.pk).title == "Tiêu đề đã thống nhất"
    assert store.conflicts(article.pk) == []
    ref = store.get_remote(article.pk, portal.pk)
    assert ref is not None
    assert ref.base == theirs
    assert ref.remote_version == "v2"
    assert ref.content_sha == ""
    assert (ref.remote_id, ref.remote_status) == (7, "pending")
    assert [(i.site_id, i.action) for i in store.pending_outbox()] == [
        (portal.pk, OutboxAction.SCHEDULE)
    ]


def test_a_clash_with_nothing_sent_before_is_sent_as_a_submission(store: Store, desk: Desk) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    portal = desk.site("portal")
    theirs = article.edited(title="Tiêu đề trên trang")
    store.keep_conflict(article.pk, portal.pk, article, theirs, "v3")
    [conflict] = store.conflicts(article.pk)
    desk.resolve_conflict(conflict, article)
    assert store.get_remote(article.pk, portal.pk) is None
    assert store.conflicts(article.pk) == []
    assert [(i.site_id, i.action) for i in store.pending_outbox()] == [
        (portal.pk, OutboxAction.SUBMIT)
    ]


def test_settling_every_clash_of_one_article_leaves_the_others(store: Store, desk: Desk) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    other = _article(store, WorkflowStatus.SUBMITTED)
    _conflict(store, desk, article)
    _conflict(store, desk, other)
    desk.resolve_all(article.pk, Choice.THEIRS)
    assert store.get_article(article.pk).title == "Tiêu đề biên tập sửa trên trang"
    assert store.conflicts(article.pk) == []
    assert [c.article_id for c in store.conflicts()] == [other.pk]
    assert store.get_article(other.pk).title == other.title
