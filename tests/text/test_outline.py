from __future__ import annotations

from newsdesk.text.outline import Heading, headings
from tests.text.samples import sample_markdown


def test_headings_of_both_kinds_with_their_lines() -> None:
    body = (
        "# Tiêu đề\n\nĐoạn một.\n\n## Trung đề **một** ##\n\nĐoạn hai.\n\n"
        "Trung đề hai\n---\n\nĐoạn ba.\n\n### \n"
    )
    assert headings(body) == [
        Heading(1, "Tiêu đề", 0),
        Heading(2, "Trung đề một", 4),
        Heading(2, "Trung đề hai", 8),
        Heading(3, "", 13),
    ]


def test_code_lists_and_breaks_are_not_headings() -> None:
    body = "```\n# không phải\n```\n\n- mục\n---\n\n#không\n\n    # mã\n\nĐoạn\n\n***"
    assert headings(body) == []


def test_sample_article_subheadings() -> None:
    found = headings(sample_markdown())
    lines = sample_markdown().split("\n")
    assert found[0].level == 1
    assert found[0].text.startswith("Hội nghị giao ban")
    assert all(lines[h.line].lstrip().startswith("#") for h in found)
