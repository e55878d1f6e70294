from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from newsdesk.render import markdown_to_html, sanitize_html


def test_paragraphs_and_emphasis() -> None:
    assert markdown_to_html("Xin **chào** *bạn*\ndòng sau") == (
        "<p>Xin <strong>chào</strong> <em>bạn</em>\ndòng sau</p>"
    )


def test_vietnamese_text_round_trips_unchanged() -> None:
    text = 'Tỉnh uỷ và Tỉnh ủy; “Toàn dân” – "Cả nước"; nghèo- không; ĐẢNG BỘ'
    assert markdown_to_html(text) == f"<p>{text}</p>"


def test_no_break_space_is_kept_as_an_entity() -> None:
    assert markdown_to_html("10\u00a0000") == "<p>10&nbsp;000</p>"


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert('x')</script>",
        "Đoạn văn<script>alert('x')</script>",
        "<style>body{display:none}</style>",
    ],
)
def test_scripts_and_styles_are_removed_with_their_content(source: str) -> None:
    html = markdown_to_html(source)
    assert "script" not in html
    assert "alert" not in html
    assert "display" not in html


def test_event_handlers_are_removed() -> None:
    html = markdown_to_html('<img src="a.jpg" onerror="alert(1)">\n\n<p onclick="x()">Chữ</p>')
    assert "onerror" not in html
    assert "onclick" not in html
    assert "alert" not in html
    assert '<img src="a.jpg">' in html
    assert "<p>Chữ</p>" in html


@pytest.mark.parametrize(
    "source",
    [
        "[bấm](javascript:alert(1))",
        '<a href="javascript:alert(1)">bấm</a>',
        '<a href="JaVaScRiPt:alert(1)">bấm</a>',
        "![ảnh](javascript:alert(1))",
        '<img src="data:text/html;base64,PHNjcmlwdD4=">',
    ],
)
def test_dangerous_urls_are_dropped(source: str) -> None:
    html = markdown_to_html(source)
    assert "javascript" not in html.lower()
    assert "data:" not in html


def test_links_get_noopener() -> None:
    html = markdown_to_html('[MTTQ](https://mattran.org.vn "Mặt trận")')
    assert html == (
        '<p><a href="https://mattran.org.vn" title="Mặt trận" rel="noopener">MTTQ</a></p>'
    )


def test_news_body_elements_survive() -> None:
    source = (
        "## Trung đề\n\n### Nhỏ hơn\n\n> Trích dẫn\n\n- một\n- hai\n\n1. ba\n2. bốn\n\n"
        "---\n\n`mã`\n\n```\nkhối mã\n```\n\n"
        '<figure><img src="https://a.vn/1.jpg" alt="Ảnh" title="t" width="600" height="400">'
        "<figcaption>Chú thích - Ảnh: X</figcaption></figure>\n\n"
        "H<sub>2</sub>O và m<sup>2</sup>\n"
    )
    html = markdown_to_html(source)
    for fragment in (
        "<h2>Trung đề</h2>",
        "<h3>Nhỏ hơn</h3>",
        "<blockquote>",
        "<ul>\n<li>một</li>",
        "<ol>\n<li>ba</li>",
        "<hr>",
        "<code>mã</code>",
        "<pre><code>khối mã\n</code></pre>",
        '<img src="https://a.vn/1.jpg" alt="Ảnh" title="t" width="600" height="400">',
        "<figcaption>Chú thích - Ảnh: X</figcaption>",
        "H<sub>2</sub>O và m<sup>2</sup>",
    ):
        assert fragment in html


def test_tables_keep_only_text_alignment() -> None:
    html = markdown_to_html("| Đơn vị | Số |\n|:--|--:|\n| Xã A | 12 |\n")
    assert '<th style="text-align:left">Đơn vị</th>' in html
    assert '<td style="text-align:right">12</td>' in html
    styled = sanitize_html('<table><tr><td style="color:red;text-align:center">x</td></tr></table>')
    assert 'style="text-align:center"' in styled
    assert "color" not in styled


def test_headings_stay_below_the_title() -> None:
    assert markdown_to_html("# Một") == "<h2>Một</h2>"
    assert markdown_to_html("##### Năm") == "<h4>Năm</h4>"


def test_sane_lists_keep_their_start_number() -> None:
    assert markdown_to_html("3. ba\n4. bốn").startswith('<ol start="3">')


def test_unknown_tags_lose_markup_but_keep_text() -> None:
    html = markdown_to_html('<div class="x"><span style="color:red">Chữ</span></div>')
    assert "Chữ" in html
    assert "<div" not in html
    assert "<span" not in html


