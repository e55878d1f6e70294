from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.core import Byline, new_article
from newsdesk.render import article_content_html, markdown_to_html, sanitize_html
from newsdesk.render.html_markdown import html_to_markdown
from newsdesk.text.normalize import clean_block

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"
_BLOCK_TAGS = "p|h[1-6]|ul|ol|li|blockquote|pre|table|thead|tbody|tr|th|td|hr|br|figure|figcaption"


def normalised(html: str) -> str:
    """White space as a browser sees it: runs are one space, none around block tags. Empty
    elements are left out and spaces at the edges of emphasis put outside it, as the converter
    does (neither shows)."""
    while True:
        tidy = re.sub(r"<(strong|em)>\s+", r" <\1>", re.sub(r"\s+", " ", html))
        tidy = re.sub(r"\s+</(strong|em)>", r"</\1> ", tidy)
        tidy = re.sub(rf"\s*(</?(?:{_BLOCK_TAGS})\b[^>]*>)\s*", r"\1", tidy)
        tidy = re.sub(r"<([a-z0-9]+)></\1>", "", tidy).strip()
        if tidy == html:
            return html
        html = tidy


def round_trip(md: str) -> tuple[str, str]:
    """The HTML of ``md``, and the HTML of that HTML converted back to Markdown."""
    html = markdown_to_html(md)
    return normalised(html), normalised(markdown_to_html(html_to_markdown(html)))


# Elements one by one


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    assert html_to_markdown("<p>Một</p>\n\n\n<p>Hai</p><p>Ba</p>") == "Một\n\nHai\n\nBa"


@pytest.mark.parametrize(
    ("tag", "marks"), [("h1", "##"), ("h2", "##"), ("h3", "###"), ("h4", "####"), ("h5", "####"),
                       ("h6", "####")],
)  # fmt: skip
def test_heading_levels_stay_between_two_and_four(tag: str, marks: str) -> None:
    assert html_to_markdown(f"<{tag}>Trung đề</{tag}><p>Chữ</p>") == f"{marks} Trung đề\n\nChữ"


def test_bold_and_italic_in_both_spellings() -> None:
    html = "<p><strong>đậm</strong> <b>in đậm</b> <em>nghiêng</em> <i>chữ nghiêng</i></p>"
    assert html_to_markdown(html) == "**đậm** **in đậm** *nghiêng* *chữ nghiêng*"


def test_spaces_at_the_edges_of_emphasis_move_outside_it() -> None:
    assert html_to_markdown("<p>Xin<strong> chào </strong>bạn</p>") == "Xin **chào** bạn"
    assert html_to_markdown("<p>a<em> </em>b</p>") == "a b"


def test_emphasis_next_to_emphasis() -> None:
    html = "<p><strong>a</strong><em>b</em> <em>c</em><strong>d</strong> <em>e</em>f</p>"
    assert normalised(markdown_to_html(html_to_markdown(html))) == html


def test_nested_same_emphasis_is_written_once() -> None:
    assert html_to_markdown("<p><b>a <strong>b</strong> c</b></p>") == "**a b c**"


def test_links_keep_their_title() -> None:
    html = '<p>Xem <a href="https://mattran.org.vn/a?x=1&amp;y=2" title="Mặt trận">MTTQ</a></p>'
    assert html_to_markdown(html) == 'Xem [MTTQ](https://mattran.org.vn/a?x=1&y=2 "Mặt trận")'


def test_link_addresses_with_spaces_and_parentheses_stay_links() -> None:
    md = html_to_markdown('<p><a href="https://a.vn/tin (1).html">tin</a></p>')
    assert md == "[tin](https://a.vn/tin%20\\(1\\).html)"
    assert 'href="https://a.vn/tin%20(1).html"' in markdown_to_html(md)


def test_anchor_without_href_keeps_only_its_text() -> None:
    assert html_to_markdown('<p><a name="x">neo</a></p>') == "neo"


def test_images() -> None:
    html = '<p><img src="https://a.vn/1.jpg" alt="Cầu [mới]" title="Ảnh"> <img alt="x"></p>'
    assert html_to_markdown(html) == '![Cầu \\[mới\\]](https://a.vn/1.jpg "Ảnh")'


def test_nested_lists_are_indented() -> None:
    html = "<ul><li>một<ul><li>hai</li></ul></li><li>ba</li></ul>"
    assert html_to_markdown(html) == "- một\n    - hai\n- ba"


