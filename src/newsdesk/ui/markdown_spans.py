"""Where the Markdown of one line of the body puts its marks and its formatting.

Plain Python over one line at a time, so the body's highlighter can look at a single line
after a keystroke: a line's look depends only on its own text and on whether it lies inside a
fenced code block (the state handed from line to line). What is recognised follows what the
renderer (Python-Markdown with tables, fenced_code and sane_lists) makes of it: ``#abc`` is a
heading, an ordered item is ``1.``, ``_`` emphasises only between words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, IntEnum
from itertools import pairwise


class Style(Enum):
    MARK = "mark"  # Markdown's own marks, and a link's or photo's address
    H1 = "h1"
    H2 = "h2"
    H3 = "h3"
    H4 = "h4"
    QUOTE = "quote"
    QUOTE_MARK = "quote mark"  # the "> " that makes a line a quote
    LIST_MARKER = "list"
    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"  # the words of a link
    PHOTO = "photo"  # the whole ``![alt](path)``
    CODE = "code"
    TABLE = "table"


class Fence(IntEnum):
    """What the line after this one is in."""

    NONE = 0
    BACKTICKS = 1
    TILDES = 2


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # code points in the line
    end: int
    style: Style


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_TABLE_ROW = re.compile(r"\s*\|")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-*:?\s*)+\|?\s*$")
_RULE = re.compile(r" {0,3}([-*_])( *\1){2,} *$")
_HEADING = re.compile(r"(#{1,6})[ \t]*")
_QUOTE = re.compile(r"(?: {0,3}> ?)+")
_LIST = re.compile(r"(\s*)([-*+]|\d+\.)[ \t]+")
_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|>]")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_PHOTO = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto|tel):[^>\s]+>")
# Strongest first: each pattern hides the marks it used from the next.
_EMPHASIS = (
    ("*", re.compile(r"\*\*\*(?=\S)(?P<inner>.+?)(?<=\S)\*\*\*"), (Style.BOLD, Style.ITALIC)),
    ("*", re.compile(r"\*\*(?=\S)(?P<inner>.+?)(?<=\S)\*\*"), (Style.BOLD,)),
    ("_", re.compile(r"(?<!\w)__(?=\S)(?P<inner>.+?)(?<=\S)__(?!\w)"), (Style.BOLD,)),
    ("*", re.compile(r"(?<!\*)\*(?![\s*])(?P<inner>.+?)(?<![\s*])\*(?!\*)"), (Style.ITALIC,)),
    ("_", re.compile(r"(?<!\w)_(?![\s_])(?P<inner>.+?)(?<![\s_])_(?!\w)"), (Style.ITALIC,)),
)
_HIDDEN = "\x00"  # stands in for characters inline formatting must not look at
_HEADING_STYLES = (Style.H1, Style.H2, Style.H3, Style.H4)


def scan_line(text: str, fence: Fence = Fence.NONE) -> tuple[list[Span], Fence]:
    """The spans of ``text`` (a line of the body) and the fence state of the next line."""
    opening = _FENCE.match(text)
    if fence is not Fence.NONE:
        closes = (
            opening is not None
            and opening.group(1)[0] == ("`" if fence is Fence.BACKTICKS else "~")
            and not text[opening.end() :].strip()
        )
        spans = [Span(0, len(text), Style.CODE)]
        if closes:
            spans.append(Span(0, len(text), Style.MARK))
            return spans, Fence.NONE
        return spans, fence
    if opening is not None:
        kind = Fence.BACKTICKS if opening.group(1)[0] == "`" else Fence.TILDES
        return [Span(0, len(text), Style.CODE), Span(0, len(text), Style.MARK)], kind
    return _line_spans(text), Fence.NONE


def _line_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    if _RULE.match(text):
        return [Span(0, len(text), Style.MARK)]
    if _TABLE_ROW.match(text) or _TABLE_RULE.match(text):
        spans.append(Span(0, len(text), Style.TABLE))
        spans.extend(Span(m.start(), m.end(), Style.MARK) for m in re.finditer(r"\|", text))
        if _TABLE_RULE.match(text):
            spans.append(Span(0, len(text), Style.MARK))
    start = _block_marks(text, spans)
    _inline(text, start, spans)
    return spans


def _block_marks(text: str, spans: list[Span]) -> int:
    """Quote, heading and list marks at the start of ``text``; where inline text begins."""
    start = 0
    quote = _QUOTE.match(text)
    if quote is not None:
        spans.append(Span(0, quote.end(), Style.MARK))
        spans.append(Span(0, quote.end(), Style.QUOTE_MARK))
        spans.append(Span(quote.end(), len(text), Style.QUOTE))
        start = quote.end()
    heading = _HEADING.match(text, start)
    if heading is not None:
        level = len(heading.group(1))
        spans.append(Span(start, heading.end(), Style.MARK))
        spans.append(Span(start, len(text), _HEADING_STYLES[min(level, 4) - 1]))
        return heading.end()
    item = _LIST.match(text, start)
    if item is not None:
        spans.append(Span(item.start(2), item.end(2), Style.LIST_MARKER))
        return item.end()
    return start


class _Masked:
    """The line with the characters later patterns must not look at hidden; joined again only
    after something was hidden."""

    def __init__(self, text: str, start: int) -> None:
        self._chars = list(_HIDDEN * start + text[start:])
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._chars)
        return self._text

    def hide(self, begin: int, end: int) -> None:
        if end > begin:
            self._chars[begin:end] = _HIDDEN * (end - begin)
            self._text = None


def _inline(text: str, start: int, spans: list[Span]) -> None:
    """Escapes, code, photos, links and emphasis from ``start`` on. A pattern whose first
    character the line does not hold is not tried (most lines of an article hold few)."""
    masked = _Masked(text, start)

    def mark(begin: int, end: int) -> None:
        if end > begin:
            spans.append(Span(begin, end, Style.MARK))

    if "\\" in text:
        for found in _ESCAPE.finditer(text, start):
            mark(found.start(), found.start() + 1)
            masked.hide(found.start(), found.end())
    if "`" in text:
        for found in list(_CODE_SPAN.finditer(masked.text)):
            spans.append(Span(found.start(2), found.end(2), Style.CODE))
            mark(found.start(), found.start(2))
            mark(found.end(2), found.end())
            masked.hide(found.start(), found.end())
    if "](" in text:
        for found in list(_PHOTO.finditer(masked.text)):
            spans.append(Span(found.start(), found.end(), Style.PHOTO))
            mark(found.start(), found.start(1))
            mark(found.end(1), found.end())
            masked.hide(found.start(), found.end())
        for found in list(_LINK.finditer(masked.text)):
            spans.append(Span(found.start(1), found.end(1), Style.LINK))
            mark(found.start(), found.start(1))
            mark(found.end(1), found.end())
            masked.hide(found.start(), found.start(1))
            masked.hide(found.end(1), found.end())
    if "<" in text:
        for found in list(_AUTOLINK.finditer(masked.text)):
            spans.append(Span(found.start() + 1, found.end() - 1, Style.LINK))
            mark(found.start(), found.start() + 1)
            mark(found.end() - 1, found.end())
            masked.hide(found.start(), found.end())
    for trigger, pattern, styles in _EMPHASIS:
        if trigger not in text:
            continue
        for found in list(pattern.finditer(masked.text)):
            begin, end = found.span("inner")
            spans.extend(Span(begin, end, style) for style in styles)
            mark(found.start(), begin)
            mark(end, found.end())
            masked.hide(found.start(), begin)
            masked.hide(end, found.end())


def styled_ranges(length: int, spans: list[Span]) -> list[tuple[int, int, frozenset[Style]]]:
    """``spans`` cut into ranges that each have one set of styles (ranges without any are
    left out), in order."""
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    ranges: list[tuple[int, int, frozenset[Style]]] = []
    for begin, end in pairwise(cuts):
        if end <= begin or end > length:
            continue
        styles = frozenset(s.style for s in spans if s.start <= begin and end <= s.end)
        if not styles:
            continue
        if ranges and ranges[-1][1] == begin and ranges[-1][2] == styles:
            ranges[-1] = (ranges[-1][0], end, styles)
        else:
            ranges.append((begin, end, styles))
    return ranges
