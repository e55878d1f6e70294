"""Which words differ between two versions of a text, for showing them side by side.

Both texts are compared in NFC, so a word typed with combining marks ("Hội" as H, o, U+0302,
U+0323, i) equals the same word typed precomposed. Words are split on whitespace only:
punctuation stays with its word ("một," and "một." differ), and no Vietnamese syllable is
ever cut in two.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text that is the same on both sides (``changed`` False) or differs."""

    text: str
    changed: bool


def word_diff(left: str, right: str) -> tuple[list[Segment], list[Segment]]:
    """Both texts (in NFC) cut into runs of unchanged and changed words.

    Joining each side's segments gives its NFC text back, whitespace included. Changed words
    next to each other form one run together with the spaces between them.
    """
    left, right = unicodedata.normalize("NFC", left), unicodedata.normalize("NFC", right)
    left_spans = [m.span() for m in _WORD.finditer(left)]
    right_spans = [m.span() for m in _WORD.finditer(right)]
    left_words = [left[a:b] for a, b in left_spans]
    right_words = [right[a:b] for a, b in right_spans]
    matcher = SequenceMatcher(a=left_words, b=right_words, autojunk=False)
    left_changed: set[int] = set()
    right_changed: set[int] = set()
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag != "equal":
            left_changed.update(range(a1, a2))
            right_changed.update(range(b1, b2))
    return _segments(left, left_spans, left_changed), _segments(right, right_spans, right_changed)


def _segments(text: str, spans: list[tuple[int, int]], changed: set[int]) -> list[Segment]:
    out: list[Segment] = []
    position = 0
    for index, (start, end) in enumerate(spans):
        is_changed = index in changed
        gap = text[position:start]
        if is_changed and out and out[-1].changed:
            _add(out, gap + text[start:end], changed=True)
        else:
            _add(out, gap, changed=False)
            _add(out, text[start:end], changed=is_changed)
        position = end
    _add(out, text[position:], changed=False)
    return out


def _add(out: list[Segment], text: str, *, changed: bool) -> None:
    if not text:
        return
    if out and out[-1].changed == changed:
        out[-1] = Segment(out[-1].text + text, changed)
    else:
        out.append(Segment(text, changed))


def segments_html(segments: list[Segment], mark_colour: str) -> str:
    """Rich text for a label: changed runs on ``mark_colour``, line breaks kept."""
    parts = []
    for segment in segments:
        text = html.escape(segment.text).replace("\n", "<br>")
        if segment.changed:
            text = f'<span style="background-color:{mark_colour}">{text}</span>'
        parts.append(text)
    return "".join(parts)
