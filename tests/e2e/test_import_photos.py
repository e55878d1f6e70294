"""Importing a Markdown article from the command line brings its photos into the desk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from newsdesk.render.photos import photos_in
from tests.e2e.helpers import show


def test_import_keeps_the_photos_next_to_the_file_and_names_the_missing(tmp_path: Path) -> None:
    folder = tmp_path / "bài"
    folder.mkdir()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(folder / "toàn cảnh.png")
    source = folder / "tin.md"
    source.write_text(
        "# Hội nghị giao ban\n\nĐoạn một.\n\n![Toàn cảnh](<toàn cảnh.png>)\n\n"
        "![Chân dung](chan-dung.jpg)\n",
        encoding="utf-8",
    )
    desk = tmp_path / "desk"

    result = subprocess.run(
        [sys.executable, "-m", "newsdesk", "--data-dir", str(desk), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "chan-dung.jpg" in result.stderr
    body = show(desk, int(result.stdout))["body"]
    (ref,) = photos_in(body)
    assert ref.endswith("/toan-canh.png")
    assert "![Chân dung](chan-dung.jpg)" in body
    (kept,) = (desk / "photos").rglob("toan-canh.png")
    assert kept.read_bytes() == (folder / "toàn cảnh.png").read_bytes()
