from __future__ import annotations

import pytest

from newsdesk.text.tables import (
    add_column,
    add_row,
    new_table,
    remove_column,
    remove_row,
    split_row,
    table_at,
)

TABLE = [
    "Đoạn trước.",
    "",
    "| Địa phương | Số hộ |",
    "| --- | --: |",
    "| Đông Hà | 20 |",
    "| Hải Lăng | 12 |",
    "",
    "Đoạn sau.",
]


def test_a_new_table_has_its_header_and_empty_rows() -> None:
    assert new_table(2, 2, ["Cột 1", "Cột 2"]) == (
        "| Cột 1 | Cột 2 |\n| --- | --- |\n|  |  |\n|  |  |"
    )
    assert new_table(1, 1, None) == "|  |\n| --- |\n|  |"


def test_an_escaped_pipe_stays_in_its_cell() -> None:
    assert split_row(r"| a \| b | c |") == [r"a \| b", "c"]


def test_the_table_under_the_cursor_is_found_with_its_row_and_column() -> None:
    place = table_at(TABLE, 4, len("| Đông Hà | 2"))
    assert place is not None
    assert (place.first, place.end, place.row, place.column) == (2, 6, 2, 1)
    assert table_at(TABLE, 0, 0) is None
    assert table_at(["| chỉ một dòng |"], 0, 3) is None


def test_rows_and_columns_are_added_and_removed_at_the_cursor() -> None:
    place = table_at(TABLE, 4, 3)
    assert place is not None
    assert add_row(TABLE, place) == [
        "| Địa phương | Số hộ |", "| --- | --: |", "| Đông Hà | 20 |", "|  |  |",
        "| Hải Lăng | 12 |",
    ]  # fmt: skip
    assert remove_row(TABLE, place) == ["| Địa phương | Số hộ |", "| --- | --: |",
                                        "| Hải Lăng | 12 |"]  # fmt: skip
    assert add_column(TABLE, place) == [
        "| Địa phương |  | Số hộ |", "| --- | --- | --: |", "| Đông Hà |  | 20 |",
        "| Hải Lăng |  | 12 |",
    ]  # fmt: skip
    assert remove_column(TABLE, place) == ["| Số hộ |", "| --: |", "| 20 |", "| 12 |"]


@pytest.mark.parametrize("row", [2, 3])
def test_the_header_and_delimiter_rows_are_not_removed(row: int) -> None:
    place = table_at(TABLE, row, 3)
    assert place is not None
    assert remove_row(TABLE, place) is None
    assert add_row(TABLE, place)[2] == "|  |  |"  # a new row goes under the header


def test_the_last_column_is_not_removed() -> None:
    lines = ["| a |", "| --- |", "| b |"]
    place = table_at(lines, 2, 2)
    assert place is not None
    assert remove_column(lines, place) is None
