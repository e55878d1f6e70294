"""Window geometry, toolbars and splitters between runs (QSettings, beside the data), and
where the reader was in each article."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QSplitter

from newsdesk.core.article import Article


def restore_window_state(store: QSettings, window: QMainWindow, splitter: QSplitter) -> bool:
    """Put things back as they were; False when there was no saved geometry (first run)."""
    geometry = store.value("window/geometry")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    state = store.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = store.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    return restored


def save_window_state(store: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", splitter.saveState())
    store.sync()


def fit_to_screen(window: QMainWindow) -> None:
    """The first run: most of the screen, centred."""
    screen = window.screen().availableGeometry()
    window.resize(min(1380, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
    window.move(screen.center() - window.rect().center())


PLACES_KEY = "editor/places"
MAX_PLACES = 500  # the articles last left; older places are forgotten


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader of an article was: the body's cursor and its scroll."""

    cursor: int
    scroll: int


def read_places(store: QSettings | None) -> dict[int, Place]:
    """The places kept in ``store``, oldest first; a damaged value is read as none."""
    raw = store.value(PLACES_KEY) if store is not None else None
    try:
        rows = json.loads(bytes(raw.data())) if isinstance(raw, QByteArray) else []
    except ValueError:
        return {}
    places: dict[int, Place] = {}
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, list) and len(row) == 3 and all(isinstance(v, int) for v in row):
            places[row[0]] = Place(max(row[1], 0), max(row[2], 0))
    return places


def write_places(store: QSettings, places: dict[int, Place]) -> None:
    rows = [[article_id, p.cursor, p.scroll] for article_id, p in places.items()]
    # As bytes: an INI file would read a string with commas back as a list.
    store.setValue(PLACES_KEY, QByteArray(json.dumps(rows[-MAX_PLACES:]).encode("utf-8")))


class ArticlePlaces(QObject):
    """Remembers where the body's cursor and scroll were in each article (by id), and puts
    them back when the article is opened again, also after a restart when ``store`` is
    given. Kept with the window's state, never in the article."""

    def __init__(
        self, store: QSettings | None, body: QPlainTextEdit, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.body = body
        self.places = read_places(store)
        self._shown = 0  # the id of the article the body shows

    def article_loaded(self, article: Article | None) -> None:
        """To be called with the article about to be shown, while the body still shows the
        one before: that one's place is kept, the new one's put back once it is shown."""
        self.remember()
        self._shown = (article.id or 0) if article is not None else 0
        QTimer.singleShot(0, self._restore)

    def remember(self) -> None:
        """Keep the place in the article shown now."""
        if not self._shown:
            return
        place = Place(self.body.textCursor().position(), self.body.verticalScrollBar().value())
        self.places.pop(self._shown, None)
        self.places[self._shown] = place  # the newest last
        while len(self.places) > MAX_PLACES:
            del self.places[next(iter(self.places))]
        if self.store is not None:
            write_places(self.store, self.places)

    def _restore(self) -> None:
        place = self.places.get(self._shown)
        if place is None:
            return
        document = self.body.document()
        cursor = self.body.textCursor()
        cursor.setPosition(min(place.cursor, document.characterCount() - 1))
        self.body.setTextCursor(cursor)
        self.body.verticalScrollBar().setValue(place.scroll)
