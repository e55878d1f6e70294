"""Each desk sees what its role can act on: a returned article asks the person it was
returned to for a revision, and only tells every other desk that it went back."""

from __future__ import annotations

from pathlib import Path

from newsdesk.core.article import Byline, WorkflowStatus, new_article
from newsdesk.core.audit import AuditEntry, sealed
from newsdesk.core.outbox import OutboxAction
from newsdesk.core.site import Site, Term
from newsdesk.core.workflow import Action
from tests.ui.helpers import commit_text, confirm_move

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"

REASON = "Thiếu số liệu năng suất từng huyện."


def add_site(window, username: str, roles: tuple[str, ...]) -> Site:
    site = window.ctx.store.add_site(
        Site(
            name="toa-soan",
            url="https://toa-soan.example.invalid",
            username=username,
            display_name=username,
            roles=roles,
            categories=(Term(1, "Tin tức"),),
        )
    )
    window.reload_sites()
    window.commands.work_offline.setChecked(True)
    return site


def record(window, article_id: int, action: Action, user: str, name: str, **fields) -> None:
    store = window.ctx.store
    article = store.get_article(article_id)
    chain = store.audit(article_id)
    entry = AuditEntry(
        article_uuid=article.uuid,
        action=action.value,
        from_status=fields.get("from_status", ""),
        to_status=fields.get("to_status", ""),
        user=user,
        user_name=name,
        at=fields.get("at", "2026-11-28T01:00:00Z"),
        content_sha="sha",
        note=fields.get("note", ""),
    )
    store.append_audit(article_id, sealed(entry, chain[-1] if chain else None), sent=True)


def article_on_desk(window, status: WorkflowStatus) -> int:
    article = window.ctx.store.create_article(
        new_article(
            title="Lúa Đông Xuân vượt kế hoạch",
            body="Nội dung bài.",
            status=status,
            bylines=(Byline("Thủy Phương"),),
        )
    )
    return article.pk


def open_article(window, article_id: int) -> None:
    window.reload_list()
    assert window.article_list.select(article_id)


def submitted_by(window, reporter: str, status: WorkflowStatus) -> int:
    article_id = article_on_desk(window, status)
    record(window, article_id, Action.SUBMIT, reporter, "Thủy Phương", to_status="submitted")
    return article_id


def test_the_editor_who_returned_it_is_not_asked_to_resubmit(qtbot, window):
    add_site(window, "bientap", ("editor",))
    article_id = submitted_by(window, "pv", WorkflowStatus.SUBMITTED)
    open_article(window, article_id)
    window.commands.return_article.trigger()
    confirm_move(window, REASON)
    assert window.ctx.store.get_article(article_id).status is WorkflowStatus.CHANGES_REQUESTED

    banner = window.returned_banner
    assert banner.isVisible()
    assert banner.heading.text().startswith("You returned this article to the reporter on ")
    assert banner.note.text() == REASON
    assert not banner.resubmit.isVisible()
    assert banner.hint.text() == (
        "The reporter revises it and sends it back; it then waits for review."
    )
    assert not window.commands.submit.isEnabled()


def test_another_editor_sees_who_returned_it_and_cannot_submit_for_the_reporter(qtbot, window):
    add_site(window, "bientap2", ("editor",))
    article_id = submitted_by(window, "pv", WorkflowStatus.CHANGES_REQUESTED)
    record(window, article_id, Action.RETURN, "bientap", "Biên tập viên", note=REASON)
    open_article(window, article_id)
    banner = window.returned_banner
    assert banner.heading.text() == (
        "Biên tập viên returned this article to the reporter on 28/11/2026 08:00:"
    )
    assert not banner.resubmit.isVisible()
    assert not window.commands.submit.isEnabled()


def test_the_reporter_it_was_returned_to_is_asked_to_revise(qtbot, window):
    add_site(window, "pv", ("author",))
    article_id = submitted_by(window, "pv", WorkflowStatus.CHANGES_REQUESTED)
    record(window, article_id, Action.RETURN, "bientap", "Biên tập viên", note=REASON)
    open_article(window, article_id)
    banner = window.returned_banner
    assert banner.heading.text() == "Biên tập viên returned this article on 28/11/2026 08:00:"
    assert banner.resubmit.isVisible()
    assert window.commands.submit.isEnabled()
    banner.resubmit.click()
    assert window.moves.dialog.windowTitle() == "Submit again"
    confirm_move(window, "Đã bổ sung số liệu.")
    assert window.ctx.store.get_article(article_id).status is WorkflowStatus.SUBMITTED
    assert not banner.isVisible()


