"""The sync engine: drains the outbox to the sites, then pulls back what changed there.

A plain class built from a store and a way to reach a site. Per site, articles are sent by a
few workers in parallel (the server is the bottleneck), each article's items in order. A step
that fails in a way that may heal by itself (no answer, 5xx, 429) is retried with backoff;
when retries run out the site counts as down for this run and the rest stays queued. A wrong
password stops the site; an error a person must fix marks that item failed with the reason.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from newsdesk.core.article import WorkflowStatus
from newsdesk.core.errors import NewsdeskError, NotFoundError
from newsdesk.core.outbox import OutboxItem
from newsdesk.core.site import Site
from newsdesk.sites.base import SiteConnector
from newsdesk.sites.errors import AuthError, SiteError
from newsdesk.store import Store
from newsdesk.sync.bookkeeping import Bookkeeper
from newsdesk.sync.pull import ArticlePuller
from newsdesk.sync.push import ItemSender, Prepared, Sent
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.sync.retry import Cancelled, Retrier, RetryPolicy

Connect = Callable[[Site], SiteConnector]
Progress = Callable[[int, int], None]


def _never() -> bool:
    return False


def _take(batches: queue.SimpleQueue[list[OutboxItem]]) -> list[OutboxItem] | None:
    try:
        return batches.get_nowait()
    except queue.Empty:
        return None


@dataclass(slots=True)
class _SiteRun:
    """One site's share of a run, shared by its workers."""

    site: Site
    report: SyncReport
    cancel: Callable[[], bool]
    progress: Progress | None
    total: int
    done: int = 0
    stopped: bool = False  # the site is down or refused us: start nothing more
    lock: threading.Lock = field(default_factory=threading.Lock)
    local: threading.local = field(default_factory=threading.local)
    connectors: list[SiteConnector] = field(default_factory=list)
    bookkeeping: Bookkeeper | None = None


