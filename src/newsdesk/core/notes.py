"""Editors' notes, anchored to a paragraph of the article and threaded by replies.

A note's anchor is bounded the same way on the desk and on the site: it quotes the first words
of its paragraph (at most :data:`ANCHOR_QUOTE_MAX_CHARS`, cut between words) and locates the
paragraph by its position and a fingerprint of its whole text. The Newsdesk Bridge plugin
refuses an anchor longer than :data:`ANCHOR_MAX_CHARS` (``NEWSDESK_BRIDGE_ANCHOR_MAX_CHARS``)
and a note longer than :data:`NOTE_TEXT_MAX_CHARS` (``NEWSDESK_BRIDGE_NOTE_MAX_CHARS``).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsdesk.core.errors import ValidationError
from newsdesk.core.merge import paragraphs
from newsdesk.core.messages import Message

SIMILAR_ENOUGH = 0.6  # a paragraph edited this little still carries its notes
ANCHOR_QUOTE_MAX_CHARS = 120  # the words of the paragraph a note shows
ANCHOR_MAX_CHARS = 400  # the encoded anchor, as the site counts it (code points)
NOTE_TEXT_MAX_CHARS = 5000
FINGERPRINT_CHARS = 16  # hex digits of the SHA-256 of the whole paragraph
# Kept out of the encoded anchor, so the site's tag stripping cannot change it.
_MARKUP_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def paragraph_fingerprint(text: str) -> str:
    """What tells a paragraph apart however long it is: a hash of its NFC text."""
    digest = hashlib.sha256(_nfc(text).encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_CHARS]


def opening_words(text: str, limit: int = ANCHOR_QUOTE_MAX_CHARS) -> str:
    """The start of ``text`` (NFC) in at most ``limit`` characters, cut between two words
    when the text is longer (inside a word only when its first word alone is too long)."""
    text = _nfc(text)
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
    return (cut[:space] if space > 0 else cut[:limit]).rstrip()


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note points: the paragraph's position, its first words and the fingerprint of
    its whole text when the note was made. ``Anchor(-1, "")`` is the whole article."""

    index: int
    quote: str
    fingerprint: str = ""

    def encode(self) -> str:
        """The anchor as the site stores it: JSON of at most :data:`ANCHOR_MAX_CHARS`."""
        quote = self.quote
        while True:
            data: dict[str, object] = {"index": self.index, "quote": quote}
            if self.fingerprint:
                data["sha"] = self.fingerprint
            text = json.dumps(data, ensure_ascii=False).translate(_MARKUP_ESCAPES)
            if len(text) <= ANCHOR_MAX_CHARS or not quote:
                return text
            shorter = len(quote) - max(1, (len(text) - ANCHOR_MAX_CHARS) // 6)
            quote = opening_words(quote, max(0, shorter))

    @classmethod
    def decode(cls, text: str) -> Anchor:
        """Read an anchor back. One written before anchors were bounded quotes its whole
        paragraph: it is read as a bounded one of that paragraph."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        try:
            index = int(data.get("index", -1))
        except (TypeError, ValueError):
            index = -1
        quote, fingerprint = str(data.get("quote", "")), str(data.get("sha", ""))
        if quote and not fingerprint:
            return cls.of_paragraph(index, quote)
        return cls(index, opening_words(quote), fingerprint)

    @classmethod
    def of_paragraph(cls, index: int, text: str) -> Anchor:
        return cls(index, opening_words(text), paragraph_fingerprint(text))

    @classmethod
    def for_paragraph(cls, body: str, index: int) -> Anchor:
        """The anchor of paragraph ``index`` of ``body``; an empty quote when there is none."""
        parts = paragraphs(body)
        if not 0 <= index < len(parts):
            return cls(index, "")
        return cls.of_paragraph(index, parts[index])


@dataclass(frozen=True, slots=True)
class Note:
    id: str  # a UUID made by the desk that wrote it: the same on every desk and the site
    article_id: int
    anchor: Anchor
    text: str
    author: str
    author_name: str
    created_at: str  # UTC ISO 8601
    parent: str = ""  # the note this one answers
    sent: bool = False  # the site has it


def checked_note_text(text: str) -> str:
    """The note's text as it will be kept, if the site will take it."""
    text = text.strip()
    if not text:
        raise ValidationError(Message("The note is empty."), Message("Write the note first."))
    if len(text) > NOTE_TEXT_MAX_CHARS:
        raise ValidationError(
            Message(
                "The note is {count} characters long; a note may have at most {limit}.",
                count=len(text),
                limit=NOTE_TEXT_MAX_CHARS,
            ),
            Message("Shorten it, or split it into two notes."),
        )
    return text


def locate(anchor: Anchor, body: str) -> int | None:
    """The paragraph the note belongs to now, or None when that paragraph was removed.

    The same paragraph (by its fingerprint) first; else one that still opens with the quoted
    words; else the one whose opening is most like them. Among equals, the one nearest the
    note's position."""
    parts = paragraphs(body)
    if not anchor.quote and not anchor.fingerprint:
        return anchor.index if 0 <= anchor.index < len(parts) else None

    def nearest(found: list[int]) -> int | None:
        return min(found, key=lambda i: (abs(i - anchor.index), i)) if found else None

    if anchor.fingerprint:
        same = [
            i for i, text in enumerate(parts) if paragraph_fingerprint(text) == anchor.fingerprint
        ]
        if same:
            return nearest(same)
    quote = anchor.quote
    if not quote:
        return None
    window = len(quote) * 3 // 2  # room for words put in before the quoted ones
    openings = [_nfc(text[: window + 8])[:window] for text in parts]
    opens_with = [i for i, opening in enumerate(openings) if opening.startswith(quote)]
    if opens_with:
        return nearest(opens_with)
    best, best_ratio = None, SIMILAR_ENOUGH
    for position, opening in enumerate(openings):
        ratio = SequenceMatcher(a=quote, b=opening, autojunk=False).ratio()
        if ratio > best_ratio or (ratio == best_ratio and position == anchor.index):
            best, best_ratio = position, ratio
    return best


def threads(notes: list[Note]) -> list[list[Note]]:
    """Top-level notes with their replies, oldest first."""
    by_parent: dict[str, list[Note]] = {}
    for note in sorted(notes, key=lambda n: n.created_at):
        by_parent.setdefault(note.parent, []).append(note)
    known = {n.id for n in notes}
    roots = list(by_parent.get("", [])) + [
        n
        for parent, replies in by_parent.items()
        if parent and parent not in known
        for n in replies
    ]
    result = []
    for root in sorted(roots, key=lambda n: n.created_at):
        thread, queue = [root], [root.id]
        while queue:
            for reply in by_parent.get(queue.pop(0), []):
                thread.append(reply)
                queue.append(reply.id)
        result.append(thread)
    return result
