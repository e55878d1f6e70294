"""Sites…: the sites this desk sends to. Add (with a connection test), check again, remove."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.checklist import Checklist
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.site import Site
from newsdesk.desk import Desk
from newsdesk.sites.base import SiteUser
from newsdesk.sites.errors import SiteElsewhere
from newsdesk.sites.origin import Origin, plain_http_warning
from newsdesk.ui.checklist_editor import ChecklistEditor
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.words import desk_role_word, message_word


class SitesDialog(QDialog):
    sitesChanged = Signal()

    def __init__(
        self, desk: Desk, tasks: TaskRunner, persistent: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self._persistent = persistent
        self.sites_label = QLabel()
        self.sites = QListWidget()
        self.sites_label.setBuddy(self.sites)
        self.refresh_button = QPushButton()
        self.remove_button = QPushButton()
        self.name = NfcLineEdit()
        self.url = QLineEdit()
        self.user = NfcLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton()
        self.add_button = QPushButton()
        self.http_warning = QLabel()
        self.http_warning.setWordWrap(True)
        self.http_warning.setVisible(False)
        self.elsewhere_question: QMessageBox | None = None
        self._retry: Callable[[], None] | None = None
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not persistent)
        self.add_box = QGroupBox()
        self.checklist = ChecklistEditor()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._build_layout()
        self.buttons.rejected.connect(self.reject)
        self.sites.currentRowChanged.connect(self._update_buttons)
        self.sites.currentRowChanged.connect(self._show_checklist)
        self.checklist.changed.connect(self._save_checklist)
        self.refresh_button.clicked.connect(self._refresh_site)
        self.remove_button.clicked.connect(self._remove_site)
        self.test_button.clicked.connect(self._test)
        self.add_button.clicked.connect(self._add)
        self.url.textChanged.connect(self._show_http_warning)
        self.resize(860, 560)
        self.retranslateUi()
        self.reload()

    def _build_layout(self) -> None:
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.refresh_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.sites_label)
        left.addWidget(self.sites, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.checklist)
        self.form = QFormLayout()
        add_rows(self.form, (self.name, self.url, self.user, self.password))
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.test_button)
        form_buttons.addWidget(self.add_button)
        form_buttons.addStretch(1)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addLayout(self.form)
        add_layout.addWidget(self.http_warning)
        add_layout.addLayout(form_buttons)
        add_layout.addWidget(self.outcome)
        add_layout.addWidget(self.keyring_note)
        add_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.add_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Sites"))
        self.sites_label.setText(self.tr("Your sites"))
        self.refresh_button.setText(self.tr("Check &again"))
        self.refresh_button.setToolTip(
            self.tr("Test the connection and read the site's roles and categories again")
        )
        self.remove_button.setText(self.tr("&Remove"))
        self.add_box.setTitle(self.tr("Add a site"))
        labels = (
            self.tr("&Name:"),
            self.tr("&Address:"),
            self.tr("&User name:"),
            self.tr("Application &Password:"),
        )
        set_row_labels(self.form, labels)
        self.name.setPlaceholderText(self.tr("a short name, e.g. portal"))
        self.url.setPlaceholderText("https://")
        self.password.setToolTip(
            self.tr("Made in WordPress under Users → Profile → Application Passwords")
        )
        self.test_button.setText(self.tr("&Test connection"))
        self.add_button.setText(self.tr("A&dd site"))
        self.keyring_note.setText(
            self.tr("No keyring service: the password is kept only until Newsdesk closes.")
        )

    def _show_http_warning(self) -> None:
        warning = plain_http_warning(self.url.text().strip())
        self.http_warning.setVisible(warning is not None)
        if warning is not None:
            self.http_warning.setText(f"⚠ {html.escape(message_word(warning))}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reload(self) -> None:
        self.sites.clear()
        for site in self._desk.store.list_sites():
            item = QListWidgetItem(f"{site.name} — {site.url}")
            item.setData(Qt.ItemDataRole.UserRole, site.name)
            item.setToolTip(self._site_summary(site))
            self.sites.addItem(item)
        if self.sites.count() and self.sites.currentRow() < 0:
            self.sites.setCurrentRow(0)
        self._update_buttons()
        self._show_checklist()

    def _site_summary(self, site: Site) -> str:
        return self.tr("{user} ({roles}): {desk_role}; {count} categories").format(
            user=site.display_name or site.username,
            roles=", ".join(site.roles) or "-",
            desk_role=desk_role_word(site.desk_role),
            count=len(site.categories),
        )

    def _show_checklist(self) -> None:
        site = self._desk.store.find_site(self._selected_name())
        self.checklist.set_checklist(site.checklist if site else Checklist())
        self.checklist.setEnabled(site is not None)

    def _save_checklist(self, checklist: Checklist) -> None:
        site = self._desk.store.find_site(self._selected_name())
        if site is None:
            return
        try:
            self._desk.store.update_site(site.edited(checklist=checklist))
        except NewsdeskError as error:
            self._fail(error)

    def _selected_name(self) -> str:
        item = self.sites.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _update_buttons(self) -> None:
        chosen = bool(self._selected_name())
        self.refresh_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _set_busy(self, *, busy: bool, message: str = "") -> None:
        for widget in (self.test_button, self.add_button, self.refresh_button):
            widget.setEnabled(not busy)
        if busy:
            self.outcome.setText(message)
        else:
            self._update_buttons()

    def _fail(self, error: BaseException) -> None:
        self._set_busy(busy=False)
        if isinstance(error, SiteElsewhere) and self._retry is not None:
            self._ask_to_use(error, self._retry)
        if isinstance(error, NewsdeskError):
            cause, action = message_word(error.cause), message_word(error.action)
            self.outcome.setText(f"<b>{html.escape(cause)}</b><br>{html.escape(action)}")
        else:
            self.outcome.setText(
                self.tr("The connection failed: {error}").format(error=html.escape(str(error)))
            )
            emit(self._tasks.failed, error)  # a fault of the desk: the log and the dialog

    def _ask_to_use(self, error: SiteElsewhere, retry: Callable[[], None]) -> None:
        """The site says it lives at another address: send nothing there unless the person
        says so; then that address is the one they chose, and the same step runs again."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The site gives another address"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message_word(error.cause))
        question = self.tr("Send your user name and password to {address}?").format(
            address=error.claimed_url
        )
        if Origin.of(error.typed_url).is_downgrade_to(Origin.of(error.claimed_url)):
            question += " " + self.tr(
                "That address is not encrypted: you typed an https:// address, and the password "
                "would travel in clear text."
            )
        box.setInformativeText(question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.url.setText(error.claimed_url)
                retry()

        box.buttonClicked.connect(answered)
        self.elsewhere_question = box
        box.open()

    def _connected(self, site: Site, user: SiteUser) -> None:
        self._set_busy(busy=False)
        text = self.tr(
            "Connected as <b>{name}</b> ({roles}): {desk_role}; {count} categories."
        ).format(
            name=html.escape(user.display_name),
            roles=", ".join(user.roles) or "-",
            desk_role=desk_role_word(site.desk_role),
            count=len(site.categories),
        )
        warning = plain_http_warning(site.url)
        if warning is not None:
            text += f"<br>⚠ {html.escape(message_word(warning))}"
        self.outcome.setText(text)

    def _test(self) -> None:
        url, user, password = self.url.text(), self.user.text(), self.password.text()
        self._set_busy(busy=True, message=self.tr("Connecting…"))
        self._retry = self._test
        self._tasks.run(
            lambda: self._desk.check_site(url, user, password),
            lambda result: self._connected(*result),
            self._fail,
        )

    def _add(self) -> None:
        name, url = self.name.text(), self.url.text()
        user, password = self.user.text(), self.password.text()
        self._set_busy(busy=True, message=self.tr("Connecting…"))
        self._retry = self._add
        self._tasks.run(
            lambda: self._desk.add_site(name, url, user, password),
            self._added,
            self._fail,
        )

    def _added(self, site: Site) -> None:
        self._set_busy(busy=False)
        text = self.tr("Added “{name}”.").format(name=html.escape(site.name))
        warning = plain_http_warning(site.url)
        if warning is not None:
            text += f"<br>⚠ {html.escape(message_word(warning))}"
        self.outcome.setText(text)
        self.password.clear()
        self.reload()
        emit(self.sitesChanged)

    def _refresh_site(self) -> None:
        name = self._selected_name()
        self._retry = None  # a stored site is checked at its stored address only
        self._set_busy(busy=True, message=self.tr("Connecting…"))
        self._tasks.run(
            lambda: self._desk.refresh_site(name),
            self._refreshed,
            self._fail,
        )

    def _refreshed(self, result: tuple[Site, SiteUser]) -> None:
        self._connected(*result)
        self.reload()
        emit(self.sitesChanged)

    def _remove_site(self) -> None:
        name = self._selected_name()
        answer = QMessageBox.question(
            self,
            self.tr("Remove site"),
            self.tr(
                "Forget the site “{name}” and its password on this computer? "
                "Nothing is deleted on the site."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._desk.remove_site(name)
        except NewsdeskError as error:
            self._fail(error)
            return
        self.reload()
        emit(self.sitesChanged)
