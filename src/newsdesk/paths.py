"""Where Newsdesk keeps the user's data and settings, and keeping them private to the user.

The database, the photo folder, the settings and everything else beside them are the user's
work and nobody else's: folders are made ``0700`` and files ``0600`` when they are created,
whatever the umask, and :func:`make_private` puts right what an older version left open.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Newsdesk"
DATA_DIR_ENV = "NEWSDESK_DATA_DIR"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Paths:
    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "newsdesk.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> Paths:
        """``--data-dir`` wins, then ``NEWSDESK_DATA_DIR``, then the platform's data folder.

        With an explicit data folder the settings live beside the data, so one folder is one
        self-contained desk (handy for tests, demos and a second profile).
        """
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, config_dir=root)
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )


def _posix() -> bool:
    return os.name == "posix"


def _set_mode(path: Path, mode: int) -> None:
    """``path`` given ``mode``; a file someone else owns keeps its mode (and work goes on)."""
    try:
        path.chmod(mode)
    except OSError as error:
        log.warning("Could not make %s private to the user: %s", path, error.strerror or error)


def private_dir(path: Path) -> Path:
    """``path`` as a folder only its owner can enter (made, with its parents, if missing)."""
    path.mkdir(parents=True, exist_ok=True)
    if _posix() and stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        _set_mode(path, PRIVATE_DIR_MODE)  # mkdir's mode is cut by the umask, so set it after
    return path


def open_private_file(path: Path, *, exclusive: bool = False) -> int:
    """A descriptor for writing ``path``, created (or truncated) readable by its owner only.

    ``exclusive``: fail if the file already exists. A symbolic link at ``path`` is not
    followed (the data would go wherever it points).
    """
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    if _posix():
        os.fchmod(descriptor, PRIVATE_FILE_MODE)  # the umask may have cut the mode above
    return descriptor


def write_private_bytes(path: Path, data: bytes) -> None:
    """``data`` written to ``path``, a file readable by its owner only."""
    with os.fdopen(open_private_file(path), "wb") as stream:
        stream.write(data)


def make_file_private(path: Path) -> None:
    """An existing file made readable by its owner only (nothing happens if it is missing)."""
    if not _posix():
        return
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode) and stat.S_IMODE(mode) != PRIVATE_FILE_MODE:
        _set_mode(path, PRIVATE_FILE_MODE)


def make_tree_private(folder: Path) -> None:
    """``folder`` and everything in it private to its owner (a missing folder is left be).

    A folder that is already private is taken to be private throughout (Newsdesk makes
    everything in it private; and nobody else can reach inside anyway): start-up does not
    walk thousands of photos every time.
    """
    if not _posix():
        return
    try:
        mode = folder.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(mode) or stat.S_IMODE(mode) == PRIVATE_DIR_MODE:
        return
    _set_mode(folder, PRIVATE_DIR_MODE)
    waiting = [folder]
    while waiting:
        with os.scandir(waiting.pop()) as entries:
            for entry in entries:
                mode = entry.stat(follow_symlinks=False).st_mode
                if stat.S_ISDIR(mode):
                    waiting.append(Path(entry.path))
                    wanted = PRIVATE_DIR_MODE
                elif stat.S_ISREG(mode):
                    wanted = PRIVATE_FILE_MODE
                else:  # a symbolic link, a pipe: not Newsdesk's
                    continue
                if stat.S_IMODE(mode) != wanted:
                    _set_mode(Path(entry.path), wanted)


def make_private(paths: Paths) -> None:
    """The data and settings folders and what Newsdesk keeps in them private to the user:
    run at start-up, it puts right what was created before files were made private.

    Other files a person keeps in those folders are left as they are (the folders' own mode
    already keeps them from other users)."""
    for folder in dict.fromkeys((paths.data_dir, paths.config_dir)):
        private_dir(folder)
    for file in (
        *paths.data_dir.glob(paths.database.name + "*"),  # -wal, -shm, .bak-<revision>
        paths.settings_file,
        paths.config_dir / "window.ini",
    ):
        make_file_private(file)
    for folder in (paths.data_dir / "photos", paths.data_dir / "preview"):
        make_tree_private(folder)
