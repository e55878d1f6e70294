from __future__ import annotations

import pytest

from newsdesk.core import Byline
from newsdesk.text import parse_bylines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủy Phương", (Byline("Thủy Phương"),)),
        ("Thủy Phương - Minh Hà", (Byline("Thủy Phương"), Byline("Minh Hà"))),
        ("Bài và ảnh: Thủy Phương", (Byline("Thủy Phương", "Bài và ảnh"),)),
        ("Bài, ảnh: Minh Hà", (Byline("Minh Hà", "Bài, ảnh"),)),
        ("bài: Lê Hà – Hồng Anh", (Byline("Lê Hà", "Bài"), Byline("Hồng Anh", "Bài"))),
        ("Ảnh: Quang Hải", (Byline("Quang Hải", "Ảnh"),)),
        ("Theo TTXVN", (Byline("TTXVN", "Theo"),)),
        ("Nhóm PV", (Byline("Nhóm PV"),)),
        ("**Thủy Phương**", (Byline("Thủy Phương"),)),
    ],
)
def test_author_lines(text: str, expected: tuple[Byline, ...]) -> None:
    assert parse_bylines(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "phía sau",
        "Hội nghị diễn ra sáng nay",  # lower-case words
        "Nguyễn Văn Anh Tuấn Minh",  # five words
        "Năm 2021",
        "Thủy Phương.",
        "Bài và ảnh:",
    ],
)
def test_text_that_is_not_an_author_line(text: str) -> None:
    assert parse_bylines(text) == ()
