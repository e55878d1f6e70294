"""Finding words in a text, optionally without regard to case or to Vietnamese accents.

Accent-insensitive matching compares the texts as :func:`newsdesk.text.fold.fold` folds them
("Quang Tri" finds "Quảng Trị", "dong chi" finds "Đồng chí") and maps each match back to the
characters of the original, whatever their length after folding.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.text.fold import fold


@dataclass(frozen=True, slots=True)
class FindOptions:
    match_case: bool = False
    whole_word: bool = False
    ignore_accents: bool = False


@lru_cache(maxsize=4096)
def _key(char: str, match_case: bool, ignore_accents: bool) -> str:
    """What ``char`` is compared as."""
    if ignore_accents:
        if not match_case:
            return fold(char)
        upper = char != char.lower()
        folded = fold(char)
        return folded.upper() if upper else folded
    return char if match_case else char.casefold()


class _Identity:
    """The origin of a keyed text as long as the text: character ``i`` came from ``i``."""

    def __getitem__(self, index: int) -> int:
        return index


def _keyed(text: str, options: FindOptions) -> tuple[str, list[int] | _Identity]:
    """``text`` as compared, and for each of its characters the index in ``text`` of the
    character it came from."""
    table = {ord(c): _key(c, options.match_case, options.ignore_accents) for c in set(text)}
    if all(len(key) == 1 for key in table.values()):
        return text.translate(table), _Identity()  # the usual case, at the speed of C
    keys: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        key = table[ord(char)]
        keys.append(key)
        origin += [index] * len(key)
    return "".join(keys), origin


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.combining(char) > 0


def find_all(text: str, query: str, options: FindOptions = FindOptions()) -> list[tuple[int, int]]:
    """Where ``query`` is in ``text``: (start, end) indexes of ``text``, in order, none
    overlapping. Both are compared in NFC, the form Newsdesk stores."""
    query = unicodedata.normalize("NFC", query)
    if not query:
        return []
    keyed, origin = _keyed(text, options)
    wanted, _ = _keyed(query, options)
    if not wanted:
        return []
    found: list[tuple[int, int]] = []
    at = keyed.find(wanted)
    while at >= 0:
        start, last = origin[at], origin[at + len(wanted) - 1]
        end = last + 1
        # A match must take whole characters of the text (not half of what "ß" folds to).
        whole = (at == 0 or origin[at - 1] != start) and (
            at + len(wanted) == len(keyed) or origin[at + len(wanted)] != last
        )
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # a mark left apart from its letter goes with it
        bounded = not options.whole_word or (
            (start == 0 or not _word_char(text[start - 1]))
            and (end == len(text) or not _word_char(text[end]))
        )
        if whole and bounded:
            found.append((start, end))
            at = keyed.find(wanted, at + len(wanted))
        else:
            at = keyed.find(wanted, at + 1)
    return found


def replace_all(
    text: str, query: str, replacement: str, options: FindOptions = FindOptions()
) -> tuple[str, int]:
    """``text`` with every match of ``query`` replaced, and how many there were."""
    matches = find_all(text, query, options)
    pieces: list[str] = []
    last = 0
    for start, end in matches:
        pieces += [text[last:start], replacement]
        last = end
    pieces.append(text[last:])
    return "".join(pieces), len(matches)
