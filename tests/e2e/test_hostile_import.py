"""A Markdown file from someone else, imported from the command line: it brings in only the
pictures beside it and nothing else, says why each other image stayed out, and still comes
in whole. Files that are no article at all are refused with the reason."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.render.photos import photos_in
from tests.e2e.helpers import show
from tests.hostile_files import bomb_png, text_named_png, truncated_png

SECRET = "mật khẩu: hunter2-bí-mật"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"


def run_import(desk: Path, source: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", "--data-dir", str(desk), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def desk_files(desk: Path) -> list[Path]:
    return [path for path in desk.rglob("*") if path.is_file()]


def test_only_pictures_beside_the_file_come_in_and_each_refusal_says_why(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwords.txt").write_text(SECRET, encoding="utf-8")
    outside_photo = secret / "ngoai.png"
    Image.new("RGB", (20, 10), (9, 9, 9)).save(outside_photo)
    folder = tmp_path / "bài"
    (folder / "anh").mkdir(parents=True)
    Image.new("RGB", (40, 30), (10, 120, 200)).save(folder / "anh" / "toàn cảnh.png")
    (folder / "loi-tat.png").symlink_to(outside_photo)
    text_named_png(folder / "mat-khau.png")
    truncated_png(folder / "dang-do.png")
    bomb_png(folder / "khong-lo.png")
    tiny_png = base64.b64encode((folder / "anh" / "toàn cảnh.png").read_bytes()).decode()
    refused = {
        "../secret/passwords.txt": "outside the article's folder",
        "%2e%2e/secret/ngoai.png": "outside the article's folder",
        "anh/../../secret/ngoai.png": "outside the article's folder",
        str(outside_photo): "absolute path",
        "C:/Users/pv/ngoai.png": "absolute path",
        outside_photo.as_uri(): "“file:” addresses are not read",
        f"data:image/png;base64,{tiny_png}": "“data:” addresses are not read",
        "loi-tat.png": "outside the article's folder",  # a symbolic link leading out
        "mat-khau.png": "its content is not a picture, or the file is damaged",
        "dang-do.png": "its content is not a picture, or the file is damaged",
        "khong-lo.png": "more than 50 million pixels",
        "anh%00.png": "its name holds a NUL character",
    }
    # The sample article, its photos between its two long paragraphs.
    title, first, second, byline = SAMPLE.read_text(encoding="utf-8").strip().split("\n\n")
    images = [f"![Ảnh {n}]({target})" for n, target in enumerate(refused)]
    images.append("![Toàn cảnh](<anh/toàn cảnh.png>)")
    paragraphs = [title, first, *images, second, byline]
    source = folder / "tin.md"
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    desk = tmp_path / "desk"

    result = run_import(desk, source)

    assert result.returncode == 0, result.stderr
    problems = result.stderr.splitlines()
    for target, why in refused.items():
        (line,) = [p for p in problems if f"“{target}”" in p]
        assert "tin.md" in line
        assert why in line
    # The article came in whole; each refused image stays as it was written.
    article = show(desk, int(result.stdout))
    body = article["body"]
    assert article["title"] == title.removeprefix("# ")
    assert article["bylines"] == [{"name": "Thủy Phương", "role": ""}]
    (ref,) = photos_in(body)
    assert body == "\n\n".join([first, *images[:-1], f"![Toàn cảnh]({ref})", second])
    assert ref.endswith("/toan-canh.png")
    # Only that photo was copied; nothing of the secret folder is anywhere in the desk.
    (kept,) = (desk / "photos").rglob("*.*")
    assert kept.read_bytes() == (folder / "anh" / "toàn cảnh.png").read_bytes()
    for path in desk_files(desk):
        assert SECRET.encode() not in path.read_bytes()
        assert (secret / "ngoai.png").read_bytes() not in path.read_bytes()


def test_a_file_too_large_for_an_article_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "lon.md"
    with huge.open("wb") as stream:
        stream.write("# Tít\n\n".encode())
        stream.truncate(64 * 2**20)  # 64 MB, sparse: cheap to make

    result = run_import(tmp_path / "desk", huge)

    assert result.returncode == 1
    assert "lon.md is larger than 4 MB: too large for one article." in result.stderr
    assert "split it into several articles" in result.stderr


@pytest.mark.parametrize("make", ["device", "pipe", "folder", "link to a device"])
def test_a_device_a_pipe_or_a_folder_is_refused_at_once(tmp_path: Path, make: str) -> None:
    source: Path = Path("/dev/zero")
    if make == "pipe":
        source = tmp_path / "tin.md"
        os.mkfifo(source)  # reading it would wait for a writer that never comes
    elif make == "folder":
        source = tmp_path / "thu-muc.md"
        source.mkdir()
    elif make == "link to a device":
        source = tmp_path / "tin.md"
        source.symlink_to("/dev/zero")

    result = run_import(tmp_path / "desk", source)

    assert result.returncode == 1
    assert f"{source} is not a file but a folder, a device or a pipe." in result.stderr
    assert "Import a Markdown or text file." in result.stderr


def test_control_characters_are_taken_out_and_the_report_says_so(tmp_path: Path) -> None:
    source = tmp_path / "tin.md"
    source.write_text(
        "# Hội nghị\x1b]0;pwned\x07 giao\u202e ban\u2066\x00\n\n"
        "**Sa-pô\x1b[2J có\u200b mã điều khiển.**\n\n"
        "Đoạn\tmột\x08 của\u200f bài.\n\nThủy\u200b Phương\x00\n",
        encoding="utf-8",
    )
    desk = tmp_path / "desk"

    result = run_import(desk, source)

    assert result.returncode == 0, result.stderr
    assert (
        "tin.md: Removed from the text: control characters (such as NUL or terminal escapes): 6; "
        "text-direction controls: 3; zero-width characters: 2."
    ) in result.stderr
    article = show(desk, int(result.stdout))
    assert article["title"] == "Hội nghị]0;pwned giao ban"
    assert article["sapo"] == "Sa-pô[2J có mã điều khiển."
    assert article["body"] == "Đoạn\tmột của bài."
    assert article["bylines"] == [{"name": "Thủy Phương", "role": ""}]
