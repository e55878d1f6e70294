"""Slugs as WordPress makes them, so the address Newsdesk proposes is the one the site uses.

The steps follow WordPress's ``sanitize_title`` (``remove_accents`` then
``sanitize_title_with_dashes`` in the "save" context) for every character that turns into
plain ASCII there, which covers all Vietnamese text. Where WordPress would keep a character
percent-encoded (CJK, emoji, most symbols, a ``%`` with two hex digits typed in the title) or
keep an underscore, the slug here holds only ``[a-z0-9-]``: encoded characters are dropped and
an underscore becomes a dash.
"""

from __future__ import annotations

import re
import unicodedata

# Letters WordPress's remove_accents maps although Unicode gives them no decomposition.
_NO_DECOMPOSITION = {
    "£": "",
    "€": "E",
    "ª": "a",
    "º": "o",
    "Æ": "AE",
    "æ": "ae",
    "Ð": "D",
    "ð": "d",
    "Đ": "D",
    "đ": "d",
    "Ø": "O",
    "ø": "o",
    "Þ": "TH",
    "þ": "th",
    "ß": "s",
    "Ħ": "H",
    "ħ": "h",
    "ı": "i",
    "Ĳ": "IJ",
    "ĳ": "ij",
    "ĸ": "k",
    "Ŀ": "L",
    "ŀ": "l",
    "Ł": "L",
    "ł": "l",
    "ŉ": "n",
    "Ŋ": "N",
    "ŋ": "n",
    "Œ": "OE",
    "œ": "oe",
    "Ŧ": "T",
    "ŧ": "t",
    "ſ": "s",
}

# Characters the "save" context turns into a dash before anything else is dropped.
_TO_DASH = frozenset(
    "\u00a0\u2013\u2014/"  # no-break space, en dash, em dash, slash
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"  # spaces with a width
    "\u2028\u2029\u202f"
)
_DASH_ENTITIES = re.compile(r"&(?:nbsp|#160|ndash|#8211|mdash|#8212);")
# Like PHP's strip_tags: "<" followed by anything but white space opens a tag that runs to the
# next ">" or to the end of the text.
_TAG = re.compile(r"<(?!\s)[^>]*(?:>|$)")
# A "%" and two hex digits in the title is an octet to WordPress: it is kept (and the dash
# octets below become dashes); any other "%" is removed. WordPress marks octets as "---ab---"
# while it removes the other signs, so text that already looks like that becomes one too.
_OCTET = re.compile(r"%([0-9a-fA-F]{2})")
_MARKED_OCTET = re.compile(r"---([0-9a-fA-F]{2})---")
_DASH_OCTETS = ("%c2%a0", "%e2%80%93", "%e2%80%94")  # no-break space, en dash, em dash
_WIDE_SPACE_OCTETS = tuple(
    f"%e2%80%{byte}"
    for byte in ("80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "8a", "a8", "a9", "af")
)
_TIMES_OCTET = "%c3%97"
_ANY_OCTET = re.compile(r"%[0-9a-f]{2}")
_ENTITY = re.compile(r"&.+?;")
_NOT_ALLOWED = re.compile(r"[^a-z0-9 -]")  # tabs and line breaks go too, as on the site
_SPACES = re.compile(r" +")
_DASHES = re.compile(r"-+")


def _remove_accents(s: str) -> str:
    out: list[str] = []
    for char in s:
        if char in _NO_DECOMPOSITION:
            out.append(_NO_DECOMPOSITION[char])
        elif char.isascii():
            out.append(char)
        else:
            base = unicodedata.normalize("NFD", char)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def _without_lone_percent_signs(s: str) -> str:
    marked = _OCTET.sub(r"---\1---", s).replace("%", "")
    return _MARKED_OCTET.sub(r"%\1", marked)


def _octets_as_characters(s: str) -> str:
    """Octets typed in the title that WordPress turns into a dash or an "x"."""
    for octet in _DASH_OCTETS:
        s = s.replace(octet, "-")
    for octet in _WIDE_SPACE_OCTETS:
        s = s.replace(octet, "-")
    return s.replace(_TIMES_OCTET, "x")


def _truncate(s: str, max_len: int) -> str:
    """Cut ``s`` where WordPress cuts its URL-encoded form: an ASCII character counts one,
    any other character three per UTF-8 byte (its ``%xx`` octets)."""
    length = 0
    for index, char in enumerate(s):
        cost = 1 if char.isascii() else 3 * len(char.encode("utf-8"))
        if length + cost > max_len:
            return s[:index]
        length += cost
    return s


def slugify(s: str, max_len: int = 200) -> str:
    """The slug WordPress makes from the title ``s``: "Kinh tế – Đời sống" -> "kinh-te-doi-song".

    ``max_len`` limits the slug as WordPress does (200 for post names), counting before
    punctuation is removed, so the result is never longer. May be empty.
    """
    text = _TAG.sub("", unicodedata.normalize("NFC", s))
    text = _without_lone_percent_signs(_remove_accents(text)).lower()
    text = _truncate(text, max_len)
    text = _octets_as_characters("".join("-" if c in _TO_DASH else c for c in text))
    text = _DASH_ENTITIES.sub("-", text).replace("×", "x")
    text = _ENTITY.sub("", text).replace(".", "-").replace("_", "-")
    text = _SPACES.sub("-", _NOT_ALLOWED.sub("", _ANY_OCTET.sub("", text)))
    return _DASHES.sub("-", text).strip("-")
