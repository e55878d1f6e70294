"""Typography of what a reporter types, in the Vietnamese way: curly quotes “…” and ‘…’, the
apostrophe ’, an en dash between words, the ellipsis …, and (where the house wants them)
no-break spaces before units and inside dates.

Pure functions over Markdown text. Markdown syntax is never touched: code spans and fenced or
indented code, link and image destinations, autolinks and HTML tags, bare addresses, escaped
characters, reference definitions, list, quote and heading markers, table delimiter rows and
thematic breaks stay byte for byte. Only the characters a rule names change (a straight quote,
a hyphen, three dots, a space), so letters, line breaks and paragraphs never move.

Two ways in: :func:`typeset` makes a whole text right, and :func:`completed_by_typing` says
which replacements the character just typed completes (what the editor applies as you type,
so a replacement taken back with undo is not made again on the next keystroke).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NO_BREAK_SPACE = "\u00a0"
EN_DASH = "\u2013"
ELLIPSIS = "\u2026"
OPENING_DOUBLE, CLOSING_DOUBLE = "\u201c", "\u201d"
OPENING_SINGLE, CLOSING_SINGLE = "\u2018", "\u2019"  # the closing one is also the apostrophe

# Units a number keeps on its line (a small list; longest first so "km²" wins over "km").
UNITS = tuple(
    sorted(
        (
            "km²", "km2", "km", "m²", "m³", "m2", "m3", "cm", "mm", "m", "ha", "kg", "g", "mg",
            "tấn", "tạ", "lít", "ml", "%", "°C", "℃", "MW", "kW", "kWh", "USD", "VND", "VNĐ",
            "đồng", "nghìn", "ngàn", "triệu", "tỷ",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Words a date follows in a dateline ("Ngày 25/12/2020", "Sáng 18/12", "tháng 12/2020").
DATE_WORDS = ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "tháng")


@dataclass(frozen=True, slots=True)
class TypographyRules:
    """Which replacements are made. Quotes, dashes and the ellipsis by default; no-break
    spaces only where the house wants them."""

    quotes: bool = True
    dashes: bool = True
    ellipsis: bool = True
    unit_spaces: bool = False
    date_spaces: bool = False

    @property
    def any(self) -> bool:
        return self.quotes or self.dashes or self.ellipsis or self.unit_spaces or self.date_spaces


@dataclass(frozen=True, slots=True)
class Replacement:
    """``text`` in place of ``line[start:end]``; the pattern is complete once the character
    before index ``trigger`` has been typed."""

    start: int
    end: int
    text: str
    trigger: int


# Whole lines that are syntax only, or code.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]*\]:")
_HTML_LINE = re.compile(r"^ {0,3}<[A-Za-z/!?]")
_INDENTED = re.compile(r"^(?: {4}|[ \t]*\t)")
_LIST_AFTER_INDENT = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
# The markers at the start of a line: quotes, list items, a heading's hashes.
_BLOCK_MARKERS = re.compile(
    r"^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|#{1,6}(?=[ \t]|$))[ \t]*)*"
)
# Spans inside a line that are syntax or code; an unclosed one runs to the end of the line
# (it may be closed by what is typed next).
_INLINE_SYNTAX = re.compile(
    r"""
      \\[!-/:-@\[-`{-~]                 # an escaped character stays as typed
    | (?P<ticks>`+).*?(?:(?P=ticks)|$)  # a code span
    | \]\([^)\n]*(?:\)|$)               # a link's or an image's destination and title
    | \]\[[^\]\n]*(?:\]|$)              # a reference link's label
    | <[A-Za-z/!?][^>\n]*(?:>|$)        # an autolink or an HTML tag
    | (?:https?|ftp)://\S*              # a bare address
    | www\.\S*
    """,
    re.VERBOSE,
)
_DASH = re.compile(r"(?<=[^\s|]) - ")
_DOTS = re.compile(r"(?<!\.)\.\.\.")
_QUOTE = re.compile(r"[\"']")
_UNIT = re.compile(
    r"(?<=\d)(?P<space> )(?P<unit>" + "|".join(re.escape(u) for u in UNITS) + r")(?!\w)"
)
_DATE = re.compile(
    r"(?<!\w)(?:" + "|".join(w + "|" + w.capitalize() for w in DATE_WORDS) + r")"
    r"(?P<space> )(?P<date>\d{1,2}/\d)"
)
# Before an opening quote: the start of the text, a space, an opening bracket or quote, a
# dash or a slash.
_OPENS_AFTER = frozenset("([{<\u201c\u2018\u00ab\u2013\u2014-/")


def verbatim_line(line: str) -> bool:
    """Whether ``line`` (outside a fence) is syntax or code only and never changes."""
    if _INDENTED.match(line) and not _LIST_AFTER_INDENT.match(line):
        return True
    if "|" in line and _TABLE_DELIMITER.match(line):
        return True
    return bool(
        _FENCE.match(line)
        or _THEMATIC_BREAK.match(line)
        or _REFERENCE.match(line)
        or _HTML_LINE.match(line)
    )


def opens_or_closes_fence(line: str, fence: str | None) -> str | None:
    """The fence open after ``line``, given the one open before it (None: none)."""
    match = _FENCE.match(line)
    if fence is None:
        return match.group(1) if match else None
    closes = match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence)
    return None if closes and match and not line[match.end() :].strip() else fence


def protected_spans(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` that are syntax or code (``line`` is not verbatim)."""
    spans: list[tuple[int, int]] = []
    markers = _BLOCK_MARKERS.match(line)
    if markers and markers.end():
        spans.append((0, markers.end()))
    spans.extend(match.span() for match in _INLINE_SYNTAX.finditer(line))
    return spans


