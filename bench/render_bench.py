"""How long the preview's rendering steps take on a 5,000-word article.

Run from the repository: ``python bench/render_bench.py [words] [repeats]``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.core import Byline, FeaturedImage, new_article
from newsdesk.render import (
    article_content_html,
    markdown_to_html,
    render_article_fragment,
    render_portal_page,
)
from newsdesk.render.markdown_html import _converter
from newsdesk.text import count_words, parse_plain_article

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "sample_article.txt"


def long_body(words: int) -> str:
    """The sample's paragraphs repeated, with a subhead every few paragraphs, to ``words``."""
    paragraphs = parse_plain_article(SAMPLE.read_text(encoding="utf-8")).body.split("\n\n")
    out: list[str] = []
    total = 0
    while total < words:
        for number, paragraph in enumerate(paragraphs):
            if number == 0:
                out.append(f"## Trung đề {len(out) + 1}")
            out.append(paragraph)
            total += count_words(paragraph)
            if total >= words:
                break
    return "\n\n".join(out)


def timed(label: str, repeats: int, work: Callable[[], object]) -> None:
    work()  # warm up: imports, template compilation caches
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"{label:<38} median {statistics.median(samples):7.2f} ms"
        f"   min {min(samples):7.2f} ms   max {max(samples):7.2f} ms"
    )


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    body = long_body(words)
    article = new_article(
        title="Hội nghị giao ban công tác Mặt trận quý IV năm 2020",
        sapo="QTO - Ngày 25/12/2020, hội nghị giao ban diễn ra tại Đông Hà.",
        body=body,
        bylines=(Byline("Thủy Phương"),),
        featured_image=FeaturedImage("photos/anh.jpg", "Toàn cảnh hội nghị", "Thủy Phương"),
        publish_at=datetime(2020, 12, 25, 3, 30, tzinfo=UTC),
    )
    print(f"body: {count_words(body)} words, {len(body)} characters; {repeats} runs each\n")
    timed("building a Markdown converter", repeats, _converter)
    timed("markdown_to_html", repeats, lambda: markdown_to_html(body))
    timed("article_content_html", repeats, lambda: article_content_html(article))
    timed("render_article_fragment", repeats, lambda: render_article_fragment(article))
    timed("render_portal_page", repeats, lambda: render_portal_page(article))


if __name__ == "__main__":
    main()
