"""Where Newsdesk keeps the user's data and settings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Newsdesk"
DATA_DIR_ENV = "NEWSDESK_DATA_DIR"


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