def _quote_for(line: str, index: int, done: dict[int, str]) -> str:
    """The curly quote for the straight one at ``line[index]``, from the character before it
    (emphasis marks looked through: ``**"`` opens, ``*"`` after a word closes)."""
    before = index - 1
    while before >= 0 and line[before] in "*_~":
        before -= 1
    previous = done.get(before, line[before]) if before >= 0 else " "
    opening = previous.isspace() or previous in _OPENS_AFTER
    if line[index] == '"':
        return OPENING_DOUBLE if opening else CLOSING_DOUBLE
    return OPENING_SINGLE if opening else CLOSING_SINGLE


def line_replacements(line: str, rules: TypographyRules) -> list[Replacement]:
    """The replacements ``rules`` make in ``line`` (one line, not verbatim, outside code),
    in order, none overlapping another or the syntax."""
    if not rules.any:
        return []
    found: list[Replacement] = []
    if rules.dashes:
        found += [
            Replacement(m.start(), m.end(), f" {EN_DASH} ", m.end()) for m in _DASH.finditer(line)
        ]
    if rules.ellipsis:
        found += [Replacement(m.start(), m.end(), ELLIPSIS, m.end()) for m in _DOTS.finditer(line)]
    if rules.unit_spaces:
        for m in _UNIT.finditer(line):
            unit_end = m.end("unit")
            # A unit ending in a letter is complete once the character after it is typed.
            trigger = unit_end + 1 if m.group("unit")[-1].isalpha() else unit_end
            found.append(Replacement(m.start("space"), m.end("space"), NO_BREAK_SPACE, trigger))
    if rules.date_spaces:
        found += [
            Replacement(m.start("space"), m.end("space"), NO_BREAK_SPACE, m.end("date"))
            for m in _DATE.finditer(line)
        ]
    if rules.quotes:
        found += [
            Replacement(m.start(), m.end(), m.group(), m.end()) for m in _QUOTE.finditer(line)
        ]
    if not found:
        return []
    blocked = protected_spans(line)
    kept: list[Replacement] = []
    done: dict[int, str] = {}
    end = 0
    for candidate in sorted(found, key=lambda r: r.start):
        if candidate.start < end or any(
            candidate.start < b_end and b_start < candidate.end for b_start, b_end in blocked
        ):
            continue
        replacement = candidate
        if candidate.text in ('"', "'"):
            quote = _quote_for(line, candidate.start, done)
            done[candidate.start] = quote
            replacement = Replacement(candidate.start, candidate.end, quote, candidate.trigger)
        kept.append(replacement)
        end = replacement.end
    return kept


def apply(line: str, replacements: list[Replacement]) -> str:
    pieces: list[str] = []
    at = 0
    for replacement in replacements:
        pieces += [line[at : replacement.start], replacement.text]
        at = replacement.end
    pieces.append(line[at:])
    return "".join(pieces)


def typeset(text: str, rules: TypographyRules | None = None) -> str:
    """``text`` (Markdown) with the typography of ``rules`` (default: the default rules)."""
    rules = rules or TypographyRules()
    if not rules.any:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        inside = fence is not None
        fence = opens_or_closes_fence(line, fence)
        if inside or fence is not None or verbatim_line(line):
            continue
        lines[number] = apply(line, line_replacements(line, rules))
    return "\n".join(lines)


def completed_by_typing(
    line: str, cursor: int, rules: TypographyRules, *, typed: int = 1, in_code: bool = False
) -> list[Replacement]:
    """The replacements completed by the ``typed`` characters just typed before ``cursor`` in
    ``line`` (one keystroke, or an input method's commit of a word or more); ``in_code``: the
    line is inside a fenced code block. Only what comes before the cursor is read, as it
    stands once those characters are typed."""
    if in_code or cursor <= 0 or not rules.any:
        return []
    before = line[:cursor]
    if verbatim_line(before):
        return []
    first = cursor - max(typed, 1)
    return [r for r in line_replacements(before, rules) if first < r.trigger <= cursor]
