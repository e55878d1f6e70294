"""The body shows its Markdown with its look (bold bold, headings larger...), the marks faded
except on the cursor's line, and stores exactly the Markdown typed."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsdesk.core.article import new_article
from newsdesk.core.merge import paragraphs
from newsdesk.render.markdown_html import markdown_to_html
from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel, plain_text
from newsdesk.ui.markdown_highlighter import (
    LINK_COLOUR,
    MARK_FADED,
    MARK_SHOWN,
    PHOTO_BACKGROUND,
    QUOTE_COLOUR,
    MarkdownHighlighter,
)
from tests.ui.helpers import commit_text, settle
from tests.ui.sample_text import SAMPLE, open_article

BODY_SIZE_TOLERANCE = 0.01


@pytest.fixture
def panel(qtbot) -> EditorPanel:
    editor = EditorPanel(PhotoFolder(Path(tempfile.gettempdir()) / "unused-photos"))
    qtbot.addWidget(editor)
    editor.setEnabled(True)
    editor.show()
    editor.body.setFocus()
    return editor


def type_lines(qtbot, panel: EditorPanel, *lines: str) -> None:
    """Each line committed by the input method a word at a time, Enter between lines."""
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(panel.body, Qt.Key.Key_Return)
        words = line.split(" ")
        for index, word in enumerate(words):
            commit_text(panel.body, word if index == len(words) - 1 else word + " ")


def line(panel: EditorPanel, number: int) -> QTextBlock:
    return panel.body.document().findBlockByNumber(number)


def format_of(block: QTextBlock, text: str, occurrence: int = 0) -> QTextCharFormat:
    """The highlighter's format over all of ``text`` in ``block`` (one range must cover it;
    an empty format when none does)."""
    start = -1
    for _ in range(occurrence + 1):
        start = block.text().index(text, start + 1)
    start = len(block.text()[:start].encode("utf-16-le")) // 2  # Qt counts UTF-16 units
    end = start + len(text.encode("utf-16-le")) // 2
    for found in block.layout().formats():
        if found.start <= start and end <= found.start + found.length:
            return QTextCharFormat(found.format)  # the range's own copy goes with the list
    return QTextCharFormat()


def colour(fmt: QTextCharFormat) -> str:
    return fmt.foreground().color().name() if fmt.hasProperty(fmt.Property.ForegroundBrush) else ""


def is_bold(fmt: QTextCharFormat) -> bool:
    return int(fmt.fontWeight()) >= QFont.Weight.Bold.value


def test_bold_typed_with_the_input_method_is_shown_bold_and_stored_as_typed(qtbot, panel):
    type_lines(qtbot, panel, "Đồng chí **Nguyễn Đăng Quang** chủ trì hội nghị")
    block = line(panel, 0)
    assert is_bold(format_of(block, "Nguyễn Đăng Quang"))
    assert not is_bold(format_of(block, "chủ trì"))
    assert colour(format_of(block, "**")) == MARK_SHOWN  # the cursor's line
    assert panel.body.toPlainText() == "Đồng chí **Nguyễn Đăng Quang** chủ trì hội nghị"


def test_italic_and_underscore_words(qtbot, panel):
    type_lines(qtbot, panel, "Ý kiến *đóng góp* và _xây dựng_ của snake_case_name")
    block = line(panel, 0)
    assert format_of(block, "đóng góp").fontItalic()
    assert format_of(block, "xây dựng").fontItalic()
    assert not format_of(block, "case").fontItalic()  # "_" between letters is no emphasis
    assert panel.body.toPlainText() == "Ý kiến *đóng góp* và _xây dựng_ của snake_case_name"


def test_heading_is_larger_and_bold_and_its_hashes_are_marks(qtbot, panel):
    type_lines(qtbot, panel, "## Trung đề về công tác dân vận", "Đoạn văn thường.")
    base = panel.body.document().defaultFont().pointSizeF()
    heading = format_of(line(panel, 0), "Trung đề")
    assert is_bold(heading)
    assert heading.fontPointSize() > base * 1.2
    assert colour(format_of(line(panel, 0), "##")) == MARK_FADED  # the cursor left the line
    assert not format_of(line(panel, 1), "Đoạn").hasProperty(QTextCharFormat.Property.FontPointSize)
    assert panel.body.toPlainText() == "## Trung đề về công tác dân vận\nĐoạn văn thường."


def test_quote_is_italic_grey_with_its_marker_faded(qtbot, panel):
    type_lines(qtbot, panel, "> Mặt trận cần đổi mới phương thức hoạt động")
    qtbot.keyClick(panel.body, Qt.Key.Key_Return)  # the next quoted line...
    qtbot.keyClick(panel.body, Qt.Key.Key_Return)  # ...left empty: the quote ends
    type_lines(qtbot, panel, "Sau đó")
    quote = format_of(line(panel, 0), "Mặt trận")
    assert quote.fontItalic()
    assert colour(quote) == QUOTE_COLOUR
    assert colour(format_of(line(panel, 0), ">")) == MARK_FADED
    assert not format_of(line(panel, 2), "Sau").fontItalic()
    assert panel.body.toPlainText() == "> Mặt trận cần đổi mới phương thức hoạt động\n\nSau đó"


def test_lists_show_their_markers(qtbot, panel):
    type_lines(qtbot, panel, "- Mặt trận tỉnh")
    qtbot.keyClick(panel.body, Qt.Key.Key_Return)
    type_lines(qtbot, panel, "Hội Nông dân")
    block = line(panel, 1)
    assert block.text() == "- Hội Nông dân"
    marker = format_of(block, "-")
    assert is_bold(marker)
    assert colour(marker) != ""
    assert not is_bold(format_of(block, "Hội"))
    assert panel.body.toPlainText() == "- Mặt trận tỉnh\n- Hội Nông dân"


def test_link_words_coloured_and_address_faded(qtbot, panel):
    type_lines(qtbot, panel, "Xem [Ban Dân vận Tỉnh ủy](https://danvan.vn/tin_moi) nhé", "")
    block = line(panel, 0)
    words = format_of(block, "Ban Dân vận Tỉnh ủy")
    assert colour(words) == LINK_COLOUR
    assert words.fontUnderline()
    address = format_of(block, "](https://danvan.vn/tin_moi)")
    assert colour(address) == MARK_FADED
    assert not address.fontItalic()  # the underscores of an address are no emphasis
    assert panel.body.toPlainText() == (
        "Xem [Ban Dân vận Tỉnh ủy](https://danvan.vn/tin_moi) nhé\n"
    )


def test_photo_is_set_apart(qtbot, panel):
    source = '![Quang cảnh hội nghị](photo://hoi-nghi.jpg "Quang cảnh - Ảnh: T.L")'
    type_lines(qtbot, panel, source)
    block = line(panel, 0)
    alt = format_of(block, "Quang cảnh hội nghị")
    assert alt.background().color().name() == PHOTO_BACKGROUND
    assert colour(format_of(block, "photo://hoi-nghi.jpg")) == MARK_SHOWN
    assert panel.body.toPlainText() == source


def test_fenced_code_and_tables_are_monospace_and_not_formatted(qtbot, panel):
    type_lines(
        qtbot,
        panel,
        "```",
        "mã **không đậm**",
        "```",
        "| Đơn vị | Kết quả |",
        "|---|---|",
        "| Tỉnh | **95%** |",
        "Đoạn **đậm**",
    )
    code = format_of(line(panel, 1), "mã **không đậm**")
    assert code.fontFixedPitch()
    assert not is_bold(code)
    assert format_of(line(panel, 3), "Đơn vị").fontFixedPitch()
    assert is_bold(format_of(line(panel, 5), "95%"))
    assert is_bold(format_of(line(panel, 6), "đậm"))  # after the fence: formatted again
    assert not format_of(line(panel, 6), "Đoạn").fontFixedPitch()


def test_opening_a_fence_formats_the_lines_after_it_and_closing_it_again(qtbot, panel):
    panel.body.setPlainText("trước\n**đậm**\nsau")
    cursor = panel.body.textCursor()
    cursor.setPosition(len("trước"))
    panel.body.setTextCursor(cursor)
    qtbot.keyClick(panel.body, Qt.Key.Key_Return)
    commit_text(panel.body, "```")
    assert format_of(line(panel, 2), "**đậm**").fontFixedPitch()
    panel.body.undo()
    assert is_bold(format_of(line(panel, 2), "đậm"))
    assert not format_of(line(panel, 2), "đậm").fontFixedPitch()


def test_marks_are_shown_in_full_only_on_the_cursors_line(qtbot, panel):
    panel.body.setPlainText("**một**\n\n**hai**")
    cursor = panel.body.textCursor()
    cursor.setPosition(2)
    panel.body.setTextCursor(cursor)
    assert colour(format_of(line(panel, 0), "**")) == MARK_SHOWN
    assert colour(format_of(line(panel, 2), "**")) == MARK_FADED
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel.body.setTextCursor(cursor)
    assert colour(format_of(line(panel, 0), "**")) == MARK_FADED
    assert colour(format_of(line(panel, 2), "**")) == MARK_SHOWN


class CountingHighlighter(MarkdownHighlighter):
    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit.document(), quiet=edit)
        self.lines: list[int] = []

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's API)
        self.lines.append(self.currentBlock().blockNumber())
        super().highlightBlock(text)


def test_a_keystroke_or_a_cursor_move_formats_one_or_two_lines_not_the_document(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    highlighter = CountingHighlighter(edit)
    edit.setPlainText(SAMPLE.read_text(encoding="utf-8"))
    edit.textCursor()
    changed: list[bool] = []
    edit.textChanged.connect(lambda: changed.append(True))
    highlighter.follow_cursor(edit.document().findBlockByNumber(2))
    highlighter.lines.clear()
    highlighter.follow_cursor(edit.document().findBlockByNumber(6))
    assert sorted(highlighter.lines) == [2, 6]
    assert changed == []  # showing the marks is no edit
    highlighter.lines.clear()
    cursor = QTextCursor(edit.document().findBlockByNumber(4))
    cursor.insertText("**Mới** ")
    assert highlighter.lines == [4]
    assert changed == [True]


def test_formatting_does_not_count_as_an_edit(qtbot, panel):
    panel.body.setPlainText("**một**\n\n**hai**")
    edits: list[bool] = []
    panel.changed.connect(lambda: edits.append(True))
    cursor = panel.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel.body.setTextCursor(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    panel.body.setTextCursor(cursor)
    assert edits == []
    assert panel.body.document().availableUndoSteps() == 0


def test_characters_outside_the_basic_plane_keep_formats_in_place(qtbot, panel):
    type_lines(qtbot, panel, "🎉 **đậm** xong")
    assert is_bold(format_of(line(panel, 0), "đậm"))
    assert not is_bold(format_of(line(panel, 0), "xong"))


EVERY_CONSTRUCT = "\n".join(
    [
        "## Trung đề: **Kết quả** nổi bật",
        "",
        "Đồng chí **Nguyễn Đăng Quang**, *Phó bí thư*, xem [tin](https://x.vn/a_b) và `mã`.",
        "",
        "> Mặt trận cần *đổi mới* phương thức hoạt động.",
        "",
        "- Mục **một**",
        "    - mục con",
        "1. Số một",
        "2. Số hai",
        "",
        '![Quang cảnh](photo://hoi-nghi.jpg "Quang cảnh - Ảnh: T.L")',
        "",
        "```",
        "mã **không đậm**",
        "```",
        "",
        "| Đơn vị | Kết quả |",
        "|---|---|",
        "| Tỉnh | 95% |",
        "",
        "---",
        "",
    ]
)


@pytest.mark.parametrize("body", ["sample", "constructs"])
def test_an_article_opened_and_saved_unedited_is_stored_byte_for_byte(qtbot, window, body):
    text = SAMPLE.read_text(encoding="utf-8") if body == "sample" else EVERY_CONSTRUCT
    text = text + "\n\n" + EVERY_CONSTRUCT if body == "sample" else text
    article_id = open_article(window, title="Hội nghị", body=text)
    stored = window.ctx.store.get_article(article_id)
    assert stored.body == text
    edit = window.editor.body
    cursor = edit.textCursor()
    for number in range(edit.document().blockCount()):  # the cursor visits every line
        cursor.setPosition(edit.document().findBlockByNumber(number).position())
        edit.setTextCursor(cursor)
    assert not window.session.pending  # showing marks is no edit
    commit_text(edit, "x")
    edit.undo()
    window.session.flush()
    settle(window)
    saved = window.ctx.store.get_article(article_id)
    assert saved.body.encode("utf-8") == text.encode("utf-8")
    assert paragraphs(saved.body) == paragraphs(text)
    assert window.session.current().body == text


def test_no_break_spaces_are_kept_when_the_article_is_saved(qtbot, window):
    body = "Hơn 10\u00a0000 hội viên tham gia.\n\nĐoạn hai."
    article_id = open_article(window, title="Hội nghị", body=body, sapo="Ngày\u00a025/12")
    assert window.ctx.store.get_article(article_id).body == body
    edit = window.editor.body
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    commit_text(edit, "!")
    window.session.flush()
    saved = window.ctx.store.get_article(article_id)
    assert saved.body == body + "!"
    assert saved.sapo == "Ngày\u00a025/12"


TYPED = "\n".join(
    [
        "## Trung đề: **Kết quả** nổi bật",
        "",
        "Đồng chí **Nguyễn Đăng Quang** chủ trì, *Phó bí thư*, xem [tin](https://x.vn/a_b).",
        "",
        "> Mặt trận cần *đổi mới*",
        "> phương thức hoạt động.",
        "",
        "- Mục **một**",
        "    - mục con",
        "- Mục hai",
        "",
        "1. Số một",
        "2. Số hai",
        "",
        '![Quang cảnh](photo://hoi-nghi.jpg "Quang cảnh - Ảnh: T.L")',
        "",
        "```",
        "mã **không đậm**",
        "```",
        "",
        "| Đơn vị | Kết quả |",
        "|---|---|",
        "| Tỉnh | `95%` |",
        "",
        "Đoạn cuối.",
    ]
)


def test_every_construct_typed_as_a_person_would_is_stored_and_reopened_byte_for_byte(
    qtbot, window
):
    article_id = open_article(window, title="Hội nghị")
    other = window.ctx.store.create_article(new_article(title="Bài khác")).id
    edit = window.editor.body
    edit.setFocus()

    def keys(*names: str) -> None:
        for name in names:
            key = {"enter": Qt.Key.Key_Return, "tab": Qt.Key.Key_Tab}[name]
            qtbot.keyClick(edit, key)

    def bold(words: str) -> None:
        qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        commit_text(edit, words)
        qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)

    commit_text(edit, "## Trung đề: ")
    bold("Kết quả")
    commit_text(edit, " nổi bật")
    keys("enter", "enter")
    commit_text(edit, "Đồng chí ")
    bold("Nguyễn Đăng Quang")
    commit_text(edit, " chủ trì, *Phó bí thư*, xem [tin](https://x.vn/a_b).")
    keys("enter", "enter")
    commit_text(edit, "> Mặt trận cần *đổi mới*")
    keys("enter")  # the quote goes on
    commit_text(edit, "phương thức hoạt động.")
    keys("enter", "enter")  # an empty quoted line ends it
    commit_text(edit, "- Mục ")
    bold("một")
    keys("enter", "tab")
    commit_text(edit, "mục con")
    keys("enter", "enter")  # the empty nested item moves out
    commit_text(edit, "Mục hai")
    keys("enter", "enter")  # the empty item ends the list
    commit_text(edit, "1. Số một")
    keys("enter")
    commit_text(edit, "Số hai")
    keys("enter", "enter")
    commit_text(edit, '![Quang cảnh](photo://hoi-nghi.jpg "Quang cảnh - Ảnh: T.L")')
    keys("enter", "enter")
    for line_typed in ("```", "mã **không đậm**", "```"):
        commit_text(edit, line_typed)
        keys("enter")
    keys("enter")
    for line_typed in ("| Đơn vị | Kết quả |", "|---|---|", "| Tỉnh | `95%` |"):
        commit_text(edit, line_typed)
        keys("enter")
    keys("enter")
    commit_text(edit, "Đoạn cuối.")
    assert plain_text(edit) == TYPED
    window.session.flush()
    assert window.ctx.store.get_article(article_id).body == TYPED
    assert window.article_list.select(other)
    assert window.article_list.select(article_id)  # reopened from the store
    assert plain_text(edit) == TYPED
    assert window.session.current().body == TYPED
    html = markdown_to_html(TYPED)
    for tag in ("<h2>", "<strong>", "<em>", "<a ", "<blockquote>", "<ol>", "<figure>", "<pre>"):
        assert tag in html, tag
    assert html.count("<ul>") == 2  # the nested list
    assert "<table>" in html
    assert "<code>95%</code>" in html
