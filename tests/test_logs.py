"""The log file stays private and never keeps a secret."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from newsdesk.logs import hide_secrets, start_logging, stop_logging


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Authorization: Basic dXNlcjpwYXNz sent", "Authorization: Basic *** sent"),
        ("login failed: password=hunter2&user=pv", "login failed: password=***&user=pv"),
        ("GET https://pv:abcd%20efgh@example.org/", "GET https://pv:***@example.org/"),
        ("{'app_password': 'abcd efgh ijkl'}", "{'app_password': ***}"),
        ("a passage of text: nothing secret", "a passage of text: nothing secret"),
    ],
)
def test_secrets_are_masked(text: str, kept: str) -> None:
    assert hide_secrets(text) == kept


def test_the_log_is_private_and_masks_what_it_writes(tmp_path: Path) -> None:
    path = start_logging(tmp_path / "desk")
    try:
        logging.getLogger("newsdesk.sites.http").warning("sent Authorization: Bearer tok3n")
    finally:
        stop_logging()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    written = path.read_text(encoding="utf-8")
    assert "Authorization: Bearer ***" in written
    assert "tok3n" not in written
