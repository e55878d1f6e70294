"""Typing that never pauses is saved all the same, and a keystroke's work does not grow with
the article: nothing typed is lost for more than two seconds, a long article stays usable."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QTimer
from PySide6.QtGui import QTextCursor

import newsdesk.ui.editor as editor_module
import newsdesk.ui.nfc_text as nfc_module
from newsdesk.core.article import new_article
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.nfc_text import MAX_PASTE_CHARS
from tests.ui.helpers import commit_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"
LIMIT_S = 2.0
KEY_INTERVAL_MS = 100  # steady typing: far under the idle delay, so a debounce never fires


def sample_paragraphs() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if len(p) > 400]


def long_body(paragraphs: int) -> str:
    sample = sample_paragraphs()
    return "\n\n".join(sample[n % len(sample)] for n in range(paragraphs))


def open_article(window, **fields) -> int:
    article = window.ctx.store.create_article(new_article(**fields))
    window.reload_list()
    assert window.article_list.select(article.id)
    return article.id


class SteadyTypist:
    """Commits the sample's syllables one every KEY_INTERVAL_MS, and notes when each went in."""

    def __init__(self, widget) -> None:
        self._widget = widget
        self._words = sample_paragraphs()[0].split()
        self.typed: list[tuple[float, str]] = []
        self._timer = QTimer()
        self._timer.setInterval(KEY_INTERVAL_MS)
        self._timer.timeout.connect(self._key)

    def _key(self) -> None:
        word = self._words[len(self.typed) % len(self._words)] + " "
        commit_text(self._widget, word)
        self.typed.append((time.monotonic(), word))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def text_until(self, count: int) -> str:
        return "".join(word for _t, word in self.typed[:count])


def test_steady_typing_is_saved_within_two_seconds_of_its_first_unsaved_keystroke(qtbot, window):
    article_id = open_article(window, title="Tin gõ liền tay")
    store = window.ctx.store
    typist = SteadyTypist(window.editor.body)
    saves: list[tuple[float, str]] = []
    window.session.saved.connect(lambda a: saves.append((time.monotonic(), a.body)))
    window.editor.body.setFocus()
    typist.start()
    try:
        # Three saves while the typing never pauses; each must come on time.
        for _ in range(3):
            with qtbot.waitSignal(window.session.saved, timeout=int(LIMIT_S * 1000) + 1500):
                pass
    finally:
        typist.stop()
    saved_chars = 0
    for saved_at, body in saves:
        first_unsaved = next(
            t
            for n, (t, _w) in enumerate(typist.typed)
            if len(typist.text_until(n + 1)) > saved_chars
        )
        assert saved_at - first_unsaved <= LIMIT_S
        assert typist.text_until(len(typist.typed)).startswith(body)
        saved_chars = len(body)
    window.session.flush()
    assert store.get_article(article_id).body == typist.text_until(len(typist.typed)).rstrip()


def test_the_deadline_runs_from_the_first_unsaved_change_not_the_last(ctx, qtbot):
    from newsdesk.ui.article_session import MAX_WAIT_MS, ArticleSession

    article = ctx.store.create_article(new_article(title="Một"))
    session = ArticleSession(ctx.store, delay_ms=800)
    text = {"body": ""}
    session.set_collector(lambda a: a.edited(body=text["body"]))
    session.open(article.id)
    assert session.max_wait_ms + 500 <= LIMIT_S * 1000  # room for the save itself
    started = time.monotonic()
    text["body"] = "a"
    session.edited()
    # Edits keep coming, each before the idle delay would end: only the deadline can save.
    timer = QTimer()
    timer.setInterval(50)

    def more() -> None:
        text["body"] += "a"
        session.edited()

    timer.timeout.connect(more)
    timer.start()
    with qtbot.waitSignal(session.saved, timeout=MAX_WAIT_MS + 1500) as saved:
        pass
    timer.stop()
    assert time.monotonic() - started <= LIMIT_S
    assert saved.args[0].body.startswith("a")
    session.flush()


def test_saving_runs_off_the_gui_thread(qtbot, window, monkeypatch):
    open_article(window, title="Lưu ở luồng khác")
    store = window.ctx.store
    threads: list[threading.Thread] = []
    real_save = store.save_article

    def spy(article, **options):
        threads.append(threading.current_thread())
        return real_save(article, **options)

    monkeypatch.setattr(store, "save_article", spy)
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        commit_text(window.editor.body, "Sáng 18/12, tỉnh tổ chức lễ ra quân.")
    assert threads
    assert threading.main_thread() not in threads


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
    # The field shows a no-break space as a space (Qt does).
    assert panel.body.toPlainText() == expected.replace("\xa0", " ")


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