def test_ordered_lists_keep_their_start() -> None:
    html = '<ol start="3"><li>ba</li><li>bốn<ol><li>năm</li></ol></li></ol>'
    assert html_to_markdown(html) == "3. ba\n4. bốn\n    1. năm"


def test_list_items_with_paragraphs_make_a_loose_list() -> None:
    html = "<ul><li><p>một</p><p>tiếp</p></li><li><p>hai</p></li></ul>"
    assert html_to_markdown(html) == "- một\n\n    tiếp\n\n- hai"


def test_a_list_put_straight_inside_a_list_joins_the_item_before_it() -> None:
    html = "<ul><li>một</li><ul><li>hai</li></ul></ul>"
    assert html_to_markdown(html) == "- một\n    - hai"


def test_text_straight_inside_a_list_is_kept() -> None:
    assert html_to_markdown("<ul>đầu<li>một</li> sau</ul>") == "- đầu\n- một sau"


def test_unclosed_list_items_and_paragraphs_close_like_in_a_browser() -> None:
    assert html_to_markdown("<ul><li>một<li>hai</ul><p>ba<p>bốn") == "- một\n- hai\n\nba\n\nbốn"


def test_empty_paragraphs_and_headings_are_dropped() -> None:
    assert html_to_markdown("<p>&nbsp;</p><h2> </h2><p>Chữ</p><p><br></p>") == "Chữ"


def test_empty_list_items_are_dropped() -> None:
    assert html_to_markdown("<ul><li>một</li><li> </li><li>hai</li></ul>") == "- một\n- hai"


def test_lists_and_quotes_in_a_row_stay_apart() -> None:
    html = (
        "<ul><li>a</li></ul><ul><li>b</li></ul><blockquote>c</blockquote><blockquote>d</blockquote>"
        "<ol><li>e</li></ol><ol><li>f</li></ol>"
    )
    rendered = markdown_to_html(html_to_markdown(html))
    assert [rendered.count(tag) for tag in ("<ul>", "<blockquote>", "<ol>")] == [2, 2, 2]


def test_code_after_a_list_inside_a_quote_stays_code() -> None:
    html = "<blockquote><ul><li>a</li></ul><pre><code>x = 1</code></pre></blockquote>"
    assert "<pre><code>x = 1" in markdown_to_html(html_to_markdown(html))


def test_blockquote_with_several_paragraphs() -> None:
    html = '<blockquote class="wp-block-quote"><p>Một</p><p>Hai</p><cite>Bác Hồ</cite></blockquote>'
    assert html_to_markdown(html) == "> Một\n>\n> Hai\n>\n> Bác Hồ"


def test_line_breaks_become_br_tags_that_survive_clean_block() -> None:
    md = html_to_markdown("<p>Dòng một<br>\n  dòng hai<br/># ba<br><br></p>")
    assert md == "Dòng một<br>\ndòng hai<br>\n\\# ba"
    assert clean_block(md) == md
    assert markdown_to_html(md) == "<p>Dòng một<br>\ndòng hai<br>\n# ba</p>"


def test_subscripts_and_superscripts_stay() -> None:
    assert (
        html_to_markdown("<p>H<sub>2</sub>O, m<sup>2</sup></p>") == "H<sub>2</sub>O, m<sup>2</sup>"
    )


def test_horizontal_rule_and_code() -> None:
    html = "<p>Gõ <code>a`b</code></p><hr><pre><code>khối\n  mã *x*\n</code></pre>"
    assert html_to_markdown(html) == "Gõ ``a`b``\n\n* * *\n\n```\nkhối\n  mã *x*\n```"


def test_code_inside_a_list_is_indented_rather_than_fenced() -> None:
    html = "<ul><li><p>a</p><pre><code>x = 1\n</code></pre></li></ul>"
    assert html_to_markdown(html) == "- a\n\n        x = 1"


def test_figure_is_the_image_then_its_caption_in_italics() -> None:
    html = (
        '<figure class="wp-block-image size-large"><img src="https://a.vn/1.jpg" alt="Ảnh"/>'
        '<figcaption class="wp-element-caption">Hội nghị <em>giao ban</em> - Ảnh: '
        "<strong>TP</strong></figcaption></figure>"
    )
    assert html_to_markdown(html) == (
        "![Ảnh](https://a.vn/1.jpg)\n\n*Hội nghị giao ban - Ảnh: **TP***"
    )


