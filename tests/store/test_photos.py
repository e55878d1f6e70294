"""The desk's photo folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.core import ValidationError
from newsdesk.store import PhotoFolder


def test_a_photo_is_kept_once_and_found_by_its_name(tmp_path: Path) -> None:
    folder = PhotoFolder(tmp_path / "photos")
    original = tmp_path / "Ảnh hội nghị.jpg"
    original.write_bytes(b"\xff\xd8 photo bytes")
    sha = hashlib.sha256(original.read_bytes()).hexdigest()

    ref, kept = folder.keep(original)
    again, same = folder.keep(original)

    assert ref == again == f"photo:{sha[:16]}/anh-hoi-nghi.jpg"
    assert kept == same == tmp_path / "photos" / sha[:16] / "anh-hoi-nghi.jpg"
    assert kept.read_bytes() == original.read_bytes()
    assert folder.find(ref) == kept
    assert folder.find(f"photo:{'f' * 16}/anh-hoi-nghi.jpg") is None
    assert folder.find("photo:../x") is None
    assert not list((tmp_path / "photos").rglob("*.part"))


def test_a_photo_from_the_site_is_kept_under_its_own_hash(tmp_path: Path) -> None:
    folder = PhotoFolder(tmp_path / "photos")
    data = b"\x89PNG from the site"
    ref, kept = folder.keep_bytes(data, "hoi-nghi.png")
    sha = hashlib.sha256(data).hexdigest()
    assert ref == f"photo:{sha[:16]}/hoi-nghi.png"
    assert kept == tmp_path / "photos" / sha[:16] / "hoi-nghi.png"
    assert folder.find(f"photo:{sha[:16]}/hoi-nghi.png") == kept


def test_a_file_that_cannot_be_read_says_so(tmp_path: Path) -> None:
    folder = PhotoFolder(tmp_path / "photos")
    with pytest.raises(ValidationError, match="could not be copied") as raised:
        folder.keep(tmp_path / "gone.jpg")
    assert "gone.jpg" in str(raised.value)


def test_an_imported_article_brings_the_photos_beside_it(tmp_path: Path) -> None:
    folder = PhotoFolder(tmp_path / "photos")
    source = tmp_path / "bai viet"
    (source / "anh").mkdir(parents=True)
    Image.new("RGB", (8, 6), (200, 10, 10)).save(source / "anh" / "hội nghị.jpg")
    elsewhere = tmp_path / "khác.png"
    Image.new("RGB", (8, 6)).save(elsewhere)
    markdown = (
        "Đoạn một.\n\n![Quang cảnh](anh/h%E1%BB%99i%20ngh%E1%BB%8B.jpg)\n\n"
        f'![Khác]({elsewhere.as_uri()} "tiêu đề")\n\n'
        "![Trên mạng](https://example.org/a.jpg)\n\n![Mất](anh/khong-co.jpg)"
    )

    adopted, skipped = folder.adopt_local_photos(markdown, source)

    one = folder.keep(source / "anh" / "hội nghị.jpg")[0]
    assert adopted == (
        f"Đoạn một.\n\n![Quang cảnh]({one})\n\n"
        f'![Khác]({elsewhere.as_uri()} "tiêu đề")\n\n'
        "![Trên mạng](https://example.org/a.jpg)\n\n![Mất](anh/khong-co.jpg)"
    )
    assert [photo.target for photo in skipped] == [elsewhere.as_uri(), "anh/khong-co.jpg"]
    assert "“file:” addresses are not read" in skipped[0].message()
    assert "no such file" in skipped[1].message()
