"""The window's actions, one registry per area. Created once; texts set in retranslateUi()."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import TRANSITIONS, Action

Key = QKeySequence.StandardKey
# Moves no reporter may make: a desk with no editor's role on any site does not show them.
EDITOR_MOVES = frozenset(t.action for t in TRANSITIONS) - frozenset(
    t.action for t in TRANSITIONS if DeskRole.REPORTER in t.roles
)


def _action(
    owner: QWidget,
    shortcut: QKeySequence | Key | str | None = None,
    icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    action = QAction(owner)
    if shortcut is not None:
        sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        action.setShortcut(sequence)
    if icon is not None:
        action.setIcon(owner.style().standardIcon(icon))
    return action


def _describe(action: QAction, text: str, tip: str) -> None:
    """Menu text, and a tooltip that names the shortcut."""
    action.setText(text)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    action.setStatusTip(tip)


class MainActions(QObject):
    """Article, workflow, site and application commands of the main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        pix = QStyle.StandardPixmap
        self.new_article = _action(window, Key.New, pix.SP_FileIcon)
        self.delete_article = _action(window, "Ctrl+Shift+Del", pix.SP_TrashIcon)
        self.submit = _action(window, "Ctrl+Shift+Return", pix.SP_ArrowUp)
        self.return_article = _action(window, None, pix.SP_ArrowBack)
        self.approve = _action(window, "Ctrl+Shift+A", pix.SP_DialogYesButton)
        self.schedule = _action(window, None, pix.SP_FileDialogInfoView)
        self.publish = _action(window, "Ctrl+Shift+P", pix.SP_DialogApplyButton)
        self.unpublish = _action(window, None, pix.SP_DialogCancelButton)
        self.correct = _action(window, None, pix.SP_DialogSaveButton)
        self.compare_versions = _action(window, "Ctrl+Shift+D", pix.SP_FileDialogContentsView)
        self.history = _action(window, "Ctrl+Shift+H", pix.SP_FileDialogListView)
        self.sync_now = _action(window, Key.Refresh, pix.SP_BrowserReload)
        self.work_offline = _action(window)
        self.work_offline.setCheckable(True)
        self.sites = _action(window, None, pix.SP_DriveNetIcon)
        self.review_queue = _action(window, "Ctrl+Shift+R", pix.SP_FileDialogDetailedView)
        self.problems = _action(window, "Ctrl+Shift+E", pix.SP_MessageBoxWarning)
        self.problems.setCheckable(True)
        self.notes = _action(window, "Ctrl+Shift+N", pix.SP_FileDialogDetailedView)
        self.notes.setCheckable(True)
        preferences = QKeySequence(Key.Preferences)
        self.settings = _action(window, preferences if not preferences.isEmpty() else "Ctrl+,")
        self.about = _action(window)
        self.keyboard_shortcuts = _action(window, "Ctrl+/")
        self.quit = _action(window, Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.retranslateUi()

    def workflow(self) -> dict[Action, QAction]:
        """The action of each workflow move."""
        return {
            Action.SUBMIT: self.submit,
            Action.RETURN: self.return_article,
            Action.APPROVE: self.approve,
            Action.SCHEDULE: self.schedule,
            Action.PUBLISH: self.publish,
            Action.UNPUBLISH: self.unpublish,
            Action.CORRECT: self.correct,
        }

    def show_editor_commands(self, shown: bool) -> None:
        """The editor's moves and the review queue, in the menu and the toolbar: shown on a
        desk that edits on some site, hidden on a reporter's."""
        for action, command in self.workflow().items():
            if action in EDITOR_MOVES:
                command.setVisible(shown)
        self.review_queue.setVisible(shown)

    def retranslateUi(self) -> None:
        _describe(self.new_article, self.tr("&New article"), self.tr("Start a new article"))
        _describe(self.delete_article, self.tr("&Delete article"), self.tr("Delete the article"))
        _describe(
            self.submit,
            self.tr("Su&bmit for review"),
            self.tr("Send the article to the site for an editor to review"),
        )
        _describe(
            self.return_article,
            self.tr("&Return to reporter…"),
            self.tr("Send the article back to the reporter with a note saying what to change"),
        )
        _describe(
            self.approve,
            self.tr("&Approve"),
            self.tr("Approve the article (the site's checklist must pass)"),
        )
        _describe(
            self.schedule,
            self.tr("Sc&hedule…"),
            self.tr("Publish the article at a chosen time (Vietnam time)"),
        )
        _describe(
            self.publish, self.tr("&Publish now"), self.tr("Publish the article on the site now")
        )
        _describe(
            self.unpublish,
            self.tr("&Unpublish"),
            self.tr("Take the published article off the site"),
        )
        _describe(
            self.correct,
            self.tr("Publish c&orrection…"),
            self.tr("Publish the corrected article; the earlier version is kept"),
        )
        _describe(
            self.compare_versions,
            self.tr("&Compare versions…"),
            self.tr("Two versions of the article side by side, the changed words marked"),
        )
        _describe(
            self.history,
            self.tr("Hi&story…"),
            self.tr("Who moved the article when, and why; export for the records"),
        )
        _describe(
            self.sync_now,
            self.tr("&Sync now"),
            self.tr("Send waiting articles and fetch changes from the sites"),
        )
        _describe(
            self.work_offline,
            self.tr("Work &offline"),
            self.tr("Keep everything on this computer until you turn this off"),
        )
        _describe(self.sites, self.tr("S&ites…"), self.tr("Add, test and remove sites"))
        _describe(
            self.review_queue,
            self.tr("&Review queue…"),
            self.tr("Articles reporters have submitted for review"),
        )
        _describe(
            self.problems,
            self.tr("&Problems"),
            self.tr("Sync problems and conflicts, with what to do about each"),
        )
        _describe(
            self.notes,
            self.tr("&Notes"),
            self.tr("Notes on the article's paragraphs, for everyone working on it"),
        )
        _describe(self.settings, self.tr("Se&ttings…"), self.tr("Language and sync settings"))
        _describe(
            self.keyboard_shortcuts,
            self.tr("&Keyboard shortcuts"),
            self.tr("The keys for formatting, lists and the window's commands"),
        )
        _describe(self.about, self.tr("&About Newsdesk"), self.tr("About Newsdesk"))
        _describe(self.quit, self.tr("&Quit"), self.tr("Close Newsdesk"))


class FormatActions(QObject):
    """Markdown formatting of the article body; shortcuts work while the editor has focus."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        self.bold = _action(editor, Key.Bold)
        self.italic = _action(editor, Key.Italic)
        self.heading = _action(editor, "Ctrl+Alt+2")
        self.numbered_list = _action(editor, "Ctrl+Shift+7")
        self.bullet_list = _action(editor, "Ctrl+Shift+8")
        self.quote = _action(editor, "Ctrl+Shift+9")
        self.link = _action(editor, "Ctrl+K")
        self.image = _action(editor, "Ctrl+Shift+I")
        bold_font, italic_font = QFont(), QFont()
        bold_font.setBold(True)
        italic_font.setItalic(True)
        self.bold.setFont(bold_font)
        self.italic.setFont(italic_font)
        for action in self.all():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            editor.addAction(action)
        self.retranslateUi()

    def all(self) -> tuple[QAction, ...]:
        return (
            self.bold,
            self.italic,
            self.heading,
            self.numbered_list,
            self.bullet_list,
            self.quote,
            self.link,
            self.image,
        )

    def retranslateUi(self) -> None:
        # Button faces are short letters or words; the tooltip says the whole thing.
        _describe(self.bold, self.tr("B", "toolbar face for bold"), self.tr("Bold"))
        _describe(self.italic, self.tr("I", "toolbar face for italic"), self.tr("Italic"))
        _describe(self.heading, self.tr("Heading"), self.tr("Make the line a subheading"))
        _describe(
            self.numbered_list,
            self.tr("1. List", "toolbar face for a numbered list"),
            self.tr("Make the lines a numbered list"),
        )
        _describe(
            self.bullet_list,
            self.tr("• List", "toolbar face for a bulleted list"),
            self.tr("Make the lines a bulleted list"),
        )
        _describe(self.quote, self.tr("Quote"), self.tr("Make the lines a quotation"))
        _describe(self.link, self.tr("Link"), self.tr("Link the selected words"))
        _describe(self.image, self.tr("Image"), self.tr("Insert a picture into the text"))
