"""Photos named in a body (``photo:<hash>/<name>``) and where the HTML points them."""

from __future__ import annotations

from newsdesk.core import Byline, new_article
from newsdesk.render import article_content_html, markdown_to_html
from newsdesk.render.photos import (
    caption_line,
    either,
    link_photos,
    links_in_site_html,
    parse_ref,
    photo_ref,
    photos_in,
)

SHA = "920fa1b04002b7db" + "0" * 48
REF = "photo:920fa1b04002b7db/hoi-nghi-giao-ban.jpg"


def test_a_photo_is_named_by_its_hash_and_a_plain_file_name() -> None:
    assert photo_ref(SHA, "Hội nghị giao ban.JPG") == REF
    assert photo_ref(SHA.upper(), "ảnh") == "photo:920fa1b04002b7db/anh"
    assert photo_ref(SHA, "....png") == "photo:920fa1b04002b7db/photo.png"
    assert parse_ref(REF) == ("920fa1b04002b7db", "hoi-nghi-giao-ban.jpg")
    assert parse_ref("photo:../../etc/passwd") is None
    assert parse_ref("https://example.org/a.jpg") is None


def test_photos_in_a_body_once_each_in_order() -> None:
    other = "photo:0123456789abcdef/b.png"
    body = f"![a]({REF})\n\nChữ.\n\n![b]({other})\n\n![a lần nữa]({REF})"
    assert photos_in(body) == [REF, other]


def test_the_html_keeps_the_name_until_it_is_pointed_somewhere() -> None:
    html = markdown_to_html(f"Đoạn một.\n\n![Quang cảnh]({REF})\n\nĐoạn hai.")
    assert f'src="{REF}"' in html
    shown = link_photos(html, {REF: "https://x.vn/wp-content/uploads/920fa1b04002b7db-a.jpg"}.get)
    assert 'src="https://x.vn/wp-content/uploads/920fa1b04002b7db-a.jpg"' in shown
    assert 'alt="Quang cảnh"' in shown
    assert link_photos(html, lambda _ref: None) == "<p>Đoạn một.</p>\n<p>Đoạn hai.</p>"


def test_other_images_and_addresses_with_quotes_are_safe() -> None:
    html = markdown_to_html(f"![x](https://a.vn/x.jpg) ![y]({REF})")
    shown = link_photos(html, lambda _ref: 'file:///tmp/"a".jpg')
    assert 'src="https://a.vn/x.jpg"' in shown
    assert 'src="file:///tmp/&quot;a&quot;.jpg"' in shown


def test_a_post_without_photos_leaves_them_out_by_default() -> None:
    article = new_article(title="T", body=f"![a]({REF})\n\nChữ.", bylines=(Byline("Thủy Phương"),))
    html = article_content_html(article)
    assert "photo:" not in html
    assert html.startswith("<p>Chữ.</p>")


def test_the_site_html_says_where_it_shows_each_photo() -> None:
    site_html = (
        '<p><img alt="a" src="https://x.vn/up/2026/12/920fa1b04002b7db-hoi-nghi.jpg"></p>'
        '<p><img src="https://x.vn/up/other.jpg"></p>'
    )
    links = links_in_site_html(site_html)
    assert links(REF) == "https://x.vn/up/2026/12/920fa1b04002b7db-hoi-nghi.jpg"
    assert links("photo:0123456789abcdef/b.png") is None
    both = either({"photo:0123456789abcdef/b.png": "file:///b.png"}.get, links)
    assert both("photo:0123456789abcdef/b.png") == "file:///b.png"
    assert both(REF) == links(REF)


def test_a_photo_with_a_caption_is_printed_with_it_below() -> None:
    html = markdown_to_html(f'Chữ.\n\n![Quang cảnh]({REF} "Quang cảnh - Ảnh: Thủy Phương")')
    assert html == (
        f'<p>Chữ.</p>\n<figure><img alt="Quang cảnh" src="{REF}">'
        "<figcaption>Quang cảnh - Ảnh: Thủy Phương</figcaption></figure>"
    )
    # Left out, it takes its caption along.
    assert link_photos(html, lambda _ref: None) == "<p>Chữ.</p>\n"
    inline = markdown_to_html('Chữ ![x](https://a.vn/a.jpg "t") chữ')
    assert "<figure>" not in inline
    assert 'title="t"' in inline


def test_the_caption_line_under_a_photo() -> None:
    assert caption_line("Quang cảnh", "Thủy Phương") == "Quang cảnh - Ảnh: Thủy Phương"
    assert caption_line("", "Thủy Phương") == "Ảnh: Thủy Phương"
    assert caption_line("Quang cảnh", "") == "Quang cảnh"