def test_tables_become_pipe_tables_with_alignment() -> None:
    html = (
        '<figure class="wp-block-table"><table><thead><tr><th style="text-align: left">Đơn vị</th>'
        '<th class="has-text-align-right">Số</th></tr></thead><tbody><tr><td>Xã A | B</td>'
        "<td>12</td></tr><tr><td>Xã C</td></tr></tbody></table></figure>"
    )
    md = html_to_markdown(html)
    assert md == "| Đơn vị | Số |\n| :-- | --: |\n| Xã A \\| B | 12 |\n| Xã C |  |"
    assert '<td style="text-align:right">12</td>' in markdown_to_html(md)


def test_text_a_browser_would_put_in_front_of_a_table_is_kept() -> None:
    html = "<table>Chú thích <tr>rời<td>ô</td></tr></table>"
    assert html_to_markdown(html) == "Chú thích rời\n\n| ô |\n| --- |"


def test_block_editor_comments_scripts_and_styles_are_ignored() -> None:
    html = (
        "<!-- wp:paragraph -->\n<p>Chữ</p>\n<!-- /wp:paragraph -->\n"
        "<script>alert('x')</script><style>p{color:red}</style>\n"
        '<!-- wp:image {"id":5} /-->'
    )
    assert html_to_markdown(html) == "Chữ"


def test_byline_and_sapo_paragraphs_are_dropped() -> None:
    html = (
        '<p class="newsdesk-sapo"><strong>QTO - Sa pô</strong></p><p>Thân bài.</p>'
        '<p class="newsdesk-byline" style="text-align:right"><strong>Thủy Phương</strong></p>'
    )
    assert html_to_markdown(html) == "Thân bài."


def test_article_content_comes_back_as_its_body() -> None:
    body = "Đoạn **một**.\n\n- a\n- b"
    article = new_article(title="Tít", body=body, bylines=(Byline("Thủy Phương"),))
    md = html_to_markdown(article_content_html(article))
    assert "Thủy Phương" not in md
    assert markdown_to_html(md) == markdown_to_html(article.body)


def test_white_space_is_collapsed_like_a_browser_and_entities_are_decoded() -> None:
    html = "<div>\n  <p>  Một\n\t hai &amp; &lt;ba&gt;&nbsp;bốn &quot;&#7885;&quot;  </p>\n</div>"
    assert html_to_markdown(html) == 'Một hai & &lt;ba>\u00a0bốn "ọ"'


def test_decomposed_vietnamese_comes_out_composed() -> None:
    text = "Tỉnh uỷ Quảng Trị, Nguyễn Đăng Quang"
    md = html_to_markdown(f"<p>{unicodedata.normalize('NFD', text)}</p>")
    assert md == text
    assert unicodedata.is_normalized("NFC", md)


def test_no_line_ends_in_a_space() -> None:
    md = html_to_markdown("<p>a&nbsp;<br>b </p><ul><li>c <ul><li>d&nbsp;</li></ul></li></ul>")
    assert all(line == line.rstrip() for line in md.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        "5 * 3 = 15_000", "a `b` c", "[chú thích] và ]", "# Không phải tít", "Giá #1",
        "1. Không phải danh sách", "2020. Năm", "- gạch", "+ cộng", "> trích", "a \\ b",
        "&amp; là ký hiệu", "<b>không đậm</b>", "Hay!", "===", "~~~",
    ],
)  # fmt: skip
def test_text_that_looks_like_markdown_stays_text(text: str) -> None:
    html = f"<p>Đầu<br>{text.replace('&', '&amp;').replace('<', '&lt;')}</p>"
    assert html_to_markdown(html).startswith("Đầu<br>\n")
    assert normalised(markdown_to_html(html_to_markdown(html))) == normalised(sanitize_html(html))


def test_exclamation_mark_before_a_link_does_not_make_an_image() -> None:
    html = '<p>Hay!<a href="https://a.vn">xem</a></p>'
    assert normalised(markdown_to_html(html_to_markdown(html))) == normalised(
        '<p>Hay!<a href="https://a.vn" rel="noopener">xem</a></p>'
    )


def test_sample_article_round_trips() -> None:
    before, after = round_trip(SAMPLE.read_text(encoding="utf-8"))
    assert after == before


# The round trip, on generated bodies

