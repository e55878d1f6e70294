"""Accent-insensitive keys for search: "Hội nghị" and "hoi nghi" find each other."""

from __future__ import annotations

import unicodedata

# Letters with a stroke have no canonical decomposition, so stripping marks leaves them alone.
_STROKED = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    if decomposed.isascii():
        return decomposed
    return decomposed.translate(_combining_marks(decomposed))


def _combining_marks(s: str) -> dict[int, None]:
    """A deletion table for the combining marks in ``s`` (str.translate beats a generator)."""
    return {ord(c): None for c in set(s) if unicodedata.combining(c)}


def fold(s: str) -> str:
    """``s`` without tone marks or diacritics, "đ" as "d", case-folded.

    ``fold("Hội nghị") == "hoi nghi"``; ``fold("đồng chí") == "dong chi"``. Idempotent.
    """
    # Case folding can bring marks back (e.g. "İ" folds to "i" + U+0307), so marks are
    # stripped on both sides of it.
    folded = _strip_marks(s.translate(_STROKED)).casefold()
    return unicodedata.normalize("NFC", _strip_marks(folded))
