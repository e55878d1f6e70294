"""Against the real WordPress test site, through the windows only: a reporter submits with a
note, an editor opens it from the review queue, notes paragraph 2 and returns it; after a
sync the reporter is told, sees why above the editor and the note on paragraph 2."""

from __future__ import annotations

import pytest

from newsdesk.context import AppContext
from newsdesk.core.article import SyncState, WorkflowStatus
from newsdesk.paths import Paths
from newsdesk.ui.main_window import MainWindow
from tests.ui.helpers import commit_text, confirm_move, settle
from tests.ui.test_sites_and_review_ui import add_site_through_dialog
from tests.wpsite_fixture import wp_site  # noqa: F401 (fixture)

pytestmark = pytest.mark.wordpress
NETWORK_MS = 30_000
TITLE = "Trao 200 suất quà Tết cho hộ nghèo xã Vĩnh Linh"
FIRST = "Sáng 20/1, Ủy ban MTTQ Việt Nam huyện trao 200 suất quà Tết cho hộ nghèo."
SECOND = "Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm."
RETURN_NOTE = "Ghi rõ nguồn kinh phí và đơn vị tài trợ."
PARAGRAPH_NOTE = "Tổng giá trị là bao nhiêu? Nêu con số."


def wait_synced(qtbot, window) -> None:
    """A whole sync that starts now (one already running may have begun too early)."""
    qtbot.waitUntil(lambda: not window.sync.running, timeout=NETWORK_MS)
    with qtbot.waitSignal(window.sync.finished, timeout=NETWORK_MS):
        window.commands.sync_now.trigger()


def test_a_returned_article_reaches_the_reporter_with_its_notes(
    qtbot,
    window,
    tmp_path,
    english,
    wp_site,  # noqa: F811
):
    add_site_through_dialog(qtbot, window, wp_site, "reporter")
    window.commands.new_article.trigger()
    article_id = window.session.article_id
    commit_text(window.editor.title, TITLE)
    commit_text(window.editor.body, f"{FIRST}\n\n{SECOND}")
    commit_text(window.metadata.bylines.add_byline().name, "Thủy Phương")
    window.commands.submit.trigger()
    settle(window)
    confirm_move(window, "Bài có ảnh, em gửi sau.")
    store = window.ctx.store
    qtbot.waitUntil(lambda: store.sync_state(article_id)[0] is SyncState.SENT, timeout=NETWORK_MS)

    editor_ctx = AppContext.open(Paths.resolve(tmp_path / "editor-desk"))
    try:
        desk = MainWindow(editor_ctx, english)
        qtbot.addWidget(desk)
        desk.show()
        add_site_through_dialog(qtbot, desk, wp_site, "editor")
        queue = desk._open_review()
        qtbot.waitUntil(
            lambda: TITLE in [row[0] for row in queue.visible_rows()], timeout=NETWORK_MS
        )
        queue.select_row([row[0] for row in queue.visible_rows()].index(TITLE))
        with qtbot.waitSignal(queue.articleOpened, timeout=NETWORK_MS):
            queue.open_button.click()
        queue.close()
        assert desk.editor.title.text() == TITLE
        assert "Bài có ảnh, em gửi sau." in desk.notes_panel.shown_text()

        cursor = desk.editor.body.textCursor()
        cursor.setPosition(desk.editor.body.toPlainText().index(SECOND) + 5)
        desk.editor.body.setTextCursor(cursor)
        commit_text(desk.notes_panel.text, PARAGRAPH_NOTE)
        desk.notes_panel.add_button.click()
        settle(desk)
        desk.commands.return_article.trigger()
        settle(desk)
        confirm_move(desk, RETURN_NOTE)
        # The note and the return go out with the syncs they started.
        qtbot.waitUntil(
            lambda: not editor_ctx.store.pending_outbox() and not desk.sync.running,
            timeout=NETWORK_MS,
        )
        assert desk.errors.dialog is None or not desk.errors.dialog.isVisible()
        assert desk.article_list.tree.currentItem().text(1) == "Changes requested"
        desk.close()
    finally:
        editor_ctx.close()

    wait_synced(qtbot, window)
    assert store.get_article(article_id).status is WorkflowStatus.CHANGES_REQUESTED
    told = [n for n in window.notifications.recent if n.article_id == article_id]
    assert [n.title for n in told] == ["Returned"]
    assert told[0].text == f"“{TITLE}” was returned: {RETURN_NOTE}"
    banner = window.returned_banner
    assert banner.isVisible()
    assert banner.note.text() == RETURN_NOTE
    assert banner.heading.text().startswith("Biên tập viên returned this article on ")
    shown = window.notes_panel.shown_text()
    assert f"Paragraph 2: “{SECOND}”" in shown
    assert PARAGRAPH_NOTE in shown
    assert window.editor.marked_paragraphs() == [SECOND]
