"""Every menu's Alt-letters are unique, in both languages, so a key press never has to guess."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from newsdesk.ui.settings_dialog import Choices


def mnemonic(text: str) -> str:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else ""


def letters(texts: list[str]) -> list[str]:
    return [m for m in (mnemonic(t) for t in texts) if m]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_two_entries_share_an_alt_letter(qtbot, window, language):
    window.apply_settings(Choices(language=language, sync_interval_seconds=60))
    try:
        if language == "vi":
            qtbot.waitUntil(lambda: window.commands.approve.text() == "&Duyệt")
        bar = window.menuBar()
        titles = [action.text() for action in bar.actions()]
        assert len(set(letters(titles))) == len(letters(titles)), titles
        for action in bar.actions():
            menu = action.menu()
            assert isinstance(menu, QMenu)
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert len(set(letters(texts))) == len(letters(texts)), texts
    finally:
        window.apply_settings(Choices(language="en", sync_interval_seconds=60))
