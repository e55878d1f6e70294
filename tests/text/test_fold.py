from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text import fold
from tests.text.samples import VIETNAMESE, sample_text


def test_fold_examples() -> None:
    assert fold("Hội nghị") == "hoi nghi"
    assert fold("đồng chí") == "dong chi"
    assert fold("ĐẢNG BỘ Tỉnh uỷ") == "dang bo tinh uy"
    assert fold("Tỉnh ủy") == fold("Tỉnh uỷ")


def test_fold_ignores_normal_form() -> None:
    assert fold(unicodedata.normalize("NFD", "Nguyễn Đăng Quang")) == "nguyen dang quang"


def test_fold_maps_eth_lookalike_like_d() -> None:
    assert fold("\u00d0ảng") == fold("Đảng") == "dang"


@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=60))
def test_fold_leaves_no_combining_marks(text: str) -> None:
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", fold(text)))


@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ", max_size=40))
def test_vietnamese_folds_to_ascii_regardless_of_case(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == fold(text.upper()) == fold(text.lower())


def test_marks_that_case_folding_brings_back_are_stripped_too() -> None:
    assert fold("İstanbul") == "istanbul"  # "İ" folds to "i" and a combining dot


def test_every_stroked_d_becomes_d() -> None:
    assert fold("Đà Nẵng ĐÀ NẴNG đà nẵng") == "da nang da nang da nang"
    assert fold("ðồng Ðồng") == "dong dong"


def test_case_is_folded_not_only_lowered() -> None:
    assert fold("Straße ẞ") == "strasse ss"
    assert fold("Hoi Nghi") == "hoi nghi"


def test_the_sample_article_folds_to_its_plain_letters() -> None:
    text = sample_text()
    folded = fold(text)
    assert len(folded) == len(text)  # one letter for one letter: no mark survives alone
    assert "đ" not in folded
    assert "dong chi" in folded
    assert "mat tran va cac doan the chinh tri - xa hoi cap tinh" in folded
