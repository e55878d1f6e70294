"""The checklist an article must pass before approval: each rule at its boundary, and the
settings as the site stores them."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import Byline, new_article
from newsdesk.core.article import Article, FeaturedImage
from newsdesk.core.checklist import Checklist, ChecklistError
from tests.text.samples import SAMPLE_TITLE, VIETNAMESE

CATEGORY = "Choose a category."
PHOTO = "Add a featured photo."
CAPTION = "Write a caption for the featured photo."
CREDIT = "Credit the featured photo (who took it)."
SAPO = "Write a sapo (the lead)."
BYLINE = "Add a byline."

NOTHING_REQUIRED = Checklist(
    require_category=False,
    require_featured_image=False,
    require_caption_and_credit=False,
    require_sapo=False,
    max_sapo_words=0,
    min_bylines=0,
    max_title_words=0,
)
PHOTO_WITH_WORDS = FeaturedImage("anh.jpg", caption="Quang cảnh hội nghị.", credit="Thủy Phương")

WORD = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + "0123456789", min_size=1, max_size=8)
# Tokens without a letter or digit are not words.
NOT_A_WORD = st.sampled_from(["–", "-", "…", "“”", ",", "&", "/"])


def _complete(**changes: object) -> Article:
    article = new_article(
        title=SAMPLE_TITLE,
        sapo="Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban quý IV.",
        category="Thời sự",
        bylines=(Byline("Thủy Phương", "Bài"),),
        featured_image=PHOTO_WITH_WORDS,
    )
    return article.edited(**changes)


def _text(words: list[str], separators: list[str]) -> str:
    """``words`` with a punctuation token after some of them, as a person types."""
    tokens: list[str] = []
    for index, word in enumerate(words):
        tokens.append(word)
        if index < len(separators):
            tokens.append(separators[index])
    return "  ".join(tokens) if len(words) % 2 else " ".join(tokens)


def test_the_defaults() -> None:
    assert asdict(Checklist()) == {
        "require_category": True,
        "require_featured_image": False,
        "require_caption_and_credit": True,
        "require_sapo": True,
        "max_sapo_words": 50,
        "min_bylines": 1,
        "max_title_words": 0,
    }


def test_a_complete_article_passes() -> None:
    assert Checklist().missing(_complete()) == []
    assert Checklist(require_featured_image=True).missing(_complete()) == []


def test_an_empty_article_is_told_each_missing_thing_in_order() -> None:
    empty = new_article()
    assert Checklist().missing(empty) == [CATEGORY, SAPO, BYLINE]
    strict = Checklist(require_featured_image=True, min_bylines=2, max_title_words=3)
    assert strict.missing(empty) == [CATEGORY, PHOTO, SAPO, BYLINE]
    assert NOTHING_REQUIRED.missing(empty) == []


@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("category", ["", "Thời sự"])
def test_category(required: bool, category: str) -> None:
    checklist = Checklist(require_category=required)
    assert (CATEGORY in checklist.missing(_complete(category=category))) == (
        required and not category
    )


@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("image", [None, PHOTO_WITH_WORDS])
def test_featured_photo(required: bool, image: FeaturedImage | None) -> None:
    checklist = Checklist(require_featured_image=required)
    assert (PHOTO in checklist.missing(_complete(featured_image=image))) == (
        required and image is None
    )


@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("caption", ["", "Quang cảnh."])
@pytest.mark.parametrize("credit", ["", "Thủy Phương"])
def test_caption_and_credit_of_the_featured_photo(
    required: bool, caption: str, credit: str
) -> None:
    image = FeaturedImage("anh.jpg", caption=caption, credit=credit)
    found = Checklist(require_caption_and_credit=required).missing(_complete(featured_image=image))
    assert found == [
        *([CAPTION] if required and not caption else []),
        *([CREDIT] if required and not credit else []),
    ]


def test_no_photo_needs_no_caption() -> None:
    checklist = Checklist(require_caption_and_credit=True)
    assert checklist.missing(_complete(featured_image=None)) == []


@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("sapo", ["", "  \n\t ", "Một câu dẫn."])
def test_sapo(required: bool, sapo: str) -> None:
    found = Checklist(require_sapo=required).missing(_complete(sapo=sapo))
    assert found == ([SAPO] if required and not sapo.strip() else [])


@given(
    words=st.lists(WORD, max_size=70),
    separators=st.lists(NOT_A_WORD, max_size=70),
    limit=st.integers(min_value=0, max_value=60),
)
def test_sapo_length_at_its_limit(words: list[str], separators: list[str], limit: int) -> None:
    sapo = _text(words, separators)
    found = Checklist(require_sapo=False, max_sapo_words=limit).missing(_complete(sapo=sapo))
    if limit and len(words) > limit:
        assert found == [f"Shorten the sapo to {limit} words (now {len(words)})."]
        assert found[0].params == {"limit": limit, "now": len(words)}
    else:
        assert found == []


@given(
    words=st.lists(WORD, max_size=40),
    separators=st.lists(NOT_A_WORD, max_size=40),
    limit=st.integers(min_value=0, max_value=30),
)
def test_title_length_at_its_limit(words: list[str], separators: list[str], limit: int) -> None:
    title = _text(words, separators)
    found = Checklist(max_title_words=limit).missing(_complete(title=title))
    if limit and len(words) > limit:
        assert found == [f"Shorten the title to {limit} words (now {len(words)})."]
        assert found[0].params == {"limit": limit, "now": len(words)}
    else:
        assert found == []


@pytest.mark.parametrize("words", [49, 50, 51])
def test_a_sapo_of_exactly_the_limit_passes(words: int) -> None:
    sapo = " ".join(["chữ"] * words)
    found = Checklist().missing(_complete(sapo=sapo))
    assert found == ([f"Shorten the sapo to 50 words (now {words})."] if words > 50 else [])


def test_the_sample_title_has_thirty_words() -> None:
    assert Checklist(max_title_words=30).missing(_complete()) == []
    assert Checklist(max_title_words=29).missing(_complete()) == [
        "Shorten the title to 29 words (now 30)."
    ]


@given(count=st.integers(min_value=0, max_value=4), minimum=st.integers(min_value=0, max_value=4))
def test_bylines_at_their_minimum(count: int, minimum: int) -> None:
    bylines = tuple(Byline(f"Phóng viên {n}") for n in range(count))
    found = Checklist(min_bylines=minimum).missing(_complete(bylines=bylines))
    assert found == ([BYLINE] if count < minimum else [])


def test_the_error_lists_every_missing_thing() -> None:
    missing = Checklist().missing(new_article())
    error = ChecklistError(missing)
    assert error.missing == missing
    assert error.cause == (
        "The article is not ready for approval: "
        "Choose a category. Write a sapo (the lead). Add a byline."
    )
    assert error.action == "Fix these points (or ask the reporter to), then approve again."


CHECKLISTS = st.builds(
    Checklist,
    require_category=st.booleans(),
    require_featured_image=st.booleans(),
    require_caption_and_credit=st.booleans(),
    require_sapo=st.booleans(),
    max_sapo_words=st.integers(min_value=0, max_value=500),
    min_bylines=st.integers(min_value=0, max_value=9),
    max_title_words=st.integers(min_value=0, max_value=500),
)


@given(CHECKLISTS)
def test_settings_survive_a_round_trip(checklist: Checklist) -> None:
    assert Checklist.from_json(checklist.to_json()) == checklist


def test_settings_are_stored_as_a_json_object() -> None:
    stored = json.loads(Checklist(max_title_words=20).to_json())
    assert stored == {**asdict(Checklist()), "max_title_words": 20}


@pytest.mark.parametrize("text", ["", "not json", "{", "[1, 2]", "null", '"min_bylines"', "3"])
def test_unreadable_settings_give_the_defaults(text: str) -> None:
    assert Checklist.from_json(text) == Checklist()


def test_unknown_and_mistyped_settings_are_ignored_one_by_one() -> None:
    stored = {
        "require_sapo": False,  # kept
        "max_sapo_words": 80,  # kept
        "require_category": 0,  # an int where a yes/no belongs
        "min_bylines": True,  # a yes/no where a number belongs
        "max_title_words": "12",
        "require_featured_image": None,
        "colour": "red",
    }
    assert Checklist.from_json(json.dumps(stored)) == Checklist(
        require_sapo=False, max_sapo_words=80
    )


@given(
    st.dictionaries(
        st.sampled_from([f.name for f in fields(Checklist)] + ["extra", ""]),
        st.one_of(st.booleans(), st.integers(-5, 500), st.text(max_size=5), st.none()),
    )
)
def test_any_stored_object_gives_a_checklist(stored: dict[str, object]) -> None:
    checklist = Checklist.from_json(json.dumps(stored))
    defaults = Checklist()
    for name in (f.name for f in fields(Checklist)):
        value = stored.get(name)
        expected = (
            value if type(value) is type(getattr(defaults, name)) else getattr(defaults, name)
        )
        assert getattr(checklist, name) == expected
