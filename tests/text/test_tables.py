from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.render.markdown_html import markdown_to_html
from newsdesk.text.tables import (
    add_column,
    add_row,
    new_table,
    remove_column,
    remove_row,
    split_row,
    table_at,
    text_width,
    tidy_table,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"

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
        "| Cột 1 | Cột 2 |\n| ----- | ----- |\n|       |       |\n|       |       |"
    )
    assert new_table(1, 1, None) == "|     |\n| --- |\n|     |"


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
        "| Địa phương | Số hộ |",
        "| ---------- | ----: |",
        "| Đông Hà    | 20    |",
        "|            |       |",
        "| Hải Lăng   | 12    |",
    ]
    assert remove_row(TABLE, place) == [
        "| Địa phương | Số hộ |",
        "| ---------- | ----: |",
        "| Hải Lăng   | 12    |",
    ]
    assert add_column(TABLE, place) == [
        "| Địa phương |     | Số hộ |",
        "| ---------- | --- | ----: |",
        "| Đông Hà    |     | 20    |",
        "| Hải Lăng   |     | 12    |",
    ]
    assert remove_column(TABLE, place) == ["| Số hộ |", "| ----: |", "| 20    |", "| 12    |"]


@pytest.mark.parametrize("row", [2, 3])
def test_the_header_and_delimiter_rows_are_not_removed(row: int) -> None:
    place = table_at(TABLE, row, 3)
    assert place is not None
    assert remove_row(TABLE, place) is None
    assert add_row(TABLE, place)[2] == "|            |       |"  # under the header


def test_the_last_column_is_not_removed() -> None:
    lines = ["| a |", "| --- |", "| b |"]
    place = table_at(lines, 2, 2)
    assert place is not None
    assert remove_column(lines, place) is None


def _screen_columns(line: str) -> list[int]:
    """Where the pipes of ``line`` are, in columns of a fixed-width font."""
    return [text_width(line[:index]) for index, char in enumerate(line) if char == "|"]


def test_widths_count_screen_columns_of_the_nfc_text() -> None:
    assert text_width("Quảng Trị") == 9  # precomposed letters: one column each
    assert text_width("Qua\u0309ng Tri\u0323") == 9  # decomposed: the same after NFC
    assert text_width("東京 Tokyo") == 10  # wide characters: two columns each
    assert text_width("") == 0


def test_a_tidied_table_lines_up_its_pipes_and_keeps_its_cells() -> None:
    lines = [
        "| Địa phương | Số hộ | Ghi chú |",
        "|:--|--:|:-:|",
        "| Đông Hà | 20 | Qua\u0309ng Tri\u0323 |",
        "| 東京 | 1 |",
        "| Hải Lăng | 12 | a \\| b | thừa |",
    ]
    place = table_at(lines, 3, 2)
    assert place is not None

    tidied = tidy_table(lines, place)

    assert tidied == [
        "| Địa phương | Số hộ | Ghi chú   |",
        "| :--------- | ----: | :-------: |",
        "| Đông Hà    | 20    | Qua\u0309ng Tri\u0323 |",
        "| 東京       | 1     |           |",
        "| Hải Lăng   | 12    | a \\| b    | thừa |",
    ]
    assert all(_screen_columns(line)[:4] == [0, 13, 21, 33] for line in tidied[:4])
    assert tidy_table(tidied, place) == tidied  # tidy already


def test_padding_leaves_the_rendered_table_of_the_sample_article_unchanged() -> None:
    paragraphs = SAMPLE.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    table = [
        "| Địa phương | Số hộ bị ảnh hưởng | Ghi chú |",
        "| :-- | --: | :-: |",
        "| Đông Hà | 20 | **đã** hỗ trợ |",
        "| Huyện Hải Lăng | 1.250 | [xem](https://quangtri.gov.vn/) |",
        "| 東京 | 3 |",
    ]
    place = table_at(table, 2, 3)
    assert place is not None
    before = "\n\n".join([*paragraphs[:3], "\n".join(table), *paragraphs[3:]])
    after = "\n\n".join([*paragraphs[:3], "\n".join(tidy_table(table, place)), *paragraphs[3:]])
    assert after != before

    html = markdown_to_html(after)

    assert html == markdown_to_html(before)
    assert html.count("<tr>") == 4
    assert '<td style="text-align:right">1.250</td>' in html  # the alignment kept
    assert '<td style="text-align:center"><strong>đã</strong> hỗ trợ</td>' in html
