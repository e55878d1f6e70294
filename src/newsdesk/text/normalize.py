"""Clean text on its way in: Unicode NFC, lookalike letters, invisible characters.

Every string that enters Newsdesk (typed, pasted, imported, pulled from a site) goes through
one of these so that equal-looking text compares, searches and spell-checks as equal.
"""

from __future__ import annotations

import re
import unicodedata

# Icelandic eth is replaced everywhere: Icelandic text is not expected in this newsroom, while
# "Ð" typed for "Đ" is a common slip of Vietnamese keyboards and fonts.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_ZERO_WIDTH = str.maketrans(dict.fromkeys(("\u200b", "\u200c", "\u200d", "\ufeff")))

# Line separators that pasted text carries besides "\n" (Word uses a vertical tab for a
# manual line break in plain-text copies).
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_WHITESPACE_RUN = re.compile(r"\s+")
# A lone no-break space between words is a deliberate typographic choice ("10\u00a0000").
_KEPT_SPACES = frozenset({"\u00a0", "\u202f"})


def to_nfc(s: str) -> str:
    """``s`` in Unicode NFC (precomposed), the form TCVN 6909 and every search here expect."""
    if unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", s)


def clean_input(s: str) -> str:
    """NFC, "Ð"/"ð" turned into "Đ"/"đ", zero-width characters and BOMs removed.

    No-break spaces are kept. Tone-mark style is left as typed ("uỷ" stays "uỷ").
    """
    # Invisible characters go first: one sitting between a letter and its combining mark
    # would otherwise keep the pair from composing.
    return to_nfc(s.translate(_ZERO_WIDTH).translate(_LOOKALIKES))


def _collapse(match: re.Match[str]) -> str:
    run = match.group()
    return run if run in _KEPT_SPACES else " "


def clean_line(s: str) -> str:
    """A single-line field (title, caption, name): :func:`clean_input`, every run of white
    space (line breaks included) made one space, white space (no-break spaces included) cut
    from both ends. A single no-break space between two words is kept."""
    return _WHITESPACE_RUN.sub(_collapse, clean_input(s)).strip()


def clean_block(s: str) -> str:
    """A multi-line field (body, sapo): :func:`clean_input`, every line ending made ``\\n``
    and white space (no-break spaces included) cut from the end of each line."""
    text = _LINE_BREAKS.sub("\n", clean_input(s))
    return "\n".join(line.rstrip() for line in text.split("\n"))
