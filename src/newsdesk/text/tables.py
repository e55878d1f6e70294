"""Markdown tables (pipe tables, as the renderer reads them): made new, and edited a row or a
column at a time.

A table is a run of lines, each a row written ``| a | b |``; its second line is the delimiter
row (``| --- | --- |``). A table "without a header row" has a header of empty cells, which is
what the renderer and the HTML-to-Markdown converter agree on.

The tables made or changed here are padded with spaces so that their pipes line up in a
fixed-width font: each column as wide as its widest cell, counted in the columns of the
screen (a precomposed Vietnamese letter is one, an East Asian wide character two). The
padding is Markdown's own: the rendered table is the same.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DELIMITER_CELL = re.compile(r":?-+:?")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def split_row(line: str) -> list[str]:
    """The cells of the table row ``line``, without the spaces around them."""
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip() for cell in _UNESCAPED_PIPE.split(inner)]


def format_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def text_width(text: str) -> int:
    """How many columns of a fixed-width font ``text`` takes: a character one, an East Asian
    wide one two, a combining mark none (after NFC, Vietnamese letters have none left)."""
    width = 0
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def _delimiter_cell(cell: str, width: int) -> str:
    """The delimiter cell ``cell`` (``---``, ``:--``, ``--:``, ``:-:``) ``width`` wide, its
    alignment kept."""
    left, right = cell.startswith(":"), cell.endswith(":") and len(cell) > 1
    return (":" if left else "") + "-" * (width - left - right) + (":" if right else "")


def aligned_rows(rows: list[list[str]]) -> list[str]:
    """The table ``rows`` (its header, its delimiter row, its body rows; none narrower than
    the header) as lines whose pipes line up in a fixed-width font. Cells past the header's
    width, which the renderer does not show, are kept as they are."""
    widths = [
        max(3, *(text_width(row[column]) for n, row in enumerate(rows) if n != 1))
        for column in range(len(rows[0]))
    ]
    lines = []
    for n, row in enumerate(rows):
        shown = zip(row[: len(widths)], widths, strict=True)
        if n == 1 and all(_DELIMITER_CELL.fullmatch(cell) for cell in row):
            cells = [_delimiter_cell(cell, width) for cell, width in shown]
        else:
            cells = [cell + " " * (width - text_width(cell)) for cell, width in shown]
        lines.append(format_row(cells + row[len(widths) :]))
    return lines


def is_delimiter(line: str) -> bool:
    cells = split_row(line)
    return line.lstrip().startswith("|") and all(_DELIMITER_CELL.fullmatch(c) for c in cells)


def new_table(columns: int, rows: int, header: list[str] | None) -> str:
    """A table of ``columns`` columns and ``rows`` empty rows under its header row (the
    ``header`` cells, or empty ones)."""
    head = header if header is not None else [""] * columns
    table = [head, ["---"] * columns] + [[""] * columns for _ in range(rows)]
    return "\n".join(aligned_rows(table))


@dataclass(frozen=True, slots=True)
class TablePlace:
    """A table among ``lines``: its first line and one past its last; the row (line in the
    table) and the column the cursor is in."""

    first: int
    end: int
    row: int
    column: int


def _is_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def table_at(lines: list[str], line: int, column_in_line: int) -> TablePlace | None:
    """The table the position (``line``, character ``column_in_line``) is in, if any."""
    if not 0 <= line < len(lines) or not _is_row(lines[line]):
        return None
    first = line
    while first > 0 and _is_row(lines[first - 1]):
        first -= 1
    end = line + 1
    while end < len(lines) and _is_row(lines[end]):
        end += 1
    if end - first < 2 or not is_delimiter(lines[first + 1]):
        return None
    before = lines[line][:column_in_line]
    pipes = len(_UNESCAPED_PIPE.findall(before))
    width = len(split_row(lines[first]))
    column = min(max(pipes - 1, 0), width - 1)
    return TablePlace(first, end, line - first, column)


def _rows(lines: list[str], place: TablePlace, *, keep_extra: bool = False) -> list[list[str]]:
    """The table's rows of cells, each as wide as the header: short ones padded with empty
    cells, long ones cut (``keep_extra``: kept)."""
    rows = [split_row(line) for line in lines[place.first : place.end]]
    width = len(rows[0])
    return [(row + [""] * width)[: max(width, len(row) if keep_extra else 0)] for row in rows]


def add_row(lines: list[str], place: TablePlace) -> list[str]:
    """The table's lines with an empty row below the cursor's (below the delimiter row when
    the cursor is in the header)."""
    rows = _rows(lines, place)
    at = max(place.row, 1) + 1
    rows.insert(at, [""] * len(rows[0]))
    return aligned_rows(rows)


def remove_row(lines: list[str], place: TablePlace) -> list[str] | None:
    """The table's lines without the cursor's row; None for the header and delimiter rows."""
    if place.row < 2:
        return None
    rows = _rows(lines, place)
    del rows[place.row]
    return aligned_rows(rows)


def add_column(lines: list[str], place: TablePlace) -> list[str]:
    """The table's lines with an empty column right of the cursor's."""
    rows = _rows(lines, place)
    for index, row in enumerate(rows):
        row.insert(place.column + 1, "---" if index == 1 else "")
    return aligned_rows(rows)


def remove_column(lines: list[str], place: TablePlace) -> list[str] | None:
    """The table's lines without the cursor's column; None when it is the only one."""
    rows = _rows(lines, place)
    if len(rows[0]) < 2:
        return None
    for row in rows:
        del row[place.column]
    return aligned_rows(rows)


def tidy_table(lines: list[str], place: TablePlace) -> list[str]:
    """The table's lines, its cells padded so that its pipes line up (a row with too few
    cells gets empty ones, as the renderer reads it; one with too many keeps them)."""
    return aligned_rows(_rows(lines, place, keep_extra=True))
