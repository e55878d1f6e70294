from __future__ import annotations

from newsdesk.core import Byline, new_article
from newsdesk.render import article_content_html, byline_html, format_bylines, sapo_html


def test_single_and_several_names() -> None:
    assert format_bylines([Byline("Thủy Phương")]) == "Thủy Phương"
    assert format_bylines([Byline("Thủy Phương"), Byline("Minh Hà")]) == "Thủy Phương - Minh Hà"


def test_roles() -> None:
    assert format_bylines([Byline("Thủy Phương", "Bài và ảnh")]) == "Bài và ảnh: Thủy Phương"
    assert format_bylines([Byline("Minh Hà", "Bài, ảnh")]) == "Bài, ảnh: Minh Hà"
    assert format_bylines([Byline("TTXVN", "Theo")]) == "Theo TTXVN"


def test_names_are_grouped_by_role_in_order_of_appearance() -> None:
    bylines = [
        Byline("Lê Hà", "Bài"),
        Byline("Quang Hải", "Ảnh"),
        Byline("Hồng Anh", "Bài"),
    ]
    assert format_bylines(bylines) == "Bài: Lê Hà - Hồng Anh; Ảnh: Quang Hải"


def test_one_person_writing_and_photographing_is_one_credit() -> None:
    bylines = [Byline("Thủy Phương", "Bài"), Byline("Thủy Phương", "Ảnh")]
    assert format_bylines(bylines) == "Bài và ảnh: Thủy Phương"


def test_empty_and_repeated_names_are_dropped() -> None:
    bylines = [Byline(" "), Byline("Thủy\u00a0Phương "), Byline("Thủy\u00a0Phương")]
    assert format_bylines(bylines) == "Thủy\u00a0Phương"
    assert format_bylines([]) == ""


def test_byline_paragraph_is_bold_right_aligned_and_escaped() -> None:
    assert byline_html([Byline("Thủy Phương")]) == (
        '<p class="newsdesk-byline" style="text-align:right"><strong>Thủy Phương</strong></p>'
    )
    assert "&lt;b&gt;" in byline_html([Byline("<b>X</b>")])
    assert byline_html([]) == ""


def test_sapo_html() -> None:
    assert sapo_html("QTO - Sáng 18/12 <b>") == "<p><strong>QTO - Sáng 18/12 &lt;b&gt;</strong></p>"
    assert sapo_html("  ") == ""


def test_content_is_body_then_byline_without_sapo() -> None:
    article = new_article(
        title="Tít",
        sapo="Sa-pô không vào nội dung",
        body="Đoạn một.\n\nĐoạn hai.",
        bylines=(Byline("Thủy Phương"),),
    )
    assert article_content_html(article) == (
        "<p>Đoạn một.</p>\n<p>Đoạn hai.</p>\n"
        '<p class="newsdesk-byline" style="text-align:right"><strong>Thủy Phương</strong></p>'
    )


def test_content_without_bylines_has_no_byline_paragraph() -> None:
    assert article_content_html(new_article(body="Chữ")) == "<p>Chữ</p>"
