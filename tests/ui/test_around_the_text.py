"""Around the text: the outline dock, the paragraph's counts, focus mode, the editor's font and
where the reader was in each article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication

from newsdesk.settings import Settings
from newsdesk.text.count import count_body_words
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.settings_dialog import Choices, SettingsDialog
from newsdesk.ui.window_state import MAX_PLACES, PLACES_KEY, Place, read_places, write_places
from tests.ui.helpers import commit_text
from tests.ui.sample_text import SAMPLE, long_body, open_article

SAMPLE_LINE = "Hội nghị đánh giá cao kết quả quý IV/2020 của Mặt trận và các đoàn thể."
BODY = (
    "Đoạn mở đầu.\n\n## Kết quả năm 2020\n\nĐoạn một về kết quả.\n\n"
    "### Mặt trận\n\nĐoạn về Mặt trận.\n\n## Nhiệm vụ năm 2021\n\nĐoạn cuối."
)


def put_cursor(body, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)


def outline_titles(panel) -> list[str]:
    titles: list[str] = []

    def walk(item, depth: int) -> None:
        titles.append("  " * depth + item.text(0))
        for n in range(item.childCount()):
            walk(item.child(n), depth + 1)

    for n in range(panel.tree.topLevelItemCount()):
        walk(panel.tree.topLevelItem(n), 0)
    return titles


def test_outline_lists_the_headings_nested_and_a_click_jumps_there(qtbot, window):
    window.resize(1200, 500)
    body_text = BODY.replace("Đoạn một về kết quả.", long_body(6)).replace(
        "Đoạn về Mặt trận.", long_body(6)
    )
    open_article(window, title="Hội nghị", body=body_text)
    window.outline_dock.toggleViewAction().trigger()
    assert window.outline_dock.isVisible()
    panel = window.outline_dock.widget()
    qtbot.waitUntil(lambda: len(panel.headings) == 3)
    assert outline_titles(panel) == [
        "Kết quả năm 2020",
        "  Mặt trận",
        "Nhiệm vụ năm 2021",
    ]
    front = panel.tree.topLevelItem(0).child(0)
    rect = panel.tree.visualItemRect(front)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    body = window.editor.body
    line = body_text.split("\n").index("### Mặt trận")
    assert body.textCursor().blockNumber() == line
    assert body.hasFocus()
    assert body.cursorRect().top() < body.fontMetrics().lineSpacing() * 3  # at the top
    put_cursor(body, body_text.index("Đoạn cuối."))
    assert panel.tree.currentItem().text(0) == "Nhiệm vụ năm 2021"


def test_outline_is_read_again_on_a_pause_not_on_each_keystroke(qtbot, window):
    open_article(window, title="Hội nghị", body=BODY)
    panel = window.outline_dock.widget()
    qtbot.waitUntil(lambda: len(panel.headings) == 3)
    body = window.editor.body
    body.setFocus()
    put_cursor(body, len(BODY))
    commit_text(body, "\n\n## Trung đề mới")
    assert len(panel.headings) == 3
    assert panel.pending
    qtbot.waitUntil(lambda: len(panel.headings) == 4)
    assert outline_titles(panel)[-1] == "Trung đề mới"


def test_counts_of_the_paragraph_under_the_cursor(qtbot, window):
    text = SAMPLE.read_text(encoding="utf-8")
    open_article(window, title="Hội nghị", body=text)
    body = window.editor.body
    paragraphs = body.toPlainText().split("\n\n")
    second = paragraphs[2]
    put_cursor(body, body.toPlainText().index(second) + 5)
    counts = window.paragraph_counts
    words = count_body_words(second)
    assert words > 50
    assert (counts.words, counts.characters) == (words, len(second))
    assert counts.text() == f"Paragraph: {words:,} words, {len(second):,} characters"
    assert counts.isVisible()
    commit_text(body, "thêm hai ")
    qtbot.waitUntil(lambda: counts.words == words + 2)
    assert counts.characters == len(second) + len("thêm hai ")


def _layout_now(window) -> dict[str, object]:
    editor = window.editor
    return {
        "geometry": window.geometry(),
        "shown": [
            w.isVisible()
            for w in (
                window.article_list,
                window.preview,
                window.menuBar(),
                window.menus.toolbar,
                window.notes_dock,
                window.outline_dock,
                window.tabs.tabBar(),
                editor.title,
                editor.sapo,
                editor.toolbar,
            )
        ],
        "splitter": window.splitter.sizes(),
        "tab": window.tabs.currentIndex(),
        "body sizes": (editor.body.minimumWidth(), editor.body.maximumWidth()),
    }


def test_focus_mode_shows_only_the_body_centred_and_restores_everything(qtbot, window):
    open_article(window, title="Hội nghị", body=long_body(4))
    window.outline_dock.show()
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    before = _layout_now(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.focus.active
    qtbot.waitUntil(window.isFullScreen)
    QApplication.processEvents()
    editor, body = window.editor, window.editor.body
    assert body.isVisible()
    assert _layout_now(window)["shown"] == [False] * 10
    # About 70 characters wide, in the middle of the window.
    width = body.width()
    average = body.fontMetrics().horizontalAdvance(SAMPLE_LINE) / len(SAMPLE_LINE)
    assert 65 * average < width < 85 * average
    left = body.mapTo(window, body.rect().topLeft()).x()
    right = window.width() - (left + width)
    assert abs(left - right) <= 24
    assert body.hasFocus()
    qtbot.keyClick(body, Qt.Key.Key_Escape)
    assert not window.focus.active
    assert not window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(lambda: _layout_now(window) == before)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: body.width() > editor.width() - 30)


def test_focus_mode_from_the_view_menu(qtbot, window):
    assert window.focus.action in window.menus.view.actions()
    assert window.outline_dock.toggleViewAction() in window.menus.view.actions()
    window.focus.action.trigger()
    assert window.focus.active
    assert not window.menuBar().isVisible()
    window.focus.action.trigger()
    assert not window.focus.active
    assert window.menuBar().isVisible()


def test_editor_font_family_and_size_apply_at_once_and_are_kept(qtbot, window):
    open_article(window, title="Hội nghị", body="Đoạn.")
    family = QFont("DejaVu Serif").family()
    window.apply_settings(Choices("en", 60, font_family=family, font_size=17))
    editor = window.editor
    for field in (editor.body, editor.sapo):
        assert field.font().family() == family
        assert field.font().pointSize() == 17
    assert editor.title.font().family() == family
    assert editor.title.font().bold()
    assert editor.title.font().pointSizeF() > 17
    saved = Settings.load(window.ctx.paths.settings_file)
    assert (saved.editor_font_family, saved.editor_font_size) == (family, 17)
    window.apply_settings(Choices("en", 60, font_family="", font_size=0))
    assert editor.body.font().family() == QApplication.font().family()


def _heading_sizes(body) -> set[float]:
    block = body.document().firstBlock()
    return {r.format.fontPointSize() for r in block.layout().formats() if r.format.fontPointSize()}


def test_headings_follow_the_editor_font_size(qtbot, window):
    open_article(window, title="Hội nghị", body="## Kết quả\n\nĐoạn một.")
    window.apply_settings(Choices("en", 60, font_size=12))
    small = _heading_sizes(window.editor.body)
    window.apply_settings(Choices("en", 60, font_size=24))
    large = _heading_sizes(window.editor.body)
    assert small
    assert large
    assert min(large) > max(small)


def test_settings_dialog_offers_font_and_typography(qtbot, window):
    dialog = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dialog)
    choices = dialog.choices()
    assert choices.font_family == ""
    assert choices.font_size == 0
    assert choices.typography is not None
    assert (choices.typography.quotes, choices.typography.unit_spaces) == (True, False)
    dialog.unit_spaces.setChecked(True)
    dialog.quotes.setChecked(False)
    dialog.font_size.setValue(14)
    dialog.font_family.setCurrentFont(QFont("DejaVu Serif"))
    choices = dialog.choices()
    assert choices.typography is not None
    assert (choices.typography.quotes, choices.typography.unit_spaces) == (False, True)
    assert choices.font_size == 14
    assert choices.font_family == QFont("DejaVu Serif").family()


def _at_place(window, cursor: int, scroll: int) -> bool:
    body = window.editor.body
    return body.textCursor().position() == cursor and body.verticalScrollBar().value() == scroll


def test_the_window_remembers_where_you_were_in_each_article(qtbot, ctx, english, tmp_path: Path):
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(ctx, english, store)
    qtbot.addWidget(main)
    main.resize(1000, 500)
    main.show()
    qtbot.waitExposed(main)
    first = open_article(main, title="Bài một", body=long_body(8))
    second = open_article(main, title="Bài hai", body=long_body(3))
    body = main.editor.body
    main.article_list.select(first)
    qtbot.waitUntil(lambda: body.toPlainText().startswith(long_body(8)[:50]))
    put_cursor(body, 4000)
    body.centerCursor()
    scroll = body.verticalScrollBar().value()
    assert scroll > 0
    main.article_list.select(second)
    assert body.textCursor().position() != 4000
    main.article_list.select(first)
    qtbot.waitUntil(lambda: _at_place(main, 4000, scroll))
    body.moveCursor(QTextCursor.MoveOperation.End)
    end_place = (body.textCursor().position(), body.verticalScrollBar().value())
    main.close()

    again = MainWindow(ctx, english, store)
    qtbot.addWidget(again)
    again.resize(1000, 500)
    again.show()
    qtbot.waitExposed(again)
    again.reload_list()
    again.article_list.select(second)
    again.article_list.select(first)
    body = again.editor.body
    qtbot.waitUntil(lambda: body.textCursor().position() == end_place[0])
    # The scroll puts the cursor in view (the lines wrap as wide as the window now is).
    qtbot.waitUntil(lambda: body.viewport().rect().contains(body.cursorRect()))
    assert body.verticalScrollBar().value() > 0
    assert "editor" not in ctx.store.get_article(first).body
    again.close()


def test_the_editor_shows_the_font_while_it_is_chosen_and_cancel_takes_it_back(qtbot, window):
    open_article(window, title="Hội nghị", body="Đoạn.")
    body = window.editor.body
    seen: list[tuple[str, int]] = []

    def choose() -> None:
        dialog = window.findChild(SettingsDialog)
        dialog.font_size.setValue(21)
        seen.append((body.font().family(), body.font().pointSize()))
        dialog.reject()

    QTimer.singleShot(0, choose)
    window.commands.settings.trigger()
    assert seen == [(QApplication.font().family(), 21)]
    assert body.font().pointSize() == QApplication.font().pointSize()
    assert Settings.load(window.ctx.paths.settings_file).editor_font_size == 0


def test_places_read_back_whole_and_damaged_ones_are_dropped(tmp_path: Path):
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    places = {n: Place(n * 10, n) for n in range(1, MAX_PLACES + 3)}
    write_places(store, places)
    store.sync()
    again = read_places(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    assert len(again) == MAX_PLACES
    assert again[MAX_PLACES + 2] == Place(MAX_PLACES * 10 + 20, MAX_PLACES + 2)
    assert 1 not in again  # the oldest forgotten
    store.setValue(PLACES_KEY, QByteArray(b"[[1, 2"))
    assert read_places(store) == {}
    store.setValue(PLACES_KEY, QByteArray(b'[[1, 2, 3], ["x", 1, 2], [4, 5]]'))
    assert read_places(store) == {1: Place(2, 3)}
