"""Three-way merge of articles: field by field, and the body paragraph by paragraph.

Where only one side changed a part, that change wins. Where both changed the same part in
different ways the result keeps both versions as a :class:`Clash` for a person to decide;
until they do, the merged article holds the local (``ours``) text there, so nothing the user
typed is ever replaced without their say.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from newsdesk.core.article import Article

# Fields merged as one value each. Status is not merged: it follows the workflow.
SCALAR_FIELDS = (
    "title",
    "sapo",
    "category",
    "slug",
    "source",
    "publish_at",
    "bylines",
    "featured_image",
)
MERGED_FIELDS = (*SCALAR_FIELDS, "tags", "body")
TEXT_FIELDS = frozenset({"sapo", "body"})  # where keeping both versions side by side reads well
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Choice(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class Clash:
    """One place where both sides changed differently. For the body, the values are the
    paragraphs of that stretch joined by blank lines."""

    index: int  # position in MergeResult.clashes; choices are given by it
    field: str
    base: object
    ours: object
    theirs: object


@dataclass(frozen=True, slots=True)
class MergeResult:
    merged: Article  # every clash provisionally resolved as OURS
    clashes: tuple[Clash, ...]
    body_parts: tuple[str | Clash, ...]  # paragraphs and body clashes, in order

    @property
    def clean(self) -> bool:
        return not self.clashes


def paragraphs(body: str) -> list[str]:
    return [p.strip("\n") for p in _PARAGRAPH_BREAK.split(body.strip("\n")) if p.strip()]


def changed_fields(base: Article, other: Article) -> frozenset[str]:
    """The merged fields in which ``other`` differs from ``base``."""
    return frozenset(f for f in MERGED_FIELDS if getattr(base, f) != getattr(other, f))


def _merge_value(base: object, ours: object, theirs: object) -> tuple[object, bool]:
    """(value, clashed)."""
    if theirs in (ours, base):
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def _merge_tags(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]) -> tuple[str, ...]:
    removed = (set(base) - set(ours)) | (set(base) - set(theirs))
    merged: list[str] = []
    for tag in [*ours, *theirs]:
        if tag not in removed and tag not in merged:
            merged.append(tag)
    return tuple(merged)


@dataclass(frozen=True, slots=True)
class _Edits:
    """One side's changes against the base list: what each base paragraph became (None:
    left as it was; () deleted) and what was inserted before each position (one more slot
    than the base has paragraphs, the last for the end)."""

    became: tuple[tuple[str, ...] | None, ...]
    inserted: tuple[tuple[str, ...], ...]


_ALIKE = 0.5  # words in common from which a paragraph reads as an edit of another, not a new one
_MAX_PAIRINGS = 400  # larger rewrites are paired in order, without comparing every pair
_WORD = re.compile(r"\w+")


def _similarity(a: list[str], b: list[str]) -> float:
    """How much of two paragraphs' words are shared; 0 below :data:`_ALIKE`."""
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    if matcher.real_quick_ratio() < _ALIKE or matcher.quick_ratio() < _ALIKE:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= _ALIKE else 0.0


def _pairs(base: Sequence[str], other: Sequence[str]) -> list[tuple[int, int]]:
    """Which paragraphs of ``other`` are edits of which in ``base`` (index pairs, both in
    order): one paragraph replaced by one is its edit; otherwise the pairing with the most
    words in common."""
    if len(base) == len(other) == 1:
        return [(0, 0)]
    if len(base) * len(other) > _MAX_PAIRINGS:
        return [(k, k) for k in range(min(len(base), len(other)))]
    base_words, other_words = [_WORD.findall(b) for b in base], [_WORD.findall(o) for o in other]
    alike = [[_similarity(b, o) for o in other_words] for b in base_words]
    best = [[0.0] * (len(other) + 1) for _ in range(len(base) + 1)]
    for i in range(1, len(base) + 1):
        for j in range(1, len(other) + 1):
            paired = best[i - 1][j - 1] + alike[i - 1][j - 1] if alike[i - 1][j - 1] else 0.0
            best[i][j] = max(best[i - 1][j], best[i][j - 1], paired)
    found: list[tuple[int, int]] = []
    i, j = len(base), len(other)
    while i and j:
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            found.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return found[::-1]


