"""Settling clashes of every kind of field: each choice gives exactly its text, "both" only
where two texts side by side still read well, and a paragraph deleted on one side leaves no
blank behind."""

from __future__ import annotations

from newsdesk.core import Byline, new_article
from newsdesk.core.merge import Choice, changed_fields, merge3, merge_sequences, paragraphs, resolve

BODY = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."


def test_each_choice_on_each_kind_of_field() -> None:
    base = new_article(title="Tít", sapo="Sa-pô", category="Tin tức", body=BODY)
    ours = base.edited(
        title="Tít của phóng viên",
        sapo="Sa-pô của phóng viên",
        bylines=(Byline("Thủy Phương"),),
        body=BODY.replace("hai.", "hai, phóng viên."),
    )
    theirs = base.edited(
        title="Tít của biên tập",
        sapo="Sa-pô của biên tập",
        bylines=(Byline("Minh Anh"),),
        body=BODY.replace("hai.", "hai, biên tập."),
    )
    result = merge3(base, ours, theirs)
    assert not result.clean
    assert [(c.index, c.field) for c in result.clashes] == [
        (0, "title"),
        (1, "sapo"),
        (2, "bylines"),
        (3, "body"),
    ]
    assert result.clashes[0].base == "Tít"
    assert result.merged.body == ours.body

    kept = resolve(result, {})
    assert (kept.title, kept.sapo, kept.bylines, kept.body) == (
        ours.title,
        ours.sapo,
        ours.bylines,
        ours.body,
    )
    taken = resolve(result, dict.fromkeys(range(4), Choice.THEIRS))
    assert (taken.title, taken.sapo, taken.bylines, taken.body) == (
        theirs.title,
        theirs.sapo,
        theirs.bylines,
        theirs.body,
    )
    both = resolve(result, dict.fromkeys(range(4), Choice.BOTH))
    assert both.title == ours.title  # one title: "both" keeps ours
    assert both.bylines == ours.bylines
    assert both.sapo == "Sa-pô của phóng viên\n\nSa-pô của biên tập"
    assert both.body == "Đoạn một.\n\nĐoạn hai, phóng viên.\n\nĐoạn hai, biên tập.\n\nĐoạn ba."
    mixed = resolve(result, {1: Choice.THEIRS, 3: Choice.OURS})
    assert (mixed.title, mixed.sapo, mixed.body) == (ours.title, theirs.sapo, ours.body)


def test_a_paragraph_deleted_on_one_side_and_edited_on_the_other() -> None:
    base = new_article(body=BODY)
    ours = base.edited(body="Đoạn một.\n\nĐoạn ba.")
    theirs = base.edited(body="Đoạn một.\n\nĐoạn hai, đã sửa thêm.\n\nĐoạn ba.")
    result = merge3(base, ours, theirs)
    [clash] = result.clashes
    assert (clash.field, clash.base, clash.ours, clash.theirs) == (
        "body",
        "Đoạn hai.",
        "",
        "Đoạn hai, đã sửa thêm.",
    )
    assert result.merged.body == "Đoạn một.\n\nĐoạn ba."
    assert resolve(result, {0: Choice.THEIRS}).body == theirs.body


def test_the_fields_that_differ_are_named() -> None:
    base = new_article(title="Tít", body=BODY, tags=("a",))
    assert changed_fields(base, base) == frozenset()
    other = base.edited(title="Tít khác", tags=("a", "b"), body=BODY + "\n\nĐoạn bốn.")
    assert changed_fields(base, other) == {"title", "tags", "body"}


def test_inserted_paragraphs_on_both_sides_at_the_same_place() -> None:
    base = ["A.", "B."]
    assert merge_sequences(base, ["A.", "X.", "B."], ["A.", "X.", "B."]) == ["A.", "X.", "B."]
    assert merge_sequences(base, ["A.", "X.", "B."], ["A.", "Y.", "B."]) == [
        "A.",
        ([], ["X."], ["Y."]),
        "B.",
    ]
    assert merge_sequences(base, ["X.", "A.", "B."], ["A.", "B.", "Y."]) == [
        "X.",
        "A.",
        "B.",
        "Y.",
    ]
    assert merge_sequences([], [], ["Y."]) == ["Y."]
    assert merge_sequences(["A."], [], ["A."]) == []


def test_a_long_paragraph_of_few_words_is_still_paired_with_its_edit() -> None:
    # Over 200 words, each of them frequent: no word may be skipped as too common.
    paragraph = " ".join(["một", "hai", "ba", "bốn"] * 60)
    edited_here = paragraph.replace("ba", "năm", 1)
    edited_there = paragraph.replace("bốn", "sáu", 1)
    new = "Đoạn mới chen vào."
    result = merge_sequences([paragraph], [edited_here], [new, edited_there])
    assert result == [new, ([paragraph], [edited_here], [edited_there])]


def _edited_and_pushed_down(paragraph: str, edit: str) -> list[str | tuple[list[str], ...]]:
    """Ours edits ``paragraph`` in place; theirs puts a new paragraph before it and makes it
    ``edit``."""
    new = "Năm sáu bảy tám."
    return merge_sequences([paragraph], [paragraph + " đã sửa"], [new, edit])


def test_half_the_words_in_common_is_still_an_edit() -> None:
    # One word of one kept among three: exactly half alike.
    assert _edited_and_pushed_down("Một", "Một hai ba") == [
        "Năm sáu bảy tám.",
        (["Một"], ["Một đã sửa"], ["Một hai ba"]),
    ]


def test_the_same_words_reordered_are_a_new_paragraph() -> None:
    # All the words kept but in reverse order: too little in common to be an edit, so the
    # new paragraphs stand in for the old one.
    assert _edited_and_pushed_down("một hai ba bốn", "bốn ba hai một") == [
        (["một hai ba bốn"], ["một hai ba bốn đã sửa"], ["Năm sáu bảy tám.", "bốn ba hai một"])
    ]


def _rewrite(count: int) -> list[str]:
    """Theirs puts a new paragraph first, edits the rest and drops the last; ours edits the
    sixth paragraph."""
    base = [f"Đoạn thứ {i}: w{i}a w{i}b w{i}c w{i}d." for i in range(count)]
    theirs = ["Một đoạn mới hoàn toàn.", *(f"{p} Thêm." for p in base[:-1])]
    ours = [*base[:5], base[5] + " Sửa.", *base[6:]]
    result = merge_sequences(base, ours, theirs)
    [clash] = [item for item in result if isinstance(item, tuple)]
    return clash[2]


def test_a_rewrite_of_up_to_400_pairings_pairs_each_paragraph_with_its_edit() -> None:
    assert _rewrite(20) == ["Đoạn thứ 5: w5a w5b w5c w5d. Thêm."]


def test_a_larger_rewrite_is_paired_in_order_without_comparing() -> None:
    assert _rewrite(21) == ["Đoạn thứ 4: w4a w4b w4c w4d. Thêm."]


def test_paragraphs_keep_their_spaces_and_letters_at_the_edges() -> None:
    body = "\n    mã nguồn thụt lề\n\n  \nXin chào.  \n\nHết X\n"
    assert paragraphs(body) == ["    mã nguồn thụt lề", "Xin chào.  ", "Hết X"]
