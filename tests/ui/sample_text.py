"""The sample article's long paragraphs (474-3,234 characters), for tests that type or load
real text, and opening an article in the window."""

from __future__ import annotations

from pathlib import Path

from newsdesk.core.article import new_article

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_article.md"


def sample_paragraphs() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if len(p) > 400]


def long_body(paragraphs: int) -> str:
    sample = sample_paragraphs()
    return "\n\n".join(sample[n % len(sample)] for n in range(paragraphs))


def open_article(window, **fields) -> int:
    """Store an article with ``fields`` and open it in ``window``; its id."""
    article = window.ctx.store.create_article(new_article(**fields))
    window.reload_list()
    assert window.article_list.select(article.id)
    return article.id
