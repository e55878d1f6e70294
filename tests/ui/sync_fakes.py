"""Stand-ins for the sync engine, and a site and articles in the window's store."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from newsdesk.core.article import new_article
from newsdesk.core.outbox import OutboxItem
from newsdesk.core.site import Site, Term
from newsdesk.sync.engine import Progress
from newsdesk.sync.report import SyncReport


class FakeEngine:
    """Answers like SyncEngine.run, without a network.

    With ``hold`` it reports ``progress(1, total)`` once ``step`` is set, then waits for
    ``release`` or for its cancel flag. It notes what was waiting in the outbox when it ran.
    """

    def __init__(self, store, *, hold: bool = False, total: int = 4) -> None:
        self.store = store
        self.hold = hold
        self.total = total
        self.runs = 0
        self.step = threading.Event()
        self.release = threading.Event()
        self.saw_cancel = threading.Event()
        self.pending_seen: list[list[OutboxItem]] = []
        self.report = SyncReport()

    def run(
        self,
        site_id: int | None = None,
        *,
        cancel: Callable[[], bool] = lambda: False,
        progress: Progress | None = None,
    ) -> SyncReport:
        self.runs += 1
        self.pending_seen.append(self.store.pending_outbox())
        if not self.hold:
            return self.report
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if cancel():
                self.saw_cancel.set()
                return SyncReport(cancelled=True)
            if self.step.is_set() and progress is not None:
                progress(1, self.total)
                progress = None
            if self.release.is_set():
                return self.report
            time.sleep(0.005)
        raise TimeoutError("the test never let the sync finish")


def use_fake_engine(window, **options) -> FakeEngine:
    engine = FakeEngine(window.ctx.store, **options)
    window.ctx.desk.engine = engine
    return engine


def add_site(window, name: str = "portal", roles: tuple[str, ...] = ("author",)) -> Site:
    site = window.ctx.store.add_site(
        Site(
            name=name,
            url=f"https://{name}.example.invalid",
            username="pv",
            roles=roles,
            categories=(Term(1, "Tin tức"), Term(2, "Thời sự")),
        )
    )
    window.reload_sites()
    return site


def open_article(window, **fields) -> int:
    article = window.ctx.store.create_article(new_article(**fields))
    window.reload_list()
    assert window.article_list.select(article.id)
    return article.id
