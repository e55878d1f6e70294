from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text import clean_block, clean_input, clean_line, to_nfc
from newsdesk.text.normalize import CleaningReport, terminal_safe
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


# Control, direction and zero-width characters ----------------------------------------------

CONTROLS = [chr(c) for c in (*range(0x09), *range(0x0E, 0x20), *range(0x7F, 0x85))]
CONTROLS += [chr(c) for c in range(0x86, 0xA0)]
DIRECTION = ["\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F))]
DIRECTION += [chr(c) for c in range(0x2066, 0x206A)]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
FORBIDDEN = frozenset(CONTROLS + DIRECTION + ZERO_WIDTH)
LINE_STRUCTURE = "\t\n\x0b\x0c\r\x85\u2028\u2029"

hostile_text = st.lists(
    st.one_of(
        st.characters(),  # anything at all, surrogates aside
        st.characters(categories=["Cs"]),
        st.sampled_from(sorted(FORBIDDEN) + list(LINE_STRUCTURE) + ["\x1b[2J", "\x1b]0;x\x07"]),
        st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " "),
    ),
    max_size=120,
).map("".join)


def no_forbidden(text: str) -> bool:
    return not any(c in FORBIDDEN or unicodedata.category(c) == "Cs" for c in text)


@given(hostile_text)
def test_no_forbidden_character_survives_cleaning(text: str) -> None:
    assert no_forbidden(clean_input(text))
    line = clean_line(text)
    assert not any(unicodedata.category(c) == "Cc" for c in line)  # not even a tab
    block = clean_block(text)
    assert {c for c in block if unicodedata.category(c) == "Cc"} <= {"\t", "\n"}


@given(hostile_text)
def test_cleaning_hostile_text_is_idempotent_and_nfc(text: str) -> None:
    for clean in (clean_input, clean_line, clean_block):
        once = clean(text)
        assert clean(once) == once
        assert unicodedata.is_normalized("NFC", once)


@given(hostile_text)
def test_the_report_counts_exactly_what_was_removed(text: str) -> None:
    report = CleaningReport.of(text)
    removed = report.control + report.direction + report.zero_width + report.surrogate
    assert removed == sum(1 for c in text if c in FORBIDDEN or unicodedata.category(c) == "Cs")
    assert bool(report) == (report.message() is not None)


@given(st.sampled_from(sample_text().split("\n")), st.sampled_from(sample_text().split("\n")))
def test_the_sample_article_passes_unchanged(line: str, other: str) -> None:
    text = f"{line}\n{other}"
    assert clean_input(text) == text
    assert not CleaningReport.of(text)
    assert terminal_safe(text) == text


def test_a_title_with_escapes_and_an_override_reads_as_it_holds() -> None:
    title = "Hội nghị\x1b[2J\x00 giao ban \u202eIV quý\u202c\u2066\u200f"
    assert clean_line(title) == "Hội nghị[2J giao ban IV quý"
    report = CleaningReport.of(title)
    assert (report.control, report.direction, report.zero_width) == (2, 4, 0)
    assert report.message() == (
        "Removed from the text: control characters (such as NUL or terminal escapes): 2; "
        "text-direction controls: 4."
    )
    assert CleaningReport.of(title) + CleaningReport.of("a\u200b") == CleaningReport(2, 4, 1)


def test_a_body_keeps_its_tabs_and_line_breaks() -> None:
    assert clean_block("Bảng:\tcột một\tcột hai\r\nhàng\x0bhai\x85ba") == (
        "Bảng:\tcột một\tcột hai\nhàng\nhai\nba"
    )


def test_terminal_safe_shows_control_characters_instead_of_sending_them() -> None:
    assert (
        terminal_safe("a\x1b[31mb\rc\u202ed\te\nf\x9b") == "a\ufffd[31mb\ufffdc\ufffdd\te\nf\ufffd"
    )
