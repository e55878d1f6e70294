"""Submit and publish from the window, without a network: the outbox and the error dialog."""

from __future__ import annotations

from newsdesk.core.article import SyncState, WorkflowStatus, new_article
from newsdesk.core.site import Site, Term
from newsdesk.sync.report import SyncReport
from newsdesk.ui.signals import emit
from tests.ui.helpers import confirm_move, settle


def open_article(window, **fields) -> int:
    article = window.ctx.store.create_article(new_article(**fields))
    window.reload_list()
    assert window.article_list.select(article.id)
    return article.id


def add_site(window, name: str, roles: tuple[str, ...]) -> Site:
    site = window.ctx.store.add_site(
        Site(
            name=name,
            url=f"https://{name}.example.invalid",
            username="pv",
            roles=roles,
            categories=(Term(1, "Tin tức"), Term(2, "Hoạt động Mặt trận")),
        )
    )
    window.reload_sites()
    return site


def test_submit_without_a_site_names_the_cause_and_the_next_step(qtbot, window):
    open_article(window, title="Tin", body="Nội dung.")
    window.commands.submit.trigger()
    settle(window)
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.text() == "There is no site to send the article to."
    assert dialog.informativeText() == "Add your site under Sites…, then try again."
    assert "There is no site" in window.statusBar().currentMessage()
    dialog.close()


def test_an_empty_article_is_not_sent_and_the_dialog_says_why(qtbot, window):
    add_site(window, "portal", ("author",))
    open_article(window, title="", body="")
    window.commands.submit.trigger()
    settle(window)
    assert window.errors.dialog is not None
    assert window.errors.dialog.text() == "The article has no title."
    window.errors.dialog.close()


def test_submit_while_offline_queues_the_article(qtbot, window):
    add_site(window, "portal", ("author",))
    window.commands.work_offline.setChecked(True)
    assert not window.commands.sync_now.isEnabled()
    article_id = open_article(window, title="Hội nghị", body="Nội dung.")
    window.editor.body.setPlainText("Nội dung mới nhất.")
    window.commands.submit.trigger()
    settle(window)
    confirm_move(window, "Nhờ anh xem giúp số liệu.")
    store = window.ctx.store
    assert store.get_article(article_id).status is WorkflowStatus.SUBMITTED
    assert store.get_article(article_id).body == "Nội dung mới nhất."  # saved before sending
    assert store.sync_state(article_id)[0] is SyncState.QUEUED
    assert [n.text for n in store.notes(article_id)] == ["Nhờ anh xem giúp số liệu."]
    assert "when you work online again" in window.statusBar().currentMessage()
    tree = window.article_list.tree
    assert tree.topLevelItem(0).text(2) == "Queued"
    assert tree.topLevelItem(0).text(1) == "Submitted"
    # The open article keeps its new status: a later autosave does not undo it.
    window.editor.body.setPlainText("Sửa tiếp.")
    window.session.flush()
    assert store.get_article(article_id).status is WorkflowStatus.SUBMITTED


def test_publish_follows_the_role_on_the_chosen_site(qtbot, window):
    add_site(window, "portal", ("author",))
    open_article(window, title="Tin", body="Nội dung.")
    assert window.commands.submit.isEnabled()
    assert not window.commands.publish.isEnabled()
    assert not window.commands.review_queue.isEnabled()
    add_site(window, "toa-soan", ("editor",))
    meta = window.metadata
    meta.site.setCurrentIndex(meta.site.findText("toa-soan"))
    emit(meta.site.activated, meta.site.currentIndex())  # as a click would
    assert window.ctx.settings.default_site == "toa-soan"
    assert window.commands.publish.isEnabled()
    assert window.commands.review_queue.isEnabled()


def test_the_category_list_comes_from_the_chosen_site(qtbot, window):
    add_site(window, "portal", ("author",))
    open_article(window, title="Tin", body="Nội dung.", category="Tin tức")
    combo = window.metadata.category
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "",
        "Tin tức",
        "Hoạt động Mặt trận",
    ]
    assert combo.currentText() == "Tin tức"


def test_a_conflict_shows_a_bar_and_taking_the_sites_version_settles_it(qtbot, window):
    site = add_site(window, "portal", ("author",))
    store = window.ctx.store
    window.commands.work_offline.setChecked(True)  # settle locally; the send waits
    article_id = open_article(window, title="Tin", body="Đoạn một.\n\nĐoạn hai.")
    base = store.get_article(article_id)
    window.editor.body.setPlainText("Đoạn một, bản của tôi.\n\nĐoạn hai.")
    window.session.flush()
    theirs = base.edited(body="Đoạn một, bản của trang.\n\nĐoạn hai.")
    store.keep_conflict(article_id, site.pk, base, theirs, "7")  # as a sync would
    bar = window.conflict_bar
    assert not bar.isVisible()
    emit(window.sync.finished, SyncReport())
    assert bar.isVisible()

    bar.take_theirs.click()
    settle(window)
    assert store.conflicts(article_id) == []
    assert not bar.isVisible()
    assert store.get_article(article_id).body == "Đoạn một, bản của trang.\n\nĐoạn hai."
    assert window.editor.body.toPlainText() == "Đoạn một, bản của trang.\n\nĐoạn hai."
    assert store.sync_state(article_id)[0] is SyncState.QUEUED


def test_keep_mine_keeps_the_local_text(qtbot, window):
    site = add_site(window, "portal", ("author",))
    store = window.ctx.store
    window.commands.work_offline.setChecked(True)
    article_id = open_article(window, title="Tin", body="Gốc.")
    base = store.get_article(article_id)
    window.editor.body.setPlainText("Của tôi.")
    window.session.flush()
    store.keep_conflict(article_id, site.pk, base, base.edited(body="Của trang."), "7")
    emit(window.sync.finished, SyncReport())
    window.conflict_bar.keep_mine.click()
    settle(window)
    assert store.get_article(article_id).body == "Của tôi."
    assert store.conflicts(article_id) == []