def test_concurrent_conversions_do_not_mix() -> None:
    sources = [f"# Tít {i}\n\n[^{i}] đoạn **{i}**\n\n- mục {i}" for i in range(40)]
    expected = [markdown_to_html(s) for s in sources]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(markdown_to_html, sources * 5))
    assert results == expected * 5


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("# Một", "<h2>Một</h2>"),
        ("## Hai", "<h2>Hai</h2>"),
        ("### Ba", "<h3>Ba</h3>"),
        ("#### Bốn", "<h4>Bốn</h4>"),
        ("##### Năm", "<h4>Năm</h4>"),
        ("###### Sáu", "<h4>Sáu</h4>"),
    ],
)
def test_every_heading_level_lands_between_h2_and_h4(source: str, html: str) -> None:
    assert markdown_to_html(source) == html


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("[MTTQ](http://mattran.org.vn)", '<a href="http://mattran.org.vn" rel="noopener">'),
        ("[MTTQ](https://mattran.org.vn)", '<a href="https://mattran.org.vn" rel="noopener">'),
        ("[Gọi](tel:+84912345678)", '<a href="tel:+84912345678" rel="noopener">'),
        ("[Thư](mailto:toasoan@baotinh.vn)", '<a href="mailto:toasoan@baotinh.vn" rel="noopener">'),
        ("![Ảnh](photo:3)", '<img alt="Ảnh" src="photo:3">'),
        ("![Ảnh](http://a.vn/1.jpg)", '<img alt="Ảnh" src="http://a.vn/1.jpg">'),
        ("[Tệp](ftp://a.vn/tep)", '<a rel="noopener">Tệp</a>'),
    ],
)
def test_links_keep_their_address_for_each_allowed_scheme(source: str, html: str) -> None:
    assert html in markdown_to_html(source)


def test_allowed_attributes_are_kept_and_others_dropped() -> None:
    html = sanitize_html(
        '<ol start="3" reversed><li>x</li></ol>'
        '<table><tr><th colspan="2" rowspan="1" class="a">h</th>'
        '<td colspan="2" rowspan="3" id="b" style="text-align:right">d</td></tr></table>'
        '<p style="text-align:center" class="c">p</p>'
    )
    assert '<ol start="3"><li>x</li></ol>' in html
    assert '<th colspan="2" rowspan="1">h</th>' in html
    assert '<td colspan="2" rowspan="3" style="text-align:right">d</td>' in html
    assert '<p style="text-align:center">p</p>' in html


def test_a_photo_alone_with_a_title_is_printed_with_its_caption_below() -> None:
    assert markdown_to_html('![Ảnh](a.jpg "  Quang cảnh hội nghị ")') == (
        '<figure><img alt="Ảnh" src="a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>'
    )


@pytest.mark.parametrize(
    ("source", "html"),
    [
        # No caption: the photo stays in its paragraph, without an empty title.
        ('![Ảnh](a.jpg "  ")', '<p><img alt="Ảnh" src="a.jpg"></p>'),
        ("![Ảnh](a.jpg)", '<p><img alt="Ảnh" src="a.jpg"></p>'),
        # Not alone: text before or after it, or another photo; the title stays a title.
        ('Chữ ![Ảnh](a.jpg "Chú")', '<p>Chữ <img alt="Ảnh" src="a.jpg" title="Chú"></p>'),
        ('![Ảnh](a.jpg " Chú ") sau', '<p><img alt="Ảnh" src="a.jpg" title="Chú"> sau</p>'),
        (
            '![A](a.jpg "x")![B](b.jpg "y")',
            '<p><img alt="A" src="a.jpg" title="x"><img alt="B" src="b.jpg" title="y"></p>',
        ),
        ('[![A](a.jpg "x")](https://a.vn)', '<p><a href="https://a.vn" rel="noopener">'),
    ],
)
def test_a_photo_that_is_not_alone_or_has_no_caption_stays_as_it_is(source: str, html: str) -> None:
    assert markdown_to_html(source).startswith(html)


def test_every_captioned_photo_of_a_body_gets_its_caption() -> None:
    source = (
        "Đoạn mở đầu.\n\n"
        'Chữ ![A](a.jpg "Không phải chú thích")\n\n'
        "![B](b.jpg)\n\n"
        '![C](c.jpg "Chú thích C")\n\n'
        '![D](d.jpg "Chú thích D") và chữ\n\n'
        '![E](e.jpg "Chú thích E")'
    )
    html = markdown_to_html(source)
    assert html.count("<figure>") == 2
    assert '<figure><img alt="C" src="c.jpg"><figcaption>Chú thích C</figcaption></figure>' in html
    assert '<figure><img alt="E" src="e.jpg"><figcaption>Chú thích E</figcaption></figure>' in html
