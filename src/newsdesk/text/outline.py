"""The outline of a Markdown body: its headings, in order, with the line each starts on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.text.typography import opens_or_closes_fence

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# A line that cannot be a setext heading's text: a list item, a quote, a table row, a break.
_NOT_SETEXT_TEXT = re.compile(r"^(?: {4}|[ \t]*(?:[-*+>|]|\d{1,9}[.)])(?:[ \t]|$))")
_MARKS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1 for "#", 2 for "##"...
    text: str  # as a reader sees it: emphasis marks taken off
    line: int  # the line it starts on, from 0 (the editor's block number)


def _shown(text: str) -> str:
    return _MARKS.sub("", text).strip()


def headings(markdown: str) -> list[Heading]:
    """The headings of ``markdown`` ("#" lines and underlined ones), code blocks skipped."""
    found: list[Heading] = []
    fence: str | None = None
    previous = ""  # the line before, when it could be a setext heading's text
    for number, line in enumerate(markdown.split("\n")):
        inside = fence is not None
        fence = opens_or_closes_fence(line, fence)
        if inside or fence is not None:
            previous = ""
            continue
        atx = _ATX.match(line)
        setext = _SETEXT.match(line)
        if atx:
            found.append(Heading(len(atx.group(1)), _shown(atx.group(2) or ""), number))
            previous = ""
        elif setext and previous:
            level = 1 if setext.group(1)[0] == "=" else 2
            found.append(Heading(level, _shown(previous), number - 1))
            previous = ""
        else:
            plain = line.strip() and not _NOT_SETEXT_TEXT.match(line)
            previous = line if plain else ""
    return found
