"""The live preview: the article as the portal will show it.

The web view is heavy (a browser process), so it is built the first time there is something to
show. The first render of an article loads a whole page; later edits render only the article
element off the GUI thread and swap it into the page, which keeps the scroll position. One
render runs at a time, with only the latest edit waiting behind it: on a long article renders
take longer than the pauses between them, and piling them up would starve the window.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import NamedTuple, cast
from urllib.parse import quote

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from newsdesk.core.article import Article
from newsdesk.render import WORDPRESS_THEME, render_article_fragment, render_portal_page
from newsdesk.store import PhotoFolder
from newsdesk.ui.background import LatestOnlyLane
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner

RENDER_DELAY_MS = 250
# A long article waits longer for its render (1 ms more per 2,000 characters: a second more at
# 2 MB): rendering it takes longer than a pause in typing, and back-to-back renders would keep
# the processor from the window.
CHARS_PER_EXTRA_MS = 2000
# setHtml fails silently somewhere past 0.77 MiB; bigger pages go through a file.
SET_HTML_LIMIT = 700_000
ARTICLE_ELEMENT_ID = "newsdesk-article"
# The portal is laid out for about 1,100 px; a narrower pane shows it scaled down, within
# reason, so the article column keeps a readable width.
PAGE_WIDTH = 1000
MIN_ZOOM = 0.7


def patch_script(fragment: str) -> str:
    """JavaScript that replaces the article element's content with ``fragment``."""
    return (
        f"document.getElementById({json.dumps(ARTICLE_ELEMENT_ID)}).innerHTML = "
        f"{json.dumps(fragment)};"
    )


class _PageKey(NamedTuple):
    """What a whole page shows besides the article element: a change in any of these needs
    a new page, anything else is patched in. NukeViet shows the category in the breadcrumb
    bar above the columns."""

    article_id: int | None
    theme: str
    category: str


class _PreviewPage(QWebEnginePage):
    """Links clicked in the preview open in the browser; the preview stays on the article."""

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation: QWebEnginePage.NavigationType, main_frame: bool
    ) -> bool:
        if navigation == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            QDesktopServices.openUrl(QUrl(url))
            return False
        return super().acceptNavigationRequest(url, navigation, main_frame)