# Words as a reporter types them, special characters escaped where Markdown would read them.
WORDS = st.sampled_from(
    ["Hội", "nghị", "giao", "ban", "công", "tác", "Mặt", "trận", "đoàn", "thể", "tỉnh", "Quảng",
     "Trị", "năm", "2021", "nhiệm", "vụ", "Tỉnh", "uỷ", "HĐND", "UBND", "đồng", "chí", "Nguyễn",
     "Đăng", "Quang", "Phó", "bí", "thư", "“Toàn", "dân”", "nghèo-", "Covid-19", "5841/PA-UBND",
     "25/12/2020", "10\u00a0000", "\\*", "\\_", "\\#", "\\[", "\\]", "\\`", "\\\\", "&",
     "&amp;", "&lt;b&gt;", "<", "\\>", "\\-", "\\+", "1\\.", "\\!", "\\|", "=", "~~~", "(",
     ")", ":"]
)  # fmt: skip
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
URL = st.sampled_from(["https://baoquangtri.vn/a", "https://a.vn/tin_1.html?x=1&y=2", "/tin"])


@st.composite
def inline(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(TEXT)
        kinds = ["text", "bold", "italic", "both", "link", "image", "code", "break", "sub"]
        kind = draw(st.sampled_from(kinds))
        if kind == "bold":
            text = f"**{text}**"
        elif kind == "italic":
            text = f"*{text}*"
        elif kind == "both":
            text = f"**{text} *{draw(TEXT)}***"
        elif kind == "link":
            title = draw(st.sampled_from(["", ' "Mặt trận"']))
            text = f"[{text}]({draw(URL)}{title})"
        elif kind == "image":
            text = f"![{text}]({draw(URL)}.jpg)"
        elif kind == "sub":
            text = f"H<sub>{text}</sub>O"
        elif kind == "code":
            text = f"`{text.replace('`', '')}`"
        elif kind == "break":
            text = f"{text}  \n{draw(TEXT)}"
        parts.append(text)
    # Not joined with "": "*a**b*`c`" leaks a placeholder from the Markdown library itself.
    return draw(st.sampled_from([" ", ", "])).join(parts)


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["p", "p", "h", "ul", "ol", "loose", "quote", "hr"]))
    if kind == "h":
        return "#" * draw(st.integers(1, 6)) + " " + draw(TEXT)
    if kind in {"ul", "ol", "loose"}:
        items = draw(st.lists(inline(), min_size=1, max_size=4))
        lines = [f"{'1.' if kind == 'ol' else '-'} {item}" for item in items]
        if draw(st.booleans()):
            lines.append("    - " + draw(inline()))
        return ("\n\n" if kind == "loose" else "\n").join(x.replace("  \n", " ") for x in lines)
    if kind == "quote":
        paragraphs = draw(st.lists(inline(), min_size=1, max_size=3))
        return "\n>\n".join("> " + p.replace("\n", "\n> ") for p in paragraphs)
    if kind == "hr":
        return "---"
    return draw(inline())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(block(), min_size=1, max_size=6))
def test_generated_bodies_round_trip(blocks: list[str]) -> None:
    before, after = round_trip("\n\n".join(blocks))
    assert after == before
    md = html_to_markdown(markdown_to_html("\n\n".join(blocks)))
    assert html_to_markdown(markdown_to_html(md)) == md  # and a second pass changes nothing


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_generated_text_with_breaks_round_trips(lines: list[str]) -> None:
    # The words taken as plain text this time, their backslashes included.
    escaped = [line.replace("&", "&amp;").replace("<", "&lt;") for line in lines]
    html = sanitize_html("<p>" + "<br>".join(escaped) + "</p>")
    md = html_to_markdown(html)
    assert clean_block(md) == md
    assert normalised(markdown_to_html(md)) == normalised(html)


PIECES = st.sampled_from(
    ["<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<ul>", "<li>", "</ul>", "<ol start='x'>",
     "</li>", "<br>", "<hr>", "<table>", "<tr>", "<th style='text-align:center'>", "<td>",
     "</table>", "<pre>", "</pre>", "<code>", "</code>", "<blockquote>", "</blockquote>",
     "<a href='x y'>", "</a>", "<img src=a.jpg>", "<figure>", "<figcaption>", "</figure>",
     "<!-- wp:x -->", "<script>x", "</script>", "<h5>", "</h5>", "<div>", "</div>", "&amp;",
     "&nbsp;", " ", "\n", "Hội", "*", "-", "u\u0301"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_any_tag_soup_gives_clean_markdown(html: str) -> None:
    md = html_to_markdown(html)
    assert clean_block(md) == md
    assert "Hội" not in html or "Hội" in md or "<script>" in html
    markdown_to_html(md)
