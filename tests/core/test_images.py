"""The one check every photo passes: a real picture, of a web format, within the limits."""

from __future__ import annotations

import os
import resource
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.core.images import MAX_PIXELS, ImageRefused, check_image
from tests.hostile_files import bomb_png, text_named_png, truncated_jpeg, truncated_png


def reason(path: Path) -> str:
    with pytest.raises(ImageRefused) as refused:
        check_image(path)
    assert path.name in str(refused.value)  # the message names the file
    return str(refused.value.reason)


def test_a_real_photo_passes(tmp_path: Path) -> None:
    photo = tmp_path / "hội nghị.jpg"
    Image.new("RGB", (64, 48), (0, 90, 160)).save(photo)
    info = check_image(photo)
    assert (info.format, info.width, info.height) == ("JPEG", 64, 48)


def test_a_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    bomb = bomb_png(tmp_path / "toàn cảnh.png")
    assert bomb.stat().st_size < 2 * 2**20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert reason(bomb) == f"the picture has more than {MAX_PIXELS // 1_000_000} million pixels"
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 50 * 1024  # nothing near the 2.5 GB the pixels would take


def test_a_picture_just_over_the_limit_is_refused_too(tmp_path: Path) -> None:
    # Between Pillow's limit and twice it, Pillow only warns.
    assert (
        reason(bomb_png(tmp_path / "lon.png", 7100))
        == "the picture has more than 50 million pixels"
    )


@pytest.mark.parametrize("make", [truncated_png, truncated_jpeg, text_named_png])
def test_damaged_files_and_text_named_as_pictures_are_refused(tmp_path: Path, make) -> None:
    path = make(tmp_path / f"anh.{'jpg' if make is truncated_jpeg else 'png'}")
    assert reason(path) == "its content is not a picture, or the file is damaged"


def test_a_device_or_a_folder_is_refused_without_reading_it(tmp_path: Path) -> None:
    assert reason(Path(os.devnull).parent / "zero") == "it is a folder or a device, not a file"
    assert reason(tmp_path) == "it is a folder or a device, not a file"
    pipe = tmp_path / "anh.png"
    os.mkfifo(pipe)  # opening it to read would wait for a writer for ever
    assert reason(pipe) == "it is a folder or a device, not a file"


def test_a_missing_file_and_a_format_web_pages_cannot_show(tmp_path: Path) -> None:
    assert reason(tmp_path / "none.jpg") == "the file does not exist"
    scan = tmp_path / "scan.tiff"
    Image.new("RGB", (4, 4)).save(scan)
    assert reason(scan) == "it is a TIFF picture, which web pages cannot show"
