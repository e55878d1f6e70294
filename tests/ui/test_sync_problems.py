"""Gathering the problems from the store and the last report (no window needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.core.article import new_article
from newsdesk.core.outbox import OutboxAction
from newsdesk.core.site import Site
from newsdesk.desk import Desk
from newsdesk.sites.credentials import Credentials
from newsdesk.store import Store
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.ui.sync_problems import Problem, ProblemKind, collect_problems

REFUSED = "The site has no category “Thời sự”. Choose one of the site's categories."
UNREACHABLE = "No answer from the site. Check the connection; Newsdesk tries again."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "desk.sqlite3") as opened:
        yield opened


def site(store: Store, name: str = "portal") -> Site:
    return store.add_site(Site(name=name, url=f"https://{name}.example.invalid", username="pv"))


def article(store: Store, title: str) -> int:
    return store.create_article(new_article(title=title, body="Nội dung.")).pk


def test_failed_waiting_and_conflicting_articles_with_their_reasons(store):
    portal = site(store)
    failed, waiting, clashing, fine = (
        article(store, t) for t in ("Bị từ chối", "Đang chờ", "Hai bên cùng sửa", "Ổn")
    )
    store.mark_failed(store.enqueue(failed, portal.pk, OutboxAction.SUBMIT).id, REFUSED)
    store.note_outbox_error(store.enqueue(waiting, portal.pk, OutboxAction.SUBMIT).id, UNREACHABLE)
    store.enqueue(fine, portal.pk, OutboxAction.SUBMIT)  # queued, nothing wrong
    base = store.get_article(clashing)
    store.keep_conflict(clashing, portal.pk, base, base.edited(body="Của trang."), "v2")

    assert collect_problems(store) == [
        Problem(ProblemKind.CONFLICT, clashing, "Hai bên cùng sửa", "portal", ""),
        Problem(ProblemKind.FAILED, failed, "Bị từ chối", "portal", REFUSED),
        Problem(ProblemKind.WAITING, waiting, "Đang chờ", "portal", UNREACHABLE),
    ]


def test_the_report_adds_what_the_store_does_not_keep(store):
    portal = site(store)
    pulled = article(store, "Lỗi khi lấy về")
    report = SyncReport(
        problems=[SyncProblem(pulled, portal.pk, "The site sent nonsense.", will_retry=False)],
        notices=["Your role on “portal” may not upload photos."],
    )
    problems = collect_problems(store, report, "The sync stopped: the database is locked.")
    assert [(p.kind, p.article_id, p.site, p.message) for p in problems] == [
        (ProblemKind.FAILED, pulled, "portal", "The site sent nonsense."),
        (ProblemKind.FAILED, 0, "", "The sync stopped: the database is locked."),
        (ProblemKind.NOTICE, 0, "", "Your role on “portal” may not upload photos."),
    ]


def test_a_retried_article_leaves_the_list_and_the_old_report_does_not_bring_it_back(store):
    portal = site(store)
    article_id = article(store, "Sửa xong rồi")
    store.mark_failed(store.enqueue(article_id, portal.pk, OutboxAction.SUBMIT).id, REFUSED)
    report = SyncReport(problems=[SyncProblem(article_id, portal.pk, REFUSED, will_retry=False)])
    assert [p.kind for p in collect_problems(store, report)] == [ProblemKind.FAILED]

    assert Desk(store, Credentials()).retry(article_id)
    assert store.pending_outbox()
    assert collect_problems(store, report) == []


def test_a_deleted_article_has_no_problems(store):
    portal = site(store)
    article_id = article(store, "Đã xóa")
    report = SyncReport(problems=[SyncProblem(article_id, portal.pk, REFUSED, will_retry=False)])
    store.delete_article(article_id)
    assert collect_problems(store, report) == []


def test_a_failure_stays_listed_behind_a_note_until_a_later_move_replaces_it(store):
    portal = site(store)
    article_id = article(store, "Bị từ chối")
    store.mark_failed(store.enqueue(article_id, portal.pk, OutboxAction.SUBMIT).id, REFUSED)
    store.enqueue(article_id, portal.pk, OutboxAction.NOTE)  # waits behind the failed move
    assert [(p.kind, p.message) for p in collect_problems(store)] == [(ProblemKind.FAILED, REFUSED)]
    store.enqueue(article_id, portal.pk, OutboxAction.SUBMIT)  # sent again: nothing failed now
    assert collect_problems(store) == []
