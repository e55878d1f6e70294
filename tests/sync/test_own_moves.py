"""A desk knows its own moves: a reporter's resubmission is never called someone else's,
while two editors making the same move at once are still told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core import Byline, Site, WorkflowStatus, new_article
from newsdesk.core.audit import AuditEntry, rebase, sealed, verify
from newsdesk.core.workflow import Action
from newsdesk.desk.moves import record_move
from newsdesk.sites.base import Capability
from newsdesk.store import Store
from newsdesk.sync.records import RecordSync
from newsdesk.sync.retry import Retrier, RetryPolicy


class AuditSite:
    """The site's side of the audit record, as the Newsdesk Bridge plugin keeps it."""

    def __init__(self) -> None:
        self.entries: list[dict[str, str]] = []

    def capabilities(self) -> frozenset[Capability]:
        return frozenset({Capability.AUDIT})

    def audit(self, _remote_id: int) -> list[dict[str, str]]:
        return list(self.entries)

    def append_audit(self, _remote_id: int, entry: dict[str, str]) -> None:
        self.entries.append(entry)


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "desk.sqlite3")
    yield store
    store.close()


def push(store: Store, site: AuditSite, article_id: int) -> list[str]:
    notices: list[str] = []
    retry = Retrier(RetryPolicy(attempts=1), cancel=lambda: False)
    RecordSync(store, site, retry, notices).push(article_id, 7)  # type: ignore[arg-type]
    return notices


def entry(user: str, action: str, source: str, target: str, at: str) -> AuditEntry:
    return AuditEntry("u", action, source, target, user, user, at, "sha")


def test_a_reporters_resubmission_after_a_return_made_on_the_site_is_theirs(store) -> None:
    reporter = store.add_site(Site("portal", "https://example.org", "pv", roles=("author",)))
    article = store.create_article(
        new_article(title="Hội nghị", body="Nội dung.", bylines=(Byline("Thủy Phương"),))
    )
    site = AuditSite()
    record_move(store, reporter, article, Action.SUBMIT)
    assert push(store, site, article.pk) == []
    # An editor returned it in WordPress's own screens: the site's record has no return.
    returned = store.save_article(
        store.get_article(article.pk).edited(status=WorkflowStatus.CHANGES_REQUESTED)
    )

    record_move(store, reporter, returned, Action.SUBMIT, note="Đã bổ sung số liệu.")
    notices = push(store, site, article.pk)

    assert notices == []
    assert [(e["action"], e["from_status"]) for e in site.entries] == [
        ("submit", "draft"),
        ("submit", "changes_requested"),
    ]
    assert verify(store.audit(article.pk)) is None
    assert store.unsent_audit(article.pk) == []


def test_the_same_move_by_the_same_user_already_on_the_site_is_not_someone_elses() -> None:
    held = sealed(entry("PV", "submit", "draft", "submitted", "2026-11-28T01:00:00Z"), None)
    again = entry("pv", "submit", "draft", "submitted", "2026-11-28T01:00:09Z")
    assert rebase([held], [again]) == ([], [])


def test_two_editors_approving_at_once_still_drops_the_later_one() -> None:
    submitted = sealed(entry("pv", "submit", "draft", "submitted", "2026-11-28T01:00:00Z"), None)
    first = sealed(
        entry("btv1", "approve", "submitted", "approved", "2026-11-28T02:00:00Z"), submitted
    )
    second = entry("btv2", "approve", "submitted", "approved", "2026-11-28T02:00:01Z")
    assert rebase([submitted, first], [second]) == ([], [second])
