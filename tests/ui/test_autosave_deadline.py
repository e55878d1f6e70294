"""Typing that never pauses is saved all the same: nothing typed is lost for more than two
seconds, whatever the rhythm, and saving happens off the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from newsdesk.core.article import new_article
from tests.ui.helpers import commit_text
from tests.ui.sample_text import open_article, sample_paragraphs

LIMIT_S = 2.0
KEY_INTERVAL_MS = 100  # steady typing: far under the idle delay, so a debounce never fires


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
