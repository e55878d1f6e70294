"""Clean text on its way in: Unicode NFC, lookalike letters, invisible and control characters.

Every string that enters Newsdesk (typed, pasted, imported, pulled from a site) goes through
one of these so that equal-looking text compares, searches and spell-checks as equal, and so
that nothing invisible can change how a title reads on a terminal or on the portal.

What is removed, and why:

- Control characters (C0 and C1, DEL): NUL, terminal escape codes and the like. Tab, line
  feed, carriage return, vertical tab, form feed and NEL are line structure: they survive
  :func:`clean_input` and become a space (:func:`clean_line`) or a line break
  (:func:`clean_block`); a body keeps its tabs.
- Text-direction controls (the Unicode Bidi_Control set: embeddings and overrides
  U+202A-U+202E, isolates U+2066-U+2069, and the marks LRM U+200E, RLM U+200F and ALM
  U+061C). An override makes a title read differently from what it holds, and the marks are
  invisible characters that make equal-looking titles differ; Vietnamese text never needs
  them, and the Unicode bidi algorithm places a quoted Arabic or Hebrew name without them.
- Zero-width characters: zero-width space, joiner and non-joiner, word joiner and the BOM.
  The joiners matter in Indic and Persian scripts and emoji sequences, none of which this
  newsroom writes; in Vietnamese they only hide inside words and break search.
- Unpaired surrogates (from a damaged JSON escape): no real character, and they cannot be
  stored as UTF-8.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields

from newsdesk.core.messages import Message

# Icelandic eth is replaced everywhere: Icelandic text is not expected in this newsroom, while
# "Ð" typed for "Đ" is a common slip of Vietnamese keyboards and fonts.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})

_CONTROL = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # tab, LF, VT, FF, CR and NEL are kept
_DIRECTION = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff"
_SURROGATE = "\ud800-\udfff"
_REMOVED = re.compile(f"[{_CONTROL}{_DIRECTION}{_ZERO_WIDTH}{_SURROGATE}]")
_NEEDS_CLEANING = re.compile(f"[{_CONTROL}{_DIRECTION}{_ZERO_WIDTH}{_SURROGATE}\u00d0\u00f0]")
_COUNTED = {
    "control": re.compile(f"[{_CONTROL}]"),
    "direction": re.compile(f"[{_DIRECTION}]"),
    "zero_width": re.compile(f"[{_ZERO_WIDTH}]"),
    "surrogate": re.compile(f"[{_SURROGATE}]"),
}

# What a terminal must not be sent: every control but tab and line feed (a carriage return
# can overwrite what was printed before it), direction controls and unpaired surrogates.
_NOT_FOR_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_DIRECTION}{_SURROGATE}]")

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
    """NFC, "Ð"/"ð" turned into "Đ"/"đ"; control, text-direction and zero-width characters
    removed (see the module's documentation for which and why).

    No-break spaces are kept. Tone-mark style is left as typed ("uỷ" stays "uỷ").
    """
    if _NEEDS_CLEANING.search(s) is None:
        return to_nfc(s)
    # Invisible characters go first: one sitting between a letter and its combining mark
    # would otherwise keep the pair from composing.
    return to_nfc(_REMOVED.sub("", s).translate(_LOOKALIKES))


def _collapse(match: re.Match[str]) -> str:
    run = match.group()
    return run if run in _KEPT_SPACES else " "


def clean_line(s: str) -> str:
    """A single-line field (title, caption, name): :func:`clean_input`, every run of white
    space (line breaks and tabs included) made one space, white space (no-break spaces
    included) cut from both ends. A single no-break space between two words is kept."""
    return _WHITESPACE_RUN.sub(_collapse, clean_input(s)).strip()


def clean_block(s: str) -> str:
    """A multi-line field (body, sapo): :func:`clean_input`, every line ending made ``\\n``
    and white space (no-break spaces included) cut from the end of each line."""
    text = _LINE_BREAKS.sub("\n", clean_input(s))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def terminal_safe(s: str) -> str:
    """``s`` fit to print on a terminal: every control character but tab and line feed, every
    text-direction control and unpaired surrogate shown as U+FFFD.

    Stored text is cleaned on its way in; this is the second line of defence for what a
    command prints (text stored by an older version, a site's own words in an error).
    """
    return _NOT_FOR_TERMINAL.sub("\ufffd", s)


@dataclass(frozen=True, slots=True)
class CleaningReport:
    """How many characters of each kind cleaning removed from a text."""

    control: int = 0
    direction: int = 0
    zero_width: int = 0
    surrogate: int = 0

    @classmethod
    def of(cls, *texts: str) -> CleaningReport:
        """What :func:`clean_input` (and so every ``clean_*``) removes from ``texts``."""
        return cls(
            **{
                kind: sum(len(pattern.findall(text)) for text in texts)
                for kind, pattern in _COUNTED.items()
            }
        )

    def __add__(self, other: CleaningReport) -> CleaningReport:
        return CleaningReport(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def message(self) -> Message | None:
        """What was removed, in a sentence (None when nothing was)."""
        counted = (
            (
                self.control,
                Message(
                    "control characters (such as NUL or terminal escapes): {count}",
                    count=self.control,
                ),
            ),
            (self.direction, Message("text-direction controls: {count}", count=self.direction)),
            (self.zero_width, Message("zero-width characters: {count}", count=self.zero_width)),
            (
                self.surrogate,
                Message("broken characters (unpaired surrogates): {count}", count=self.surrogate),
            ),
        )
        parts = [part for count, part in counted if count]
        if not parts:
            return None
        return Message("Removed from the text: {removed}.", removed=Message.joined(parts, "; "))
