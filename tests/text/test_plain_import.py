from __future__ import annotations

import unicodedata

from newsdesk.core import Byline
from newsdesk.text import parse_plain_article
from tests.text.samples import SAMPLE_TITLE, sample_markdown, sample_text

NBSP = "\u00a0"


def test_sample_article_parts() -> None:
    article = parse_plain_article(sample_text())
    assert article.title == SAMPLE_TITLE
    assert article.sapo == ""
    assert article.bylines == (Byline("Thủy Phương"),)
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang")
    assert paragraphs[1].startswith("Sau khi nghe")  # the leading no-break space is gone
    assert paragraphs[1].endswith('bỏ lại phía sau".')
    assert "Thủy Phương" not in article.body


def test_sample_article_keeps_its_text_traits() -> None:
    body = parse_plain_article(sample_text()).body
    assert "Tỉnh uỷ" in body
    assert "Tỉnh ủy" in body
    assert f'"{NBSP}Cả nước' in body
    assert f"Đại hội{NBSP}lần thứ XIII" in body
    assert "nghèo- không" in body
    assert "UBMTTQVN" in body


def test_markdown_and_plain_sample_give_the_same_article() -> None:
    assert parse_plain_article(sample_markdown()) == parse_plain_article(sample_text())


def test_markdown_title_bold_sapo_and_role_byline() -> None:
    text = (
        "# Tít bài ##\n\n**QTO - Sáng 18/12, hội nghị khai mạc.**\n\n## Trung đề\n\n"
        "Nội dung *nghiêng*.\n\n```\nmã\n\n\nvẫn là mã\n```\n\n"
        "Hội nghị bế mạc. Bài và ảnh: Minh Hà\n"
    )
    article = parse_plain_article(text)
    assert article.title == "Tít bài"
    assert article.sapo == "QTO - Sáng 18/12, hội nghị khai mạc."
    assert article.bylines == (Byline("Minh Hà", "Bài và ảnh"),)
    assert article.body == (
        "## Trung đề\n\nNội dung *nghiêng*.\n\n```\nmã\n\n\nvẫn là mã\n```\n\nHội nghị bế mạc."
    )


def test_markdown_can_be_asked_for_without_a_heading() -> None:
    article = parse_plain_article("Tít\n\nNội dung *nghiêng*.", markdown=True)
    assert article.title == "Tít"
    assert article.body == "Nội dung *nghiêng*."


def test_plain_text_is_escaped_for_markdown() -> None:
    text = "Tít\n\n1. Không phải danh sách *nhé*\n# không phải tít\n<b>thẻ</b> &amp; a_b\n\nHết."
    body = parse_plain_article(text).body
    assert body == (
        "1\\. Không phải danh sách \\*nhé\\*\n\\# không phải tít\n"
        "&lt;b>thẻ&lt;/b> &amp;amp; a\\_b\n\nHết."
    )


def test_byline_as_its_own_last_paragraph_or_line() -> None:
    own = parse_plain_article("Tít\n\nNội dung.\n\nTheo TTXVN\n")
    assert own.bylines == (Byline("TTXVN", "Theo"),)
    assert own.body == "Nội dung."
    line = parse_plain_article("Tít\n\nNội dung.\nThủy Phương - Minh Hà")
    assert line.bylines == (Byline("Thủy Phương"), Byline("Minh Hà"))
    assert line.body == "Nội dung."


def test_no_byline_is_invented() -> None:
    for ending in (
        "Hội nghị kết thúc. Nguyễn Văn A phát biểu",
        "Tham dự có đồng chí Nguyễn Văn A",
        "Kết thúc hội nghị.",
    ):
        article = parse_plain_article(f"Tít\n\n{ending}")
        assert article.bylines == ()
        assert article.body == ending


def test_decomposed_input_is_normalised() -> None:
    nfd = unicodedata.normalize("NFD", sample_text())
    assert parse_plain_article(nfd) == parse_plain_article(sample_text())


def test_empty_and_title_only_files() -> None:
    assert parse_plain_article("").title == ""
    assert parse_plain_article("\n \n").body == ""
    only = parse_plain_article("\n\n  Tít bài\u00a0\n")
    assert only.title == "Tít bài"
    assert only.body == ""
    assert only.bylines == ()
