"""Help > Keyboard shortcuts lists the keys the window really answers to, in the language
chosen."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from newsdesk.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.sync_fakes import add_site


def native(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


def open_shortcuts(qtbot, window) -> ShortcutsDialog:
    assert window.commands.keyboard_shortcuts in window.menus.help.actions()
    window.commands.keyboard_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_help_menu_lists_the_formatting_and_list_keys(qtbot, window):
    dialog = open_shortcuts(qtbot, window)
    rows = dict(dialog.rows())
    assert rows[native("Ctrl+B")] == "Bold"
    assert rows[native("Ctrl+I")] == "Italic"
    assert rows[native("Ctrl+K")] == "Link the selected words"
    assert rows[native("Ctrl+Shift+7")] == "Make the lines a numbered list"
    assert rows[native("Ctrl+Shift+8")] == "Make the lines a bulleted list"
    assert rows[native("Tab")] == "In a list: move the item one level in"
    assert rows[native("Shift+Tab")] == "In a list: move the item one level out"
    assert rows[native("Ctrl+N")] == "Start a new article"
    assert native("Ctrl+Shift+A") not in rows  # approving is hidden on a reporter's desk
    keys = [key for key, _what in dialog.rows()]
    assert keys.count(native("Enter")) == 2  # continue a list, end it
    titles = [what for key, what in dialog.rows() if not key]
    assert titles == ["Formatting the text", "Lists, quotes and undo", "Articles and the window"]
    dialog.close()


def test_every_key_listed_says_what_it_does(qtbot, window):
    dialog = open_shortcuts(qtbot, window)
    rows = dialog.rows()
    assert [key for key, what in rows if key and not what.strip()] == []
    found = dict(rows)
    assert found[native("Ctrl+F")] == "Find words in the title, sapo and body"
    assert found[native("Esc")] == "Leave focus mode"
    dialog.close()


def test_an_editors_desk_lists_the_editors_moves(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    dialog = open_shortcuts(qtbot, window)
    rows = dict(dialog.rows())
    assert rows[native("Ctrl+Shift+A")] == "Approve the article (the site's checklist must pass)"
    dialog.close()


def test_the_list_follows_the_language(qtbot, window, translations):
    translations.use("vi")
    QApplication.processEvents()  # the actions take the new language
    try:
        dialog = open_shortcuts(qtbot, window)
        rows = dict(dialog.rows())
        assert rows[native("Ctrl+B")] == "Chữ đậm"
        dialog.close()
    finally:
        translations.use("en")
