"""What Word, LibreOffice, Google Docs and browsers put on the clipboard, as Markdown."""

from __future__ import annotations

from newsdesk.render.html_markdown import html_to_markdown, pasted_html_to_markdown


def _word_item(level: int, marker: str, text: str) -> str:
    return (
        f"<p class=MsoListParagraph style='margin-left:{level}in;text-indent:-.25in;"
        f"mso-list:l0 level{level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>"
        f"{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span>"
        f"<![endif]><span lang=VI>{text}<o:p></o:p></span></p>\n"
    )


def test_word_lists_nest_by_level_and_keep_their_numbers() -> None:
    html = (
        "<p class=MsoNormal>Trước</p>"
        + _word_item(1, "1.", "Một")
        + _word_item(2, "o", "Một a")
        + _word_item(2, "o", "Một b")
        + _word_item(1, "2.", "Hai")
        + "<p class=MsoNormal>Sau</p>"
    )
    assert pasted_html_to_markdown(html) == (
        "Trước\n\n1. Một\n    - Một a\n    - Một b\n2. Hai\n\nSau"
    )


def test_an_ordered_word_list_starts_at_its_first_number() -> None:
    html = _word_item(1, "3)", "Ba") + _word_item(1, "4)", "Bốn")
    assert pasted_html_to_markdown(html) == "3. Ba\n4. Bốn"


def test_word_markers_and_comment_marks_are_not_text() -> None:
    html = (
        "<p class=MsoNormal>Câu<![if !supportAnnotations]><a href='#_msocom_1'>[PV1]</a>"
        "<![endif]> tiếp<o:p></o:p></p><!--[if gte mso 9]><xml><w:Zoom>0</w:Zoom></xml>"
        "<![endif]--><div style='mso-element:comment-list'><p>Lời bình</p></div>"
    )
    assert pasted_html_to_markdown(html) == "Câu tiếp"


def test_bold_said_by_a_style_is_bold_and_a_bidi_weight_is_not() -> None:
    html = (
        '<b style="font-weight:normal;" id="docs-internal-guid-5e1f"><p dir="ltr">'
        '<span style="font-weight:700">Đậm</span> <span style="font-style:italic">nghiêng'
        '</span> <span style="font-weight:700;font-style:italic">cả hai</span> '
        "<b style='mso-bidi-font-weight:normal'>vẫn đậm</b> <span style='mso-bidi-font-weight:"
        "bold'>thường</span></p><p>Đoạn hai</p></b>"
    )
    assert pasted_html_to_markdown(html) == (
        "**Đậm** *nghiêng* ***cả hai*** **vẫn đậm** thường\n\nĐoạn hai"
    )


def test_images_get_the_address_they_are_given_or_are_left_out() -> None:
    html = '<p>Ảnh <img src="a.png" alt="A"> và <img src="b.png" alt="B"></p>'
    sources = {"a.png": "photo:0123456789abcdef/a.png"}
    assert pasted_html_to_markdown(html, sources.get) == (
        "Ảnh ![A](photo:0123456789abcdef/a.png) và"
    )


def test_the_windows_clipboard_preamble_is_not_text() -> None:
    html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000199\r\n"
        "StartFragment:0000000141\r\nEndFragment:0000000163\r\n"
        "<html><body><!--StartFragment--><p><i>Nghiêng</i></p><!--EndFragment--></body></html>"
    )
    assert pasted_html_to_markdown(html) == "*Nghiêng*"


def test_a_post_from_a_site_is_read_as_before() -> None:
    html = "<p><![if !supportLists]>· <![endif]><span style='font-weight:700'>Chữ</span></p>"
    assert html_to_markdown(html) == "· Chữ"


def test_html_nested_past_any_page_is_read_without_running_out_of_stack() -> None:
    deep = "<div>" * 5000 + "<span>chữ</span>" + "</div>" * 5000 + "<p>Đoạn <i>sau</i></p>"
    assert pasted_html_to_markdown(deep) == "chữ\n\nĐoạn *sau*"
    assert html_to_markdown(deep) == "chữ\n\nĐoạn *sau*"


def test_a_word_list_without_its_conditional_section_keeps_its_numbers() -> None:
    # Outlook and Word on the web leave out <![if !supportLists]>; the marker is still marked.
    html = "".join(
        f"<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='font-family:"
        f"Calibri'><span style='mso-list:Ignore'>{n}.<span style='font:7.0pt'>&nbsp;&nbsp;"
        f"</span></span></span>Mục {n}</p>"
        for n in (1, 2)
    )
    assert pasted_html_to_markdown(html) == "1. Mục 1\n2. Mục 2"
