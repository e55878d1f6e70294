"""The Problems panel in the window: what it lists, Retry, Open and Compare."""

from __future__ import annotations

from newsdesk.core.outbox import OutboxAction
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.ui.signals import emit
from tests.ui.helpers import settle
from tests.ui.sync_fakes import add_site, open_article, use_fake_engine

REFUSED = "The site has no category “Thời sự”. Choose one of the site's categories, then retry."
UNREACHABLE = "No answer from “portal”. Check the connection; Newsdesk tries again."


def rows(window) -> list[list[str]]:
    tree = window.problems.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def failed_article(window, title: str = "Hội nghị tổng kết") -> int:
    site = add_site(window)
    store = window.ctx.store
    article_id = open_article(window, title=title, body="Nội dung.")
    store.mark_failed(store.enqueue(article_id, site.pk, OutboxAction.SUBMIT).id, REFUSED)
    return article_id


def test_a_failed_article_is_listed_with_its_reason_and_the_status_bar_counts_it(qtbot, window):
    failed_article(window)
    assert not window.problems_indicator.isVisible()
    emit(window.sync.finished, SyncReport())  # the panel follows every sync
    qtbot.waitUntil(lambda: rows(window) == [["Hội nghị tổng kết", "portal", REFUSED]])
    indicator = window.problems_indicator
    assert indicator.isVisible()
    assert indicator.text() == "1 problem"

    assert not window.problems_dock.isVisible()
    indicator.click()
    assert window.problems_dock.isVisible()
    assert window.commands.problems.isChecked()
    window.commands.problems.trigger()
    assert not window.problems_dock.isVisible()
    window.commands.problems.trigger()
    assert window.problems_dock.isVisible()


def test_retry_queues_the_article_again_and_syncs(qtbot, window):
    engine = use_fake_engine(window)
    article_id = failed_article(window)
    store = window.ctx.store
    window.refresh_problems()
    qtbot.waitUntil(lambda: len(rows(window)) == 1)
    assert store.pending_outbox() == []
    panel = window.problems
    assert panel.retry_button.isEnabled()
    assert not panel.compare_button.isEnabled()

    with qtbot.waitSignal(window.sync.finished):
        panel.retry_button.click()
        settle(window)
    assert [item.article_id for item in store.pending_outbox()] == [article_id]
    assert [item.article_id for item in engine.pending_seen[0]] == [article_id]
    qtbot.waitUntil(lambda: rows(window) == [])
    assert not window.problems_indicator.isVisible()
    assert window.article_list.tree.topLevelItem(0).text(2) == "Queued"


def test_open_selects_the_article_even_when_the_list_is_filtered(qtbot, window):
    article_id = failed_article(window, title="Bài bị từ chối")
    open_article(window, title="Bài khác", body="Khác.")
    window.article_list.search.setText("khác")
    window.reload_list()
    assert window.article_list.visible_titles() == ["Bài khác"]
    window.refresh_problems()
    qtbot.waitUntil(lambda: len(rows(window)) == 1)
    window.problems.open_button.click()
    assert window.session.article_id == article_id
    assert window.article_list.current_id() == article_id
    assert window.editor.title.text() == "Bài bị từ chối"


def test_waiting_articles_and_notices_from_the_last_sync(qtbot, window):
    site = add_site(window)
    store = window.ctx.store
    waiting = open_article(window, title="Đang chờ gửi", body="Nội dung.")
    store.note_outbox_error(store.enqueue(waiting, site.pk, OutboxAction.SUBMIT).id, UNREACHABLE)
    pulled = open_article(window, title="Lấy về lỗi", body="Nội dung.")
    report = SyncReport(
        problems=[SyncProblem(pulled, site.pk, "The site sent a broken post.", will_retry=False)],
        notices=["Your role on “portal” may not upload photos: the article went without it."],
    )
    emit(window.sync.finished, report)
    qtbot.waitUntil(lambda: len(rows(window)) == 3)
    assert rows(window) == [
        ["Lấy về lỗi", "portal", "The site sent a broken post."],
        ["Đang chờ gửi", "portal", f"Will retry at the next sync. Last error: {UNREACHABLE}"],
        ["—", "—", "Your role on “portal” may not upload photos: the article went without it."],
    ]
    assert window.problems_indicator.text() == "2 problems"  # a notice is not a problem
    panel = window.problems
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))
    assert not panel.retry_button.isEnabled()
    assert not panel.open_button.isEnabled()


def test_notices_alone_raise_no_alarm(qtbot, window):
    add_site(window)
    notice = "The photo anh.jpg waits on “portal” for an editor."
    emit(window.sync.finished, SyncReport(notices=[notice]))
    qtbot.waitUntil(lambda: rows(window) == [["—", "—", notice]])
    assert not window.problems_indicator.isVisible()


def test_a_sync_that_failed_as_a_whole_is_listed_and_retry_syncs_again(qtbot, window):
    from newsdesk.sites.errors import Unreachable

    engine = use_fake_engine(window)
    error = Unreachable("No answer from the site.", "Check the connection.")
    manual = False
    emit(window.sync.failed, error, manual)
    qtbot.waitUntil(
        lambda: rows(window) == [["—", "—", "No answer from the site. Check the connection."]]
    )
    with qtbot.waitSignal(window.sync.finished):
        window.problems.retry_button.click()
        settle(window)
    assert engine.runs == 1
    qtbot.waitUntil(lambda: rows(window) == [])
