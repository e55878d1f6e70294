from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.typography import (
    ELLIPSIS,
    TypographyRules,
    completed_by_typing,
    typeset,
)
from tests.text.samples import VIETNAMESE, sample_markdown

NBSP = "\u00a0"
ALL = TypographyRules(unit_spaces=True, date_spaces=True)
NONE = TypographyRules(quotes=False, dashes=False, ellipsis=False)

# What a reporter's text is made of, with every character a rule looks at.
prose = st.text(
    alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "0123456789 ,/%:\"'-." + NBSP),
    max_size=30,
)
address = st.text(alphabet=st.sampled_from("abcxyz0123456789/.-_\"'%:="), max_size=20)


def test_quotes_are_vietnamese_curly_quotes_opening_and_closing_by_context() -> None:
    assert typeset("Ông nói: \"Đây là 'mẫu' tốt\".") == "Ông nói: “Đây là ‘mẫu’ tốt”."
    assert typeset("O'Neill và hãng Pepsi's") == "O’Neill và hãng Pepsi’s"
    assert typeset('("trích")') == "(“trích”)"


def test_quotes_around_emphasis_look_through_the_marks() -> None:
    assert typeset('**"đậm"** và "*nghiêng*"') == "**“đậm”** và “*nghiêng*”"


def test_en_dash_between_words_but_never_a_list_marker_or_table() -> None:
    assert typeset("QTO - Sáng nay") == "QTO – Sáng nay"
    assert typeset("- mục một - hai") == "- mục một – hai"
    assert typeset("    - mục con") == "    - mục con"
    assert typeset("> - trích trong danh sách") == "> - trích trong danh sách"
    assert typeset("| - | - |") == "| - | - |"
    assert typeset("- - -") == "- - -"
    assert typeset("a -b và c- d và e-f") == "a -b và c- d và e-f"


def test_three_dots_become_an_ellipsis() -> None:
    assert typeset("Chờ đã...") == f"Chờ đã{ELLIPSIS}"
    assert typeset("1. mục") == "1. mục"


def test_no_break_spaces_only_when_the_house_wants_them() -> None:
    text = "Ngày 25/12/2020, đường dài 15 km, tăng 20 % và 3 tỷ đồng; sáng 18/12 mới"
    assert typeset(text) == text
    assert typeset(text, ALL) == (
        f"Ngày{NBSP}25/12/2020, đường dài 15{NBSP}km, tăng 20{NBSP}% và 3{NBSP}tỷ đồng;"
        f" sáng{NBSP}18/12 mới"
    )
    assert typeset("15 mới", ALL) == "15 mới"


def test_each_rule_can_be_turned_off() -> None:
    text = 'Ông "A" - và...'
    assert typeset(text, NONE) == text
    assert typeset(text, TypographyRules(quotes=False)) == f'Ông "A" – và{ELLIPSIS}'
    assert typeset(text, TypographyRules(dashes=False)) == f"Ông “A” - và{ELLIPSIS}"
    assert typeset(text, TypographyRules(ellipsis=False)) == "Ông “A” – và..."


@pytest.mark.parametrize(
    "syntax",
    [
        '`"mã" - ...`',
        '``có ` và "x"``',
        '[liên kết](https://a.vn/"x"...-y "tiêu đề")',
        '![ảnh](anh - 1..."x".jpg)',
        "<https://a.vn/a - b...>",
        'https://a.vn/"x"...',
        '<span title="x">',
        '\\"',
    ],
)
def test_code_spans_addresses_and_escapes_are_left_alone(syntax: str) -> None:
    out = typeset(f'Trước "a" {syntax} sau')
    assert syntax in out
    assert out.startswith("Trước “a” ")


def test_fenced_and_indented_code_and_reference_definitions_are_left_alone() -> None:
    text = '"a"\n\n```\n"code" - x...\n```\n\n    "indented"\n\n[ref]: https://a.vn "T"\n\n"b"'
    assert typeset(text) == text.replace('"a"', "“a”").replace('"b"', "“b”")


