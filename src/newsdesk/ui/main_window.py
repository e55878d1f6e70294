"""The main window: composes the panels, the actions and the controllers, and wires them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.context import AppContext
from newsdesk.core.article import Article, WorkflowStatus
from newsdesk.core.changes import Changes
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action
from newsdesk.render import theme_for_site
from newsdesk.sites.base import RemotePost
from newsdesk.sync.report import SyncReport
from newsdesk.text.dates import shown_clock
from newsdesk.ui.about import show_about
from newsdesk.ui.actions import MainActions
from newsdesk.ui.article_commands import ArticleCommands
from newsdesk.ui.article_list import ArticleListPanel
from newsdesk.ui.article_session import ArticleSession
from newsdesk.ui.conflict_bar import ConflictBar
from newsdesk.ui.conflict_commands import ConflictCommands
from newsdesk.ui.desk_services import DeskServices
from newsdesk.ui.edit_commands import EditCommands
from newsdesk.ui.editor import EditorPanel, stored_text
from newsdesk.ui.editor_font import apply_editor_font
from newsdesk.ui.editorial_watch import EditorialWatch
from newsdesk.ui.errors import ErrorReporter
from newsdesk.ui.focus_mode import FocusMode
from newsdesk.ui.i18n import Translations, choose_language
from newsdesk.ui.menus import MainMenus
from newsdesk.ui.metadata_panel import MetadataPanel
from newsdesk.ui.notes_commands import NotesCommands
from newsdesk.ui.notes_panel import NotesPanel
from newsdesk.ui.notifications import Notification, NotificationCentre, NotificationsButton
from newsdesk.ui.operations import Operations
from newsdesk.ui.outline_panel import add_outline_dock
from newsdesk.ui.paragraph_counts import ParagraphCounts
from newsdesk.ui.preview import PreviewPanel
from newsdesk.ui.problems_panel import ProblemsIndicator, ProblemsPanel
from newsdesk.ui.records_commands import RecordsCommands
from newsdesk.ui.returned_banner import ReturnedBanner
from newsdesk.ui.review_dialog import ReviewDialog
from newsdesk.ui.settings_dialog import Choices, SettingsDialog
from newsdesk.ui.shortcuts_dialog import ShortcutsDialog
from newsdesk.ui.sites_dialog import SitesDialog
from newsdesk.ui.sync_controller import SyncController
from newsdesk.ui.sync_problems import Problem, ProblemKind, collect_problems
from newsdesk.ui.sync_progress import SyncProgress
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.typography_input import TypographyInput, rules_from
from newsdesk.ui.window_state import (
    ArticlePlaces,
    fit_to_screen,
    restore_window_state,
    save_window_state,
)
from newsdesk.ui.workflow import Workflow
from newsdesk.ui.workflow_commands import WorkflowCommands

CLOSE_WAIT_MS = 15_000
STATUS_MS = 10_000
PROBLEMS_HEIGHT = 180
NOTES_WIDTH = 300


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        translations: Translations,
        window_state: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        log_file: Path | None = None,
    ) -> None:
        """``window_state`` keeps geometry and splitters between runs (saved on close);
        ``log_file`` is named in the dialog of an unexpected error."""
        super().__init__(parent)
        self.ctx = ctx
        self.translations = translations
        self._window_state = window_state
        settings = ctx.settings
        self.tasks = TaskRunner(self)
        self.errors = ErrorReporter(self, log_file)
        self.commands = MainActions(self)
        self.article_list = ArticleListPanel()
        self.editor = EditorPanel(ctx.store.photos)
        self.metadata = MetadataPanel(ctx.store.photos)
        self.conflict_bar = ConflictBar()
        self.returned_banner = ReturnedBanner()
        self.notes_panel = NotesPanel()
        self.problems = ProblemsPanel()
        self.preview = PreviewPanel(self.tasks, ctx.paths.data_dir / "preview", ctx.store.photos)
        self.session = ArticleSession(ctx.store, settings.autosave_delay_ms, self)
        self.session.set_collector(
            lambda a: self.metadata.apply_to(self.editor.copy_to(a)), prepare=stored_text
        )
        self.sync = SyncController(
            ctx.desk, self.tasks, settings.sync_interval_seconds, settings.work_offline, self
        )
        self.workflow = Workflow(ctx.desk, settings, self)
        self.operations = Operations(self.tasks, self.errors, self)
        services = DeskServices(
            ctx.store, self.session, self.workflow, self.sync, self.errors, self.operations
        )
        self.articles = ArticleCommands(services, window=self)
        self.conflicts = ConflictCommands(services, window=self)
        self.moves = WorkflowCommands(services, window=self)
        self.notes = NotesCommands(services, editor=self.editor, panel=self.notes_panel)
        self.records = RecordsCommands(ctx.store, session=self.session, window=self)
        self.notifications = NotificationCentre(self._icon(), self)
        self.watch = EditorialWatch(ctx.desk, self.tasks, self.notifications, self)
        self.review: ReviewDialog | None = None
        self.places = ArticlePlaces(window_state, self.editor.body, self)
        self._last_report: SyncReport | None = None
        self._sync_error = ""
        self._problems_asked = 0  # answers to older questions are dropped
        self._problems_sized = False
        self._reviewing = False  # an editor on some site: the review queue is offered
        self.commands.work_offline.setChecked(settings.work_offline)
        self._compose()
        self._wire()
        self._wire_editorial()
        self._compose_writing_desk()
        self.retranslateUi()
        self.reload_sites()
        self.reload_list()
        self._show_article(None)
        self.refresh_problems()

    # composition ---------------------------------------------------------------------------

    def _compose(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.metadata, "")
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.conflict_bar)
        column.addWidget(self.returned_banner)
        column.addWidget(self.tabs, 1)
        self.edit = EditCommands(self.editor, self)
        column.addWidget(self.edit.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for index, panel in enumerate((self.article_list, middle, self.preview)):
            self.splitter.addWidget(panel)
            self.splitter.setCollapsible(index, index == 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([300, 560, 520])
        self.setCentralWidget(self.splitter)
        self.problems_dock = QDockWidget()
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.notes_dock = QDockWidget()
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.resizeDocks([self.notes_dock], [NOTES_WIDTH], Qt.Orientation.Horizontal)
        self.menus = MainMenus(self, self.commands)
        self.edit.add_menu(self.menuBar(), before=self.menus.site.menuAction())
        self.sync_progress = SyncProgress()
        self.problems_indicator = ProblemsIndicator()
        self.notifications_button = NotificationsButton(self.notifications)
        self.saved_label = QLabel()
        self.connection_label = QLabel()
        for widget in (
            self.notifications_button,
            self.sync_progress,
            self.problems_indicator,
            self.saved_label,
            self.connection_label,
        ):
            self.statusBar().addPermanentWidget(widget)
        self.resize(1380, 820)

    def _wire(self) -> None:
        c = self.commands
        self.article_list.filterChanged.connect(self.reload_list)
        self.article_list.articleSelected.connect(self.session.open)
        self.session.loaded.connect(self.places.article_loaded)  # before the text is replaced
        self.session.loaded.connect(self._show_article)
        self.session.saved.connect(self._saved)
        self.session.collected.connect(self.preview.show_article)
        self.session.failed.connect(self.errors.report)
        self.tasks.failed.connect(self.errors.report)
        self.editor.changed.connect(self._edited)
        self.metadata.changed.connect(self._edited)
        self.editor.titleEdited.connect(self.metadata.follow_title)
        self.editor.problemFound.connect(self.errors.problem)
        self.metadata.siteChosen.connect(self._site_chosen)
        self.sync.started.connect(self.sync_progress.begin)
        self.sync.progressed.connect(self.sync_progress.advance)
        self.sync.finished.connect(self._synced)
        self.sync.failed.connect(self._sync_failed)
        self.sync_progress.cancelRequested.connect(self.sync.cancel)
        c.new_article.triggered.connect(self.new_article)
        c.delete_article.triggered.connect(self.articles.delete)
        self.articles.status.connect(self._status)
        self.operations.changed.connect(self.apply)
        self.conflicts.status.connect(self._status)
        self.conflict_bar.resolveRequested.connect(self.conflicts.resolve_all)
        self.conflict_bar.compareRequested.connect(
            lambda: self.conflicts.compare(self.session.article_id)
        )
        self.problems.retryRequested.connect(self.articles.retry)
        self.problems.openRequested.connect(self.open_article)
        self.problems.compareRequested.connect(self.compare)
        self.problems_indicator.clicked.connect(self.show_problems)
        self.problems_dock.visibilityChanged.connect(c.problems.setChecked)
        # Only a person's click shows or hides the panel; the check mark follows the panel.
        c.problems.triggered.connect(self._toggle_problems)
        c.sync_now.triggered.connect(lambda: self.sync.sync(manual=True))
        c.work_offline.toggled.connect(self._set_offline)
        c.sites.triggered.connect(self._open_sites)
        c.review_queue.triggered.connect(lambda _checked=False: self._open_review())
        c.settings.triggered.connect(self._open_settings)
        c.about.triggered.connect(lambda: show_about(self))
        c.keyboard_shortcuts.triggered.connect(self._show_shortcuts)
        c.quit.triggered.connect(self.close)

    def _show_shortcuts(self) -> None:
        commands = [a for a in self.findChildren(QAction) if a not in self.editor.format.all()]
        self.shortcuts_dialog = ShortcutsDialog(self.editor.format.all(), commands, self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.show()

    def _icon(self) -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        return icon

    def _wire_editorial(self) -> None:
        """The workflow moves, notes, records and notifications."""
        c = self.commands
        for action, command in c.workflow().items():
            command.triggered.connect(lambda _=False, a=action: self.moves.run(a))
        self.returned_banner.resubmitRequested.connect(lambda: self.moves.run(Action.SUBMIT))
        self.moves.status.connect(self._status)
        self.notes_panel.addRequested.connect(self.notes.add)
        self.notes_panel.replyRequested.connect(self.notes.reply)
        self.notes_panel.paragraphChosen.connect(self.editor.go_to_paragraph)
        self.editor.paragraphChanged.connect(self.notes.follow_cursor)
        self.notes.status.connect(self._status)
        c.compare_versions.triggered.connect(self.records.compare)
        c.history.triggered.connect(self.records.history)
        self.notes_dock.visibilityChanged.connect(c.notes.setChecked)
        c.notes.triggered.connect(self._toggle_notes)
        self.sync.started.connect(self.watch.before_sync)
        self.notifications.notified.connect(self._notified)
        self.notifications.chosen.connect(self._notification_chosen)
        self.watch.queueRead.connect(self._queue_read)

    def _compose_writing_desk(self) -> None:
        """Typography as you type, the outline, the paragraph's counts, focus mode, the
        editor's font."""
        settings, editor = self.ctx.settings, self.editor
        fields = (editor.title, editor.sapo, editor.body)
        self.typography = TypographyInput(rules_from(settings), fields, self)
        self.outline_dock = add_outline_dock(self, editor.body)
        self.paragraph_counts = ParagraphCounts(editor)
        self.statusBar().insertPermanentWidget(0, self.paragraph_counts)
        hidden = (self.article_list, self.preview, self.conflict_bar, self.returned_banner)
        self.focus = FocusMode(self, editor, self.tabs, hidden)
        self.menus.view.addSeparator()
        self.menus.view.addActions([self.outline_dock.toggleViewAction(), self.focus.action])
        apply_editor_font(editor, settings.editor_font_family, settings.editor_font_size)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Newsdesk"))
        self.commands.retranslateUi()
        self.tabs.setTabText(0, self.tr("Article"))
        self.tabs.setTabText(1, self.tr("Details and bylines"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.notes_dock.setWindowTitle(self.tr("Notes"))
        self.menus.retranslateUi()
        self.edit.retranslateUi()
        self.outline_dock.setWindowTitle(self.tr("Outline"))
        self.focus.retranslateUi()
        self._update_connection_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # state ---------------------------------------------------------------------------------

    def reload_list(self) -> None:
        panel = self.article_list
        summaries = self.ctx.store.list_articles(status=panel.status_filter(), query=panel.query())
        panel.set_articles(summaries)

    def reload_sites(self) -> None:
        settings = self.ctx.settings
        sites = self.ctx.store.list_sites()
        if sites and settings.default_site not in {s.name for s in sites}:
            settings.default_site = sites[0].name
            self.ctx.save_settings()
        self.metadata.set_sites(sites, settings.default_site)
        self._reviewing = any(s.desk_role is DeskRole.EDITOR for s in sites)
        self.workflow.read_state(self.session.article)
        self._update_actions()

    def _show_article(self, article: Article | None) -> None:
        self.editor.set_article(article)
        self.metadata.set_article(article)
        self.preview.show_article(article)
        self._show_editorial()
        self.workflow.read_state(article)
        self._update_actions()

    def _show_editorial(self) -> None:
        """The returned banner and the notes, for the open article as stored."""
        article = self.session.article
        store = self.ctx.store
        if article is None or article.id is None:
            self.returned_banner.show_for(None, [], [])
        else:
            self.returned_banner.show_for(
                article,
                store.audit(article.id),
                store.notes(article.id),
                self.workflow.site_for(article.id),
            )
        self.notes.show()

    def _update_actions(self) -> None:
        """Enable what makes sense now, from the state read when it last changed: no query."""
        c = self.commands
        article_id = self.session.article_id
        site = self.workflow.state.site
        self.preview.set_theme(theme_for_site(site.kind if site is not None else None))
        self.conflict_bar.setVisible(bool(article_id) and self.workflow.state.conflicts)
        c.delete_article.setEnabled(bool(article_id))
        for action, command in c.workflow().items():
            command.setEnabled(self.moves.can(action))
        c.compare_versions.setEnabled(bool(article_id))
        c.history.setEnabled(bool(article_id))
        c.sync_now.setEnabled(not self.sync.offline)
        c.review_queue.setEnabled(self._reviewing)
        c.show_editor_commands(self._reviewing)

    def apply(self, changes: Changes) -> None:
        """Show what an operation (or a sync) changed: each part reads again its own share."""
        if changes.sites:
            self.reload_sites()
        if changes.list or changes.articles:
            self.reload_list()
        open_id = self.session.article_id
        if open_id and open_id in changes.articles:
            self.session.refresh()
        if open_id and changes.touches(open_id):
            if open_id in changes.records or open_id in changes.articles:
                self._show_editorial()
            self.workflow.read_state(self.session.article)
        self._update_actions()
        if changes.outbox or changes.conflicts or changes.articles:
            self.refresh_problems()

    def _saved(self, _article: Article) -> None:
        self.saved_label.setText(
            self.tr("Saved at {time}").format(time=shown_clock(datetime.now(UTC), seconds=True))
        )
        self.reload_list()

    def _edited(self) -> None:
        self.session.edited()
        self.notes.text_edited()

    def _update_connection_label(self) -> None:
        if self.sync.offline:
            self.connection_label.setText(self.tr("Offline"))
            self.connection_label.setToolTip(
                self.tr("Nothing is sent or fetched until you turn off Work offline")
            )
        else:
            self.connection_label.setText(self.tr("Online"))
            self.connection_label.setToolTip("")

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # commands ------------------------------------------------------------------------------

    def new_article(self) -> None:
        article = self.articles.create()
        panel = self.article_list
        if panel.status_filter() not in (None, WorkflowStatus.DRAFT) or panel.query():
            panel.search.clear()
            panel.set_status_filter(None)
            self.reload_list()
        if not panel.select(article.id or 0):
            self.session.open(article.id or 0)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.title.setFocus()

    def _synced(self, report: SyncReport) -> None:
        self.sync_progress.end()
        self._status(self.sync.describe(report))
        self._last_report, self._sync_error = report, ""
        self.apply(report.changes)
        # The problems listed are those of the last run, whatever it touched: read them again.
        if not (report.sent or report.updated_from_site or report.problems):
            self.refresh_problems()
            self.workflow.read_state(self.session.article)
            self._update_actions()
        self.moves.after_sync(report)
        self.watch.after_sync(report)

    def _notified(self, notification: Notification) -> None:
        self._status(f"{notification.title}: {notification.text}")

    def _notification_chosen(self, notification: Notification) -> None:
        self.raise_()
        self.activateWindow()
        if notification.article_id:
            self.open_article(notification.article_id)
        elif notification.review_site:
            self._open_review(notification.review_site)

    def _sync_failed(self, error: BaseException, manual: bool) -> None:
        self.sync_progress.end()
        self.errors.report(error, quiet=not manual)
        self._sync_error = " ".join(self.errors.describe(error)).strip()
        self.refresh_problems()

    def refresh_problems(self) -> None:
        """Gather the problems again, off the GUI thread: it reads every article's state."""
        self._problems_asked += 1
        asked = self._problems_asked
        store, report, error = self.ctx.store, self._last_report, self._sync_error
        self.tasks.run(
            lambda: collect_problems(store, report, error),
            lambda problems: self._show_problems(asked, problems),
        )

    def _show_problems(self, asked: int, problems: list[Problem]) -> None:
        if asked == self._problems_asked:
            self.problems.set_problems(problems)
            # Notices are listed too, but nothing went wrong: they are not counted.
            self.problems_indicator.set_count(
                sum(p.kind is not ProblemKind.NOTICE for p in problems)
            )

    def show_problems(self) -> None:
        if self.problems_dock.isHidden():
            self.problems_dock.show()
            if not self._problems_sized:
                # A few rows high; the window keeps most of its height for the article.
                self.resizeDocks([self.problems_dock], [PROBLEMS_HEIGHT], Qt.Orientation.Vertical)
                self._problems_sized = True
        self.problems_dock.raise_()
        self.problems.tree.setFocus()

    def _toggle_notes(self) -> None:
        self.notes_dock.setVisible(self.commands.notes.isChecked())
        if self.notes_dock.isVisible():
            self.notes_dock.raise_()
            self.notes_panel.text.setFocus()

    def _toggle_problems(self) -> None:
        if self.commands.problems.isChecked():
            self.show_problems()
        else:
            self.problems_dock.hide()

    def open_article(self, article_id: int) -> None:
        """Show the article in the list and the editor, whatever the list's filter was."""
        panel = self.article_list
        if not panel.select(article_id):
            panel.search.clear()
            panel.set_status_filter(None)
            self.reload_list()
            if not panel.select(article_id):
                self.session.open(article_id)
        self.tabs.setCurrentWidget(self.editor)

    def compare(self, article_id: int) -> None:
        """Open the article and the merge view of its conflict with the site."""
        self.open_article(article_id)
        self.conflicts.compare(article_id)

    def _set_offline(self, offline: bool) -> None:
        self.ctx.settings.work_offline = offline
        self.ctx.save_settings()
        self.sync.set_offline(offline)
        self._update_connection_label()
        self._update_actions()

    def _site_chosen(self, name: str) -> None:
        self.ctx.settings.default_site = name
        self.ctx.save_settings()
        self.workflow.read_state(self.session.article)
        self._update_actions()

    def _open_sites(self) -> None:
        dialog = SitesDialog(self.ctx.desk, self.tasks, self.ctx.credentials.persistent, self)
        dialog.sitesChanged.connect(lambda: self.apply(Changes(sites=True)))
        dialog.exec()
        dialog.deleteLater()

    def _open_review(self, site_name: str = "") -> ReviewDialog:
        """The review queue, beside the window: open submissions while it stays up."""
        dialog = self.review
        if dialog is None:
            dialog = ReviewDialog(self.ctx.desk, self.tasks, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.articleOpened.connect(self.open_article)
            dialog.finished.connect(self._review_closed)
            self.review = dialog
        if site_name and dialog.site.findText(site_name) >= 0:
            dialog.site.setCurrentIndex(dialog.site.findText(site_name))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.refresh()
        return dialog

    def _review_closed(self) -> None:
        self.review = None

    def _queue_read(self, site_name: str, posts: list[RemotePost]) -> None:
        if self.review is not None:
            self.review.show_posts(site_name, posts)

    def _open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.fontChosen.connect(lambda family, size: apply_editor_font(self.editor, family, size))
        if dialog.exec():
            self.apply_settings(dialog.choices())
        else:  # the font previewed goes back
            settings = self.ctx.settings
            apply_editor_font(self.editor, settings.editor_font_family, settings.editor_font_size)
        dialog.deleteLater()

    def apply_settings(self, choices: Choices) -> None:
        """Keep the choices and use them now: the language switches at once."""
        settings = self.ctx.settings
        settings.language = choices.language
        settings.sync_interval_seconds = choices.sync_interval_seconds
        self.ctx.save_settings()
        self.sync.set_interval(choices.sync_interval_seconds)
        self._apply_writing_settings(choices)
        self.translations.use(choose_language(choices.language, QLocale.system()))

    def _apply_writing_settings(self, choices: Choices) -> None:
        settings = self.ctx.settings
        if choices.typography is not None:
            rules = choices.typography
            settings.typography_quotes, settings.typography_dashes = rules.quotes, rules.dashes
            settings.typography_ellipsis = rules.ellipsis
            settings.typography_unit_spaces = rules.unit_spaces
            settings.typography_date_spaces = rules.date_spaces
            self.typography.set_rules(rules)
        if choices.font_family is not None:
            settings.editor_font_family = choices.font_family
        if choices.font_size is not None:
            settings.editor_font_size = choices.font_size
        self.ctx.save_settings()
        apply_editor_font(self.editor, settings.editor_font_family, settings.editor_font_size)

    # window state --------------------------------------------------------------------------

    def restore_window_state(self) -> None:
        """Geometry and splitters as they were, and the article that was open."""
        if self._window_state is None:
            return
        if not restore_window_state(self._window_state, self, self.splitter):
            fit_to_screen(self)
        last = self._window_state.value("session/article", 0)
        remembered = int(last) if isinstance(last, int | str) and str(last).isdigit() else 0
        if not self.article_list.select(remembered):
            self.article_list.select_first()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.flush()
        self.sync.stop()
        self.tasks.wait(CLOSE_WAIT_MS)
        self.session.flush()
        self.focus.leave()  # the window's state is saved as it is outside focus mode
        self.places.remember()
        if self._window_state is not None:
            self._window_state.setValue("session/article", self.session.article_id)
            save_window_state(self._window_state, self, self.splitter)
        super().closeEvent(event)
