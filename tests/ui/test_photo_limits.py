"""Every way a photo enters the window passes the same check as an import: a picture too
large to decode safely, or a damaged one, is refused with the reason."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl

from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.image_chooser import ImageChooser
from tests.hostile_files import bomb_png, truncated_jpeg


def test_a_decompression_bomb_dropped_on_the_body_is_refused(qtbot, english, tmp_path):
    bomb = bomb_png(tmp_path / "toàn cảnh.png")
    editor = EditorPanel(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(editor)
    editor.body.setPlainText("Đoạn một.")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(bomb))])

    with qtbot.waitSignal(editor.problemFound) as problem:
        editor.body.insertFromMimeData(dropped)

    cause, _action = problem.args
    assert "toàn cảnh.png" in cause
    assert "more than 50 million pixels" in cause
    assert editor.body.toPlainText() == "Đoạn một."
    assert not (tmp_path / "photos").exists()


def test_the_featured_image_refuses_a_bomb_and_a_truncated_photo(qtbot, english, tmp_path):
    chooser = ImageChooser(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(chooser)
    chooser.show()
    for path, reason in (
        (bomb_png(tmp_path / "lon.png"), "the picture has more than 50 million pixels"),
        (truncated_jpeg(tmp_path / "dang-do.jpg"), "not a picture, or the file is damaged"),
    ):
        with qtbot.assertNotEmitted(chooser.changed):
            assert not chooser.choose_file(path)
        assert path.name in chooser.message.text()
        assert reason in chooser.message.text()
    assert chooser.image() is None
    assert not (tmp_path / "photos").exists()
