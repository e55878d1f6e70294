"""The typing side of the kill -9 test: the real main window, typing until it is killed.

``python -m tests.ui.kill9_child`` reads lines ``DATA_DIR ARTICLE_ID LOG SEED RHYTHM`` (RHYTHM:
``steady`` or ``bursty``) on its input. For each it forks a process (in a session of its own)
that opens the desk in DATA_DIR offscreen, opens the article, puts the cursor at the end of its
body and types syllables of the sample article there, the way an input method commits them,
until it is killed. It prints the process id, waits for the process to end and prints
``gone``. Forking from one process that has imported Qt and Newsdesk once spares each window
the seconds those imports take.

Each keystroke is logged to LOG once the window has taken it, as one JSON line
(``{"t": monotonic seconds, "s": text}``) written with a single ``os.write`` on a file opened
for appending: the kernel has the line as soon as the call returns, so it survives SIGKILL.
The first line is ``{"ready": ...}``, once the article is open.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401 (before the app)
from PySide6.QtWidgets import QApplication, QWidget

from newsdesk.context import AppContext
from newsdesk.paths import Paths
from newsdesk.ui.i18n import Translations
from newsdesk.ui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"


def syllables() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [word for p in text.split("\n\n") if len(p) > 400 for word in p.split()]


class Typist:
    """Types chunks (" syllable", now and then "\\n\\nsyllable") at a rhythm, logging each."""

    def __init__(self, widget: QWidget, log_fd: int, rng: random.Random, rhythm: str) -> None:
        self._widget = widget
        self._log = log_fd
        self._rng = rng
        self._steady = rhythm == "steady"
        self._words = syllables()
        self._next = rng.randrange(len(self._words))
        self._burst_left = 0

    def write(self, entry: dict[str, object]) -> None:
        os.write(self._log, (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))

    def schedule(self) -> None:
        QTimer.singleShot(self._delay_ms(), self._key)

    def _delay_ms(self) -> int:
        if self._steady:
            return self._rng.randint(60, 130)
        if self._burst_left <= 0:
            self._burst_left = self._rng.randint(3, 30)
            return self._rng.randint(300, 2500)  # a pause: thinking, reading back
        self._burst_left -= 1
        return self._rng.randint(30, 90)

    def _key(self) -> None:
        word = self._words[self._next % len(self._words)]
        self._next += 1
        chunk = ("\n\n" if self._rng.random() < 0.04 else " ") + word
        event = QInputMethodEvent("", [])
        event.setCommitString(chunk)
        QApplication.sendEvent(self._widget, event)
        self.write({"t": time.monotonic(), "s": chunk})
        self.schedule()


def type_until_killed(data_dir: str, article_id: str, log_path: str, seed: str, rhythm: str) -> int:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    ctx = AppContext.open(Paths.resolve(data_dir))
    window = MainWindow(ctx, Translations(app))
    window.show()
    window.open_article(int(article_id))
    body = window.editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.setFocus()
    log_fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    typist = Typist(body, log_fd, random.Random(int(seed)), rhythm)  # noqa: S311 - reproducible
    typist.write({"ready": time.monotonic(), "body": len(body.toPlainText())})
    typist.schedule()
    return app.exec()


def serve() -> None:
    for line in sys.stdin:
        args = line.split()
        pid = os.fork()
        if pid == 0:
            os.setsid()
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            code = 1
            try:
                code = type_until_killed(*args)
            finally:
                os._exit(code)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("gone", flush=True)


if __name__ == "__main__":
    serve()
