"""Driving the real ``newsdesk`` command against the real WordPress test site."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.txt"


def sample_article_text() -> str:
    """The sample article as a reader copied it from the portal, without the page's chrome."""
    return SAMPLE.read_text(encoding="utf-8")


def newsdesk(data_dir: Path, *args: str, stdin: str = "", check: bool = True) -> str:
    """Run the command line as a user would; returns stdout."""
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"newsdesk {' '.join(args)} failed: {result.stderr}")
    if not check:
        return f"{result.returncode}\n{result.stderr}"
    return result.stdout


def show(data_dir: Path, article_id: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(newsdesk(data_dir, "show", str(article_id), "--json"))
    return data


_TEXTURIZED = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def visible_text(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, WordPress's curly quotes and dashes
    straightened, spaces (including no-break spaces) collapsed."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup)).translate(_TEXTURIZED)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
