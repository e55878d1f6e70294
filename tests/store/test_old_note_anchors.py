"""Notes kept by an earlier version of the desk, whose anchors quote a whole (long) paragraph,
still load, find their paragraph, and go to the site within its limit."""

from __future__ import annotations

import json
import sqlite3

from newsdesk.core import new_article
from newsdesk.core.merge import paragraphs
from newsdesk.core.notes import ANCHOR_MAX_CHARS, locate
from tests.text.samples import sample_markdown


def test_a_note_with_a_whole_paragraph_anchor_still_loads(store, db_path) -> None:
    body = "\n\n".join(p for p in paragraphs(sample_markdown()) if not p.startswith("# "))
    article = store.create_article(new_article(title="Hội nghị", body=body))
    long_paragraph = paragraphs(body)[1]
    old_anchor = json.dumps({"index": 1, "quote": long_paragraph}, ensure_ascii=False)
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO notes (id, article_id, parent, anchor, text, author, author_name,"
            " created_at, sent) VALUES (?, ?, '', ?, ?, 'btv', 'BTV', ?, 0)",
            (
                "6f1c9a52-0d1e-4c55-9a7e-0b6f3e2d0001",
                article.pk,
                old_anchor,
                "Kiểm tra lại đoạn này.",
                "2026-11-01T00:00:00Z",
            ),
        )

    (note,) = store.notes(article.pk)
    assert locate(note.anchor, body) == 1
    assert long_paragraph.startswith(note.anchor.quote)
    assert len(note.anchor.encode()) <= ANCHOR_MAX_CHARS
    assert store.unsent_notes(article.pk)[0].anchor == note.anchor
