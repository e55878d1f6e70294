"""What one line of Markdown looks like to the highlighter: the same constructs the renderer
(Python-Markdown with tables, fenced_code, sane_lists) makes of it."""

from __future__ import annotations

import pytest

from newsdesk.ui.markdown_spans import Fence, Style, scan_line, styled_ranges

S = Style


def looks(text: str, fence: Fence = Fence.NONE) -> list[tuple[str, set[str]]]:
    spans, _after = scan_line(text, fence)
    return [
        (text[a:b], {s.value for s in styles}) for a, b, styles in styled_ranges(len(text), spans)
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "## Trung đề **đậm**",
            [("## ", {"h2", "mark"}), ("Trung đề ", {"h2"}), ("**", {"h2", "mark"}),
             ("đậm", {"h2", "bold"}), ("**", {"h2", "mark"})],
        ),
        ("#Tiêu đề", [("#", {"h1", "mark"}), ("Tiêu đề", {"h1"})]),  # no space needed
        ("####### bảy", [("######", {"h4", "mark"}), ("# bảy", {"h4"})]),
        (
            "> trích *dẫn*",
            [("> ", {"mark", "quote mark"}), ("trích ", {"quote"}), ("*", {"mark", "quote"}),
             ("dẫn", {"italic", "quote"}), ("*", {"mark", "quote"})],
        ),
        ("- mục", [("-", {"list"})]),
        ("    * mục con", [("*", {"list"})]),
        ("12. mục", [("12.", {"list"})]),
        ("12) không phải mục", []),  # the renderer numbers with "." only
        ("-không phải mục", []),
        (
            "snake_case_name và _nghiêng_",
            [("_", {"mark"}), ("nghiêng", {"italic"}), ("_", {"mark"})],
        ),
        ("a*b*c", [("*", {"mark"}), ("b", {"italic"}), ("*", {"mark"})]),
        ("***cả hai***", [("***", {"mark"}), ("cả hai", {"bold", "italic"}), ("***", {"mark"})]),
        ("__đậm__", [("__", {"mark"}), ("đậm", {"bold"}), ("__", {"mark"})]),
        ("** không đậm **", []),
        (
            "[Ban **Dân vận**](https://x.vn/a_b_c)",
            [("[", {"mark"}), ("Ban ", {"link"}), ("**", {"link", "mark"}),
             ("Dân vận", {"link", "bold"}), ("**", {"link", "mark"}),
             ("](https://x.vn/a_b_c)", {"mark"})],
        ),
        (
            '![ảnh *một*](photo://a_b.jpg "Chú thích")',
            [("![", {"photo", "mark"}), ("ảnh *một*", {"photo"}),
             ('](photo://a_b.jpg "Chú thích")', {"photo", "mark"})],
        ),
        (
            "<https://x.vn/a_b_>",
            [("<", {"mark"}), ("https://x.vn/a_b_", {"link"}), (">", {"mark"})],
        ),
        ("`mã_*số*`", [("`", {"mark"}), ("mã_*số*", {"code"}), ("`", {"mark"})]),
        (r"\*không nghiêng\*", [("\\", {"mark"}), ("\\", {"mark"})]),
        ("---", [("---", {"mark"})]),
        ("* * *", [("* * *", {"mark"})]),
        (
            "| Đơn vị | **95%** |",
            [("|", {"table", "mark"}), (" Đơn vị ", {"table"}), ("|", {"table", "mark"}),
             (" ", {"table"}), ("**", {"table", "mark"}), ("95%", {"table", "bold"}),
             ("**", {"table", "mark"}), (" ", {"table"}), ("|", {"table", "mark"})],
        ),
        ("|:---|---:|", [("|:---|---:|", {"table", "mark"})]),
        ("Văn bản thường, không có dấu gì - cả.", []),
    ],
)  # fmt: skip
def test_a_line_looks_as_the_renderer_reads_it(line, expected):
    assert looks(line) == expected


def test_a_fence_holds_its_lines_until_the_same_fence_closes_it():
    spans, state = scan_line("```python", Fence.NONE)
    assert state is Fence.BACKTICKS
    assert {s.style for s in spans} == {S.CODE, S.MARK}
    assert looks("**không đậm**", Fence.BACKTICKS) == [("**không đậm**", {"code"})]
    assert scan_line("~~~", Fence.BACKTICKS)[1] is Fence.BACKTICKS  # another kind: still code
    assert scan_line("```", Fence.BACKTICKS)[1] is Fence.NONE
    assert scan_line("~~~~", Fence.NONE)[1] is Fence.TILDES
    assert scan_line("~~~~", Fence.TILDES)[1] is Fence.NONE