def test_an_editors_own_article_returned_by_a_colleague_is_theirs_to_revise(qtbot, window):
    add_site(window, "bientap", ("editor",))
    article_id = submitted_by(window, "BienTap", WorkflowStatus.CHANGES_REQUESTED)
    record(window, article_id, Action.RETURN, "tongbientap", "Tổng biên tập", note=REASON)
    open_article(window, article_id)
    banner = window.returned_banner
    assert banner.heading.text() == "Tổng biên tập returned this article on 28/11/2026 08:00:"
    assert banner.resubmit.isVisible()
    assert window.commands.submit.isEnabled()


def test_a_reporters_desk_shows_no_editors_moves(qtbot, window):
    editor_moves = [
        window.commands.return_article,
        window.commands.approve,
        window.commands.schedule,
        window.commands.publish,
        window.commands.unpublish,
        window.commands.correct,
        window.commands.review_queue,
    ]
    add_site(window, "pv", ("author",))
    toolbar = window.menus.toolbar
    assert all(not action.isVisible() for action in editor_moves)
    assert not toolbar.widgetForAction(window.commands.publish).isVisible()
    assert window.commands.submit.isVisible()
    assert toolbar.widgetForAction(window.commands.submit).isVisible()

    window.ctx.store.update_site(window.ctx.store.list_sites()[0].edited(roles=("editor",)))
    window.reload_sites()
    assert all(action.isVisible() for action in editor_moves)
    # The toolbar lays itself out again when its event loop comes round.
    qtbot.waitUntil(toolbar.widgetForAction(window.commands.publish).isVisible)


def test_an_editor_reviewing_is_not_offered_to_submit_and_their_edits_go_with_the_move(
    qtbot, window
):
    add_site(window, "bientap", ("editor",))
    body = "\n\n".join(SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:3])
    article = window.ctx.store.create_article(
        new_article(
            title="Hội nghị tổng kết công tác Mặt trận năm 2020",
            body=body,
            status=WorkflowStatus.SUBMITTED,
            bylines=(Byline("Thủy Phương"),),
        )
    )
    record(window, article.pk, Action.SUBMIT, "pv", "Thủy Phương", to_status="submitted")
    open_article(window, article.pk)
    assert not window.commands.submit.isEnabled()
    assert window.commands.return_article.isEnabled()
    assert window.commands.approve.isEnabled()

    commit_text(window.editor.body, "(Biên tập viên sửa) ")
    assert not window.commands.submit.isEnabled()
    window.commands.return_article.trigger()
    confirm_move(window, REASON)

    stored = window.ctx.store.get_article(article.pk)
    assert stored.status is WorkflowStatus.CHANGES_REQUESTED
    assert "(Biên tập viên sửa)" in stored.body
    # The sample's no-break spaces are kept.
    assert stored.body.replace("(Biên tập viên sửa) ", "") == body
    assert [i.action for i in window.ctx.store.outbox_for_article(article.pk)] == [
        OutboxAction.RETURN
    ]


def test_a_reporter_sends_new_edits_to_an_article_under_review_by_submitting_again(qtbot, window):
    add_site(window, "pv", ("author",))
    article_id = submitted_by(window, "pv", WorkflowStatus.SUBMITTED)
    open_article(window, article_id)
    assert window.commands.submit.isEnabled()
    assert not window.commands.approve.isEnabled()


def test_an_autosave_after_a_move_keeps_the_moves_status(qtbot, window):
    """The move commits on the write lane; the editor's copy, read before it, is saved after
    it and before the window reads the article back."""
    add_site(window, "bientap", ("editor",))
    article_id = submitted_by(window, "pv", WorkflowStatus.SUBMITTED)
    open_article(window, article_id)
    commit_text(window.editor.body, "(Biên tập viên sửa) ")
    assert window.session.pending

    window.ctx.desk.act(article_id, "toa-soan", Action.RETURN, note=REASON)
    window.session.flush()

    stored = window.ctx.store.get_article(article_id)
    assert stored.status is WorkflowStatus.CHANGES_REQUESTED
    assert stored.body.startswith("(Biên tập viên sửa) ")


def test_a_background_autosave_after_a_move_keeps_the_moves_status(qtbot, window):
    """The timed autosave (off the GUI thread) saves a copy read before the move."""
    add_site(window, "bientap", ("editor",))
    article_id = submitted_by(window, "pv", WorkflowStatus.SUBMITTED)
    open_article(window, article_id)
    commit_text(window.editor.body, "(Biên tập viên sửa) ")
    assert window.session.pending

    window.ctx.desk.act(article_id, "toa-soan", Action.RETURN, note=REASON)
    with qtbot.waitSignal(window.session.saved, timeout=5000):
        pass

    stored = window.ctx.store.get_article(article_id)
    assert stored.status is WorkflowStatus.CHANGES_REQUESTED
    assert stored.body.startswith("(Biên tập viên sửa) ")
