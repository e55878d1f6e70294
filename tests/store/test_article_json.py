from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import Article, Byline, FeaturedImage, WorkflowStatus
from newsdesk.store.article_json import from_json, to_json

zones = st.builds(
    timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
)
aware_times = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones
)
bylines = st.builds(Byline, name=st.text(), role=st.text())
images = st.builds(
    FeaturedImage, path=st.text(), caption=st.text(), credit=st.text(), alt=st.text()
)
articles = st.builds(
    Article,
    uuid=st.uuids().map(str),
    title=st.text(),
    sapo=st.text(),
    body=st.text(),
    bylines=st.lists(bylines, max_size=4).map(tuple),
    category=st.text(),
    tags=st.lists(st.text(), max_size=5).map(tuple),
    featured_image=st.none() | images,
    slug=st.text(),
    source=st.text(),
    publish_at=st.none() | aware_times,
    status=st.sampled_from(WorkflowStatus),
    version=st.integers(min_value=0, max_value=2**31),
    created_at=aware_times,
    updated_at=aware_times,
    id=st.none() | st.integers(min_value=1, max_value=2**62),
)


@given(articles)
def test_round_trip(article: Article) -> None:
    back = from_json(to_json(article))
    assert back == article
    assert back.content_key() == article.content_key()
    for value in (back.created_at, back.updated_at, back.publish_at):
        assert value is None or value.tzinfo is UTC


def test_snapshot_is_readable_json_in_utc() -> None:
    article = Article(
        uuid="u-1",
        title="Hội nghị",
        bylines=(Byline("Thủy Phương", "Bài"),),
        created_at=datetime(2020, 12, 25, 15, 0, tzinfo=timezone(timedelta(hours=7))),
    )
    data = json.loads(to_json(article))
    assert data["title"] == "Hội nghị"
    assert data["bylines"] == [{"name": "Thủy Phương", "role": "Bài"}]
    assert data["created_at"] == "2020-12-25T08:00:00+00:00"
    assert "Hội nghị" in to_json(article)  # not \u-escaped


def test_older_or_newer_snapshots_still_load() -> None:
    text = json.dumps({"uuid": "u-2", "title": "Tít", "word_count": 12, "status": "submitted"})
    article = from_json(text)
    assert (article.uuid, article.title, article.status) == ("u-2", "Tít", "submitted")
    assert article.bylines == ()
    assert article.featured_image is None


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_json(Article(uuid="u", created_at=datetime(2020, 1, 1)))
    with pytest.raises(ValueError, match="zone"):
        from_json(json.dumps({"uuid": "u", "created_at": "2020-01-01T00:00:00"}))


def test_snapshot_must_be_an_object() -> None:
    with pytest.raises(ValueError, match="object"):
        from_json("[]")
