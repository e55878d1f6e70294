"""Full-text search: an FTS5 table over the folded title, sapo and body of each article.

FTS5's ``remove_diacritics 2`` takes the tone and vowel marks off Vietnamese letters, but "đ"
is a letter of its own, so the indexed text and the query are both passed through
:func:`fold` first (đ -> d, marks stripped, case folded). The row id of the FTS table is the
article id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import (
    ColumnElement,
    Integer,
    Text,
    column,
    delete,
    func,
    insert,
    literal_column,
    table,
)
from sqlalchemy.orm import Session

from newsdesk.text.fold import fold

FTS_TABLE = "articles_fts"

fts_table = table(
    FTS_TABLE,
    column("rowid", Integer),
    column("title", Text),
    column("sapo", Text),
    column("body", Text),
)

# bm25 column weights, in the table's column order: a hit in the title counts most.
TITLE_WEIGHT = 10.0
SAPO_WEIGHT = 4.0
BODY_WEIGHT = 1.0

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


def matches(expression: str) -> ColumnElement[bool]:
    """The WHERE clause for a :func:`match_expression` (the FTS table must be in FROM)."""
    return literal_column(FTS_TABLE).bool_op("MATCH")(expression)


def rank() -> ColumnElement[float]:
    """bm25 of the current match: lower is better."""
    return func.bm25(literal_column(FTS_TABLE), TITLE_WEIGHT, SAPO_WEIGHT, BODY_WEIGHT)


def index_article(session: Session, article_id: int, title: str, sapo: str, body: str) -> None:
    """Put (or replace) one article in the index, in the caller's transaction."""
    unindex_article(session, article_id)
    session.execute(
        insert(fts_table).values(
            rowid=article_id, title=fold(title), sapo=fold(sapo), body=fold_by_lines(body)
        )
    )


def fold_by_lines(text: str) -> str:
    """``fold(text)``, a line at a time (folding never joins lines): an autosave while someone
    types folds again only the lines they changed, and no single step holds the interpreter
    long while the window types (a 2 MB body takes 1.7 s to fold whole)."""
    return "\n".join(_fold_line(line) for line in text.split("\n"))


@lru_cache(maxsize=8192)
def _fold_line(line: str) -> str:
    return fold(line)


def unindex_article(session: Session, article_id: int) -> None:
    session.execute(delete(fts_table).where(fts_table.c.rowid == article_id))
