"""A long article stays usable: a keystroke's work on the GUI thread grows with what it
changed, not with the article (no cleaning, counting or collecting of the whole text per key;
that happens once per pause, off the GUI thread where it is heavy), and a paste too long to
take is refused with the reason, losing nothing."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QMimeData
from PySide6.QtGui import QTextCursor

import newsdesk.ui.editor as editor_module
import newsdesk.ui.nfc_text as nfc_module
from newsdesk.core.article import new_article
from newsdesk.store.search import fold_by_lines
from newsdesk.text.count import count_body_words
from newsdesk.text.fold import fold
from newsdesk.text.normalize import clean_block
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.nfc_text import MAX_PASTE_CHARS
from tests.ui.helpers import commit_text
from tests.ui.sample_text import long_body, open_article, sample_paragraphs


def test_a_keystroke_does_not_clean_count_or_collect_the_whole_article(qtbot, window, monkeypatch):
    body = long_body(40)
    assert len(body) > 30_000
    open_article(window, title="Bài dài", body=body)
    qtbot.waitUntil(lambda: not window.editor.counts_pending, timeout=5000)
    cleaned: list[int] = []
    counted: list[int] = []
    collected: list[int] = []
    real_clean = nfc_module.clean_input
    real_count = editor_module.count_texts
    real_collect = window.session._collect

    def clean_spy(text: str) -> str:
        cleaned.append(len(text))
        return real_clean(text)

    def count_spy(title: str, sapo: str, text: str):
        counted.append(len(text))
        return real_count(title, sapo, text)

    def collect_spy(article):
        collected.append(1)
        return real_collect(article)

    monkeypatch.setattr(nfc_module, "clean_input", clean_spy)
    monkeypatch.setattr(editor_module, "count_texts", count_spy)
    window.session._collect = collect_spy
    edit = window.editor.body
    cursor = edit.textCursor()
    cursor.setPosition(len(sample_paragraphs()[0]) // 2)
    edit.setTextCursor(cursor)
    for word in sample_paragraphs()[1].split()[:30]:
        commit_text(edit, word + " ")
    # Keystrokes cleaned what they typed, with the paragraph around it at most.
    assert cleaned
    assert max(cleaned) < max(len(p) for p in sample_paragraphs()) + 100
    assert counted == []
    assert collected == []
    # Once typing pauses, the article is collected and counted once.
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        pass
    qtbot.waitUntil(lambda: not window.editor.counts_pending, timeout=5000)
    assert len(collected) == 1
    assert len(counted) == 1


def test_the_counts_follow_the_text_once_typing_pauses(qtbot, window):
    open_article(window, title="Đếm chữ")
    commit_text(window.editor.body, "Hội nghị giao ban công tác Mặt trận")
    qtbot.waitUntil(lambda: "body 8" in window.editor.counts.text(), timeout=3000)


@pytest.fixture
def panel(qtbot, ctx) -> EditorPanel:
    editor = EditorPanel(ctx.store.photos)
    qtbot.addWidget(editor)
    editor.set_article(new_article(title="Dán", body="Đầu bài."))
    return editor


def test_a_paste_too_long_is_refused_and_says_why(qtbot, panel):
    data = QMimeData()
    data.setText("Hội nghị giao ban. " * (MAX_PASTE_CHARS // 19 + 1))
    with qtbot.waitSignal(panel.problemFound) as problem:
        panel.body.insertFromMimeData(data)
    cause, action = problem.args
    assert "too long" in cause
    assert QLocale().toString(MAX_PASTE_CHARS) in cause
    assert "clipboard" in action
    assert panel.body.toPlainText() == "Đầu bài."


def test_a_long_paste_under_the_limit_goes_in_clean(qtbot, panel):
    data = QMimeData()
    text = "\n\n".join(sample_paragraphs()) + "  \r\n"
    data.setText(text)
    cursor = panel.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    panel.body.setTextCursor(cursor)
    panel.body.insertFromMimeData(data)
    expected = "Đầu bài." + "\n\n".join(sample_paragraphs()) + "\n"
    assert panel.body.toPlainText() == expected


def test_the_cursors_paragraph_follows_edits_made_elsewhere(qtbot, panel):
    panel.set_article(new_article(title="Đoạn", body="Một.\n\nHai."))
    cursor = panel.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    panel.body.setTextCursor(cursor)
    assert panel.cursor_paragraph() == 1
    seen: list[int] = []
    panel.paragraphChanged.connect(seen.append)
    commit_text(panel.body, " Ba")  # typing inside the paragraph: no change, no signal
    assert seen == []
    elsewhere = QTextCursor(panel.body.document())
    elsewhere.insertText("Không.\n\n")  # a paragraph added above the cursor
    panel.body.setTextCursor(panel.body.textCursor())
    commit_text(panel.body, ".")
    assert seen == [2]
    assert panel.paragraph_text(2) == "Hai. Ba."


TRICKY = st.text(
    alphabet=st.sampled_from(
        [*"aeoiu đĐÐð\u0301\u0303\u0323\u200b\ufeff\u00a0\t \r\n\u2028\x0b", "ệ", "ữ"]
    ),
    max_size=80,
)


@given(TRICKY)
@example("a\r\u200b\n")  # a carriage return and its line feed with a zero-width space between
def test_cleaning_in_pieces_is_cleaning_whole(text):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nfc_module, "PIECE_CHARS", 3)  # many pieces, cut at every line break
        assert nfc_module.clean_block_in_pieces(text) == clean_block(text)


@given(TRICKY)
def test_folding_by_lines_is_folding_whole(text):
    assert fold_by_lines(text) == fold(text)


def test_counting_by_paragraphs_is_counting_whole():
    body = long_body(12) + "\n\n![Ảnh hội nghị](photos/a.jpg) Xem [bài trước](https://x.vn/a)."
    assert editor_module.count_texts("", "", body).body == count_body_words(body)
