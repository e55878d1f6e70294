"""User preferences: one typed object, defaults in one table, stored as JSON."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from newsdesk.paths import private_dir, write_private_bytes

log = logging.getLogger(__name__)

LANGUAGES = ("", "vi", "en")  # "" follows the system locale


@dataclass(slots=True)
class Settings:
    language: str = ""
    default_site: str = ""
    work_offline: bool = False
    sync_interval_seconds: int = 60
    autosave_delay_ms: int = 800
    # Typography applied as you type: curly quotes, en dash, ellipsis on; no-break spaces off.
    typography_quotes: bool = True
    typography_dashes: bool = True
    typography_ellipsis: bool = True
    typography_unit_spaces: bool = False
    typography_date_spaces: bool = False
    # The editor's font: "" and 0 keep the system's.
    editor_font_family: str = ""
    editor_font_size: int = 0

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in raw.items():
            default = getattr(cls(), name, None) if name in known else None
            if name in known and isinstance(value, type(default)):
                values[name] = value
        settings = cls(**values)
        if settings.language not in LANGUAGES:
            settings.language = ""
        return settings

    def save(self, path: Path) -> None:
        """Written whole (or not at all) to ``path``, readable by the user only."""
        private_dir(path.parent)
        tmp = path.with_suffix(".tmp")
        text = json.dumps(asdict(self), ensure_ascii=False, indent=2)
        write_private_bytes(tmp, text.encode("utf-8"))
        tmp.replace(path)
