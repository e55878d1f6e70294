"""The desk's files are the user's alone: the database with its WAL, the photos, the settings.
Made so when they are created, whatever the umask, and put right at start-up."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core.article import new_article
from newsdesk.paths import Paths
from newsdesk.settings import Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask 022", "umask 000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def use_the_desk(paths: Paths, photo: Path) -> Path:
    """Open the desk as the app does, write an article (the WAL fills), keep a photo, save
    the settings; the photo's copy."""
    ctx = AppContext.open(paths)
    try:
        ctx.store.create_article(new_article(title="Hội nghị giao ban"))
        _ref, kept = ctx.store.photos.keep(photo)
        ctx.settings.language = "vi"
        ctx.save_settings()
        assert paths.database.with_name(paths.database.name + "-wal").exists()
        return kept
    finally:
        ctx.close()


def test_a_new_desk_is_private_to_its_user(tmp_path: Path, umask: int) -> None:
    photo = tmp_path / "toàn cảnh.png"
    Image.new("RGB", (8, 8)).save(photo)
    paths = Paths.resolve(tmp_path / "desk")

    ctx = AppContext.open(paths)
    try:
        ctx.store.create_article(new_article(title="Hội nghị giao ban"))
        _ref, kept = ctx.store.photos.keep(photo)
        ctx.save_settings()
        database = paths.database
        companions = [database.with_name(database.name + s) for s in ("-wal", "-shm")]
        # While the desk is open: SQLite's own files exist, and are private too.
        for path in (database, *companions, kept, paths.settings_file):
            assert mode(path) == 0o600, path
        for folder in (paths.data_dir, paths.data_dir / "photos", kept.parent):
            assert mode(folder) == 0o700, folder
    finally:
        ctx.close()


def test_files_left_open_by_an_older_version_are_put_right_at_start_up(tmp_path: Path) -> None:
    photo = tmp_path / "anh.jpg"
    Image.new("RGB", (8, 8)).save(photo)
    paths = Paths.resolve(tmp_path / "desk")
    kept = use_the_desk(paths, photo)
    opened = [paths.database, kept, paths.settings_file]
    for path in opened:
        path.chmod(0o644)
    for folder in (paths.data_dir, paths.data_dir / "photos", kept.parent):
        folder.chmod(0o755)
    mine = paths.data_dir / "ghi-chu-rieng.txt"  # not Newsdesk's: left as the user made it
    mine.write_text("của tôi", encoding="utf-8")
    mine.chmod(0o644)

    AppContext.open(paths).close()

    assert [mode(path) for path in opened] == [0o600] * 3
    assert mode(paths.data_dir) == mode(paths.data_dir / "photos") == mode(kept.parent) == 0o700
    assert mode(mine) == 0o644


def test_settings_are_written_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "cau-hinh" / "settings.json"
    Settings(language="vi").save(path)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert Settings.load(path).language == "vi"
