"""Focus mode: only the article's body, centred at a comfortable width, the window full screen.
Everything else is hidden on the way in and put back exactly as it was on the way out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QObject, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QToolBar, QWidget

from newsdesk.ui.editor import EditorPanel

LINE_CHARACTERS = 70  # a comfortable line
# Measured on real text: a font's "average" character is wider than Vietnamese prose's.
MEASURED_TEXT = "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì hội nghị giao ban công tác"


@dataclass(slots=True)
class _Before:
    """What focus mode changes, as it was."""

    geometry: QRect
    state: QByteArray
    window_state: Qt.WindowState
    current_tab: QWidget | None
    body_width: tuple[int, int]  # minimum, maximum
    shown: list[QWidget] = field(default_factory=list)


class FocusMode(QObject):
    """``action`` (checkable, in the View menu) and Esc go in and out; ``hidden`` are the
    window's panels besides the docks, toolbars and menu bar (which are found)."""

    def __init__(
        self,
        window: QMainWindow,
        editor: EditorPanel,
        tabs: QTabWidget,
        hidden: Sequence[QWidget],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.tabs = tabs
        self.hidden = tuple(hidden)
        self._before: _Before | None = None
        # On the window itself, so the shortcuts work while the menu bar is hidden.
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
        self.leave_action = QAction(window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        window.addAction(self.action)
        window.addAction(self.leave_action)
        self.action.triggered.connect(self._triggered)
        self.leave_action.triggered.connect(self.leave)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("&Focus mode"))
        tip = self.tr("Only the article's text, centred; Esc leaves")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.leave_action.setText(self.tr("Leave focus mode"))

    @property
    def active(self) -> bool:
        return self._before is not None

    def _triggered(self, checked: bool) -> None:
        if checked:
            self.enter()
        else:
            self.leave()

    def _others(self) -> list[QWidget]:
        """What is hidden: the panels, the editor's fields but the body, docks, toolbars."""
        editor = self.editor
        widgets: list[QWidget] = [*self.hidden, self.tabs.tabBar(), self.window.menuBar()]
        widgets += [editor.title, editor.sapo_label, editor.sapo, editor.toolbar]
        widgets += [w for w in self.window.children() if isinstance(w, QDockWidget | QToolBar)]
        return widgets

    def enter(self) -> None:
        if self._before is not None:
            return
        window = self.window
        self._before = _Before(
            geometry=window.geometry(),
            state=window.saveState(),
            window_state=window.windowState(),
            current_tab=self.tabs.currentWidget(),
            body_width=(self.editor.body.minimumWidth(), self.editor.body.maximumWidth()),
        )
        self.tabs.setCurrentWidget(self.editor)
        for widget in self._others():
            if not widget.isHidden():
                self._before.shown.append(widget)
                widget.hide()
        body = self.editor.body
        width = line_width(body.fontMetrics())
        width += body.verticalScrollBar().sizeHint().width() + 2 * body.frameWidth() + 24
        # A fixed width, centred: the screen's, when it is narrower.
        body.setFixedWidth(min(width, window.screen().availableGeometry().width() - 24))
        self._align_body(Qt.AlignmentFlag.AlignHCenter)
        window.showFullScreen()
        self.action.setChecked(True)
        self.leave_action.setEnabled(True)
        body.setFocus()
        body.ensureCursorVisible()
        window.statusBar().showMessage(self.tr("Focus mode: Esc or F11 leaves it"), 5000)

    def leave(self) -> None:
        before = self._before
        if before is None:
            return
        self._before = None
        window = self.window
        body = self.editor.body
        body.setMinimumWidth(before.body_width[0])
        body.setMaximumWidth(before.body_width[1])
        self._align_body(Qt.AlignmentFlag(0))
        for widget in before.shown:
            widget.show()
        window.setWindowState(before.window_state)
        if not before.window_state & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            window.setGeometry(before.geometry)
        window.restoreState(before.state)
        if before.current_tab is not None:
            self.tabs.setCurrentWidget(before.current_tab)
        window.statusBar().clearMessage()
        self.action.setChecked(False)
        self.leave_action.setEnabled(False)
        body.setFocus()
        body.ensureCursorVisible()

    def _align_body(self, alignment: Qt.AlignmentFlag) -> None:
        layout = self.editor.layout()
        if layout is not None:
            layout.setAlignment(self.editor.body, alignment)


def line_width(metrics: QFontMetrics) -> int:
    """The width of a line of :data:`LINE_CHARACTERS` characters of prose."""
    return metrics.horizontalAdvance(MEASURED_TEXT) * LINE_CHARACTERS // len(MEASURED_TEXT)