class SyncEngine:
    def __init__(
        self,
        store: Store,
        connect: Connect,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        workers: int = 4,
    ) -> None:
        self._store = store
        self._connect = connect
        self._policy = retry or RetryPolicy()
        self._sleep = sleep
        self._workers = max(1, workers)

    def run(
        self,
        site_id: int | None = None,
        *,
        cancel: Callable[[], bool] = _never,
        progress: Progress | None = None,
    ) -> SyncReport:
        report = SyncReport()
        sites = [self._store.get_site(site_id)] if site_id else self._store.list_sites()
        for site in sites:
            items = self._store.pending_outbox(site.pk)
            run = _SiteRun(site, report, cancel, progress, total=len(items))
            try:
                self._push(run, items)
                if not run.stopped and not cancel():
                    self._pull(run)
            finally:
                for connector in run.connectors:
                    connector.close()
            if cancel():
                report.cancelled = True
                break
        return report

    def _retrier(self, cancel: Callable[[], bool]) -> Retrier:
        return Retrier(self._policy, cancel, self._sleep)

    def _connector(self, run: _SiteRun) -> SiteConnector:
        """One connector per worker thread for the whole run: the API, the user, the site's
        terms and the HTTP connection are looked up once, not once per article."""
        connector: SiteConnector | None = getattr(run.local, "connector", None)
        if connector is None:
            connector = self._connect(run.site)
            run.local.connector = connector
            with run.lock:
                run.connectors.append(connector)
        return connector

    # push ---------------------------------------------------------------------------------

    def _push(self, run: _SiteRun, items: list[OutboxItem]) -> None:
        """Each worker sends one article at a time. The local work around a send (counting
        the attempt, rendering, recording the site's answer) runs on one bookkeeping thread
        while the worker waits for the site, so the site, not the desk, sets the pace."""
        by_article: dict[int, list[OutboxItem]] = {}
        for item in items:
            by_article.setdefault(item.article_id, []).append(item)
        if not by_article:
            return
        batches: queue.SimpleQueue[list[OutboxItem]] = queue.SimpleQueue()
        for batch in by_article.values():
            batches.put(batch)
        workers = min(self._workers, len(by_article))
        with (
            Bookkeeper() as bookkeeping,
            ThreadPoolExecutor(workers, thread_name_prefix="newsdesk-sync") as pool,
        ):
            run.bookkeeping = bookkeeping
            for future in [pool.submit(self._work, run, batches) for _ in range(workers)]:
                future.result()

    def _work(self, run: _SiteRun, batches: queue.SimpleQueue[list[OutboxItem]]) -> None:
        """One worker: take articles until none are left, preparing the next while this one
        is sent."""
        upcoming = _take(batches)
        if upcoming is None:
            return
        try:
            connector = self._connector(run)
        except SiteError as exc:
            self._problem(run, upcoming[0], exc)
            with run.lock:
                run.stopped = True  # a site this desk cannot connect to takes nothing now
            return
        sender = ItemSender(
            self._store, run.site, connector, self._retrier(run.cancel), run.report.notices
        )
        bookkeeping = run.bookkeeping
        assert bookkeeping is not None  # noqa: S101 - _push made it
        completions: list[Future[None]] = []
        ahead = bookkeeping.submit(sender.prepare, upcoming[0])
        try:
            while upcoming is not None:
                batch, first = upcoming, ahead
                upcoming = _take(batches) if self._going(run) else None
                if upcoming is not None:
                    ahead = bookkeeping.submit(sender.prepare, upcoming[0])
                self._push_article(run, sender, batch, first, completions)
        finally:
            for completion in completions:
                completion.result()

    def _going(self, run: _SiteRun) -> bool:
        return not run.stopped and not run.cancel()

    def _push_article(
        self,
        run: _SiteRun,
        sender: ItemSender,
        items: list[OutboxItem],
        first: Future[Prepared],
        completions: list[Future[None]],
    ) -> None:
        bookkeeping = run.bookkeeping
        assert bookkeeping is not None  # noqa: S101 - _push made it
        for index, item in enumerate(items):
            if not self._going(run):
                return
            try:
                prepared = first.result() if index == 0 else sender.prepare(item)
                sent = sender.transmit(prepared)
                last = index == len(items) - 1
                if last and not sender.needs_site_to_complete(prepared, sent):
                    completions.append(
                        bookkeeping.submit(self._complete, run, sender, prepared, sent)
                    )
                    return
                sender.complete(prepared, sent)
            except Cancelled:
                return
            except NewsdeskError as exc:
                self._problem(run, item, exc)
                return  # later items of this article wait behind the failed one
            self._done(run, item)

    def _complete(
        self, run: _SiteRun, sender: ItemSender, prepared: Prepared, sent: Sent | None
    ) -> None:
        try:
            sender.complete(prepared, sent)
        except NewsdeskError as exc:
            self._problem(run, prepared.item, exc)
        else:
            self._done(run, prepared.item)

    def _done(self, run: _SiteRun, item: OutboxItem) -> None:
        with run.lock:
            run.report.sent.append(item.article_id)
            run.done += 1
            if run.progress:
                run.progress(run.done, run.total)

    def _problem(self, run: _SiteRun, item: OutboxItem, exc: NewsdeskError) -> None:
        will_retry = isinstance(exc, SiteError) and (exc.retryable or isinstance(exc, AuthError))
        with run.lock:
            run.report.problems.append(
                SyncProblem(item.article_id, run.site.pk, str(exc), will_retry)
            )
            if will_retry:
                run.stopped = True
        try:
            if will_retry:
                self._store.note_outbox_error(item.id, str(exc))
            else:
                with self._store.transaction() as tx:
                    tx.mark_failed(item.id, str(exc))
                    self._undo_move(tx, item.article_id)
        except NotFoundError:
            pass  # the article was deleted meanwhile, its outbox with it: nothing to keep

    @staticmethod
    def _undo_move(store: Store, article_id: int) -> None:
        """The site refused a move: the article goes back to where it was, and the audit
        entries of the move are forgotten, so every desk tells the same story. One unit of
        work: never the old state with the move's record, nor the reverse."""
        with store.transaction() as tx:
            unsent = tx.unsent_audit(article_id)
            if not unsent:
                return
            article = tx.get_article(article_id)
            tx.save_article(article.edited(status=WorkflowStatus(unsent[0].from_status)))
            tx.drop_unsent_audit(article_id)

    # pull ---------------------------------------------------------------------------------

    def _pull(self, run: _SiteRun) -> None:
        site = run.site
        busy = {i.article_id for i in self._store.pending_outbox(site.pk)}
        busy |= {c.article_id for c in self._store.conflicts() if c.site_id == site.pk}
        busy |= set(run.report.sent)  # just written: the site answered with what it holds
        refs = [
            (article_id, ref)
            for article_id, ref in self._store.remote_refs(site.pk)
            if ref.remote_id is not None and article_id not in busy
        ]
        if not refs:
            return
        puller = ArticlePuller(self._store, site, self._connector(run), self._retrier(run.cancel))
        for article_id, ref in refs:
            if run.cancel():
                return
            try:
                if puller.pull(article_id, ref):
                    run.report.updated_from_site.append(article_id)
            except Cancelled:
                return
            except NewsdeskError as exc:
                retry = isinstance(exc, SiteError) and exc.retryable
                run.report.problems.append(SyncProblem(article_id, site.pk, str(exc), retry))
                if retry:
                    return
