"""What the command line prints never drives the terminal, whatever the database holds (text
stored by an older version that did not clean it, or put there by another program)."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.core.article import new_article
from newsdesk.paths import Paths
from newsdesk.store import Store
from tests.e2e.helpers import newsdesk

ESCAPES = ("\x1b", "\x07", "\x00", "\r", "\x9b", "\u202e", "\u2066")


def test_stored_escape_codes_are_printed_harmless(tmp_path: Path) -> None:
    with Store.open(Paths.resolve(tmp_path).database) as store:
        article = store.create_article(
            new_article(
                title="Tin\x1b]0;pwned\x07 nóng\x1b[2J\u202eIV quý\u2066",
                sapo="Sa-pô\x9b31m\x00",
                body="Đoạn một.\rĐoạn hai\tcó tab.",
            )
        )

    listed = newsdesk(tmp_path, "list")
    shown = newsdesk(tmp_path, "show", str(article.id))
    as_json = newsdesk(tmp_path, "show", str(article.id), "--json")

    for printed in (listed, shown, as_json):
        assert not any(code in printed for code in ESCAPES)
    assert "Tin\ufffd]0;pwned\ufffd nóng\ufffd[2J\ufffdIV quý\ufffd" in listed
    assert "Sa-pô\ufffd31m\ufffd" in shown
    assert "Đoạn một.\ufffdĐoạn hai\tcó tab." in shown
    # JSON writes C0 controls as escapes itself; the rest is replaced like everywhere.
    assert json.loads(as_json)["title"] == "Tin\x1b]0;pwned\x07 nóng\x1b[2J\ufffdIV quý\ufffd"
