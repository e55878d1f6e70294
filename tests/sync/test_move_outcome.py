"""Whether a move happened is read from the site; what goes with it (notes, the audit record)
never undoes it, and a note the site refuses holds up nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core import Byline, OutboxAction, Site, SyncState, WorkflowStatus, new_article
from newsdesk.core.notes import Anchor, Note
from newsdesk.core.workflow import Action
from newsdesk.desk.moves import record_move
from newsdesk.sites.base import Capability, OutgoingPost, RemotePost
from newsdesk.sites.errors import InvalidRequest, Unreachable
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from newsdesk.sync.editorial import write_note
from tests.sync.fakes import FakeConnector, FakeSite

S = WorkflowStatus
LONG_PARAGRAPH = "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì hội nghị giao ban. " * 50


class RecordsSite(FakeSite):
    """A fake site with the plugin's notes and audit record, and ways to refuse them."""

    def __init__(self) -> None:
        super().__init__(roles=("editor",))
        self.notes: dict[int, list[dict]] = {}
        self.audit: dict[int, list[dict]] = {}
        self.refuse_note_text = ""  # notes containing this are refused (400)
        self.audit_error: Exception | None = None
        self.fail_after_write: Exception | None = None  # the write lands, then this is raised

    def connector(self) -> RecordsConnector:
        return RecordsConnector(self)


class RecordsConnector(FakeConnector):
    site: RecordsSite

    def capabilities(self) -> frozenset[Capability]:
        return super().capabilities() | {Capability.NOTES, Capability.AUDIT}

    def update_post(
        self, remote_id: int, post: OutgoingPost, *, if_version: str = ""
    ) -> RemotePost:
        stored = super().update_post(remote_id, post, if_version=if_version)
        if self.site.fail_after_write is not None:
            raise self.site.fail_after_write
        return stored

    def notes(self, remote_id: int) -> list[dict]:
        return list(self.site.notes.get(remote_id, []))

    def add_note(self, remote_id: int, note: dict) -> dict:
        self._hit()
        if self.site.refuse_note_text and self.site.refuse_note_text in note["text"]:
            raise InvalidRequest("The site refused a value.", code="rest_invalid_param")
        self.site.notes.setdefault(remote_id, []).append(note)
        return note

    def audit(self, remote_id: int) -> list[dict]:
        return list(self.site.audit.get(remote_id, []))

    def append_audit(self, remote_id: int, entry: dict) -> None:
        self._hit()
        if self.site.audit_error is not None:
            raise self.site.audit_error
        self.site.audit.setdefault(remote_id, []).append(entry)


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "desk.sqlite3")
    yield store
    store.close()


@pytest.fixture
def site(store: Store) -> Site:
    return store.add_site(Site("portal", "https://example.org", "editor", roles=("editor",)))


def _engine(store: Store, fake: FakeSite) -> SyncEngine:
    return SyncEngine(
        store, lambda _site: fake.connector(), retry=RetryPolicy(attempts=1), workers=1
    )


def _submitted(store: Store, site: Site, fake: RecordsSite) -> tuple[int, int]:
    """An article submitted and on the site: (article id, post id)."""
    article = store.create_article(
        new_article(
            title="Hội nghị giao ban",
            sapo="Sa-pô",
            body=f"Đoạn một.\n\n{LONG_PARAGRAPH}\n\nĐoạn ba.",
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
        )
    )
    record_move(store, site, article, Action.SUBMIT)
    assert _engine(store, fake).run().ok
    ref = store.get_remote(article.pk, site.pk)
    assert ref is not None
    assert ref.remote_id is not None
    return article.pk, ref.remote_id


def _return(store: Store, site: Site, article_id: int, reason: str) -> None:
    article = store.get_article(article_id)
    record_move(store, site, article, Action.RETURN, note=reason)


def test_a_refused_note_holds_up_neither_the_move_nor_other_notes(store, site) -> None:
    fake = RecordsSite()
    article_id, post_id = _submitted(store, site, fake)
    # A note an earlier version of the desk let through: longer than the site takes.
    store.add_note(
        Note(
            "0a6b8a36-1111-4c39-9a1e-3f1f5b0e0001",
            article_id,
            Anchor(1, ""),
            "x" * 6000,
            "editor",
            "BTV",
            "2026-12-01T00:00:00Z",
        )
    )
    fake.refuse_note_text = "xxxx"
    write_note(store, site, store.get_article(article_id), "Kiểm tra đoạn này.", paragraph=1)
    _return(store, site, article_id, "Sửa rồi gửi lại.")

    report = _engine(store, fake).run()

    assert report.problems == []
    assert any("refused the note" in notice for notice in report.notices), report.notices
    assert store.get_article(article_id).status is S.CHANGES_REQUESTED
    assert fake.posts[post_id].status == "draft"  # returned, on a site without its own status
    assert store.sync_state(article_id)[0] is SyncState.SENT
    assert sorted(n["text"] for n in fake.notes[post_id]) == [
        "Kiểm tra đoạn này.",
        "Sửa rồi gửi lại.",
    ]
    assert [e["action"] for e in fake.audit[post_id]] == ["submit", "return"]
    assert [n.text[:4] for n in store.unsent_notes(article_id)] == ["xxxx"]


