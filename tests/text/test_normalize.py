from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text import clean_block, clean_input, clean_line, to_nfc
from tests.text.samples import SAMPLE_TITLE, VIETNAMESE, sample_text

NBSP = "\u00a0"
vietnamese_text = st.text(
    alphabet=st.sampled_from(
        VIETNAMESE + VIETNAMESE.upper() + " \t\n\r" + NBSP + "\u200b\ufeff\u00d0\u00f0.,-–“”\"'"
    ),
    max_size=80,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_to_nfc_composes_decomposed_text() -> None:
    assert to_nfc(nfd("Hội nghị")) == "Hội nghị"
    assert len(to_nfc(nfd("ệ"))) == 1


def test_clean_input_replaces_icelandic_eth() -> None:
    assert clean_input("\u00d0ảng bộ \u00f0oàn kết") == "Đảng bộ đoàn kết"


def test_clean_input_removes_zero_width_characters() -> None:
    assert clean_input("Tỉnh\u200b ủy\u200c\u200d\ufeff") == "Tỉnh ủy"


def test_zero_width_between_letter_and_mark_does_not_block_composition() -> None:
    cleaned = clean_input("e\u200b\u0302\u0301")
    assert cleaned == "ế"


def test_clean_input_keeps_no_break_spaces_and_quotes() -> None:
    text = f'phong trào "{NBSP}Cả nước” “Toàn dân”'
    assert clean_input(text) == text


def test_both_tone_styles_survive_cleaning() -> None:
    cleaned = clean_input(sample_text())
    assert "Tỉnh uỷ" in cleaned
    assert "Tỉnh ủy" in cleaned
    assert clean_input("hoà thuỷ khoẻ") == "hoà thuỷ khoẻ"
    assert clean_input("hòa thủy khỏe") == "hòa thủy khỏe"


def test_sample_keeps_its_traits_through_clean_block() -> None:
    text = sample_text()
    cleaned = clean_block(text)
    # No-break spaces inside the text stay; the one ending the title line goes.
    assert cleaned.count(NBSP) == text.count(NBSP) - 1
    assert f'"{NBSP}Cả nước' in cleaned
    assert "nghèo- không" in cleaned
    assert "“Toàn dân" in cleaned
    assert cleaned.split("\n")[0] == SAMPLE_TITLE


def test_clean_line_strips_no_break_space_after_title() -> None:
    title_line = sample_text().split("\n")[0]
    assert title_line.endswith(NBSP)
    assert clean_line(title_line) == SAMPLE_TITLE


def test_clean_line_collapses_white_space() -> None:
    assert clean_line("  Hội \t nghị\n\r\ngiao  ban ") == "Hội nghị giao ban"
    assert clean_line(f"10{NBSP}000 người") == f"10{NBSP}000 người"
    assert clean_line(f"a {NBSP}b") == "a b"
    assert clean_line(f"{NBSP}{NBSP}Tít{NBSP}") == "Tít"


def test_clean_block_normalises_line_endings_and_trailing_space() -> None:
    assert clean_block("a  \r\nb\t\rc\x0bd\u2028e" + NBSP + "\n") == "a\nb\nc\nd\ne\n"
    assert clean_block("  thụt đầu dòng") == "  thụt đầu dòng"


@given(vietnamese_text)
def test_clean_input_output_is_nfc(text: str) -> None:
    assert unicodedata.is_normalized("NFC", clean_input(text))


@given(vietnamese_text)
def test_decomposed_input_cleans_to_the_same_text(text: str) -> None:
    assert clean_input(nfd(text)) == clean_input(unicodedata.normalize("NFC", text))


@given(vietnamese_text)
def test_cleaning_is_idempotent(text: str) -> None:
    assert clean_input(clean_input(text)) == clean_input(text)
    assert clean_line(clean_line(text)) == clean_line(text)
    assert clean_block(clean_block(text)) == clean_block(text)


@given(vietnamese_text)
def test_clean_line_is_one_trimmed_line(text: str) -> None:
    line = clean_line(text)
    assert "\n" not in line
    assert "\r" not in line
    assert line == line.strip()
    assert "  " not in line
