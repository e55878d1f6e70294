"""Length of a text as a Vietnamese newsroom counts it."""

from __future__ import annotations

import re
import unicodedata

# A Markdown image (its words are a caption, not the article's), and a link's destination.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def count_words(s: str) -> int:
    """Number of chữ: white-space separated tokens holding at least one letter or digit.

    A Vietnamese chữ is a syllable, so "Hội nghị" is two. Lone punctuation ("–", "-") does not
    count.
    """
    return sum(1 for token in s.split() if any(c.isalnum() for c in token))


def count_body_words(markdown: str) -> int:
    """Number of chữ in an article's Markdown body, as a reader would count them: photos
    (their alt text and caption) and link addresses are not part of the text."""
    return count_words(_LINK_TARGET.sub("]", _IMAGE.sub(" ", markdown)))


def count_chars(s: str, *, spaces: bool = True) -> int:
    """Number of characters a reader sees: "ệ" is one whether typed precomposed or not.

    Line breaks are not counted; with ``spaces=False`` no white space is.
    """
    text = unicodedata.normalize("NFC", s)
    total = 0
    for char in text:
        if unicodedata.combining(char) or char in "\r\n":
            continue
        if not spaces and char.isspace():
            continue
        total += 1
    return total
