"""Properties of the three-way merge: every field of an article, both ways, and the body
paragraph by paragraph (with the sample article's real sentences)."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsdesk.core import Byline, new_article
from newsdesk.core.article import Article, FeaturedImage
from newsdesk.core.merge import Choice, merge3, merge_sequences, resolve
from tests.text.samples import VIETNAMESE, sample_markdown

# Not merged: identity and bookkeeping, and the status (it follows the workflow).
NOT_MERGED = frozenset({"uuid", "status", "version", "created_at", "updated_at", "id"})

words = st.text(alphabet=VIETNAMESE + " ", min_size=1, max_size=20).map(str.strip).filter(bool)
FIELD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "title": words,
    "sapo": words,
    "body": st.lists(words, min_size=1, max_size=3).map("\n\n".join),
    "bylines": st.lists(st.builds(Byline, words, st.sampled_from(("", "Bài", "Ảnh"))), max_size=2)
    .map(tuple)
    .filter(lambda b: len({x.name for x in b}) == len(b)),
    "category": st.sampled_from(("", "Tin tức", "Hoạt động Mặt trận", "Kinh tế – Đời sống")),
    "tags": st.lists(words, max_size=3, unique=True).map(tuple),
    "featured_image": st.none() | st.builds(FeaturedImage, words, words, words, words),
    "slug": words.map(lambda w: w.replace(" ", "-")),
    "source": words,
    "publish_at": st.none()
    | st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.replace(microsecond=0, tzinfo=UTC)
    ),
}
SCALARS = sorted(set(FIELD_VALUES) - {"tags", "body"})


def test_every_field_a_person_edits_is_covered() -> None:
    mergeable = {f.name for f in dataclasses.fields(Article)} - NOT_MERGED
    assert set(FIELD_VALUES) == mergeable


@st.composite
def articles(draw: st.DrawFn) -> Article:
    return new_article(**{name: draw(values) for name, values in FIELD_VALUES.items()})


def _other_value(draw: st.DrawFn, name: str, *not_these: object) -> object:
    return draw(FIELD_VALUES[name].filter(lambda v: v not in not_these))


@given(articles(), st.sampled_from(SCALARS), st.data())
def test_a_field_changed_on_one_side_only_takes_that_change(
    base: Article, name: str, data: st.DataObject
) -> None:
    value = _other_value(data.draw, name, getattr(base, name))
    changed = base.edited(**{name: value})
    for ours, theirs in ((changed, base), (base, changed), (changed, changed)):
        result = merge3(base, ours, theirs)
        assert result.clean, (name, result.clashes)
        assert getattr(result.merged, name) == value
        for other in set(SCALARS) - {name}:
            assert getattr(result.merged, other) == getattr(base, other)


@given(articles(), st.sampled_from(SCALARS), st.data())
def test_a_field_both_sides_changed_differently_is_reported(
    base: Article, name: str, data: st.DataObject
) -> None:
    mine = _other_value(data.draw, name, getattr(base, name))
    theirs = _other_value(data.draw, name, getattr(base, name), mine)
    result = merge3(base, base.edited(**{name: mine}), base.edited(**{name: theirs}))
    assert [(c.field, c.base, c.ours, c.theirs) for c in result.clashes] == [
        (name, getattr(base, name), mine, theirs)
    ]
    assert getattr(result.merged, name) == mine  # provisional: what this desk typed stays
    assert getattr(resolve(result, {0: Choice.THEIRS}), name) == theirs


@given(articles(), st.data())
def test_the_body_changed_on_one_side_only_or_on_both_alike_takes_that_change(
    base: Article, data: st.DataObject
) -> None:
    body = data.draw(FIELD_VALUES["body"].filter(lambda b: b != base.body))
    changed = base.edited(body=body)
    for ours, theirs in ((changed, base), (base, changed), (changed, changed)):
        result = merge3(base, ours, theirs)
        assert result.clean, result.clashes
        assert result.merged.body == body


@given(articles(), words, words)
def test_a_paragraph_both_sides_changed_differently_is_reported(
    base: Article, mine: str, theirs: str
) -> None:
    first, *rest = base.body.split("\n\n")
    assume(len({first, mine, theirs}) == 3)
    assume(first not in rest and mine not in rest and theirs not in rest)
    result = merge3(
        base,
        base.edited(body="\n\n".join((mine, *rest))),
        base.edited(body="\n\n".join((theirs, *rest))),
    )
    assert [(c.field, c.base, c.ours, c.theirs) for c in result.clashes] == [
        ("body", first, mine, theirs)
    ]
    assert resolve(result, {0: Choice.THEIRS}).body == "\n\n".join((theirs, *rest))


@given(articles(), st.lists(words, min_size=1, max_size=3, unique=True), st.booleans())
def test_tags_added_on_either_side_are_kept_and_removals_honoured(
    base: Article, added: list[str], ours_adds: bool
) -> None:
    new = tuple(t for t in added if t not in base.tags)
    grown = base.edited(tags=base.tags + new)
    result = merge3(base, grown, base) if ours_adds else merge3(base, base, grown)
    assert result.clean
    assert result.merged.tags == base.tags + new
    both = merge3(base, grown, grown)
    assert both.merged.tags == base.tags + new
    if base.tags:
        dropped = base.edited(tags=base.tags[1:])
        for ours, theirs in ((dropped, grown), (grown, dropped)):
            merged = merge3(base, ours, theirs).merged.tags
            assert base.tags[0] not in merged
            assert set(new) <= set(merged)


@given(articles(), st.lists(words, min_size=1, max_size=2, unique=True))
def test_tags_added_differently_on_both_sides_are_all_kept(base: Article, added: list[str]) -> None:
    mine = tuple(f"{t} 1" for t in added)
    theirs = tuple(f"{t} 2" for t in added)
    result = merge3(base, base.edited(tags=base.tags + mine), base.edited(tags=base.tags + theirs))
    assert result.clean
    assert result.merged.tags == base.tags + mine + theirs


# --- the body, paragraph by paragraph -------------------------------------------------------

# Real sentences of the sample article, each a paragraph of its own, and its real paragraphs.
SAMPLE_PARAGRAPHS = [p for p in sample_markdown().split("\n\n") if p.strip()]
SENTENCES = sorted(
    {s.strip() for s in re.split(r"(?<=[.;])\s+", sample_markdown()) if len(s.strip()) > 40}
)
NEW_PARAGRAPHS = [
    f"Đoạn bổ sung số {k}: phóng viên ghi nhận thêm ý kiến của cử tri tại xã {k}."
    for k in range(40)
]
KEEP, EDIT, DELETE = "keep", "edit", "delete"


def _edited(paragraph: str, side: str) -> str:
    return f"{paragraph} Bổ sung của {side}."


@st.composite
def one_sided_edits(draw: st.DrawFn, *, clashing: bool = False) -> tuple[Any, ...]:
    """A base body, and for each of its paragraphs and each gap between them who changed
    it: nobody, ours, theirs, or (only with ``clashing``) both, differently."""
    base = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8, unique=True))
    owners = ["none", "ours", "theirs", *(["both"] if clashing else [])]
    paragraph_owner = draw(
        st.lists(st.sampled_from(owners), min_size=len(base), max_size=len(base))
    )
    paragraph_change = draw(
        st.lists(st.sampled_from((EDIT, DELETE)), min_size=len(base), max_size=len(base))
    )
    gap_owner = draw(
        st.lists(st.sampled_from(owners[:3]), min_size=len(base) + 1, max_size=len(base) + 1)
    )
    return base, paragraph_owner, paragraph_change, gap_owner


def _apply(
    base: list[str], paragraph_owner: list[str], change: list[str], gap_owner: list[str], side: str
) -> list[str]:
    """The body as ``side`` left it."""
    out: list[str] = []
    fresh = iter(NEW_PARAGRAPHS)
    for k in range(len(base) + 1):
        inserted = next(fresh)
        if gap_owner[k] == side:
            out.append(inserted)
        if k == len(base):
            break
        mine = paragraph_owner[k] in (side, "both")
        if not mine:
            out.append(base[k])
        elif paragraph_owner[k] == "both" and side == "theirs":
            out.append(_edited(base[k], side))  # the other side always edits: a real clash
        elif change[k] == EDIT:
            out.append(_edited(base[k], side))
    return out


@settings(max_examples=300)
@given(one_sided_edits())
def test_paragraphs_changed_by_one_side_only_always_merge_cleanly(
    case: tuple[Any, ...],
) -> None:
    base, owner, change, gaps = case
    ours = _apply(base, owner, change, gaps, "ours")
    theirs = _apply(base, owner, change, gaps, "theirs")
    expected: list[str] = []
    fresh = iter(NEW_PARAGRAPHS)
    for k in range(len(base) + 1):
        inserted = next(fresh)
        if gaps[k] != "none":
            expected.append(inserted)
        if k < len(base):
            if owner[k] == "none":
                expected.append(base[k])
            elif change[k] == EDIT:
                expected.append(_edited(base[k], owner[k]))
    for merged in (merge_sequences(base, ours, theirs), merge_sequences(base, theirs, ours)):
        assert all(isinstance(item, str) for item in merged), merged
        assert sorted(merged) == sorted(expected)  # type: ignore[type-var]
        # Where one side deleted a paragraph next to one it inserted, the other side's
        # insertion may go on either side of it; each side's own order is always kept.
        for side in (ours, theirs):
            assert [p for p in merged if p in side] == [p for p in side if p in merged]


@settings(max_examples=300)
@given(one_sided_edits(clashing=True))
def test_clashes_are_only_where_both_sides_changed_the_same_paragraph(
    case: tuple[Any, ...],
) -> None:
    base, owner, change, gaps = case
    ours = _apply(base, owner, change, gaps, "ours")
    theirs = _apply(base, owner, change, gaps, "theirs")
    merged = merge_sequences(base, ours, theirs)
    clashed = [p for item in merged if isinstance(item, tuple) for p in item[0]]
    assert clashed == [p for p, who in zip(base, owner, strict=True) if who == "both"]
    # Everything else is settled as the one side that changed it left it.
    settled = [item for item in merged if isinstance(item, str)]
    for k, paragraph in enumerate(base):
        if owner[k] == "none":
            assert paragraph in settled
        elif owner[k] != "both" and change[k] == EDIT:
            assert _edited(paragraph, owner[k]) in settled
        elif owner[k] != "both":
            assert paragraph not in settled
    # A paragraph one side inserted next to one it deleted may stand in for the deleted
    # one, in a clash on it: then it is in that side's version of the clash.
    in_clashes = {
        side: [p for item in merged if isinstance(item, tuple) for p in item[k]]
        for k, side in ((1, "ours"), (2, "theirs"))
    }
    for k, who in enumerate(gaps):
        inserted = NEW_PARAGRAPHS[k]
        if who == "none":
            assert inserted not in settled
        else:
            assert inserted in settled or inserted in in_clashes[who]


def test_three_adjacent_paragraphs_changed_alternately_merge_cleanly() -> None:
    """The sample article's own paragraphs: ours edits the first and third, theirs the
    second."""
    first, second, third = SAMPLE_PARAGRAPHS[1:4]
    base = new_article(title="Hội nghị giao ban", body="\n\n".join((first, second, third)))
    ours_first = first.replace("Ngày 25/12/2020", "Sáng 25/12/2020")
    ours_third = third + " (Ảnh: Thủy Phương)"
    theirs_second = second.replace("Sau khi nghe", "Sau khi lắng nghe")
    ours = base.edited(body="\n\n".join((ours_first, second, ours_third)))
    theirs = base.edited(body="\n\n".join((first, theirs_second, third)))

    result = merge3(base, ours, theirs)

    assert result.clean, result.clashes
    assert result.merged.body == "\n\n".join((ours_first, theirs_second, ours_third))
    assert merge3(base, theirs, ours).merged.body == result.merged.body


def test_a_paragraph_both_changed_is_one_clash_and_its_neighbours_merge() -> None:
    first, second, third = SAMPLE_PARAGRAPHS[1:4]
    base = new_article(body="\n\n".join((first, second, third)))
    ours = base.edited(body="\n\n".join((first + " PV.", second + " PV.", third)))
    theirs = base.edited(body="\n\n".join((first, second + " BTV.", third + " BTV.")))

    result = merge3(base, ours, theirs)

    assert [(c.field, c.base, c.ours, c.theirs) for c in result.clashes] == [
        ("body", second, second + " PV.", second + " BTV.")
    ]
    assert resolve(result, {0: Choice.THEIRS}).body == "\n\n".join(
        (first + " PV.", second + " BTV.", third + " BTV.")
    )
