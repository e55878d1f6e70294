"""The merge view: both versions of each clash, the words that differ, a choice per clash."""

from __future__ import annotations

import html
import re

from newsdesk.core.article import SyncState
from newsdesk.core.merge import Choice
from newsdesk.sync.report import SyncReport
from newsdesk.ui.signals import emit
from tests.ui.helpers import settle
from tests.ui.sync_fakes import add_site, open_article, use_fake_engine

FIRST = "Đoạn một không ai sửa."
LAST = "Đoạn cuối cũng vậy."
BASE_PARAGRAPH = "Sáng nay, đồng chí Nguyễn Văn An chủ trì hội nghị."
MINE_PARAGRAPH = "Sáng nay, đồng chí Nguyễn Văn An chủ trì hội nghị tổng kết."
SITE_PARAGRAPH = "Sáng 25/12, đồng chí Nguyễn Văn An chủ trì hội nghị."
MARK = re.compile(r'<span style="background-color:[^"]+">(.*?)</span>')


def body(paragraph: str) -> str:
    return f"{FIRST}\n\n{paragraph}\n\n{LAST}"


def marked(rich_text: str) -> list[str]:
    return [html.unescape(m) for m in MARK.findall(rich_text)]


def plain(rich_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rich_text))


def make_conflict(window) -> int:
    """Here the title and the second paragraph changed; on the site, the same two."""
    site = add_site(window)
    store = window.ctx.store
    article_id = open_article(window, title="Hội nghị tổng kết", body=body(BASE_PARAGRAPH))
    base = store.get_article(article_id)
    window.editor.title.setText("Hội nghị tổng kết năm 2024")
    window.editor.body.setPlainText(body(MINE_PARAGRAPH))
    window.session.flush()
    theirs = base.edited(title="Tổng kết công tác năm", body=body(SITE_PARAGRAPH))
    store.keep_conflict(article_id, site.pk, base, theirs, "v2")  # as a sync would
    emit(window.sync.finished, SyncReport())
    return article_id


def test_the_clashing_paragraph_shows_both_versions_with_the_differences_marked(qtbot, window):
    use_fake_engine(window)
    make_conflict(window)
    assert window.conflict_bar.isVisible()
    window.conflict_bar.compare.click()
    dialog = window.conflicts.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert [view.clash.field for view in dialog.clash_views] == ["title", "body"]

    (paragraph,) = dialog.view_for("body")
    assert paragraph.title() == "Body, paragraph 2"
    assert plain(paragraph.mine.text()) == MINE_PARAGRAPH
    assert plain(paragraph.site.text()) == SITE_PARAGRAPH
    assert marked(paragraph.mine.text()) == ["nay,", "nghị tổng kết."]
    assert marked(paragraph.site.text()) == ["25/12,", "nghị."]
    assert paragraph.mine_caption.text() == "Your version"
    assert paragraph.site_caption.text() == "The site's version"
    assert not paragraph.base.isVisible()  # the starting version is folded away
    paragraph.base_toggle.click()
    assert paragraph.base.isVisible()
    assert plain(paragraph.base.text()) == BASE_PARAGRAPH

    (title,) = dialog.view_for("title")
    assert title.title() == "Title"
    assert marked(title.mine.text()) == ["Hội nghị tổng", "2024"]
    assert marked(title.site.text()) == ["Tổng", "công tác"]  # "kết" and "năm" are in both
    assert not title.keep_both.isEnabled()  # one title: both cannot stay
    assert paragraph.keep_both.isEnabled()
    assert dialog.choices() == {0: Choice.OURS, 1: Choice.OURS}
    dialog.reject()


def test_choosing_the_sites_paragraph_and_applying_settles_the_conflict(qtbot, window):
    engine = use_fake_engine(window)
    store = window.ctx.store
    article_id = make_conflict(window)
    window.conflict_bar.compare.click()
    dialog = window.conflicts.dialog
    (paragraph,) = dialog.view_for("body")
    assert MINE_PARAGRAPH in dialog.preview.toPlainText()
    paragraph.take_site.click()
    assert dialog.choices() == {0: Choice.OURS, 1: Choice.THEIRS}
    preview = dialog.preview.toPlainText()
    assert SITE_PARAGRAPH in preview
    assert MINE_PARAGRAPH not in preview
    assert "Hội nghị tổng kết năm 2024" in preview

    with qtbot.waitSignal(window.sync.finished):
        dialog.apply_button.click()
        settle(window)
    assert engine.runs == 1  # the decision went straight to the sync
    assert store.conflicts(article_id) == []
    stored = store.get_article(article_id)
    assert stored.body == body(SITE_PARAGRAPH)
    assert stored.title == "Hội nghị tổng kết năm 2024"
    assert window.editor.body.toPlainText() == body(SITE_PARAGRAPH)
    assert not window.conflict_bar.isVisible()
    assert store.sync_state(article_id)[0] is SyncState.QUEUED  # the fake sent nothing
    assert window.conflicts.dialog is None


def test_keep_both_puts_yours_first_then_the_sites(qtbot, window):
    window.commands.work_offline.trigger()
    article_id = make_conflict(window)
    window.conflict_bar.compare.click()
    dialog = window.conflicts.dialog
    dialog.view_for("body")[0].keep_both.click()
    dialog.view_for("title")[0].take_site.click()
    dialog.apply_button.click()
    settle(window)
    stored = window.ctx.store.get_article(article_id)
    assert stored.body == f"{FIRST}\n\n{MINE_PARAGRAPH}\n\n{SITE_PARAGRAPH}\n\n{LAST}"
    assert stored.title == "Tổng kết công tác năm"
    assert "when you work online again" in window.statusBar().currentMessage()


def test_cancel_leaves_the_conflict_as_it_was(qtbot, window):
    article_id = make_conflict(window)
    window.conflict_bar.compare.click()
    window.conflicts.dialog.view_for("body")[0].take_site.click()
    window.conflicts.dialog.reject()
    assert len(window.ctx.store.conflicts(article_id)) == 1
    assert window.ctx.store.get_article(article_id).body == body(MINE_PARAGRAPH)


def test_the_problems_panel_opens_the_merge_view_for_a_conflict(qtbot, window):
    article_id = make_conflict(window)
    window.article_list.search.setText("không có bài này")
    window.reload_list()
    window.session.open(0)
    panel = window.problems
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    assert panel.tree.topLevelItem(0).text(2).startswith("Changed here and on the site")
    assert panel.compare_button.isEnabled()
    assert not panel.retry_button.isEnabled()
    panel.compare_button.click()
    assert window.session.article_id == article_id
    dialog = window.conflicts.dialog
    assert dialog is not None
    assert dialog.conflict.article_id == article_id
    dialog.reject()
