"""Editors' notes, anchored to a paragraph of the article and threaded by replies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsdesk.core.merge import paragraphs

SIMILAR_ENOUGH = 0.6  # a paragraph edited this little still carries its notes


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note points: the paragraph's position and its words when the note was made."""

    index: int
    quote: str

    def encode(self) -> str:
        return json.dumps({"index": self.index, "quote": self.quote}, ensure_ascii=False)

    @classmethod
    def decode(cls, text: str) -> Anchor:
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        return cls(int(data.get("index", -1)), str(data.get("quote", "")))

    @classmethod
    def for_paragraph(cls, body: str, index: int) -> Anchor:
        parts = paragraphs(body)
        return cls(index, parts[index] if 0 <= index < len(parts) else "")


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


def locate(anchor: Anchor, body: str) -> int | None:
    """The paragraph the note belongs to now, or None when that paragraph was removed."""
    parts = paragraphs(body)
    if not anchor.quote:
        return anchor.index if 0 <= anchor.index < len(parts) else None
    if anchor.quote in parts:
        return parts.index(anchor.quote)
    best, best_ratio = None, SIMILAR_ENOUGH
    for position, text in enumerate(parts):
        ratio = SequenceMatcher(a=anchor.quote, b=text, autojunk=False).ratio()
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
