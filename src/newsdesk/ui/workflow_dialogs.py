"""The small questions a workflow move asks: a note for the other side, a publication time."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.workflow import SCHEDULE_LEAD
from newsdesk.text.dates import shown_datetime, to_vietnam_time, vietnam_timezone
from newsdesk.ui.nfc_text import NfcPlainTextEdit
from newsdesk.ui.words import message_word

Clock = Callable[[], datetime]
DEFAULT_HOUR = 7  # tomorrow morning's edition
ERROR_STYLE = "color: #b00020;"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class NoteDialog(QDialog):
    """A note to go with a move: optional (submit, correction) or required (return)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        confirm: str,
        *,
        required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.text = NfcPlainTextEdit()
        self.prompt.setBuddy(self.text)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.confirm = QPushButton(confirm)
        self.confirm.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update)
        self.resize(520, 300)
        self.retranslateUi()
        self._update()

    def retranslateUi(self) -> None:
        if self.required:
            self.hint.setText(self.tr("A note is needed: say what to change and why."))
        else:
            self.hint.setText(self.tr("The note is optional."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def note(self) -> str:
        return self.text.toPlainText().strip()

    def _update(self) -> None:
        self.confirm.setEnabled(bool(self.note()) or not self.required)


class ScheduleDialog(QDialog):
    """A publication time, chosen and shown in Vietnam time whatever this computer's zone.

    The editor shows Vietnamese wall-clock time; :meth:`moment` gives it back as an aware
    datetime in Asia/Ho_Chi_Minh.
    """

    def __init__(self, title: str, clock: Clock = _utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.title_text = title
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        # Held as UTC so Qt never shifts it by this computer's zone: it is Vietnam wall time.
        self.when.setTimeZone(QTimeZone.utc())
        self.zone = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.confirm = QPushButton()
        self.confirm.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.when)
        layout.addWidget(self.zone)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.when.dateTimeChanged.connect(lambda *_: self.problem.hide())
        self.set_moment(self.default_moment())
        self.resize(440, 200)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Schedule publication"))
        self.intro.setText(
            self.tr("When should “{title}” appear on the site?").format(title=self.title_text)
        )
        self.zone.setText(self.tr("Vietnam time (Asia/Ho_Chi_Minh, UTC+7)"))
        self.confirm.setText(self.tr("&Schedule"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def default_moment(self) -> datetime:
        """Tomorrow at 07:00 in Vietnam."""
        tomorrow = to_vietnam_time(self._clock()).date() + timedelta(days=1)
        return datetime(
            tomorrow.year, tomorrow.month, tomorrow.day, DEFAULT_HOUR, tzinfo=vietnam_timezone()
        )

    def moment(self) -> datetime:
        shown = self.when.dateTime()
        day, time = shown.date(), shown.time()
        return datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            tzinfo=vietnam_timezone(),
        )

    def set_moment(self, moment: datetime) -> None:
        local = to_vietnam_time(moment)
        shown = QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute),
            self.when.timeZone(),
        )
        self.when.setDateTime(shown)

    def problem_text(self) -> str:
        """Why the chosen time cannot be used ("" when it can)."""
        now = self._clock()
        if self.moment() < now + SCHEDULE_LEAD:
            return self.tr(
                "{time} is already past or too close (it is now {now} in Vietnam). Choose a "
                "time at least two minutes from now, or use Publish now."
            ).format(
                time=shown_datetime(self.moment()),
                now=shown_datetime(now),
            )
        return ""

    def _check_and_accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.when.setFocus()
            return
        self.accept()


def checklist_message(title: str, missing: Sequence[str], parent: QWidget) -> QMessageBox:
    """The box that says approval is blocked and lists exactly what is missing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ChecklistMessage", "Not ready for approval"))
    box.setTextFormat(Qt.TextFormat.RichText)  # the list below is a list
    box.setText(
        html.escape(
            QCoreApplication.translate(
                "ChecklistMessage",
                "“{title}” cannot be approved yet. The site's checklist asks for:",
            ).format(title=title),
            quote=False,
        )
    )
    items = "".join(f"<li>{html.escape(message_word(item))}</li>" for item in missing)
    fix = QCoreApplication.translate(
        "ChecklistMessage",
        "Fix these points (or return the article to the reporter), then try again.",
    )
    box.setInformativeText(f"<ul>{items}</ul><p>{html.escape(fix)}</p>")
    return box
