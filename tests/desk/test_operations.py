"""The desk's operations: each says what it changed; the rules (who may, the lead time of a
schedule) are the same for every caller."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.core import Byline, OutboxAction, RemoteRef, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError
from newsdesk.core.merge import Choice
from newsdesk.core.workflow import SCHEDULE_LEAD, Action
from newsdesk.desk import NOTHING, Changes, Desk
from newsdesk.desk.rules import offered, schedule_too_soon
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.errors import PermissionDenied
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sync.fakes import FakeSite

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"


@pytest.fixture
def desk(store: Store) -> Desk:
    store.add_site(Site("portal", "https://example.org", "bientap", roles=("editor",)))
    store.add_site(Site("cong", "https://example.net", "phuong", roles=("contributor",)))
    return Desk(store, Credentials())


def _article(store: Store, status: WorkflowStatus = WorkflowStatus.SUBMITTED) -> Article:
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


def test_a_move_says_it_changed_the_article_its_records_and_its_outbox(
    store: Store, desk: Desk
) -> None:
    article = _article(store)
    changes = desk.act(article.pk, "portal", Action.RETURN, note="Thêm ý kiến đại biểu.")
    ids = frozenset({article.pk})
    assert changes == Changes(articles=ids, list=True, records=ids, outbox=ids)
    assert store.get_article(article.pk).status is WorkflowStatus.CHANGES_REQUESTED


def test_a_note_on_an_article_no_site_has_yet_changes_only_its_records(
    store: Store, desk: Desk
) -> None:
    article = _article(store, WorkflowStatus.DRAFT)
    changes = desk.add_note(article.pk, "portal", "Kiểm tra số liệu.", paragraph=0)
    assert changes == Changes(records=frozenset({article.pk}))
    assert store.outbox_for_article(article.pk) == []
    portal = desk.site("portal")
    store.set_remote(article.pk, RemoteRef(portal.pk, 7, "pending", "https://example.org/?p=7"))
    changes = desk.add_note(article.pk, "portal", "Thêm ảnh.", paragraph=-1)
    assert changes.outbox == frozenset({article.pk})
    assert [i.action for i in store.outbox_for_article(article.pk)] == [OutboxAction.NOTE]


def test_retrying_with_nothing_failed_changes_nothing(store: Store, desk: Desk) -> None:
    article = _article(store)
    assert desk.retry(article.pk) == NOTHING
    assert not desk.retry(article.pk)


def test_only_an_editor_may_move_an_article_on_from_review(store: Store, desk: Desk) -> None:
    article = _article(store)
    with pytest.raises(PermissionDenied, match="Only editors can approve"):
        desk.act(article.pk, "cong", Action.APPROVE)
    cong = desk.site("cong")
    assert not offered(Action.APPROVE, article.status, cong, [])
    assert store.get_article(article.pk).status is WorkflowStatus.SUBMITTED


def test_one_lead_time_for_a_schedule_when_it_is_chosen_and_when_it_is_sent(
    store: Store, desk: Desk
) -> None:
    article = _article(store, WorkflowStatus.APPROVED)
    too_soon = datetime.now(UTC) + SCHEDULE_LEAD - timedelta(seconds=10)
    assert schedule_too_soon(too_soon)
    with pytest.raises(ValidationError, match="missing or already past"):
        desk.act(article.pk, "portal", Action.SCHEDULE, at=too_soon)
    assert store.get_article(article.pk).status is WorkflowStatus.APPROVED

    # A schedule that was far enough ahead when chosen is refused when it goes out too late.
    chosen = datetime.now(UTC) + SCHEDULE_LEAD + timedelta(seconds=30)
    desk.act(article.pk, "portal", Action.SCHEDULE, at=chosen)
    fake = FakeSite(roles=("editor",))
    engine = SyncEngine(
        store, lambda _site: fake.connector(), retry=RetryPolicy(attempts=1), workers=1
    )
    later = store.get_article(article.pk).edited(publish_at=chosen - timedelta(seconds=40))
    store.save_article(later)
    report = engine.run(desk.site("portal").pk)
    [problem] = report.problems
    assert problem.message.startswith("The publication time is missing or already past.")


def test_settling_every_clash_of_an_article_is_one_operation(store: Store, desk: Desk) -> None:
    article = _article(store)
    portal = desk.site("portal")
    store.set_remote(article.pk, RemoteRef(portal.pk, 7, "pending", "https://example.org/?p=7"))
    theirs = article.edited(title="Tiêu đề biên tập sửa trên trang")
    mine = store.save_article(article.edited(title="Tiêu đề phóng viên sửa"))
    store.keep_conflict(article.pk, portal.pk, article, theirs, "v2")

    changes = desk.resolve_all(article.pk, Choice.THEIRS)

    ids = frozenset({article.pk})
    assert changes == Changes(articles=ids, list=True, outbox=ids, conflicts=ids)
    assert store.conflicts(article.pk) == []
    assert store.get_article(mine.pk).title == "Tiêu đề biên tập sửa trên trang"
    assert [i.action for i in store.outbox_for_article(article.pk)] == [OutboxAction.SUBMIT]
    assert desk.resolve_all(article.pk, Choice.THEIRS) == NOTHING
