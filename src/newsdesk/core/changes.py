"""What an operation changed in the store, so that whoever shows the store reads again only
that: the window's panels, the command line's summary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """``articles``: articles whose text, details or state changed. ``list``: the list of
    articles must be read again (one came, went, or moved in it). ``records``: articles whose
    notes or audit record changed. ``outbox``: articles with work queued for a site or
    settled. ``sites``: the sites themselves. ``conflicts``: articles whose clashes with a
    site came or went."""

    articles: frozenset[int] = frozenset()
    list: bool = False
    records: frozenset[int] = frozenset()
    outbox: frozenset[int] = frozenset()
    sites: bool = False
    conflicts: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            articles=self.articles | other.articles,
            list=self.list or other.list,
            records=self.records | other.records,
            outbox=self.outbox | other.outbox,
            sites=self.sites or other.sites,
            conflicts=self.conflicts | other.conflicts,
        )

    def __bool__(self) -> bool:
        """Whether anything changed at all."""
        return self != NOTHING

    def touches(self, article_id: int) -> bool:
        """Whether anything of ``article_id`` changed."""
        return any(
            article_id in ids for ids in (self.articles, self.records, self.outbox, self.conflicts)
        )


NOTHING = Changes()


def article_changed(article_id: int, *, records: bool = False, outbox: bool = False) -> Changes:
    """An article's own change (it shows in the list too), with its records or outbox."""
    ids = frozenset({article_id})
    return Changes(
        articles=ids,
        list=True,
        records=ids if records else frozenset(),
        outbox=ids if outbox else frozenset(),
    )
