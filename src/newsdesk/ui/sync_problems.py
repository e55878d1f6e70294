"""What stands between the articles and their sites right now, gathered for the Problems panel.

The store knows what failed and what waits (with the last error); the last sync report adds
what the store keeps no record of: errors while fetching changes, notices, a run that stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdesk.core.article import SyncState
from newsdesk.core.outbox import OutboxAction, OutboxItem, OutboxState
from newsdesk.store import Store
from newsdesk.sync.report import SyncReport

ALL_ARTICLES = 1_000_000


class ProblemKind(StrEnum):
    CONFLICT = "conflict"  # changed here and on the site: a person compares and chooses
    FAILED = "failed"  # the site refused it; a person fixes the cause, then retries
    WAITING = "waiting"  # could not reach the site; the next sync tries again
    NOTICE = "notice"  # went through, but the person should know something


ORDER = (ProblemKind.CONFLICT, ProblemKind.FAILED, ProblemKind.WAITING, ProblemKind.NOTICE)


@dataclass(frozen=True, slots=True)
class Problem:
    """One row of the Problems panel. ``article_id`` is 0 when no article is concerned;
    ``message`` is worded by the sync layer (what happened and what to do), usually a
    :class:`~newsdesk.core.messages.Message` the panel shows in the window's language."""

    kind: ProblemKind
    article_id: int
    title: str
    site: str
    message: str


def _still_failed(items: list[OutboxItem]) -> dict[int, OutboxItem]:
    """Per site, the failed item nothing has replaced since: a later move or retry replaces
    it, a note queued behind it does not (it waits for the failed move)."""
    failed: dict[int, OutboxItem] = {}
    for item in items:  # oldest first
        if item.state is OutboxState.FAILED:
            failed[item.site_id] = item
        elif item.action is not OutboxAction.NOTE:
            failed.pop(item.site_id, None)
    return failed


def collect_problems(
    store: Store, report: SyncReport | None = None, sync_error: str = ""
) -> list[Problem]:
    """Conflicts, failures, waiting work, then the report's notices (and ``sync_error``,
    what stopped the last run as a whole)."""
    sites = {site.pk: site.name for site in store.list_sites()}
    summaries = store.list_articles(limit=ALL_ARTICLES)
    titles = {s.id: s.title for s in summaries}
    problems: list[Problem] = []
    covered: set[tuple[int, int]] = set()

    def add(kind: ProblemKind, article_id: int, site_id: int, message: str) -> None:
        if article_id not in titles or (article_id, site_id) in covered:
            return
        covered.add((article_id, site_id))
        site = sites.get(site_id, "")
        problems.append(Problem(kind, article_id, titles[article_id], site, message))

    for conflict in store.conflicts():
        add(ProblemKind.CONFLICT, conflict.article_id, conflict.site_id, "")
    pending = store.pending_outbox()
    # A failure may hide behind work queued after it (a note): look at those articles too.
    suspects = {s.id for s in summaries if s.sync_state is SyncState.FAILED}
    suspects |= {item.article_id for item in pending}
    for summary in summaries:
        if summary.id in suspects:
            for item in _still_failed(store.outbox_for_article(summary.id)).values():
                add(ProblemKind.FAILED, item.article_id, item.site_id, item.last_error)
    for item in reversed(pending):  # newest first: its error is the latest word
        if item.last_error:
            add(ProblemKind.WAITING, item.article_id, item.site_id, item.last_error)
    # What is queued again since the report was made speaks for itself.
    covered |= {(item.article_id, item.site_id) for item in pending}
    if report is not None:
        for problem in report.problems:
            kind = ProblemKind.WAITING if problem.will_retry else ProblemKind.FAILED
            add(kind, problem.article_id, problem.site_id, problem.message)
        problems.extend(Problem(ProblemKind.NOTICE, 0, "", "", n) for n in report.notices)
    if sync_error:
        problems.append(Problem(ProblemKind.FAILED, 0, "", "", sync_error))
    return sorted(problems, key=lambda p: ORDER.index(p.kind))
