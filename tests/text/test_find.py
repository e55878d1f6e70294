from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.find import FindOptions, find_all, replace_all
from newsdesk.text.fold import fold

ACCENTS = FindOptions(ignore_accents=True)
EXACT = FindOptions()


def _found(text: str, query: str, options: FindOptions = EXACT) -> list[str]:
    return [text[start:end] for start, end in find_all(text, query, options)]


def test_case_is_ignored_unless_asked() -> None:
    text = "Quảng Trị, quảng trị, QUẢNG TRỊ"
    assert _found(text, "quảng trị") == ["Quảng Trị", "quảng trị", "QUẢNG TRỊ"]
    assert _found(text, "quảng trị", FindOptions(match_case=True)) == ["quảng trị"]


def test_accents_are_ignored_when_asked_and_d_finds_the_stroked_d() -> None:
    text = "Tỉnh Quảng Trị; đồng chí Đào Mạnh Hùng; Quang Tri"
    assert _found(text, "Quang Tri") == ["Quang Tri"]
    assert _found(text, "Quang Tri", ACCENTS) == ["Quảng Trị", "Quang Tri"]
    assert _found(text, "dong chi dao", ACCENTS) == ["đồng chí Đào"]
    assert _found(text, "Quang Tri", FindOptions(match_case=True, ignore_accents=True)) == [
        "Quảng Trị",
        "Quang Tri",
    ]
    assert _found(text, "quang tri", FindOptions(match_case=True, ignore_accents=True)) == []


def test_whole_words_do_not_match_inside_a_word() -> None:
    text = "Hội nghị, hội nghị viên, nghịch"
    assert _found(text, "nghị") == ["nghị", "nghị", "nghị"]
    assert _found(text, "nghi", FindOptions(whole_word=True, ignore_accents=True)) == [
        "nghị",
        "nghị",
    ]
    assert _found(text, "hội nghị viên", FindOptions(whole_word=True)) == ["hội nghị viên"]


def test_a_query_typed_decomposed_finds_the_stored_composed_text() -> None:
    text = "Thủy Phương"
    decomposed = unicodedata.normalize("NFD", "thủy")
    assert decomposed != "thủy"
    assert _found(text, decomposed) == ["Thủy"]


def test_a_decomposed_text_is_matched_with_its_marks() -> None:
    text = unicodedata.normalize("NFD", "Hội nghị tỉnh")
    assert _found(text, "nghi", ACCENTS) == [unicodedata.normalize("NFD", "nghị")]


def test_replace_all_counts_what_it_replaced() -> None:
    assert replace_all("Quảng Trị và quang tri", "quang tri", "Huế", ACCENTS) == (
        "Huế và Huế",
        2,
    )


@given(st.text(alphabet="aăâdđeêoôơuưyAĐÔ ảạấầẩẫậếềệốộờợủứựỳ", max_size=30),
       st.text(alphabet="adeou ", min_size=1, max_size=4))  # fmt: skip
def test_accent_insensitive_matches_are_what_folding_finds(text: str, query: str) -> None:
    text = unicodedata.normalize("NFC", text)
    for start, end in find_all(text, query, ACCENTS):
        assert fold(text[start:end]) == fold(query)
    assert len(find_all(text, query, ACCENTS)) == fold(text).count(fold(query))


def test_a_letter_that_folds_to_two_is_matched_whole_or_not_at_all() -> None:
    text = "Straße Quảng Trị"
    assert _found(text, "strasse") == ["Straße"]
    assert _found(text, "stras") == []  # half of "ß" is not a match
    assert _found(text, "quang tri", ACCENTS) == ["Quảng Trị"]
