from __future__ import annotations

import pytest

from newsdesk.core import WorkflowStatus, new_article
from newsdesk.store import Store
from newsdesk.store.search import match_expression


@pytest.fixture
def articles(store: Store) -> dict[str, int]:
    made = {
        "hoi_nghi": store.create_article(
            new_article(title="Hội nghị tổng kết năm 2020", body="Các đại biểu dự hội nghị.")
        ),
        "dong_chi": store.create_article(
            new_article(
                title="Thăm hỏi gia đình chính sách",
                sapo="Đồng chí Chủ tịch tặng quà.",
                body="Đồng chí nói chuyện với bà con.",
            )
        ),
        "other": store.create_article(
            new_article(title="Giải bóng đá", body="Trận chung kết diễn ra sôi nổi.")
        ),
    }
    return {key: article.id for key, article in made.items()}


def ids(summaries: list) -> list[int]:
    return [s.id for s in summaries]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hoi nghi", "hoi_nghi"),
        ("Hội nghị", "hoi_nghi"),
        ("HỘI NGHỊ", "hoi_nghi"),
        ("dong chi", "dong_chi"),
        ("đồng chí", "dong_chi"),
        ("Đồng", "dong_chi"),
        ("DONG", "dong_chi"),
        ("tong ket", "hoi_nghi"),
        ("bong da", "other"),
        ("chung kết", "other"),
    ],
)
def test_finds_with_and_without_diacritics(store, articles, query, expected) -> None:
    assert ids(store.search(query)) == [articles[expected]]


def test_each_word_is_a_prefix(store: Store, articles) -> None:
    assert ids(store.search("nghi")) == [articles["hoi_nghi"]]
    assert ids(store.search("tổn")) == [articles["hoi_nghi"]]
    assert ids(store.search("chu tich")) == [articles["dong_chi"]]


def test_all_words_must_match(store: Store, articles) -> None:
    assert store.search("hội nghị bóng đá") == []


def test_title_hit_ranks_above_body_hit(store: Store) -> None:
    in_body = store.create_article(
        new_article(title="Tin địa phương", body="Có nói đến chuyện tặng quà Tết.")
    )
    in_title = store.create_article(new_article(title="Tặng quà Tết", body="Nội dung khác."))
    assert ids(store.search("tang qua"))[:2] == [in_title.id, in_body.id]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"nghi', ["hoi_nghi"]),
        ('nghi "', ["hoi_nghi"]),
        ("nghi*", ["hoi_nghi"]),
        ("(nghi", ["hoi_nghi"]),
        ("nghi)", ["hoi_nghi"]),
        ("-nghi", ["hoi_nghi"]),
        ("^nghi", ["hoi_nghi"]),
        ("nghi:", ["hoi_nghi"]),
        ("{nghi}", ["hoi_nghi"]),
        # Operators and column filters are words that must appear, not syntax.
        ("NEAR(hoi nghi", []),
        ("hoi OR bong", []),
        ("title:hoi", []),
        ("hoi AND nghi", []),
    ],
)
def test_search_syntax_in_the_query_is_not_interpreted(store, articles, query, expected) -> None:
    expected_ids = [articles[key] for key in expected]
    assert ids(store.search(query)) == expected_ids
    assert ids(store.list_articles(query=query)) == expected_ids


@pytest.mark.parametrize("query", ['"', "*", "(", ")", "^", "-", ":", "'", '""*'])
def test_query_without_words_does_not_raise(store: Store, articles, query) -> None:
    assert store.search(query) == []
    assert len(store.list_articles(query=query)) == 3


def test_operators_are_searched_as_words(store: Store) -> None:
    near = store.create_article(new_article(title="Near the river", body="and or not"))
    assert ids(store.search("NEAR(")) == [near.id]
    assert ids(store.search("and OR not")) == [near.id]


def test_empty_query_finds_nothing(store: Store, articles) -> None:
    assert store.search("") == []
    assert store.search('  " * ( ') == []


def test_search_follows_saves_and_deletes(store: Store, articles) -> None:
    article = store.get_article(articles["other"])

    store.save_article(article.edited(title="Giải cờ tướng"))
    assert store.search("bong da") == []
    assert ids(store.search("co tuong")) == [article.id]

    store.delete_article(article.id)
    assert store.search("co tuong") == []
    assert store.search("chung ket") == []


def test_list_articles_filters_by_query_and_status(store: Store, articles) -> None:
    assert ids(store.list_articles(query="dong chi")) == [articles["dong_chi"]]
    assert ids(store.list_articles(query="   ")) == ids(store.list_articles())
    assert len(store.list_articles(query="")) == 3

    submitted = store.save_article(
        store.get_article(articles["hoi_nghi"]).edited(status=WorkflowStatus.SUBMITTED)
    )
    assert ids(store.list_articles(query="hoi", status=WorkflowStatus.SUBMITTED)) == [submitted.id]
    assert store.list_articles(query="dong chi", status=WorkflowStatus.SUBMITTED) == []


def test_search_limit(store: Store) -> None:
    for n in range(5):
        store.create_article(new_article(title=f"Bản tin số {n}"))
    assert len(store.search("ban tin", limit=3)) == 3


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("Hội nghị", '"hoi"* "nghi"*'),
        ("  Đồng   chí ", '"dong"* "chi"*'),
        ('title:"hoi" OR 2020_tet', '"title"* "hoi"* "or"* "2020"* "tet"*'),
        ("NEAR(a b)", '"near"* "a"* "b"*'),
        ("", ""),
        ('" * ( ) _', ""),
    ],
)
def test_match_expression(query: str, expression: str) -> None:
    assert match_expression(query) == expression


def test_title_ranks_above_sapo_and_sapo_above_body(store: Store) -> None:
    # Made best first: on a tie the newer article would come first.
    in_title = store.create_article(new_article(title="Đoàn thiện nguyện đến"))
    in_sapo = store.create_article(new_article(title="Tin hai", sapo="Đoàn thiện nguyện đến."))
    in_body = store.create_article(new_article(title="Tin một", body="Đoàn thiện nguyện đến."))
    assert ids(store.search("doan thien nguyen")) == [in_title.id, in_sapo.id, in_body.id]


def test_more_hits_in_the_body_rank_higher(store: Store) -> None:
    many = store.create_article(
        new_article(title="Tin một", body="Tặng quà Tết. Tặng quà cho hộ nghèo. Tặng quà.")
    )
    one = store.create_article(
        new_article(title="Tin hai", body="Tặng quà Tết cho các hộ gia đình chính sách.")
    )
    assert ids(store.search("tang qua")) == [many.id, one.id]


@pytest.mark.parametrize("column", ["title", "sapo", "body"])
def test_every_column_is_indexed_folded(store: Store, column: str) -> None:
    made = store.create_article(new_article(**{column: "Đường Điện Biên Phủ"}))
    assert ids(store.search("duong dien bien phu")) == [made.id]
    assert ids(store.search("ĐƯỜNG")) == [made.id]


def test_removing_one_article_from_the_index_keeps_the_others(store: Store, articles) -> None:
    store.delete_article(articles["dong_chi"])
    assert store.search("dong chi") == []
    assert ids(store.search("hoi nghi")) == [articles["hoi_nghi"]]
    assert ids(store.search("bong da")) == [articles["other"]]