def test_notes_carry_bounded_anchors_to_the_site(store, site) -> None:
    fake = RecordsSite()
    article_id, post_id = _submitted(store, site, fake)
    write_note(store, site, store.get_article(article_id), "Dài quá.", paragraph=1)
    store.enqueue(article_id, site.pk, OutboxAction.NOTE)
    assert _engine(store, fake).run().ok
    (sent,) = fake.notes[post_id]
    anchor = Anchor.decode(sent["anchor"])
    assert len(sent["anchor"]) < 400
    assert LONG_PARAGRAPH.startswith(anchor.quote)
    assert anchor.index == 1


def test_a_record_the_site_refuses_after_the_move_does_not_undo_it(store, site) -> None:
    fake = RecordsSite()
    article_id, post_id = _submitted(store, site, fake)
    fake.audit_error = InvalidRequest("The site refused the entry.", code="rest_invalid_param")
    _return(store, site, article_id, "Sửa rồi gửi lại.")

    report = _engine(store, fake).run()

    assert report.problems == []
    assert any("would not record" in notice for notice in report.notices), report.notices
    assert store.get_article(article_id).status is S.CHANGES_REQUESTED
    assert fake.posts[post_id].status == "draft"  # the move itself is on the site
    assert [e.action for e in store.audit(article_id)] == ["submit", "return"]
    assert [e.action for e in store.unsent_audit(article_id)] == ["return"]
    assert store.sync_state(article_id)[0] is SyncState.SENT  # it goes with the next change
    fake.audit_error = None
    store.enqueue(article_id, site.pk, OutboxAction.NOTE)
    assert _engine(store, fake).run().ok
    assert [e["action"] for e in fake.audit[post_id]] == ["submit", "return"]


def test_a_record_that_cannot_reach_the_site_waits_without_undoing_the_move(store, site) -> None:
    fake = RecordsSite()
    article_id, post_id = _submitted(store, site, fake)
    fake.audit_error = Unreachable("The site did not answer.", "Newsdesk will try again.")
    _return(store, site, article_id, "Sửa rồi gửi lại.")

    report = _engine(store, fake).run()

    assert [p.will_retry for p in report.problems] == [True]
    assert store.get_article(article_id).status is S.CHANGES_REQUESTED
    assert store.sync_state(article_id)[0] is SyncState.QUEUED
    assert [e.action for e in store.unsent_audit(article_id)] == ["return"]

    fake.audit_error = None
    report = _engine(store, fake).run()
    assert report.problems == []
    assert [e["action"] for e in fake.audit[post_id]] == ["submit", "return"]
    assert store.unsent_audit(article_id) == []
    assert store.get_article(article_id).status is S.CHANGES_REQUESTED
    assert store.sync_state(article_id)[0] is SyncState.SENT


def test_a_move_the_site_made_despite_an_error_is_done(store, site) -> None:
    fake = RecordsSite()
    article_id, post_id = _submitted(store, site, fake)
    fake.fail_after_write = InvalidRequest("A later step was refused.")
    _return(store, site, article_id, "Sửa rồi gửi lại.")

    report = _engine(store, fake).run()

    assert report.problems == []
    assert any("The site made the move" in notice for notice in report.notices), report.notices
    assert store.get_article(article_id).status is S.CHANGES_REQUESTED
    assert [e["action"] for e in fake.audit[post_id]] == ["submit", "return"]


def test_a_move_the_site_refused_is_undone(store, site) -> None:
    fake = RecordsSite()
    article_id, _post_id = _submitted(store, site, fake)

    class Refusing(RecordsConnector):
        def update_post(self, remote_id, post, *, if_version=""):
            raise InvalidRequest("Refused.", code="rest_invalid_param")

    _return(store, site, article_id, "Sửa rồi gửi lại.")
    report = SyncEngine(
        store, lambda _site: Refusing(fake), retry=RetryPolicy(attempts=1), workers=1
    ).run()

    assert len(report.problems) == 1
    assert store.get_article(article_id).status is S.SUBMITTED
    assert [e.action for e in store.audit(article_id)] == ["submit"]
    assert store.sync_state(article_id)[0] is SyncState.FAILED
