"""Notes anchored to paragraphs: added from the cursor's paragraph, shown under it and marked
in the editor, and moved to "On removed text" with their quote when the paragraph goes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor

from newsdesk.core.merge import paragraphs
from newsdesk.ui.paragraph_places import paragraph_at, paragraph_spans
from tests.ui.helpers import commit_text, settle
from tests.ui.sync_fakes import add_site, open_article

FIRST = "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì hội nghị giao ban."
SECOND = "Hội nghị đánh giá cao kết quả quý IV/2020 của Mặt trận và các đoàn thể."
THIRD = "Đồng chí yêu cầu chăm lo Tết cổ truyền cho hội viên khó khăn."
BODY = f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def shown(panel) -> list[str]:
    """The panel's lines as a person reads them, without the note's signature line."""
    lines = [line.strip() for line in panel.shown_text().splitlines() if line.strip()]
    return [line for line in lines if not line.startswith("pv · ")]


def put_cursor(window, offset: int) -> None:
    cursor = window.editor.body.textCursor()
    cursor.setPosition(offset)
    window.editor.body.setTextCursor(cursor)


@pytest.fixture
def noted(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    window.commands.work_offline.setChecked(True)  # the note waits for the next sync
    return open_article(window, title="Hội nghị giao ban", body=BODY)


def test_a_note_on_paragraph_two_is_anchored_there_with_its_quote(qtbot, window, noted):
    panel = window.notes_panel
    assert panel.isEnabled()
    put_cursor(window, BODY.index(SECOND) + 10)
    assert panel.target.text().startswith("New note on paragraph 2: “Hội nghị đánh giá")
    commit_text(panel.text, "Số liệu quý IV cần dẫn nguồn.")
    assert panel.add_button.isEnabled()
    panel.add_button.click()
    settle(window)

    (note,) = window.ctx.store.notes(noted)
    assert note.anchor.index == 1
    assert note.anchor.quote == SECOND
    assert note.text == "Số liệu quý IV cần dẫn nguồn."
    assert note.author == "pv"
    assert not note.sent
    assert panel.text.toPlainText() == ""
    assert shown(panel) == [
        f"Paragraph 2: “{SECOND}”",
        "Số liệu quý IV cần dẫn nguồn. Reply",
    ]
    assert "pv · " in panel.shown_text()  # who wrote it, and when
    assert "not sent yet" in panel.shown_text()
    assert window.editor.marked_paragraphs() == [SECOND]


def test_replies_sit_under_the_note_they_answer(qtbot, window, noted):
    panel = window.notes_panel
    put_cursor(window, BODY.index(THIRD))
    commit_text(panel.text, "Nêu rõ số hộ được hỗ trợ.")
    panel.add_button.click()
    settle(window)
    (root,) = window.ctx.store.notes(noted)
    assert not panel.reply_button.isEnabled()
    panel.follow_link(QUrl(f"note:{root.id}"))  # the note's Reply link
    assert panel.target.text() == "Reply to pv: “Nêu rõ số hộ được hỗ trợ.”"
    commit_text(panel.text, "Đã bổ sung: 120 hộ.")
    assert panel.reply_button.isEnabled()
    panel.reply_button.click()
    settle(window)
    reply = next(n for n in window.ctx.store.notes(noted) if n.id != root.id)
    assert reply.parent == root.id
    assert [[n.id for n in thread] for thread in panel.groups.by_paragraph[2]] == [
        [root.id, reply.id]
    ]
    assert shown(panel) == [
        f"Paragraph 3: “{THIRD}”",
        "Nêu rõ số hộ được hỗ trợ. Reply",
        "Đã bổ sung: 120 hộ. Reply",
    ]
    assert panel.target.text().startswith("New note on paragraph 3")  # the reply is done


def test_a_paragraph_heading_leads_to_the_paragraph(qtbot, window, noted):
    panel = window.notes_panel
    put_cursor(window, BODY.index(THIRD))
    commit_text(panel.text, "Nêu rõ số hộ được hỗ trợ.")
    panel.add_button.click()
    settle(window)
    put_cursor(window, 0)
    panel.follow_link(QUrl("paragraph:2"))
    assert window.editor.body.textCursor().position() == BODY.index(THIRD)
    assert window.editor.cursor_paragraph() == 2


def test_a_note_on_a_deleted_paragraph_shows_under_removed_text_with_its_quote(
    qtbot, window, noted
):
    panel = window.notes_panel
    put_cursor(window, BODY.index(SECOND))
    commit_text(panel.text, "Số liệu quý IV cần dẫn nguồn.")
    panel.add_button.click()
    settle(window)
    # The reporter deletes the second paragraph, as a person would: select it, then type over.
    cursor = window.editor.body.textCursor()
    cursor.setPosition(BODY.index(SECOND) - 2)
    cursor.setPosition(BODY.index(SECOND) + len(SECOND), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert paragraphs(window.editor.body.toPlainText()) == [FIRST, THIRD]
    qtbot.waitUntil(lambda: shown(panel)[0] == "On removed text")
    assert shown(panel) == [
        "On removed text",
        f"Was: “{SECOND}”",
        "Số liệu quý IV cần dẫn nguồn. Reply",
    ]
    assert window.editor.marked_paragraphs() == []
    # It stays there after the article is saved and opened again.
    window.session.open(0)
    window.session.open(noted)
    assert paragraphs(window.editor.body.toPlainText()) == [FIRST, THIRD]
    assert shown(panel)[0] == "On removed text"


def test_a_note_needs_a_site_to_sign_it(qtbot, window):
    article_id = open_article(window, title="Tin", body=BODY)
    panel = window.notes_panel
    commit_text(panel.text, "Kiểm tra lại tên.")
    panel.add_button.click()
    settle(window)
    assert window.errors.dialog is not None
    assert window.errors.dialog.text() == "There is no site to send the article to."
    window.errors.dialog.close()
    assert window.ctx.store.notes(article_id) == []
    assert panel.text.toPlainText() == "Kiểm tra lại tên."  # nothing typed is lost


@pytest.mark.parametrize(
    "body",
    [
        BODY,
        "\n\n" + BODY + "\n\n\n",
        "Một dòng\ndòng hai của đoạn một\n\n  \n\nĐoạn hai  \n \n  Đoạn ba",
        "Chỉ một đoạn",
        "",
        "\n \n",
        "A\n\n\n\nB\r\n\r\nC",
    ],
)
def test_paragraph_spans_are_the_paragraphs_the_notes_count(body):
    spans = paragraph_spans(body)
    assert [body[start:end] for start, end in spans] == paragraphs(body)


def test_the_cursor_names_the_paragraph_it_is_in():
    assert paragraph_at(BODY, 0) == 0
    assert paragraph_at(BODY, len(FIRST)) == 0  # at the end of the first paragraph
    assert paragraph_at(BODY, len(FIRST) + 1) == 1  # on the blank line: the next one
    assert paragraph_at(BODY, BODY.index(THIRD) + 3) == 2
    assert paragraph_at(BODY + "\n\n", len(BODY) + 2) == 2  # past the end: the last one
    assert paragraph_at("", 0) == -1


def test_a_note_on_a_long_real_paragraph_is_anchored_and_marked_there(qtbot, window):
    from newsdesk.core.notes import ANCHOR_MAX_CHARS, ANCHOR_QUOTE_MAX_CHARS
    from tests.text.samples import sample_markdown

    body = "\n\n".join(p for p in paragraphs(sample_markdown()) if not p.startswith("# "))
    long_paragraph = paragraphs(body)[1]
    assert len(long_paragraph) > 3000
    add_site(window, "toa-soan", ("editor",))
    window.commands.work_offline.setChecked(True)
    article_id = open_article(window, title="Hội nghị giao ban", body=body)
    panel = window.notes_panel
    put_cursor(window, body.index(long_paragraph) + len(long_paragraph) - 5)  # near its end
    assert panel.target.text().startswith("New note on paragraph 2:")
    commit_text(panel.text, "Kiểm tra danh sách đại biểu.")
    panel.add_button.click()
    settle(window)

    (note,) = window.ctx.store.notes(article_id)
    assert note.anchor.index == 1
    assert 0 < len(note.anchor.quote) <= ANCHOR_QUOTE_MAX_CHARS
    assert long_paragraph.startswith(note.anchor.quote)
    assert len(note.anchor.encode()) <= ANCHOR_MAX_CHARS
    assert window.editor.marked_paragraphs() == [long_paragraph]
    # A word changed near the end of the paragraph: the note stays with it.
    cursor = window.editor.body.textCursor()
    end = body.index(long_paragraph) + len(long_paragraph)
    cursor.setPosition(end - 1)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("!")
    qtbot.waitUntil(lambda: window.editor.marked_paragraphs() == [long_paragraph[:-1] + "!"])
    assert shown(panel)[0].startswith("Paragraph 2: “Sau khi")
