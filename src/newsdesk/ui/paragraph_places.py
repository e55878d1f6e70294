"""Where the article's paragraphs lie in the body text, so a cursor position names the
paragraph a note is about and a paragraph with notes can be marked.

A paragraph here is exactly one of :func:`newsdesk.core.merge.paragraphs`: the text between
blank lines. A note's anchor counts paragraphs the same way on every desk.
"""

from __future__ import annotations

import re

# The same break as core.merge.paragraphs: a newline, any whitespace, another newline.
_BREAK = re.compile(r"\n\s*\n")


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in ``body``; ``body[start:end]`` is the paragraph as
    :func:`newsdesk.core.merge.paragraphs` gives it, in the same order."""
    first = len(body) - len(body.lstrip("\n"))
    last = len(body.rstrip("\n"))
    if last <= first:
        return []
    spans: list[tuple[int, int]] = []
    start = first
    for found in _BREAK.finditer(body, first, last):
        _add(spans, body, start, found.start())
        start = found.end()
    _add(spans, body, start, last)
    return spans


def _add(spans: list[tuple[int, int]], body: str, start: int, end: int) -> None:
    piece = body[start:end]
    if not piece.strip():
        return
    lead = len(piece) - len(piece.lstrip("\n"))
    trail = len(piece) - len(piece.rstrip("\n"))
    spans.append((start + lead, end - trail))


def paragraph_at(body: str, position: int) -> int:
    """The paragraph a cursor at ``position`` is in: the number of paragraphs that end before
    it (so a cursor on a blank line means the paragraph after it, and one past the last
    paragraph means the last). -1 when the body has no paragraph."""
    spans = paragraph_spans(body)
    if not spans:
        return -1
    before = sum(1 for _start, end in spans if end < position)
    return min(before, len(spans) - 1)
