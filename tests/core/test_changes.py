from __future__ import annotations

from newsdesk.core.changes import NOTHING, Changes, article_changed


def test_changes_combine_and_say_whom_they_touch() -> None:
    move = article_changed(3, records=True, outbox=True)
    sites = Changes(sites=True)
    both = move | sites
    assert both == Changes(
        articles=frozenset({3}),
        list=True,
        records=frozenset({3}),
        outbox=frozenset({3}),
        sites=True,
    )
    assert both.touches(3)
    assert not both.touches(4)
    assert not sites.touches(3)
    assert Changes(conflicts=frozenset({4})).touches(4)


def test_nothing_changed_is_false() -> None:
    assert not NOTHING
    assert not Changes()
    assert Changes(sites=True)
    assert NOTHING | NOTHING == NOTHING
