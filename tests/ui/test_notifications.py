"""What a sync brings is told: the reporter hears that an article was approved, returned,
scheduled or published; the editor hears of new submissions. Notes and the returned banner
follow what the sync brought."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QIcon

from newsdesk.core.article import WorkflowStatus, new_article
from newsdesk.core.audit import AuditEntry, content_fingerprint, sealed
from newsdesk.core.notes import Anchor, Note
from newsdesk.sites.base import PostMeta, RemotePost
from newsdesk.sites.mapping import article_from_post
from newsdesk.sync.report import SyncReport
from newsdesk.ui.notifications import Notification, NotificationCentre
from newsdesk.ui.signals import emit
from tests.ui.sync_fakes import FakeEngine, add_site

BODY = "Đoạn một về hội nghị.\n\nĐoạn hai về nhiệm vụ năm 2021."


class EditingEngine(FakeEngine):
    """A sync that brings an editor's move from the site, as the real pull does."""

    def __init__(self, store, article_id: int, status: WorkflowStatus, note: str = "") -> None:
        super().__init__(store)
        self.article_id = article_id
        self.status = status
        self.note = note

    def run(self, site_id=None, *, cancel=lambda: False, progress=None) -> SyncReport:
        super().run(site_id, cancel=cancel, progress=progress)
        article = self.store.get_article(self.article_id)
        moved = self.store.save_article(article.edited(status=self.status))
        entry = AuditEntry(
            moved.uuid,
            "return" if self.status is WorkflowStatus.CHANGES_REQUESTED else "approve",
            article.status.value,
            self.status.value,
            "btv",
            "Lê Thị Lan Hương",
            "2026-11-28T02:00:00Z",
            content_fingerprint(moved),
            note=self.note,
        )
        self.store.replace_audit(self.article_id, [sealed(entry, None)], [])
        self.store.add_note(
            Note(
                "n-1",
                self.article_id,
                Anchor.for_paragraph(BODY, 1),
                "Ghi rõ nhiệm vụ trọng tâm.",
                "btv",
                "Lê Thị Lan Hương",
                "2026-11-28T02:00:00Z",
                sent=True,
            )
        )
        return SyncReport(sent=[], updated_from_site=[self.article_id])


def reporter_article(window) -> int:
    add_site(window, "portal", ("author",))
    article = window.ctx.store.create_article(
        new_article(title="Hội nghị giao ban", body=BODY, status=WorkflowStatus.SUBMITTED)
    )
    window.reload_list()
    window.open_article(article.pk)
    return article.pk


def sync_with(qtbot, window, engine) -> None:
    window.ctx.desk.engine = engine
    with qtbot.waitSignal(window.sync.finished):
        window.commands.sync_now.trigger()


def test_the_reporter_is_told_of_a_return_and_sees_why(qtbot, window):
    article_id = reporter_article(window)
    note = "Bổ sung số liệu từng huyện."
    engine = EditingEngine(window.ctx.store, article_id, WorkflowStatus.CHANGES_REQUESTED, note)
    sync_with(qtbot, window, engine)
    latest = window.notifications.recent[0]
    assert (latest.title, latest.article_id) == ("Returned", article_id)
    assert latest.text == f"“Hội nghị giao ban” was returned: {note}"
    assert latest.text in window.statusBar().currentMessage()
    assert window.notifications_button.isVisible()
    assert window.notifications_button.text() == "1 new"
    # The open article shows why, and the editor's note on paragraph 2 came with the sync.
    banner = window.returned_banner
    assert banner.isVisible()
    assert banner.note.text() == note
    assert banner.heading.text() == "Lê Thị Lan Hương returned this article on 28/11/2026 09:00:"
    assert "Paragraph 2: “Đoạn hai về nhiệm vụ năm 2021.”" in window.notes_panel.shown_text()
    assert window.editor.marked_paragraphs() == ["Đoạn hai về nhiệm vụ năm 2021."]
    assert window.article_list.tree.topLevelItem(0).text(1) == "Changes requested"


def test_the_reporter_is_told_of_an_approval_and_a_click_opens_the_article(qtbot, window):
    article_id = reporter_article(window)
    other = window.ctx.store.create_article(new_article(title="Bài khác", body="Nội dung."))
    window.reload_list()
    window.open_article(other.pk)
    sync_with(qtbot, window, EditingEngine(window.ctx.store, article_id, WorkflowStatus.APPROVED))
    latest = window.notifications.recent[0]
    assert latest.text == "“Hội nghị giao ban” was approved."
    emit(window.notifications_button.menu_.aboutToShow)  # the list is filled when opened
    actions = window.notifications_button.menu_.actions()
    assert actions[0].text().endswith("Approved: “Hội nghị giao ban” was approved.")
    assert window.notifications_button.text() == ""  # seen
    actions[0].trigger()
    assert window.session.article_id == article_id