def _edits(base: Sequence[str], other: Sequence[str]) -> _Edits:
    became: list[tuple[str, ...] | None] = [None] * len(base)
    inserted: list[tuple[str, ...]] = [()] * (len(base) + 1)
    matcher = SequenceMatcher(a=base, b=other, autojunk=False)
    for tag, b1, b2, o1, o2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # A replaced stretch: each base paragraph became the one paired with it, or nothing.
        # New paragraphs stand in for the deleted ones around them (only a paragraph both
        # sides touched can clash), else are inserted where they stand.
        placed_b, placed_o = b1, o1
        for b, o in [*_pairs(base[b1:b2], other[o1:o2]), (b2 - b1, o2 - o1)]:
            new, deleted = tuple(other[placed_o : o1 + o]), range(placed_b, b1 + b)
            for position in deleted:
                became[position] = ()
            if deleted:
                became[deleted[0]] = new
            else:
                inserted[placed_b] += new
            if b1 + b < b2:
                became[b1 + b] = (other[o1 + o],)
            placed_b, placed_o = b1 + b + 1, o1 + o + 1
    return _Edits(tuple(became), tuple(inserted))


Stretch = tuple[list[str], list[str], list[str]]  # base, ours, theirs of one clash


def _settle(
    base: Sequence[str], ours: tuple[str, ...] | None, theirs: tuple[str, ...] | None
) -> list[str] | Stretch:
    """One base paragraph (or the gap before it: ``base`` empty) as both sides left it: the
    paragraphs that stand there, or a clash when the two changed it differently."""
    if ours is None or ours == theirs:
        return list(base if theirs is None else theirs)
    if theirs is None:
        return list(ours)
    return (list(base), list(ours), list(theirs))


def merge_sequences(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[str | Stretch]:
    """Three-way merge of lists of paragraphs: kept items, and (base, ours, theirs) clashes.

    Each side's changes are read paragraph by paragraph against the base, so a paragraph only
    one side changed merges cleanly whatever happened to its neighbours. A clash is a
    paragraph both changed differently, or a place where both inserted different ones;
    clashes with nothing between them are reported as one."""
    mine, other = _edits(base, ours), _edits(base, theirs)
    out: list[str | Stretch] = []
    for position in range(len(base) + 1):
        parts = [_settle((), mine.inserted[position] or None, other.inserted[position] or None)]
        if position < len(base):
            parts.append(
                _settle(
                    base[position : position + 1], mine.became[position], other.became[position]
                )
            )
        for settled in parts:
            if isinstance(settled, list):
                out.extend(settled)
            elif out and isinstance(before := out[-1], tuple):
                out[-1] = (before[0] + settled[0], before[1] + settled[1], before[2] + settled[2])
            else:
                out.append(settled)
    return out


def _join(parts: Sequence[str]) -> str:
    return "\n\n".join(parts)


def merge3(base: Article, ours: Article, theirs: Article) -> MergeResult:
    changes: dict[str, object] = {}
    clashes: list[Clash] = []
    for name in SCALAR_FIELDS:
        values = (getattr(base, name), getattr(ours, name), getattr(theirs, name))
        value, clashed = _merge_value(*values)
        changes[name] = value
        if clashed:
            clashes.append(Clash(len(clashes), name, *values))
    changes["tags"] = _merge_tags(base.tags, ours.tags, theirs.tags)

    body_parts: list[str | Clash] = []
    for item in merge_sequences(
        paragraphs(base.body), paragraphs(ours.body), paragraphs(theirs.body)
    ):
        if isinstance(item, str):
            body_parts.append(item)
        else:
            clash = Clash(len(clashes), "body", *(_join(side) for side in item))
            clashes.append(clash)
            body_parts.append(clash)
    changes["body"] = _assemble(body_parts, {})
    return MergeResult(ours.edited(**changes), tuple(clashes), tuple(body_parts))


def _pick(clash: Clash, choice: Choice) -> object:
    if choice is Choice.THEIRS:
        return clash.theirs
    if choice is Choice.BOTH and clash.field in TEXT_FIELDS:
        return _join([str(clash.ours), str(clash.theirs)])
    return clash.ours


def _assemble(parts: Sequence[str | Clash], choices: Mapping[int, Choice]) -> str:
    texts = [
        p if isinstance(p, str) else str(_pick(p, choices.get(p.index, Choice.OURS))) for p in parts
    ]
    return _join([t for t in texts if t])


def resolve(result: MergeResult, choices: Mapping[int, Choice]) -> Article:
    """The article with each clash (by index) settled as chosen; unchosen clashes keep ours."""
    changes: dict[str, object] = {
        clash.field: _pick(clash, choices.get(clash.index, Choice.OURS))
        for clash in result.clashes
        if clash.field != "body"
    }
    changes["body"] = _assemble(result.body_parts, choices)
    return result.merged.edited(**changes)
