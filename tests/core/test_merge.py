from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import Byline, new_article
from newsdesk.core.merge import Choice, merge3, merge_sequences, paragraphs, resolve

BASE_BODY = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."


def test_changes_in_different_paragraphs_merge_cleanly() -> None:
    base = new_article(title="Hội nghị", body=BASE_BODY)
    ours = base.edited(body="Đoạn một, đã sửa.\n\nĐoạn hai.\n\nĐoạn ba.")
    theirs = base.edited(body="Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba, biên tập viên sửa.")

    result = merge3(base, ours, theirs)

    assert result.clean
    assert result.merged.body == "Đoạn một, đã sửa.\n\nĐoạn hai.\n\nĐoạn ba, biên tập viên sửa."


def test_same_paragraph_changed_on_both_sides_keeps_both_and_asks() -> None:
    base = new_article(body=BASE_BODY)
    ours = base.edited(body="Đoạn một.\n\nĐoạn hai — phóng viên.\n\nĐoạn ba.")
    theirs = base.edited(body="Đoạn một.\n\nĐoạn hai — biên tập.\n\nĐoạn ba.")

    result = merge3(base, ours, theirs)

    assert [(c.field, c.ours, c.theirs) for c in result.clashes] == [
        ("body", "Đoạn hai — phóng viên.", "Đoạn hai — biên tập.")
    ]
    assert result.merged.body == ours.body  # provisional: the user's own text stays
    assert resolve(result, {0: Choice.THEIRS}).body == theirs.body
    both = resolve(result, {0: Choice.BOTH}).body
    assert "phóng viên" in both
    assert "biên tập" in both


def test_fields_merge_independently_and_clash_only_when_both_change() -> None:
    base = new_article(title="Tít", sapo="Sa-pô", category="Tin tức", tags=("a", "b"))
    ours = base.edited(title="Tít mới", tags=("a", "b", "c"), bylines=(Byline("Thủy Phương"),))
    theirs = base.edited(sapo="Sa-pô mới", tags=("b",), category="Hoạt động Mặt trận")

    result = merge3(base, ours, theirs)

    assert result.clean
    merged = result.merged
    assert (merged.title, merged.sapo, merged.category) == (
        "Tít mới",
        "Sa-pô mới",
        "Hoạt động Mặt trận",
    )
    assert merged.tags == ("b", "c")
    assert merged.bylines == (Byline("Thủy Phương"),)

    clash = merge3(base, base.edited(title="A"), base.edited(title="B"))
    assert [c.field for c in clash.clashes] == ["title"]
    assert resolve(clash, {0: Choice.THEIRS}).title == "B"


def test_paragraph_inserted_by_one_and_edited_by_other() -> None:
    base = ["một", "hai", "ba"]
    ours = ["một", "mới", "hai", "ba"]
    theirs = ["một", "hai", "ba đã sửa"]
    assert merge_sequences(base, ours, theirs) == ["một", "mới", "hai", "ba đã sửa"]


paragraph = st.text(alphabet="aăâđêôơưáàạ ", min_size=1, max_size=8).map(str.strip).filter(bool)
bodies = st.lists(paragraph, max_size=6)


@given(bodies, bodies)
def test_one_sided_changes_always_win(base: list[str], ours: list[str]) -> None:
    assert merge_sequences(base, ours, base) == ours
    assert merge_sequences(base, base, ours) == ours
    assert merge_sequences(base, ours, ours) == ours


@given(bodies, bodies, bodies)
def test_nothing_typed_is_lost(base: list[str], ours: list[str], theirs: list[str]) -> None:
    """Every paragraph of ours is in the provisional result (clashes keep ours)."""
    article = new_article(body="\n\n".join(base))
    result = merge3(
        article, article.edited(body="\n\n".join(ours)), article.edited(body="\n\n".join(theirs))
    )
    merged = paragraphs(result.merged.body)
    for p in ours:
        if p not in base:
            assert p in merged
