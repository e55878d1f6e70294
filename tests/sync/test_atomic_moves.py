"""A move, a conflict's resolution and the undoing of a refused move each commit once: a
write that fails at the end leaves nothing of the earlier ones, and the failure is raised."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.core import (
    Byline,
    OutboxAction,
    OutboxState,
    RemoteRef,
    Site,
    WorkflowStatus,
    new_article,
)
from newsdesk.core.article import Article
from newsdesk.core.workflow import Action
from newsdesk.desk import Desk
from newsdesk.desk.moves import record_move
from newsdesk.sites.base import RemotePost
from newsdesk.sites.credentials import Credentials
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from newsdesk.sync.push import record_sent
from tests.sync.fakes import FakeSite

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"


class DiskFull(RuntimeError):
    pass


def _fail(*_args: object, **_kwargs: object) -> None:
    raise DiskFull("database or disk is full")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "desk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def editor_site(store: Store) -> Site:
    return store.add_site(Site("portal", "https://example.org", "bientap", roles=("editor",)))


def _article(store: Store, status: WorkflowStatus) -> Article:
    body = "\n\n".join(p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:4])
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


def _records(store: Store, article_id: int) -> tuple[object, ...]:
    article = store.get_article(article_id)
    return (
        article.status,
        article.version,
        article.body,
        store.audit(article_id),
        store.notes(article_id),
        store.outbox_for_article(article_id),
        store.remotes(article_id),
        store.conflicts(article_id),
    )


def test_a_return_whose_queueing_fails_leaves_the_article_as_it_was(
    store: Store, editor_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    before = _records(store, article.pk)
    monkeypatch.setattr(store, "enqueue", _fail)

    with pytest.raises(DiskFull):
        record_move(store, editor_site, article, Action.RETURN, note="Thêm ý kiến của đại biểu.")

    assert _records(store, article.pk) == before
    assert store.get_article(article.pk).status is WorkflowStatus.SUBMITTED


def test_a_resolution_whose_queueing_fails_keeps_the_conflict_and_the_article(
    store: Store, editor_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    theirs = article.edited(title="Tiêu đề do biên tập sửa trên trang")
    conflict = store.keep_conflict(article.pk, editor_site.pk, article, theirs, "v2")
    before = _records(store, article.pk)
    monkeypatch.setattr(store, "enqueue", _fail)

    with pytest.raises(DiskFull):
        Desk(store, Credentials()).resolve_conflict(conflict, theirs)

    assert _records(store, article.pk) == before
    assert [c.id for c in store.conflicts(article.pk)] == [conflict.id]


def test_undoing_a_refused_move_is_all_or_nothing(
    store: Store, editor_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(store, WorkflowStatus.APPROVED)
    record_move(store, editor_site, article, Action.PUBLISH)
    fake = FakeSite(roles=("contributor",))  # the site lowered the role: publishing is refused
    engine = SyncEngine(
        store, lambda _site: fake.connector(), retry=RetryPolicy(attempts=1), workers=1
    )
    monkeypatch.setattr(store, "drop_unsent_audit", _fail)

    with pytest.raises(DiskFull):
        engine.run()

    kept = store.get_article(article.pk)
    assert kept.status is WorkflowStatus.PUBLISHED
    assert [e.action for e in store.audit(article.pk)] == ["publish"]
    assert [i.state for i in store.outbox_for_article(article.pk)] == [OutboxState.PENDING]

    monkeypatch.undo()  # the disk has room again: the next run undoes the move whole
    engine.run()
    assert store.get_article(article.pk).status is WorkflowStatus.APPROVED
    assert store.audit(article.pk) == []
    assert [i.state for i in store.outbox_for_article(article.pk)] == [OutboxState.FAILED]


def test_a_note_whose_queueing_fails_is_not_kept(
    store: Store, editor_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    record_move(store, editor_site, article, Action.APPROVE)
    store.set_remote(
        article.pk, RemoteRef(editor_site.pk, 41, "pending", "https://example.org/?p=41")
    )
    before = _records(store, article.pk)
    monkeypatch.setattr(store, "enqueue", _fail)

    with pytest.raises(DiskFull):
        Desk(store, Credentials()).add_note(
            article.pk, "portal", "Kiểm tra lại số liệu.", paragraph=0
        )

    assert _records(store, article.pk) == before


def test_a_move_that_is_committed_keeps_every_record(store: Store, editor_site: Site) -> None:
    article = _article(store, WorkflowStatus.SUBMITTED)
    item = record_move(store, editor_site, article, Action.RETURN, note="Thêm ý kiến.")
    assert store.get_article(article.pk).status is WorkflowStatus.CHANGES_REQUESTED
    assert [e.action for e in store.audit(article.pk)] == ["return"]
    assert [n.text for n in store.notes(article.pk)] == ["Thêm ý kiến."]
    assert store.outbox_for_article(article.pk) == [item]
    assert item.action is OutboxAction.RETURN


def test_recording_a_send_whose_last_write_fails_leaves_nothing_of_the_first(
    store: Store, editor_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(store, WorkflowStatus.APPROVED)
    item = store.enqueue(article.pk, editor_site.pk, OutboxAction.PUBLISH)
    before = _records(store, article.pk)
    published = RemotePost(
        id=7,
        status="publish",
        link="https://example.org/?p=7",
        title=article.title,
        excerpt=article.sapo,
        content_html="<p>…</p>",
        modified_gmt="",
        version="v1",
    )
    monkeypatch.setattr(store, "finish_send", _fail)

    with pytest.raises(DiskFull):
        record_sent(store, editor_site, article, published, done_item=item.id)

    assert _records(store, article.pk) == before  # the status the site reports is not kept
    assert store.get_article(article.pk).status is WorkflowStatus.APPROVED
