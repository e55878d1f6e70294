"""Full-text search: an FTS5 table over the folded title, sapo and body of each article.

FTS5's ``remove_diacritics 2`` takes the tone and vowel marks off Vietnamese letters, but "đ"
is a letter of its own, so the indexed text and the query are both passed through
:func:`fold` first (đ -> d, marks stripped, case folded). The row id of the FTS table is the
article id.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from newsdesk.text.fold import fold

FTS_TABLE = "articles_fts"
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# bm25 column weights, in the table's column order: a hit in the title counts most.
TITLE_WEIGHT = 10.0
SAPO_WEIGHT = 4.0
BODY_WEIGHT = 1.0
RANK_SQL = f"bm25({FTS_TABLE}, {TITLE_WEIGHT}, {SAPO_WEIGHT}, {BODY_WEIGHT})"

# What the unicode61 tokenizer keeps as word characters: letters and digits.
_WORD = re.compile(r"[^\W_]+")


def match_expression(query: str) -> str:
    """The FTS5 MATCH string for what a person typed; "" when there is nothing to look for.

    Every word becomes a quoted prefix term ("nghi" finds "nghị", "nghiệp"), all of which
    must match. Only letters and digits reach the expression, inside double quotes, so FTS
    syntax in the input (``"``, ``*``, ``NEAR(``, ``OR``, ``title:``) is searched as words or
    dropped, never interpreted.
    """
    words = _WORD.findall(fold(query))
    return " ".join(f'"{word}"*' for word in words)


def index_article(session: Session, article_id: int, title: str, sapo: str, body: str) -> None:
    """Put (or replace) one article in the index, in the caller's transaction."""
    unindex_article(session, article_id)
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE} (rowid, title, sapo, body) "
            "VALUES (:id, :title, :sapo, :body)"
        ),
        {"id": article_id, "title": fold(title), "sapo": fold(sapo), "body": fold(body)},
    )


def unindex_article(session: Session, article_id: int) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": article_id})
