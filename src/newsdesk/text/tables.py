"""Markdown tables (pipe tables, as the renderer reads them): made new, and edited a row or a
column at a time.

A table is a run of lines, each a row written ``| a | b |``; its second line is the delimiter
row (``| --- | --- |``). A table "without a header row" has a header of empty cells, which is
what the renderer and the HTML-to-Markdown converter agree on.
"""

from __future__ import annotations

import re
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


def is_delimiter(line: str) -> bool:
    cells = split_row(line)
    return line.lstrip().startswith("|") and all(_DELIMITER_CELL.fullmatch(c) for c in cells)


def new_table(columns: int, rows: int, header: list[str] | None) -> str:
    """A table of ``columns`` columns and ``rows`` empty rows under its header row (the
    ``header`` cells, or empty ones)."""
    head = header if header is not None else [""] * columns
    lines = [format_row(head), format_row(["---"] * columns)]
    lines += [format_row([""] * columns) for _ in range(rows)]
    return "\n".join(lines)


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


def _rows(lines: list[str], place: TablePlace) -> list[list[str]]:
    rows = [split_row(line) for line in lines[place.first : place.end]]
    width = len(rows[0])
    return [(row + [""] * width)[:width] for row in rows]


def add_row(lines: list[str], place: TablePlace) -> list[str]:
    """The table's lines with an empty row below the cursor's (below the delimiter row when
    the cursor is in the header)."""
    rows = _rows(lines, place)
    at = max(place.row, 1) + 1
    rows.insert(at, [""] * len(rows[0]))
    return [format_row(row) for row in rows]


def remove_row(lines: list[str], place: TablePlace) -> list[str] | None:
    """The table's lines without the cursor's row; None for the header and delimiter rows."""
    if place.row < 2:
        return None
    rows = _rows(lines, place)
    del rows[place.row]
    return [format_row(row) for row in rows]


def add_column(lines: list[str], place: TablePlace) -> list[str]:
    """The table's lines with an empty column right of the cursor's."""
    rows = _rows(lines, place)
    for index, row in enumerate(rows):
        row.insert(place.column + 1, "---" if index == 1 else "")
    return [format_row(row) for row in rows]


def remove_column(lines: list[str], place: TablePlace) -> list[str] | None:
    """The table's lines without the cursor's column; None when it is the only one."""
    rows = _rows(lines, place)
    if len(rows[0]) < 2:
        return None
    for row in rows:
        del row[place.column]
    return [format_row(row) for row in rows]
