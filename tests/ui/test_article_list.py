"""The list: status filter, search, and each article's sync state with its reason."""

from __future__ import annotations

from newsdesk.core.article import SyncState, WorkflowStatus, new_article
from newsdesk.core.outbox import OutboxAction
from newsdesk.core.site import Site


def add(ctx, title: str, status: WorkflowStatus = WorkflowStatus.DRAFT) -> int:
    article = ctx.store.create_article(new_article(title=title, body="Nội dung.", status=status))
    assert article.id is not None
    return article.id


def test_status_filter_and_search(qtbot, window):
    ctx = window.ctx
    add(ctx, "Hội nghị giao ban quý IV")
    add(ctx, "Đồng chí Bí thư thăm hỏi gia đình chính sách", WorkflowStatus.SUBMITTED)
    add(ctx, "Hội nghị tổng kết năm 2020", WorkflowStatus.PUBLISHED)
    window.reload_list()
    panel = window.article_list
    assert len(panel.visible_titles()) == 3

    panel.set_status_filter(WorkflowStatus.SUBMITTED)
    assert panel.visible_titles() == ["Đồng chí Bí thư thăm hỏi gia đình chính sách"]
    panel.set_status_filter(None)
    assert len(panel.visible_titles()) == 3

    # Typed without accents and with "d" for "đ", as people search.
    panel.search.setText("hoi nghi")
    qtbot.waitUntil(lambda: len(panel.visible_titles()) == 2)
    assert set(panel.visible_titles()) == {"Hội nghị giao ban quý IV", "Hội nghị tổng kết năm 2020"}
    panel.set_status_filter(WorkflowStatus.PUBLISHED)
    assert panel.visible_titles() == ["Hội nghị tổng kết năm 2020"]
    panel.search.setText("dong chi")
    qtbot.waitUntil(lambda: panel.visible_titles() == [])
    panel.set_status_filter(None)
    qtbot.waitUntil(
        lambda: panel.visible_titles() == ["Đồng chí Bí thư thăm hỏi gia đình chính sách"]
    )


def test_sync_state_is_shown_with_the_reason_in_a_tooltip(qtbot, window):
    ctx = window.ctx
    site = ctx.store.add_site(Site(name="portal", url="https://example.invalid", username="pv"))
    local = add(ctx, "Chưa gửi")
    queued = add(ctx, "Đang chờ gửi")
    failed = add(ctx, "Gửi lỗi")
    assert site.id is not None
    ctx.store.enqueue(queued, site.id, OutboxAction.SUBMIT)
    item = ctx.store.enqueue(failed, site.id, OutboxAction.SUBMIT)
    ctx.store.mark_failed(item.id, "The site refused the category.")
    window.reload_list()

    rows = {}
    tree = window.article_list.tree
    for index in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(index)
        rows[row.text(0)] = row
    assert rows["Chưa gửi"].text(2) == "Local only"
    assert rows["Đang chờ gửi"].text(2) == "Queued"
    assert rows["Gửi lỗi"].text(2) == "Failed"
    assert "The site refused the category." in rows["Gửi lỗi"].toolTip(2)
    assert ctx.store.sync_state(local)[0] is SyncState.LOCAL


def test_selecting_an_article_opens_it_and_the_edit_is_saved_before_leaving(qtbot, window):
    ctx = window.ctx
    first = add(ctx, "Bài một")
    second = add(ctx, "Bài hai")
    window.reload_list()
    assert window.article_list.select(first)
    window.editor.body.setPlainText("Sửa bài một.")
    assert window.article_list.select(second)
    assert window.editor.title.text() == "Bài hai"
    assert ctx.store.get_article(first).body == "Sửa bài một."
