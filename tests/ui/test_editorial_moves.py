"""The editor's moves from the window: the checklist blocks approval and says exactly what is
missing; a lowered role, a past schedule time and a move the site refused each get a clear
message; the state shown follows the move."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox

from newsdesk.core.article import Byline, FeaturedImage, WorkflowStatus, new_article
from newsdesk.core.checklist import Checklist
from newsdesk.core.workflow import Action
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.ui.words import message_word
from newsdesk.ui.workflow_dialogs import ScheduleDialog
from tests.ui.helpers import confirm_move, settle
from tests.ui.sync_fakes import add_site, use_fake_engine

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def submitted_article(window, **fields) -> int:
    values = {
        "title": "Lúa Đông Xuân vượt kế hoạch",
        "body": "Nội dung bài.",
        "status": WorkflowStatus.SUBMITTED,
        "bylines": (Byline("Thủy Phương"),),
    }
    values.update(fields)
    article = window.ctx.store.create_article(new_article(**values))
    window.reload_list()
    assert window.article_list.select(article.pk)
    return article.pk


def list_items(box: QMessageBox) -> list[str]:
    return re.findall(r"<li>(.*?)</li>", box.informativeText())


@pytest.fixture
def editor_desk(window):
    site = add_site(window, "toa-soan", ("editor",))
    window.commands.work_offline.setChecked(True)
    return site


def test_approval_is_blocked_until_the_checklist_passes_and_says_what_is_missing(
    qtbot, window, editor_desk
):
    article_id = submitted_article(window, sapo="", category="")
    store = window.ctx.store
    missing = editor_desk.checklist.missing(store.get_article(article_id))
    assert missing == ["Choose a category.", "Write a sapo (the lead)."]
    assert window.commands.approve.isEnabled()

    window.commands.approve.trigger()
    settle(window)
    box = window.moves.dialog
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert box.text() == (
        "“Lúa Đông Xuân vượt kế hoạch” cannot be approved yet. The site's checklist asks for:"
    )
    assert list_items(box) == missing
    box.button(QMessageBox.StandardButton.Ok).click()
    assert store.get_article(article_id).status is WorkflowStatus.SUBMITTED
    assert store.audit(article_id) == []
    assert window.article_list.tree.topLevelItem(0).text(1) == "Submitted"

    # The editor fixes the two points; approval goes through.
    window.editor.sapo.setPlainText("Vụ Đông Xuân năm nay đạt năng suất cao.")
    window.metadata.category.setCurrentText("Tin tức")
    window.commands.approve.trigger()
    settle(window)
    assert window.moves.dialog is None
    assert store.get_article(article_id).status is WorkflowStatus.APPROVED
    assert [e.action for e in store.audit(article_id)] == ["approve"]
    assert window.article_list.tree.topLevelItem(0).text(1) == "Approved"
    assert not window.commands.approve.isEnabled()
    assert window.commands.schedule.isEnabled()
    assert window.commands.publish.isEnabled()


def test_the_sites_checklist_decides(qtbot, window, editor_desk):
    strict = Checklist(require_featured_image=True, max_sapo_words=5, max_title_words=4)
    window.ctx.store.update_site(editor_desk.edited(checklist=strict))
    article_id = submitted_article(
        window, sapo="Một hai ba bốn năm sáu bảy.", category="Tin tức", bylines=()
    )
    window.commands.publish.trigger()
    settle(window)
    box = window.moves.dialog
    assert list_items(box) == [
        "Add a featured photo.",
        "Shorten the sapo to 5 words (now 7).",
        "Add a byline.",
        "Shorten the title to 4 words (now 6).",
    ]
    box.close()
    assert window.ctx.store.get_article(article_id).status is WorkflowStatus.SUBMITTED


def test_return_needs_a_note_and_the_reporter_sees_why(qtbot, window, editor_desk):
    article_id = submitted_article(window)
    window.commands.return_article.trigger()
    settle(window)
    dialog = window.moves.dialog
    assert dialog.windowTitle() == "Return to the reporter"
    assert not dialog.confirm.isEnabled()  # a return says why
    confirm_move(window, "Thiếu số liệu năng suất từng huyện.")
    article = window.ctx.store.get_article(article_id)
    assert article.status is WorkflowStatus.CHANGES_REQUESTED
    banner = window.returned_banner
    assert banner.isVisible()
    assert banner.note.text() == "Thiếu số liệu năng suất từng huyện."
    # The editor who returned it is told so; revising is the reporter's move
    # (tests/ui/test_desk_roles.py follows the reporter's side).
    assert banner.heading.text().startswith("You returned this article to the reporter on ")
    assert not banner.resubmit.isVisible()
    assert not window.commands.submit.isEnabled()
    assert [e.action for e in window.ctx.store.audit(article_id)] == ["return"]


def test_an_article_shows_its_state_in_the_list(qtbot, window, editor_desk):
    submitted_article(window, sapo="Sa-pô.", category="Tin tức")
    window.commands.approve.trigger()
    settle(window)
    window.commands.publish.trigger()
    settle(window)
    box = window.moves.dialog
    assert box.text().startswith("Publish “Lúa Đông Xuân vượt kế hoạch” on “toa-soan” now?")
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(window)
    assert window.article_list.tree.topLevelItem(0).text(1) == "Published"
    assert window.commands.unpublish.isEnabled()
    assert window.commands.correct.isEnabled()
    window.commands.correct.trigger()
    settle(window)
    confirm_move(window, "Sửa tên huyện.")
    assert window.article_list.tree.topLevelItem(0).text(1) == "Corrected"
    window.commands.unpublish.trigger()
    settle(window)
    window.moves.dialog.button(QMessageBox.StandardButton.Cancel).click()
    assert window.article_list.tree.topLevelItem(0).text(1) == "Corrected"  # kept as it was


def test_a_reporter_cannot_approve_and_a_lowered_role_is_told(qtbot, window):
    site = add_site(window, "toa-soan", ("author",))
    window.commands.work_offline.setChecked(True)
    article_id = submitted_article(window, sapo="Sa-pô.", category="Tin tức")
    assert not window.commands.approve.isEnabled()
    assert not window.commands.return_article.isEnabled()
    assert window.commands.submit.isEnabled()  # sends the reporter's new edits

    # The role was editor when the window looked; the site lowered it since.
    window.ctx.store.update_site(site.edited(roles=("editor",)))
    window.reload_sites()
    assert window.commands.approve.isEnabled()
    window.ctx.store.update_site(site.edited(roles=("author",)))
    window.commands.approve.trigger()
    settle(window)
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.text() == (
        "Only editors can approve articles on “toa-soan”; your role there is author."
    )
    assert window.ctx.store.get_article(article_id).status is WorkflowStatus.SUBMITTED
    dialog.close()


def test_a_move_the_site_refuses_is_reported_after_the_sync(qtbot, window):
    site = add_site(window, "toa-soan", ("editor",))
    engine = use_fake_engine(window)
    article_id = submitted_article(window, sapo="Sa-pô.", category="Tin tức")
    refusal = "Sorry, you are not allowed to edit this post. Ask the site administrator."
    engine.report = SyncReport(
        problems=[SyncProblem(article_id, site.pk, refusal, will_retry=False)]
    )
    with qtbot.waitSignal(window.sync.finished):
        window.commands.approve.trigger()
        settle(window)
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.text() == (
        "The site did not accept “Lúa Đông Xuân vượt kế hoạch”: the approval was refused."
    )
    assert dialog.informativeText() == refusal
    dialog.close()


def test_two_editors_approving_at_once_is_told_in_the_window(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    engine = use_fake_engine(window)
    notice = "Lê Văn Tám: “approve” was already recorded by someone else first."
    engine.report = SyncReport(notices=[notice])
    with qtbot.waitSignal(window.sync.finished):
        window.commands.sync_now.trigger()
    assert window.notifications.recent[0].text == notice
    assert notice in window.statusBar().currentMessage()


def test_schedule_is_in_vietnam_time_and_refuses_a_past_time(qtbot, window, editor_desk):
    article_id = submitted_article(window, sapo="Sa-pô.", category="Tin tức")
    window.commands.schedule.trigger()
    settle(window)
    dialog = window.moves.dialog
    assert isinstance(dialog, ScheduleDialog)
    tomorrow = datetime.now(VIETNAM).date() + timedelta(days=1)
    assert dialog.moment() == datetime(
        tomorrow.year, tomorrow.month, tomorrow.day, 7, tzinfo=VIETNAM
    )
    assert dialog.when.text() == f"{tomorrow:%d/%m/%Y} 07:00"

    past = datetime.now(UTC) - timedelta(hours=1)
    dialog.set_moment(past)
    dialog.confirm.click()
    settle(window)
    assert dialog.isVisible()  # not accepted
    assert dialog.problem.isVisible()
    assert "is already past" in dialog.problem.text()
    assert window.ctx.store.get_article(article_id).status is WorkflowStatus.SUBMITTED

    chosen = datetime(2031, 1, 2, 6, 30, tzinfo=VIETNAM)
    dialog.set_moment(chosen)
    dialog.confirm.click()
    settle(window)
    article = window.ctx.store.get_article(article_id)
    assert article.status is WorkflowStatus.SCHEDULED
    assert article.publish_at == datetime(2031, 1, 1, 23, 30, tzinfo=UTC)
    assert window.workflow.allowed(article) == [
        Action.RETURN,
        Action.SCHEDULE,
        Action.PUBLISH,
    ]


def test_the_default_schedule_is_tomorrow_morning_whatever_the_hour(qtbot):
    late = datetime(2026, 11, 28, 18, 30, tzinfo=UTC)  # already 01:30 on the 29th in Vietnam
    dialog = ScheduleDialog("Tin", clock=lambda: late)
    qtbot.addWidget(dialog)
    assert dialog.moment() == datetime(2026, 11, 30, 7, 0, tzinfo=VIETNAM)
    assert dialog.problem_text() == ""
    dialog.set_moment(late + timedelta(minutes=1))
    assert dialog.problem_text().startswith("29/11/2026 01:31 is already past or too close")


def test_every_checklist_item_is_worded_in_vietnamese(translations):
    strict = Checklist(require_featured_image=True, max_sapo_words=1, max_title_words=1)
    failing = [
        new_article(title="Hai chữ", sapo="Ba chữ nữa"),
        new_article(featured_image=FeaturedImage("anh.jpg")),
    ]
    items = list(dict.fromkeys(i for a in failing for i in strict.missing(a)))
    assert len(items) == 8  # every kind of item the checklist can name
    translations.use("vi")
    try:
        worded = [message_word(item) for item in items]
    finally:
        translations.use("en")
    assert "Rút sa-pô xuống còn 1 chữ (hiện có 3)." in worded
    assert "Rút tít xuống còn 1 chữ (hiện có 2)." in worded
    assert all(vi != en for vi, en in zip(worded, items, strict=True))
    assert [message_word(item) for item in items] == items
