from __future__ import annotations

from pathlib import Path

from PIL import Image

from newsdesk.core.article import FeaturedImage
from newsdesk.store import PhotoFolder
from newsdesk.ui.image_chooser import ImageChooser, image_problem


def test_a_text_file_named_jpg_is_refused_with_a_message(qtbot, english, tmp_path: Path):
    chooser = ImageChooser(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(chooser)
    chooser.show()
    fake = tmp_path / "anh-hoi-nghi.jpg"
    fake.write_text("Đây không phải là ảnh.", encoding="utf-8")
    with qtbot.assertNotEmitted(chooser.changed):
        assert not chooser.choose_file(fake)
    assert chooser.image() is None
    assert chooser.message.isVisible()
    assert "anh-hoi-nghi.jpg" in chooser.message.text()
    assert "not a picture" in chooser.message.text()


def test_a_real_picture_is_taken_and_the_message_goes(qtbot, english, tmp_path: Path):
    chooser = ImageChooser(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(chooser)
    chooser.show()
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    assert not chooser.choose_file(fake)
    photo = tmp_path / "that.jpg"
    Image.new("RGB", (30, 20), (0, 90, 160)).save(photo, "JPEG")
    with qtbot.waitSignal(chooser.changed):
        assert chooser.choose_file(photo)
    assert not chooser.message.isVisible()
    chooser.caption.setText("Quang cảnh")
    image = chooser.image()
    assert image is not None
    assert image.caption == "Quang cảnh"
    # A copy is kept with the desk: the article keeps its photo when the original goes.
    kept = Path(image.path)
    assert kept.parent.parent == tmp_path / "photos"
    assert kept.read_bytes() == photo.read_bytes()
    photo.unlink()
    assert kept.is_file()
    assert not chooser.thumbnail.pixmap().isNull()


def test_image_problem_names_a_missing_file(tmp_path: Path):
    assert image_problem(tmp_path / "none.jpg") == "the file does not exist"
    photo = tmp_path / "ok.gif"
    Image.new("P", (4, 4)).save(photo)
    assert image_problem(photo) == ""
    scan = tmp_path / "scan.tiff"
    Image.new("RGB", (4, 4)).save(scan)
    assert image_problem(scan) == "it is a TIFF picture, which web pages cannot show"


def test_remove_clears_the_picture(qtbot, tmp_path: Path):
    chooser = ImageChooser(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(chooser)
    photo = tmp_path / "ok.png"
    Image.new("RGB", (4, 4)).save(photo)
    chooser.set_image(FeaturedImage(path=str(photo), caption="x"))
    assert chooser.remove_button.isEnabled()
    with qtbot.waitSignal(chooser.changed):
        chooser.remove_button.click()
    assert chooser.image() is None