def test_a_sync_that_changes_nothing_tells_nothing(qtbot, window):
    reporter_article(window)
    sync_with(qtbot, window, FakeEngine(window.ctx.store))
    assert window.notifications.recent == []
    assert not window.notifications_button.isVisible()


def queue_post(post_id: int, title: str) -> RemotePost:
    sent = datetime(2026, 11, 28, 1, 0, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return RemotePost(
        post_id, "pending", "", title, "", "", "", author_name="Thủy Phương", date_gmt=sent
    )


class SchedulingEngine(FakeEngine):
    """A sync that finds the reporter's post scheduled by an editor, taken in as the real
    pull takes it (the site's post mapped onto the article)."""

    def __init__(self, store, article_id: int, date_gmt: str) -> None:
        super().__init__(store)
        self.article_id = article_id
        self.date_gmt = date_gmt

    def run(self, site_id=None, *, cancel=lambda: False, progress=None) -> SyncReport:
        super().run(site_id, cancel=cancel, progress=progress)
        article = self.store.get_article(self.article_id)
        post = RemotePost(
            7,
            "future",
            "",
            article.title,
            article.sapo,
            "",
            "",
            meta=PostMeta(client_uuid=article.uuid, markdown=article.body),
            date_gmt=self.date_gmt,
        )
        self.store.save_article(article_from_post(post, article))
        return SyncReport(updated_from_site=[self.article_id])


def test_the_reporter_is_told_when_the_scheduled_article_goes_out_in_vietnam_time(qtbot, window):
    article_id = reporter_article(window)
    engine = SchedulingEngine(window.ctx.store, article_id, "2026-12-09T00:30:00")
    sync_with(qtbot, window, engine)
    latest = window.notifications.recent[0]
    assert (latest.title, latest.article_id) == ("Scheduled", article_id)
    assert latest.text == (
        "“Hội nghị giao ban” will be published at 09/12/2026 07:30 (Vietnam time)."
    )


def test_an_editor_is_told_the_article_went_back_to_the_reporter(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    article = window.ctx.store.create_article(
        new_article(title="Hội nghị giao ban", body=BODY, status=WorkflowStatus.SUBMITTED)
    )
    window.reload_list()
    note = "Bổ sung số liệu từng huyện."
    engine = EditingEngine(window.ctx.store, article.pk, WorkflowStatus.CHANGES_REQUESTED, note)
    sync_with(qtbot, window, engine)
    latest = window.notifications.recent[0]
    assert latest.text == f"“Hội nghị giao ban” was returned to the reporter: {note}"


def test_a_notification_carries_the_time_in_vietnam(qtbot):
    centre = NotificationCentre(QIcon(), clock=lambda: datetime(2026, 12, 8, 17, 5, tzinfo=UTC))
    centre.notify(Notification("Approved", "“Tin” was approved."))
    assert centre.recent[0].at == "00:05"


def test_the_editor_is_told_of_new_submissions(qtbot, window, monkeypatch):
    add_site(window, "toa-soan", ("editor",))
    queue = [queue_post(1, "Tin một"), queue_post(2, "Tin hai")]
    monkeypatch.setattr(window.ctx.desk, "review_queue", lambda site_name: list(queue))
    sync_with(qtbot, window, FakeEngine(window.ctx.store))
    qtbot.waitUntil(lambda: bool(window.notifications.recent))
    assert window.notifications.recent[0].text == "2 articles wait for review on “toa-soan”."

    queue.append(queue_post(3, "Lúa Đông Xuân vượt kế hoạch"))
    sync_with(qtbot, window, FakeEngine(window.ctx.store))
    qtbot.waitUntil(lambda: len(window.notifications.recent) == 2)
    latest = window.notifications.recent[0]
    assert latest.title == "New submission"
    assert latest.text == "“Lúa Đông Xuân vượt kế hoạch” by Thủy Phương, on “toa-soan”."
    assert latest.review_site == "toa-soan"

    # Nothing new: nothing said, once the queue was read again.
    with qtbot.waitSignal(window.watch.queueRead):
        sync_with(qtbot, window, FakeEngine(window.ctx.store))
    assert len(window.notifications.recent) == 2
    # Choosing it opens the queue of that site.
    emit(window.notifications.chosen, latest)
    assert window.review is not None
    assert window.review.isVisible()
    assert window.review.site.currentText() == "toa-soan"
    qtbot.waitUntil(lambda: len(window.review.visible_rows()) == 3)
    window.review.close()


def test_without_a_system_tray_the_window_alone_tells(window):
    # Offscreen there is no tray: nothing is shown there, and nothing fails.
    assert window.notifications.tray is None
