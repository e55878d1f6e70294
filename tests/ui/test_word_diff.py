from __future__ import annotations

import unicodedata

from newsdesk.ui.word_diff import Segment, segments_html, word_diff


def changed(segments: list[Segment]) -> list[str]:
    return [s.text for s in segments if s.changed]


def test_only_the_words_that_differ_are_marked():
    mine, site = word_diff(
        "Sáng nay, đồng chí Nguyễn Văn An chủ trì hội nghị tổng kết.",
        "Sáng 25/12, đồng chí Nguyễn Văn An chủ trì hội nghị.",
    )
    # Punctuation stays with its word: "nghị" and "nghị." differ.
    assert changed(mine) == ["nay,", "nghị tổng kết."]
    assert changed(site) == ["25/12,", "nghị."]
    assert (
        "".join(s.text for s in mine)
        == "Sáng nay, đồng chí Nguyễn Văn An chủ trì hội nghị tổng kết."
    )


def test_words_typed_with_combining_marks_equal_precomposed_ones():
    text = "Hội nghị tổng kết công tác Mặt trận năm 2024"
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    mine, site = word_diff(text, decomposed)
    assert changed(mine) == changed(site) == []
    assert "".join(s.text for s in site) == text  # shown in NFC


def test_a_tone_mark_is_a_difference():
    # Old and new tone-mark placement are different spellings, even in NFC.
    mine, site = word_diff("Thủy điện Hòa Bình", "Thuỷ điện Hoà Bình")
    assert changed(mine) == ["Thủy", "Hòa"]
    assert changed(site) == ["Thuỷ", "Hoà"]
    mine, site = word_diff("Thủy điện Hòa Bình", "Thủy điện Hoà Bình")
    assert changed(mine) == ["Hòa"]


def test_whitespace_and_paragraph_breaks_are_kept():
    mine, site = word_diff("Một hai.\n\nBa bốn.", "Một hai.\n\nBa năm.")
    assert "".join(s.text for s in mine) == "Một hai.\n\nBa bốn."
    assert changed(mine) == ["bốn."]
    assert changed(site) == ["năm."]


def test_an_empty_side_marks_everything_on_the_other():
    mine, site = word_diff("", "Tin mới")
    assert mine == []
    assert site == [Segment("Tin mới", changed=True)]


def test_html_marks_the_changed_runs_and_escapes_the_rest():
    segments = [
        Segment("a < b ", changed=False),
        Segment("x & y", changed=True),
        Segment("\nz", changed=False),
    ]
    assert segments_html(segments, "#abc") == (
        'a &lt; b <span style="background-color:#abc">x &amp; y</span><br>z'
    )
