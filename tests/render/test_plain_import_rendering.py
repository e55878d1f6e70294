"""Plain text imported as Markdown must render to the very text that was typed."""

from __future__ import annotations

import html
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdesk.render import markdown_to_html
from newsdesk.text import parse_plain_article
from tests.text.samples import VIETNAMESE, sample_text

MARKDOWN_SYNTAX = "\\`*_{}[]()#+-.!|<>&;=~:\"'/0123456789"
line = st.text(
    alphabet=st.sampled_from(VIETNAMESE + "ABĐ " + MARKDOWN_SYNTAX + "\u00a0\t"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
paragraph = st.lists(line, min_size=1, max_size=4)


def visible_text(rendered: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rendered)).split())


@settings(max_examples=300)
@given(st.lists(paragraph, min_size=1, max_size=4))
@example([["&#0"]])  # a character reference without its ";" is still one to a browser
@example([["&copy 2020 AT&T"]])
def test_plain_text_renders_as_typed(paragraphs: list[list[str]]) -> None:
    source = "Tít\n\n" + "\n\n".join("\n".join(p) for p in paragraphs) + "\n\nHết."
    body = parse_plain_article(source).body
    typed = " ".join(" ".join(" ".join(p) for p in paragraphs).split())
    assert visible_text(markdown_to_html(body)) == f"{typed} Hết."


def test_sample_renders_as_typed() -> None:
    article = parse_plain_article(sample_text())
    rendered = visible_text(markdown_to_html(article.body))
    assert rendered.startswith("Ngày 25/12/2020, đồng chí")
    assert rendered.endswith('không để ai bị bỏ lại phía sau".')
