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


def _matches(base: Sequence[str], other: Sequence[str]) -> dict[int, int]:
    matcher = SequenceMatcher(a=base, b=other, autojunk=False)
    return {
        block.a + k: block.b + k
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
    }


def merge_sequences(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[str | tuple[list[str], list[str], list[str]]]:
    """diff3 over lists of paragraphs: kept items, and (base, ours, theirs) clashes."""
    in_ours, in_theirs = _matches(base, ours), _matches(base, theirs)
    out: list[str | tuple[list[str], list[str], list[str]]] = []
    b = o = t = 0

    def settle(b_end: int, o_end: int, t_end: int) -> None:
        chunk_b, chunk_o, chunk_t = list(base[b:b_end]), list(ours[o:o_end]), list(theirs[t:t_end])
        if chunk_o == chunk_b:
            out.extend(chunk_t)
        elif chunk_t in (chunk_b, chunk_o):
            out.extend(chunk_o)
        else:
            out.append((chunk_b, chunk_o, chunk_t))

    for k in range(len(base)):
        if k in in_ours and k in in_theirs and in_ours[k] >= o and in_theirs[k] >= t and k >= b:
            settle(k, in_ours[k], in_theirs[k])
            out.append(base[k])
            b, o, t = k + 1, in_ours[k] + 1, in_theirs[k] + 1
    settle(len(base), len(ours), len(theirs))
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
