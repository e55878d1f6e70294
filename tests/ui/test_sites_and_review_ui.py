"""Against the real WordPress test site: add a site from the dialog, submit from the window,
and an editor opens the submission from the review queue."""

from __future__ import annotations

import pytest

from newsdesk.context import AppContext
from newsdesk.core.article import SyncState
from newsdesk.paths import Paths
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.review_dialog import ReviewDialog
from newsdesk.ui.sites_dialog import SitesDialog
from tests.ui.helpers import commit_text, confirm_move
from tests.wpsite_fixture import wp_site  # noqa: F401 (fixture)

pytestmark = pytest.mark.wordpress
NETWORK_MS = 30_000
TITLE = "Hội nghị giao ban công tác Mặt trận quý IV"


def add_site_through_dialog(qtbot, window: MainWindow, site, login: str) -> None:
    user, password = site.auth(login)
    dialog = SitesDialog(window.ctx.desk, window.tasks, window.ctx.credentials.persistent, window)
    qtbot.addWidget(dialog)
    dialog.sitesChanged.connect(window.reload_sites)
    dialog.show()
    commit_text(dialog.name, "portal")
    dialog.url.setText(site.url)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.test_button.click()
    display_name = site.users[login].display_name
    qtbot.waitUntil(lambda: display_name in dialog.outcome.text(), timeout=NETWORK_MS)
    with qtbot.waitSignal(dialog.sitesChanged, timeout=NETWORK_MS):
        dialog.add_button.click()
    assert dialog.sites.count() == 1
    assert dialog.password.text() == ""
    dialog.close()


def test_wrong_password_is_reported_in_the_dialog(qtbot, window, wp_site):  # noqa: F811
    dialog = SitesDialog(window.ctx.desk, window.tasks, persistent=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.url.setText(wp_site.url)
    dialog.user.setText(wp_site.users["reporter"].user)
    dialog.password.setText("abcd efgh ijkl mnop qrst uvwx")
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=NETWORK_MS)
    assert "<b>" in dialog.outcome.text()  # a cause, then the action
    assert window.ctx.store.list_sites() == []


def test_reporter_submits_and_editor_opens_it_from_the_review_queue(
    qtbot,
    window,
    tmp_path,
    english,
    wp_site,  # noqa: F811
):
    add_site_through_dialog(qtbot, window, wp_site, "reporter")
    meta = window.metadata
    assert meta.site.currentText() == "portal"
    categories = [meta.category.itemText(i) for i in range(meta.category.count())]
    assert set(wp_site.categories) <= set(categories)
    assert not window.commands.publish.isEnabled()  # a contributor submits, never publishes

    window.commands.new_article.trigger()
    article_id = window.session.article_id
    commit_text(window.editor.title, TITLE)
    commit_text(window.editor.body, "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì.")
    commit_text(meta.bylines.add_byline().name, "Thủy Phương")
    window.commands.submit.trigger()
    confirm_move(window, "Nhờ anh chị duyệt giúp.")
    store = window.ctx.store
    qtbot.waitUntil(lambda: store.sync_state(article_id)[0] is SyncState.SENT, timeout=NETWORK_MS)
    qtbot.waitUntil(lambda: window.article_list.tree.topLevelItem(0).text(2) == "Sent")

    editor_ctx = AppContext.open(Paths.resolve(tmp_path / "editor-desk"))
    try:
        desk = MainWindow(editor_ctx, english)
        qtbot.addWidget(desk)
        desk.show()
        add_site_through_dialog(qtbot, desk, wp_site, "editor")
        assert desk.commands.review_queue.isEnabled()
        review = ReviewDialog(editor_ctx.desk, desk.tasks, desk)
        qtbot.addWidget(review)
        review.articleOpened.connect(desk.open_article)
        review.refresh()
        qtbot.waitUntil(lambda: bool(review.visible_rows()), timeout=NETWORK_MS)
        rows = review.visible_rows()
        row = [r[0] for r in rows].index(TITLE)
        assert rows[row][1] == "Thủy Phương"
        assert rows[row][2]  # when, in Vietnam time
        assert rows[row][4].endswith(" words")
        review.select_row(row)
        with qtbot.waitSignal(review.articleOpened, timeout=NETWORK_MS) as opened:
            review.open_button.click()
        assert desk.session.article_id == opened.args[0]
        assert desk.editor.title.text() == TITLE
        review.close()
        desk.close()
    finally:
        editor_ctx.close()
