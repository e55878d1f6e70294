"""History: an article's audit record (who moved it, when, from which state to which, and
why), whether the record still holds together, and its export to CSV and PDF for the
office's files."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QSizeF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.audit import AuditEntry, ChainBreak, write_csv
from newsdesk.text.dates import shown_datetime, to_vietnam_time
from newsdesk.text.slug import slugify
from newsdesk.ui.returned_banner import shown_time
from newsdesk.ui.words import action_word, chain_break_word, message_word, status_value_word

# Fonts that carry every Vietnamese letter, best first; the PDF embeds the one found.
PDF_FONTS = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")
PDF_RESOLUTION = 300
PDF_POINT_SIZE = 10
PDF_COLUMN_WIDTHS = (13, 17, 17, 21, 32)  # per cent: the note gets the most room
BROKEN = "#b00020"
INTACT = "#1b6e20"
TIME, WHO, ACTION, MOVE, NOTE = range(5)


def pdf_font() -> QFont:
    families = set(QFontDatabase.families())
    family = next((f for f in PDF_FONTS if f in families), QFont().defaultFamily())
    font = QFont(family)
    font.setPointSizeF(PDF_POINT_SIZE)
    return font


class HistoryDialog(QDialog):
    def __init__(
        self,
        title: str,
        entries: list[AuditEntry],
        broken: ChainBreak | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.article_title = title
        self.entries = list(entries)
        self.broken = broken
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setColumnCount(5)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (TIME, WHO, ACTION, MOVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.csv_button = QPushButton()
        self.pdf_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.resize(980, 460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("History: {title}").format(title=self.article_title))
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("State"), self.tr("Note")]
        )
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        colour = BROKEN if self.broken else INTACT
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verdict.setText(self.verdict_text())
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def break_text(self) -> str:
        """Why the record is not verified: where the chain breaks, or (position 0) what is
        wrong with the record as a whole."""
        assert self.broken is not None  # noqa: S101 - only asked for a broken record
        if self.broken.position == 0:
            return message_word(self.broken.reason)
        return chain_break_word(self.broken)

    def verdict_text(self) -> str:
        if self.broken is not None:
            return self.tr(
                "Not verified: {where} It may have been tampered with; tell the site administrator."
            ).format(where=self.break_text())
        if not self.entries:
            return self.tr("Nothing has been recorded for this article yet.")
        return self.tr(
            "The record holds together: each of its {n} entries is sealed to the one before."
        ).format(n=len(self.entries))

    def rows(self) -> list[list[str]]:
        return [
            [
                shown_time(entry.at),
                entry.user_name or entry.user,
                action_word(entry.action),
                f"{status_value_word(entry.from_status)} → {status_value_word(entry.to_status)}",
                entry.note,
            ]
            for entry in self.entries
        ]

    def _fill(self) -> None:
        self.tree.clear()
        for position, row in enumerate(self.rows(), start=1):
            item = QTreeWidgetItem(row)
            item.setToolTip(NOTE, row[NOTE])
            if self.broken is not None and position >= self.broken.position > 0:
                for column in range(len(row)):
                    item.setForeground(column, QBrush(QColor(BROKEN)))
                if position == self.broken.position:
                    item.setToolTip(TIME, self.break_text())
            self.tree.addTopLevelItem(item)

    # export --------------------------------------------------------------------------------

    def export_csv(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as stream:
            write_csv(self.entries, stream)

    def export_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(self.windowTitle())
        writer.setCreator("Newsdesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setDefaultFont(pdf_font())
        document.setHtml(self.report_html())
        layout = writer.pageLayout()
        size = layout.paintRectPixels(writer.resolution()).size()
        document.setPageSize(QSizeF(size))
        document.print_(writer)

    def report_html(self) -> str:
        """The record as a printable page."""
        now = shown_datetime(datetime.now(UTC))
        headers = "".join(
            f"<th align='left' width='{width}%'>{html.escape(self.tree.headerItem().text(c))}</th>"
            for c, width in enumerate(PDF_COLUMN_WIDTHS)
        )
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in self.rows()
        )
        colour = BROKEN if self.broken else INTACT
        return (
            f"<h2>{html.escape(self.windowTitle())}</h2>"
            f"<p>{html.escape(self.tr('Printed on {time} (Vietnam time).').format(time=now))}</p>"
            f"<p style='color:{colour}'><b>{html.escape(self.verdict_text())}</b></p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<thead><tr>{headers}</tr></thead>{body}</table>"
        )

    def _ask_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the record as CSV"),
            self._suggested_name("csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self._export(Path(path), self.export_csv)

    def _ask_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the record as PDF"),
            self._suggested_name("pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self._export(Path(path), self.export_pdf)

    def _export(self, path: Path, write: Callable[[Path], None]) -> None:
        try:
            write(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("“{path}” could not be written ({error}). Choose another folder.").format(
                    path=path, error=error.strerror or error
                ),
            )

    def _suggested_name(self, suffix: str) -> str:
        day = to_vietnam_time(datetime.now(UTC)).strftime("%Y-%m-%d")
        name = slugify(self.article_title) or "article"
        return str(Path.home() / f"{name}-history-{day}.{suffix}")
