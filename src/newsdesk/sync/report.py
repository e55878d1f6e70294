"""What one sync run did, for the window and the command line.

Problem messages and notices are :class:`~newsdesk.core.messages.Message` values where the
desk wrote them: English as text, worded in its own language by the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsdesk.core.changes import Changes


@dataclass(frozen=True, slots=True)
class SyncProblem:
    article_id: int
    site_id: int
    message: str
    will_retry: bool


@dataclass(slots=True)
class SyncReport:
    sent: list[int] = field(default_factory=list)
    updated_from_site: list[int] = field(default_factory=list)
    problems: list[SyncProblem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # went through, but the user should know
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        """What the run may have changed here: every article it sent, updated or failed on
        (a refused move is undone), with its records, outbox and conflicts."""
        touched = frozenset(self.sent) | frozenset(self.updated_from_site)
        touched |= frozenset(p.article_id for p in self.problems)
        return Changes(
            articles=touched, list=True, records=touched, outbox=touched, conflicts=touched
        )

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    def failed(self) -> list[SyncProblem]:
        """What a person must fix: one problem per article and site (the first said)."""
        return _one_per_place(p for p in self.problems if not p.will_retry)

    def waiting(self) -> list[SyncProblem]:
        """What the next sync tries again, one problem per article and site."""
        return _one_per_place(p for p in self.problems if p.will_retry)

    def summary(self) -> str:
        parts = [f"{len(self.sent)} sent", f"{len(self.updated_from_site)} updated from the site"]
        waiting, failed = len(self.waiting()), len(self.failed())
        if waiting:
            parts.append(f"{waiting} waiting for the site")
        if failed:
            parts.append(f"{failed} failed")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def _one_per_place(problems: Iterable[SyncProblem]) -> list[SyncProblem]:
    """The first problem of each (article, site): a list shows one row for each."""
    first: dict[tuple[int, int], SyncProblem] = {}
    for problem in problems:
        first.setdefault((problem.article_id, problem.site_id), problem)
    return list(first.values())
