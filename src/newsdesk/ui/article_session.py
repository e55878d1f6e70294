"""The article being edited, in the database within two seconds of any keystroke.

There is no Save button. :meth:`edited` is all a keystroke costs: it restarts the idle timer
and, on the first change not yet saved, starts the deadline timer; whichever fires first saves.
So a pause saves at once (the idle save), and steady typing that never pauses is saved at the
latest :data:`MAX_WAIT_MS` after its first unsaved keystroke. Leaving an article, sending it
and closing the window save at once.

Saving never blocks typing: the panels' text is copied on the GUI thread (cheap), then cleaned
and written on one background lane that runs a save at a time with only the latest waiting.
An explicit :meth:`flush` waits for that lane and saves what is left before returning.

Autosaves share a revision: while a person types, each autosave takes the place of the
previous autosave's revision for :data:`REVISION_WINDOW_S`, so the database keeps one copy per
window instead of one per save. Explicit saves (leaving, sending, closing) keep theirs, and the
next autosave after one starts a new revision.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.core.article import Article
from newsdesk.core.errors import NotFoundError
from newsdesk.store import Store
from newsdesk.ui.background import LatestOnlyLane
from newsdesk.ui.signals import emit

Collect = Callable[[Article], Article]
Clock = Callable[[], float]
# Whatever the settings say, a pause is saved within this delay...
MAX_DELAY_MS = 1000
# ...and steady typing this long after its first unsaved keystroke; with the time a save
# takes, every keystroke is in the database within two seconds.
MAX_WAIT_MS = 1000
# A pause this long hands the article as it stands to ``collected`` (the preview).
PAUSE_MS = 250
REVISION_WINDOW_S = 600.0


def _unchanged(article: Article) -> Article:
    return article


@dataclass
class _AutosaveRevision:
    """The revision autosaves are replacing: the article's version it holds, and since when
    (the clock's seconds) it has been replaced."""

    article_id: int
    version: int
    since: float


class ArticleSession(QObject):
    """``loaded`` carries the article the panels must show (or None); ``saved`` each stored
    version; ``failed`` any error from the store; ``collected`` the article as the panels
    show it, once per pause in typing (not cleaned: for showing, not storing)."""

    loaded = Signal(object)
    saved = Signal(object)
    failed = Signal(object)
    collected = Signal(object)

    def __init__(
        self,
        store: Store,
        delay_ms: int,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._article: Article | None = None
        self._collect: Collect = _unchanged
        self._prepare: Collect = _unchanged
        self._edits = 0  # counts edits, so a copy of the panels can say which edit it shows
        self._copy: tuple[int, Article] | None = None
        self._autosave: _AutosaveRevision | None = None
        self._autosave_lock = threading.Lock()
        self._idle = self._timer(min(delay_ms, MAX_DELAY_MS), self._autosave_now)
        self._deadline = self._timer(MAX_WAIT_MS, self._autosave_now)
        self._pause = self._timer(PAUSE_MS, self._paused)
        self._lane = LatestOnlyLane(self)
        self._lane.done.connect(self._stored)
        self._lane.failed.connect(self.failed)

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def set_collector(self, collect: Collect, prepare: Collect = _unchanged) -> None:
        """``collect(stored)`` returns the stored article with the panels' edits applied, and
        runs on the GUI thread: it must only copy. ``prepare(collected)`` turns that into the
        article as it is stored (cleaning its text) and runs on the background lane."""
        self._collect = collect
        self._prepare = prepare

    def set_delay(self, delay_ms: int) -> None:
        self._idle.setInterval(min(delay_ms, MAX_DELAY_MS))

    @property
    def delay_ms(self) -> int:
        return self._idle.interval()

    @property
    def max_wait_ms(self) -> int:
        return self._deadline.interval()

    @property
    def article(self) -> Article | None:
        """The stored article being edited (edits not yet saved are not in it)."""
        return self._article

    @property
    def article_id(self) -> int:
        return (self._article.id or 0) if self._article else 0

    def current(self) -> Article | None:
        """The article as it stands in the panels, saved or not, cleaned as it is stored."""
        return self._prepare(self._collect(self._article)) if self._article else None

    @property
    def pending(self) -> bool:
        """Whether edits are waiting to be saved or being saved."""
        return self._idle.isActive() or self._deadline.isActive() or self._lane.busy

    def open(self, article_id: int) -> None:
        """Save the article being left, then load ``article_id`` (0: none)."""
        if article_id == self.article_id:
            return
        self.flush()
        if not article_id:
            self._show(None)
            return
        try:
            self._show(self._store.get_article(article_id))
        except NotFoundError as exc:
            emit(self.failed, exc)
            self._show(None)

    def edited(self) -> None:
        """A person changed something: O(1), whatever the article's length."""
        if self._article is None:
            return
        self._edits += 1
        self._idle.start()
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> None:
        """Save now if anything changed since the last save, and return once it is stored.
        The revision it makes is kept: later autosaves do not replace it."""
        self._idle.stop()
        self._deadline.stop()
        self._lane.wait()
        with self._autosave_lock:
            self._autosave = None
        if self._article is None:
            return
        current = self._prepare(self._panels())
        if current.content_key() == self._article.content_key():
            return
        try:
            saved = self._store.save_edits(current)
        except Exception as exc:  # noqa: BLE001 (reported; the text stays in the widgets)
            emit(self.failed, exc)
            return
        self._stored(saved)

    def refresh(self) -> None:
        """Read the article back after something else (a send, a sync) changed it in the
        store; the panels are reloaded only when they no longer show what is stored."""
        if self._article is None or self._article.id is None:
            return
        self.flush()
        try:
            stored = self._store.get_article(self._article.id)
        except NotFoundError:
            self._show(None)
            return
        self._article = stored
        self._copy = None
        if self._prepare(self._collect(stored)).content_key() != stored.content_key():
            emit(self.loaded, stored)

    # saving --------------------------------------------------------------------------------

    def _panels(self) -> Article:
        """The article as the panels show it, copied once per edit."""
        assert self._article is not None  # noqa: S101 (callers checked)
        if self._copy is None or self._copy[0] != self._edits:
            self._copy = (self._edits, self._collect(self._article))
        return self._copy[1]

    def _paused(self) -> None:
        if self._article is not None:
            emit(self.collected, self._panels())

    def _autosave_now(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        if self._article is None:
            return
        collected = self._panels()
        stored = self._article
        self._lane.submit(lambda: self._save_in_background(stored, collected))

    def _save_in_background(self, stored: Article, collected: Article) -> Article | None:
        """Clean and store ``collected`` (on the lane); None when nothing changed."""
        article = self._prepare(collected)
        if article.content_key() == stored.content_key():
            return None
        now = self._clock()
        with self._autosave_lock:
            previous = self._autosave
        replacing = None
        since = now
        if (
            previous is not None
            and previous.article_id == article.id
            and now - previous.since < REVISION_WINDOW_S
        ):
            replacing, since = previous.version, previous.since
        saved = self._store.save_edits(article, replacing=replacing)
        with self._autosave_lock:
            if self._autosave is previous:  # not made explicit meanwhile
                self._autosave = _AutosaveRevision(saved.id or 0, saved.version, since)
        return saved

    def _stored(self, saved: object) -> None:
        """A save ended: keep what is stored now, unless it is of an article left since or
        older than what the session already holds."""
        if not isinstance(saved, Article):
            return
        article = self._article
        if article is None or article.id != saved.id or saved.version <= article.version:
            return
        self._article = saved
        self._copy = None  # it was made on the article as stored before
        emit(self.saved, saved)

    def _show(self, article: Article | None) -> None:
        for timer in (self._idle, self._deadline, self._pause):
            timer.stop()
        self._copy = None
        self._article = article
        emit(self.loaded, article)
