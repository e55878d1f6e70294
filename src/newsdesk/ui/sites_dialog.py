"""Sites…: the sites this desk sends to. Add (with a connection test), check again, remove.

What the site runs is found from its address (or chosen): a NukeViet portal asks for the API
key and API secret its administrator gave, and its test shows the rights per category."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.checklist import Checklist
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.site import Site, SiteKind
from newsdesk.desk import Desk, SiteAccess
from newsdesk.sites.errors import SiteElsewhere
from newsdesk.sites.origin import Origin, plain_http_warning
from newsdesk.ui.checklist_editor import ChecklistEditor
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit
from newsdesk.ui.site_rights import rights_table
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.words import desk_role_word, message_word

# The choices of "Software:", in order; None: found from the address.
_KINDS: tuple[SiteKind | None, ...] = (None, SiteKind.WORDPRESS, SiteKind.NUKEVIET)


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
        self.kind = QComboBox()
        for _kind in _KINDS:
            self.kind.addItem("")
        self.kind_found = QLabel()
        self._detected: tuple[str, SiteKind] | None = None  # (address, what it runs)
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
        self.outcome_area = _scrolling(self.outcome)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not persistent)
        self.add_box = QGroupBox()
        self.checklist = ChecklistEditor()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._build_layout()
        self._connect()
        self.resize(860, 560)
        self.retranslateUi()
        self.reload()

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.sites.currentRowChanged.connect(self._update_buttons)
        self.sites.currentRowChanged.connect(self._show_checklist)
        self.checklist.changed.connect(self._save_checklist)
        self.refresh_button.clicked.connect(self._refresh_site)
        self.remove_button.clicked.connect(self._remove_site)
        self.test_button.clicked.connect(self._test)
        self.add_button.clicked.connect(self._add)
        self.url.textChanged.connect(self._show_http_warning)
        self.url.textChanged.connect(self._show_kind_fields)
        self.url.editingFinished.connect(self._detect_kind)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)

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
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.kind_found, 1)
        add_rows(self.form, (self.name, self.url, kind_row, self.user, self.password))
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.test_button)
        form_buttons.addWidget(self.add_button)
        form_buttons.addStretch(1)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addLayout(self.form)
        add_layout.addWidget(self.http_warning)
        add_layout.addLayout(form_buttons)
        add_layout.addWidget(self.outcome_area, 1)
        add_layout.addWidget(self.keyring_note)
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
        self.name.setPlaceholderText(self.tr("a short name, e.g. portal"))
        self.url.setPlaceholderText("https://")
        kind_names = (self.tr("Find out from the address"), "WordPress", "NukeViet")
        for index, text in enumerate(kind_names):
            self.kind.setItemText(index, text)
        self._show_kind_fields()
        self.test_button.setText(self.tr("&Test connection"))
        self.add_button.setText(self.tr("A&dd site"))
        self.keyring_note.setText(
            self.tr("No keyring service: the password is kept only until Newsdesk closes.")
        )

    def _chosen_kind(self) -> SiteKind | None:
        """What the person said the site runs (None: find out from the address)."""
        return _KINDS[max(0, self.kind.currentIndex())]

    def _kind(self) -> SiteKind | None:
        """What the site runs: as chosen, else as its address showed (None: not known)."""
        chosen = self._chosen_kind()
        if chosen is not None:
            return chosen
        if self._detected is not None and self._detected[0] == self.url.text().strip():
            return self._detected[1]
        return None

    def _show_kind_fields(self) -> None:
        """A NukeViet portal takes an API key and secret; WordPress a user name and an
        Application Password."""
        nukeviet = self._kind() is SiteKind.NUKEVIET
        if nukeviet:
            user_label, password_label = self.tr("API &key:"), self.tr("API s&ecret:")
            self.user.setToolTip(
                self.tr(
                    "The API key the portal's administrator made for you in NukeViet's "
                    "administration (Administrators → API Credential)"
                )
            )
            self.password.setToolTip(
                self.tr("Given with the API key; Newsdesk keeps it in the keyring only")
            )
        else:
            user_label, password_label = self.tr("&User name:"), self.tr("Application &Password:")
            self.user.setToolTip("")
            self.password.setToolTip(
                self.tr("Made in WordPress under Users → Profile → Application Passwords")
            )
        labels = (self.tr("&Name:"), self.tr("&Address:"), self.tr("&Software:"))
        set_row_labels(self.form, (*labels, user_label, password_label))
        found = self._detected if self._chosen_kind() is None else None
        if found is not None and found[0] == self.url.text().strip():
            self.kind_found.setText(self.tr("found: {kind}").format(kind=_kind_name(found[1])))
        else:
            self.kind_found.clear()

    def _detect_kind(self) -> None:
        """Find out what the site at the address runs, so that the right fields show before
        the test. Failures are left to the test, which reports them."""
        url = self.url.text().strip()
        if not url or self._chosen_kind() is not None:
            return
        if self._detected is not None and self._detected[0] == url:
            return
        self._tasks.run(
            lambda: self._desk.site_kind(url),
            lambda kind: self._kind_detected(url, kind),
            lambda _error: None,
        )

    def _kind_detected(self, url: str, kind: SiteKind) -> None:
        self._detected = (url, kind)
        self._show_kind_fields()

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
        if site.kind is SiteKind.NUKEVIET:
            return self.tr("{user} (NukeViet): {desk_role}; {count} categories").format(
                user=site.display_name or site.username,
                desk_role=desk_role_word(site.desk_role),
                count=len(site.categories),
            )
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
        if self._kind() is SiteKind.NUKEVIET:
            question = self.tr("Send your API key and secret to {address}?")
        else:
            question = self.tr("Send your user name and password to {address}?")
        question = question.format(address=error.claimed_url)
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

    def _connected(self, access: SiteAccess) -> None:
        self._set_busy(busy=False)
        site, user = access.site, access.user
        if site.kind is SiteKind.NUKEVIET:
            text = self.tr(
                "Connected to NukeViet as <b>{name}</b>: {desk_role}; {count} categories."
            ).format(
                name=html.escape(user.display_name),
                desk_role=desk_role_word(site.desk_role),
                count=len(site.categories),
            )
            text += "<br>" + rights_table(access.rights)
        else:
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
        kind = self._chosen_kind()
        self._set_busy(busy=True, message=self.tr("Connecting…"))
        self._retry = self._test
        self._tasks.run(
            lambda: self._desk.sign_in(url, user, password, kind=kind),
            lambda access: self._tested(url, access),
            self._fail,
        )

    def _tested(self, url: str, access: SiteAccess) -> None:
        self._found(url, access.site)
        self._connected(access)

    def _found(self, url: str, site: Site) -> None:
        """What the site runs is known now: its fields show (for the address as typed)."""
        self._detected = (url.strip(), site.kind)
        self._show_kind_fields()

    def _add(self) -> None:
        name, url = self.name.text(), self.url.text()
        user, password = self.user.text(), self.password.text()
        kind = self._chosen_kind()
        self._set_busy(busy=True, message=self.tr("Connecting…"))
        self._retry = self._add
        self._tasks.run(
            lambda: self._desk.add_site(name, url, user, password, kind=kind),
            lambda site: self._added(url, site),
            self._fail,
        )

    def _added(self, url: str, site: Site) -> None:
        self._set_busy(busy=False)
        self._found(url, site)
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
            lambda: self._desk.test_site(name),
            self._refreshed,
            self._fail,
        )

    def _refreshed(self, access: SiteAccess) -> None:
        self._connected(access)
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


def _scrolling(label: QLabel) -> QScrollArea:
    """``label`` in an area that scrolls: a portal's rights run to a line per category."""
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(label)
    return area


def _kind_name(kind: SiteKind) -> str:
    """What a site runs, by its product's name (not translated)."""
    return {
        SiteKind.WORDPRESS: "WordPress",
        SiteKind.METAWEBLOG: "MetaWeblog (XML-RPC)",
        SiteKind.NUKEVIET: "NukeViet",
    }[kind]
