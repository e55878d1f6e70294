"""Control and text-direction characters never get into an article from the window: typed
(an input method's commit), pasted or put in any field, they are gone at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from newsdesk.core.article import Byline, new_article
from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.metadata_panel import MetadataPanel
from tests.ui.helpers import commit_text

HOSTILE_TITLE = "Hội nghị\x1b[2J giao\x00 ban\u202e VI quý\u2066\u200f"


def test_typed_and_pasted_control_characters_are_removed(qtbot, tmp_path: Path) -> None:
    editor = EditorPanel(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(editor)
    editor.set_article(new_article(title=""))

    commit_text(editor.title, HOSTILE_TITLE)
    commit_text(editor.sapo, "Sa-pô\x07 ngắn\u202d.")
    pasted = QMimeData()
    pasted.setText("Đoạn một\x1b]0;pwned\x07.\r\n\r\nĐoạn\thai\x9b31m.\u2067")
    editor.body.insertFromMimeData(pasted)

    assert editor.title.text() == "Hội nghị[2J giao ban VI quý"
    assert editor.sapo.toPlainText() == "Sa-pô ngắn."
    assert editor.body.toPlainText() == "Đoạn một]0;pwned.\n\nĐoạn\thai31m."
    article = editor.apply_to(new_article(title=""))
    assert (article.title, article.sapo) == ("Hội nghị[2J giao ban VI quý", "Sa-pô ngắn.")
    assert article.body == "Đoạn một]0;pwned.\n\nĐoạn\thai31m."


def test_details_fields_are_cleaned_too(qtbot, tmp_path: Path) -> None:
    details = MetadataPanel(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(details)
    details.set_article(new_article(title="Tin"))

    commit_text(details.tags, "Mặt trận\u202e, \x1b[31mđoàn thể")
    commit_text(details.source, "Báo\x00 Quảng Trị\u2068")
    row = details.bylines.add_byline()
    commit_text(row.name, "Thủy\x1b Phương\u200e")

    article = details.apply_to(new_article(title="Tin"))
    assert article.tags == ("Mặt trận", "[31mđoàn thể")
    assert article.source == "Báo Quảng Trị"
    assert article.bylines == (Byline("Thủy Phương"),)