def test_typing_completes_only_at_the_character_just_typed() -> None:
    assert [r.text for r in completed_by_typing('nói "', 5, ALL)] == ["“"]
    assert [r.text for r in completed_by_typing("nói “Đây”", 9, ALL)] == []
    assert [r.text for r in completed_by_typing("a - ", 4, ALL)] == [" – "]
    assert [r.text for r in completed_by_typing("đợi..", 5, ALL)] == []
    assert [r.text for r in completed_by_typing("đợi...", 6, ALL)] == [ELLIPSIS]
    # A unit is complete once the character after it is typed ("15 m" may become "15 mới").
    assert completed_by_typing("15 m", 4, ALL) == []
    assert [r.text for r in completed_by_typing("15 m ", 5, ALL)] == [NBSP]
    assert [r.text for r in completed_by_typing("20 %", 4, ALL)] == [NBSP]
    assert [r.text for r in completed_by_typing("ngày 25/1", 9, ALL)] == [NBSP]
    # A replacement taken back (a straight quote left earlier in the line) stays.
    assert completed_by_typing('"a" b', 5, ALL) == []
    assert completed_by_typing('x "', 3, ALL, in_code=True) == []
    assert completed_by_typing('`x "', 4, ALL) == []
    # An input method commits a word or more at once: what it completes is made.
    assert [r.text for r in completed_by_typing('Gọi "Nhà"', 9, ALL, typed=4)] == ["”"]
    assert [r.text for r in completed_by_typing("Ngày 25/12, ", 12, ALL, typed=7)] == [NBSP]
    assert [r.text for r in completed_by_typing('"a" b', 5, ALL, typed=1)] == []


@given(prose)
def test_typeset_is_idempotent(text: str) -> None:
    once = typeset(text, ALL)
    assert typeset(once, ALL) == once


@given(st.text(max_size=60))
def test_typeset_is_idempotent_on_any_text(text: str) -> None:
    once = typeset(text, ALL)
    assert typeset(once, ALL) == once


@given(st.text(max_size=60))
def test_typeset_never_changes_letters_digits_or_lines(text: str) -> None:
    out = typeset(text, ALL)
    assert [c for c in out if c.isalnum()] == [c for c in text if c.isalnum()]
    assert out.count("\n") == text.count("\n")


def _pieces(draw: st.DrawFn) -> list[tuple[bool, str]]:
    """A Markdown document as (is syntax, text) pieces."""
    pieces: list[tuple[bool, str]] = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["text", "code", "link", "image", "bold", "line", "table"]))
        if kind == "text":
            pieces.append((False, draw(prose)))
        elif kind == "code":
            pieces.append((True, "`" + draw(prose) + "`"))
        elif kind in {"link", "image"}:
            pieces += [(True, "![" if kind == "image" else "[")]
            pieces += [(False, draw(prose)), (True, "](" + draw(address) + ")")]
        elif kind == "bold":
            pieces += [(True, "**"), (False, draw(prose)), (True, "**")]
        elif kind == "line":
            marker = draw(st.sampled_from(["- ", "* ", "1. ", "> ", "> - ", "## ", "    - "]))
            pieces.append((True, "\n\n" + marker))
        else:
            pieces += [(True, "\n\n| "), (False, draw(prose)), (True, " |\n|")]
            pieces.append((True, draw(st.sampled_from(["---|", " - |", ":-:|"])) + "\n| "))
            pieces += [(False, draw(prose)), (True, " |\n\n")]
    if draw(st.booleans()):
        pieces.append((True, "\n\n```\n" + draw(prose) + "\n```\n\n"))
    return pieces


@st.composite
def markdown_pieces(draw: st.DrawFn) -> list[tuple[bool, str]]:
    return _pieces(draw)


@given(markdown_pieces())
def test_typeset_never_touches_markdown_syntax(pieces: list[tuple[bool, str]]) -> None:
    text = "".join(piece for _syntax, piece in pieces)
    out = typeset(text, ALL)
    # Each replacement keeps its length but the ellipsis: put the dots back to line up.
    lined_up = out.replace(ELLIPSIS, "...")
    assert len(lined_up) == len(text)
    at = 0
    for syntax, piece in pieces:
        if syntax:
            assert lined_up[at : at + len(piece)] == piece
        at += len(piece)
    assert typeset(out, ALL) == out


def test_sample_article_keeps_its_paragraphs_and_syntax() -> None:
    text = sample_markdown()
    out = typeset(text, ALL)
    assert out != text
    assert len(out.split("\n\n")) == len(text.split("\n\n"))
    assert [line[:2] for line in out.split("\n")] == [line[:2] for line in text.split("\n")]
    assert typeset(out, ALL) == out