def missing_photo_image(text: str) -> str:
    """A grey box with ``text`` in it, as an image address the page can show."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360">'
        '<rect width="100%" height="100%" fill="#e4e4e4"/>'
        '<text x="50%" y="50%" text-anchor="middle" font-family="sans-serif" font-size="22"'
        f' fill="#666">{html.escape(text)}</text></svg>'
    )
    return "data:image/svg+xml;charset=utf-8," + quote(svg)


class PreviewPanel(QWidget):
    """``updated`` is emitted each time the page shows the latest render."""

    updated = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        spill_dir: Path,
        photos: PhotoFolder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._spill_dir = spill_dir
        self._photos = photos
        self._view: QWebEngineView | None = None
        self._article: Article | None = None
        self._loaded_id: int | None = None  # the article whose page the view holds
        self._theme = WORDPRESS_THEME  # the look of the site the article is for
        self._page_key: _PageKey | None = None  # what the page the view holds was made for
        self._loading = False
        self._pending_fragment: str | None = None
        self._generation = 0
        self._renders = LatestOnlyLane(self)
        self._renders.done.connect(self._rendered)
        self._renders.failed.connect(tasks.failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self._render)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._missing_photo_text = ""  # set in the window's language by retranslateUi
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.placeholder.setText(
            self.tr("Choose an article, or start a new one, to see it as the portal shows it.")
        )
        self._missing_photo_text = self.tr("This photo is not on this computer")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @property
    def view(self) -> QWebEngineView | None:
        """The web view, once there has been something to show."""
        return self._view

    def show_article(self, article: Article | None) -> None:
        """Show ``article`` (soon: renders are debounced); None shows the placeholder."""
        self._article = article
        if article is None:
            self._timer.stop()
            self._generation += 1
            self._stack.setCurrentWidget(self.placeholder)
            return
        if article.id != self._loaded_id:
            self._timer.start(0)  # a different article: show it at once
        else:
            self._timer.start(RENDER_DELAY_MS + len(article.body) // CHARS_PER_EXTRA_MS)

    @property
    def theme(self) -> str:
        """The portal theme articles are shown in (render/portal.py)."""
        return self._theme

    def set_theme(self, theme: str) -> None:
        """Show articles in ``theme`` from now on: the one shown is laid out again at once."""
        if theme == self._theme:
            return
        self._theme = theme
        if self._article is not None:
            self._timer.start(0)

    # rendering -----------------------------------------------------------------------------

    def _render(self) -> None:
        article = self._article
        if article is None:
            return
        self._generation += 1
        generation, theme = self._generation, self._theme
        key = _PageKey(article.id, theme, article.category)
        if key != self._page_key:
            self._renders.submit(
                lambda: (
                    generation,
                    key,
                    render_portal_page(article, theme=theme, photos=self._photo_address),
                )
            )
        else:
            # The script is made on the lane too: quoting a long article takes a while.
            self._renders.submit(
                lambda: (
                    generation,
                    None,
                    patch_script(
                        render_article_fragment(article, theme=theme, photos=self._photo_address)
                    ),
                )
            )

    def _rendered(self, result: object) -> None:
        generation, key, text = cast("tuple[int, _PageKey | None, str]", result)
        if key is None:
            self._fragment_rendered(generation, text)
        else:
            self._page_rendered(generation, key, text)

    def _photo_address(self, ref: str) -> str | None:
        """The body's photos are shown from this desk's copies, a photo this desk does not
        have as a grey box that says so (runs on a worker thread)."""
        kept = self._photos.find(ref)
        if kept is not None:
            return kept.as_uri()
        return missing_photo_image(self._missing_photo_text)

    def _page_rendered(self, generation: int, key: _PageKey, page: str) -> None:
        if generation != self._generation:
            return  # a newer render is on its way
        view = self._ensure_view()
        self._loaded_id = key.article_id
        self._page_key = key
        self._loading = True
        self._pending_fragment = None
        data = page.encode("utf-8")
        if len(data) < SET_HTML_LIMIT:
            view.setHtml(page, QUrl("file:///"))
        else:
            self._spill_dir.mkdir(parents=True, exist_ok=True)
            spill = self._spill_dir / "preview.html"
            spill.write_bytes(data)
            view.load(QUrl.fromLocalFile(str(spill)))
        self._stack.setCurrentWidget(view)

    def _fragment_rendered(self, generation: int, script: str) -> None:
        if generation != self._generation or self._view is None:
            return
        if self._loading:
            self._pending_fragment = script
            return
        self._patch(script)

    def _patch(self, script: str) -> None:
        """Run ``script`` (see :func:`patch_script`) on the page."""
        if self._view is not None:
            self._view.page().runJavaScript(script, 0, self._patched)

    def _patched(self, _result: object) -> None:
        emit(self.updated)

    def _load_finished(self, ok: bool) -> None:
        self._loading = False
        if not ok:
            self._loaded_id = None  # try a whole page again on the next edit
            self._page_key = None
            return
        if self._pending_fragment is not None:
            fragment, self._pending_fragment = self._pending_fragment, None
            self._patch(fragment)
        else:
            emit(self.updated)

    def _ensure_view(self) -> QWebEngineView:
        if self._view is None:
            view = QWebEngineView(self)
            view.setPage(_PreviewPage(view))
            view.loadFinished.connect(self._load_finished)
            self._stack.addWidget(view)
            self._view = view
            self._fit_zoom()
        return self._view

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_zoom()

    def _fit_zoom(self) -> None:
        if self._view is not None:
            self._view.setZoomFactor(min(1.0, max(MIN_ZOOM, self.width() / PAGE_WIDTH)))
