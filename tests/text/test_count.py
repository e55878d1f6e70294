from __future__ import annotations

import unicodedata

from newsdesk.text import count_body_words, count_chars, count_words
from tests.text.samples import SAMPLE_TITLE


def test_words_are_syllables_separated_by_white_space() -> None:
    assert count_words("Hội nghị giao ban") == 4
    assert count_words("Kinh tế – Đời sống") == 4  # a lone dash is not a chữ
    assert count_words("Covid-19, năm 2021 ...") == 3
    assert count_words("a\u00a0b\tc\nd") == 4
    assert count_words("") == 0


def test_sample_title_is_a_long_headline() -> None:
    assert count_words(SAMPLE_TITLE) == 30


def test_characters_count_what_a_reader_sees() -> None:
    assert count_chars("Hội nghị") == 8
    assert count_chars(unicodedata.normalize("NFD", "Hội nghị")) == 8
    assert count_chars("a\nb\r\nc") == 3
    assert count_chars("a b\u00a0c", spaces=False) == 3
    assert count_chars("a b\u00a0c") == 5


def test_a_body_counts_its_text_not_its_photos_or_link_addresses() -> None:
    body = (
        "Tham dự hội nghị.\n\n"
        '![Các đại biểu](photo:0123456789abcdef/dai-bieu.jpg "Quang cảnh - Ảnh: Thủy Phương")\n\n'
        "Xem [báo cáo tổng kết](https://example.org/bao-cao-tong-ket-2020) năm."
    )
    assert count_body_words(body) == 4 + 6  # "Tham dự hội nghị." + "Xem báo cáo tổng kết năm."
    assert count_body_words("**Hội nghị** giao ban") == count_words("Hội nghị giao ban")
