"""The log file: what went wrong and where, kept beside the user's data (rotated, private)."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "newsdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

# A secret written into a message by mistake: a header, a URL's user info, a form field.
_KEY = r"(?:authorization|pass(?:word)?)['\"]?\s*[:=]\s*"
_SECRETS = (
    re.compile(rf"(?i)({_KEY})(['\"])[^'\"]*\2"),  # quoted: up to the closing quote
    re.compile(rf"(?i)({_KEY}(?:basic\s+|bearer\s+)?)(?!['\"*])[^\s'\",}}&)\]]+"),
    re.compile(r"(//[^/@\s:]+:)[^/@\s]+(?=@)"),  # https://user:secret@host
)


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def hide_secrets(text: str) -> str:
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: m.group(1) + "***", text)
    return text


class SecretFreeFormatter(logging.Formatter):
    """Masks passwords and authorization values in the message and the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return hide_secrets(super().format(record))


def start_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Write the ``newsdesk`` loggers to a rotating file under ``data_dir``; its path.

    Calling it again (a second window in the same process) replaces the earlier handler.
    """
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.parent.chmod(0o700)  # rotated files inherit no mode: the folder keeps them private
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    path.chmod(0o600)
    handler.setFormatter(SecretFreeFormatter(FORMAT))
    handler.set_name(LOG_NAME)
    stop_logging()
    logger = logging.getLogger("newsdesk")
    logger.addHandler(handler)
    logger.setLevel(min(level, logger.level or level))
    return path


def stop_logging() -> None:
    """Close the log file (what :func:`start_logging` opened), if it is open."""
    logger = logging.getLogger("newsdesk")
    for handler in [h for h in logger.handlers if h.get_name() == LOG_NAME]:
        logger.removeHandler(handler)
        handler.close()
