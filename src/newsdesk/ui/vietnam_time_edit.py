"""A date and time field that shows and takes Vietnam time, whatever this computer's zone."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from newsdesk.text.dates import to_vietnam_time, vietnam_timezone


class VietnamTimeEdit(QDateTimeEdit):
    """Shows Vietnamese wall-clock time ("dd/MM/yyyy HH:mm"); :meth:`moment` gives it back
    in UTC, as it is stored and sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy HH:mm")
        # Held as UTC so Qt never shifts it by this computer's zone: it is Vietnam wall time.
        self.setTimeZone(QTimeZone.utc())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setToolTip(self.tr("Vietnam time (Asia/Ho_Chi_Minh, UTC+7)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_moment(self, moment: datetime) -> None:
        """Show ``moment`` (aware, or naive UTC) in Vietnam time. Seconds are kept though not
        shown, so showing a stored time and reading it back changes nothing."""
        local = to_vietnam_time(moment)
        self.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second),
                self.timeZone(),
            )
        )

    def moment(self) -> datetime:
        """The shown Vietnam time, in UTC."""
        shown = self.dateTime()
        day, time = shown.date(), shown.time()
        local = datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            time.second(),
            tzinfo=vietnam_timezone(),
        )
        return local.astimezone(UTC)
