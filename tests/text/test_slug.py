from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text import slugify
from tests.text.samples import SAMPLE_TITLE, VIETNAMESE

WORDPRESS_FORMATTING = Path("/usr/share/wordpress/wp-includes/formatting.php")
PUNCTUATION = " .,;:!?\"'()-–—/“”‘’…&#+×\u00a0"


def test_examples_from_the_style_guide() -> None:
    assert slugify("Kinh tế – Đời sống") == "kinh-te-doi-song"
    assert slugify("Hội nghị") == "hoi-nghi"


def test_sample_title() -> None:
    assert slugify(SAMPLE_TITLE) == (
        "hoi-nghi-giao-ban-cong-tac-mat-tran-va-cac-doan-the-chinh-tri-xa-hoi-cap-tinh-quy-iv"
        "-nam-2020-trien-khai-nhiem-vu-trong-tam-nam-2021"
    )


def test_tone_styles_and_normal_forms_give_one_slug() -> None:
    assert slugify("Tỉnh uỷ") == slugify("Tỉnh ủy") == "tinh-uy"
    assert slugify(unicodedata.normalize("NFD", "Đời sống")) == "doi-song"


def test_punctuation_is_dropped_but_slash_dot_and_dashes_separate() -> None:
    assert slugify("Quý IV/2020: “Về đích” sớm, an toàn!") == "quy-iv-2020-ve-dich-som-an-toan"
    assert slugify("Covid-19 tại Q.Trị") == "covid-19-tai-q-tri"
    assert slugify("2021 — 2025") == "2021-2025"
    assert slugify("a,b") == "ab"  # as WordPress: removed, not turned into a dash
    assert slugify("10\u00a0000 người") == "10-000-nguoi"


def test_underscore_becomes_a_dash_and_other_scripts_are_dropped() -> None:
    assert slugify("tin_moi") == "tin-moi"
    assert slugify("Hà Nội 北京 🎉") == "ha-noi"


def test_empty_and_symbol_only_titles_give_empty_slugs() -> None:
    assert slugify("") == ""
    assert slugify(" – … “” ") == ""


def test_long_titles_are_cut_to_max_len() -> None:
    slug = slugify("Mặt trận " * 40)
    assert len(slug) <= 200
    assert slug.startswith("mat-tran-mat-tran")
    assert len(slugify("Mặt trận " * 40, max_len=50)) <= 50


@given(st.text(max_size=120), st.integers(min_value=1, max_value=250))
def test_slug_is_only_lowercase_ascii_digits_and_single_dashes(text: str, max_len: int) -> None:
    slug = slugify(text, max_len=max_len)
    assert re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?", slug)
    assert len(slug) <= max_len


@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + PUNCTUATION, max_size=80))
def test_slug_does_not_depend_on_normal_form(text: str) -> None:
    assert slugify(unicodedata.normalize("NFD", text)) == slugify(text)


def _random_titles(count: int) -> list[str]:
    rng = random.Random(20201225)  # noqa: S311 (reproducible test data)
    alphabet = VIETNAMESE + VIETNAMESE.upper() + "0123456789" + PUNCTUATION * 2 + "   ;"
    titles = ["".join(rng.choices(alphabet, k=rng.randint(0, 90))) for _ in range(count)]
    # Long enough to be cut, with characters that count more than one towards the limit.
    titles += ["".join(rng.choices(alphabet, k=rng.randint(150, 260))) for _ in range(count // 4)]
    return titles


@pytest.mark.skipif(
    shutil.which("php") is None or not WORDPRESS_FORMATTING.is_file(),
    reason="needs PHP and WordPress's formatting.php",
)
def test_slugs_equal_wordpress_sanitize_title(tmp_path: Path) -> None:
    harness = tmp_path / "slugs.php"
    harness.write_text(
        "<?php\n"
        "function apply_filters($tag, $value) { return $value; }\n"
        "function get_locale() { return 'vi'; }\n"
        "function mbstring_binary_safe_encoding($reset = false) {}\n"
        "function reset_mbstring_encoding() {}\n"
        f"require '{WORDPRESS_FORMATTING}';\n"
        "$titles = json_decode(stream_get_contents(STDIN), true);\n"
        "echo json_encode(array_map(function ($t) {\n"
        "  return sanitize_title_with_dashes(remove_accents($t), '', 'save'); }, $titles));\n",
        encoding="utf-8",
    )
    titles = [
        SAMPLE_TITLE,
        "Kinh tế – Đời sống",
        "Quý IV/2020: “Về đích” sớm",
        "Tỉnh uỷ & HĐND; UBMTTQVN",
        "<b>Đậm</b> nhạt",
        "Giá <100 triệu đồng",
        "a < b",
        "Phó Chủ tịch UBND tỉnh " * 12,
        "“Toàn dân đoàn kết” – " * 12,
        *_random_titles(400),
    ]
    result = subprocess.run(
        ["php", str(harness)],
        input=json.dumps(titles),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    expected = json.loads(result.stdout)
    mismatches = [
        (title, want, slugify(title))
        for title, want in zip(titles, expected, strict=True)
        if slugify(title) != want
    ]
    assert mismatches == []
