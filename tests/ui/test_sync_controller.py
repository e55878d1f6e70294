from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

from newsdesk.sites.errors import Unreachable
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.ui.sync_controller import SyncController
from newsdesk.ui.tasks import TaskRunner


@dataclass
class FakeStore:
    sites: list[str] = field(default_factory=lambda: ["portal"])

    def list_sites(self) -> list[str]:
        return self.sites


class FakeDesk:
    """Answers like Desk.sync; ``gate`` holds a run until the test lets it finish."""

    def __init__(self, report: SyncReport | None = None, error: Exception | None = None):
        self.store = FakeStore()
        self.report = report or SyncReport()
        self.error = error
        self.runs = 0
        self.threads: list[str] = []
        self.cancels: list = []
        self.gate = threading.Event()
        self.gate.set()

    def sync(self, site_name=None, *, cancel=None, progress=None) -> SyncReport:
        self.runs += 1
        self.threads.append(threading.current_thread().name)
        self.cancels.append(cancel)
        if progress is not None:
            progress(0, 2)
        self.gate.wait(5)
        if self.error:
            raise self.error
        return self.report


def make(desk: FakeDesk, *, offline: bool = False) -> SyncController:
    return SyncController(desk, TaskRunner(), interval_seconds=60, offline=offline)  # type: ignore[arg-type]


def test_sync_runs_in_the_pool_and_reports(qtbot, english):
    report = SyncReport(
        sent=[1, 2],
        problems=[
            SyncProblem(3, 1, "The site is not answering.", will_retry=True),
            SyncProblem(4, 1, "The category does not exist.", will_retry=False),
        ],
    )
    desk = FakeDesk(report)
    controller = make(desk)
    assert controller.scheduled
    with qtbot.waitSignal(controller.finished) as finished:
        assert controller.sync()
    assert finished.args[0] is report
    assert desk.threads[0] != threading.main_thread().name
    text = controller.describe(report)
    assert "2 sent" in text
    assert "1 waiting for the site" in text
    assert "1 failed" in text
    report.notices.append("The portal renamed the category.")
    assert controller.describe(report).endswith("The portal renamed the category.")


def test_offline_means_no_sync_and_no_timer(qtbot):
    desk = FakeDesk()
    controller = make(desk, offline=True)
    assert not controller.scheduled
    assert not controller.sync()
    assert desk.runs == 0
    with qtbot.waitSignal(controller.finished):
        controller.set_offline(False)  # what waited goes out at once
    assert controller.scheduled
    assert desk.runs == 1
    controller.set_offline(True)
    assert not controller.scheduled
    assert not controller.sync()
    assert desk.runs == 1


def test_a_failure_says_whether_a_person_asked(qtbot):
    desk = FakeDesk(error=Unreachable("No answer from the site.", "Check the connection."))
    controller = make(desk)
    with qtbot.waitSignal(controller.failed) as failed:
        controller.sync(manual=True)
    error, manual = failed.args
    assert error.cause == "No answer from the site."
    assert manual is True
    assert not controller.running


def test_the_timer_stays_quiet_without_sites_but_a_person_may_still_ask(qtbot):
    desk = FakeDesk()
    desk.store.sites = []
    controller = make(desk)
    assert not controller.sync(manual=False)
    with qtbot.waitSignal(controller.finished):
        assert controller.sync(manual=True)


def test_a_request_during_a_run_starts_one_more_run_after_it(qtbot):
    desk = FakeDesk()
    desk.gate.clear()
    controller = make(desk)
    controller.sync()
    assert controller.running
    controller.sync()  # queued, not parallel
    assert desk.runs <= 1
    desk.gate.set()
    qtbot.waitUntil(lambda: desk.runs == 2 and not controller.running)


def test_stop_ends_syncing(qtbot):
    desk = FakeDesk()
    controller = make(desk)
    controller.stop()
    assert not controller.scheduled
    assert not controller.sync()


def test_cancel_sets_the_running_syncs_flag_only(qtbot):
    desk = FakeDesk()
    desk.gate.clear()
    controller = make(desk)
    started: list[None] = []
    controller.started.connect(lambda: started.append(None))
    controller.cancel()  # nothing running: nothing to stop, nothing remembered
    controller.sync()
    qtbot.waitUntil(lambda: desk.runs == 1)
    first = desk.cancels[0]
    assert first() is False
    controller.sync()  # asked for again while running ...
    controller.cancel()  # ... but a cancel also drops that
    assert first() is True
    assert controller.cancelling
    with qtbot.waitSignal(controller.finished):
        desk.gate.set()
    assert not controller.cancelling
    # A run asked for during a run is started before ``finished`` returns to the event
    # loop; none started, so the cancel dropped it.
    assert not controller.running
    assert len(started) == 1
    assert desk.runs == 1
    with qtbot.waitSignal(controller.finished):
        controller.sync()
    assert desk.cancels[1]() is False  # a fresh flag for the next run


def test_progress_comes_to_the_gui_thread(qtbot):
    desk = FakeDesk()
    controller = make(desk)
    seen: list[tuple[int, int, str]] = []
    controller.progressed.connect(
        lambda done, total: seen.append((done, total, threading.current_thread().name))
    )
    with qtbot.waitSignal(controller.finished):
        controller.sync()
    assert seen == [(0, 2, threading.main_thread().name)]


def test_the_status_bar_counts_failures_as_the_list_shows_them_at_vietnam_time(qtbot, english):
    report = SyncReport(
        problems=[
            SyncProblem(4, 1, "The category does not exist.", will_retry=False),
            SyncProblem(4, 1, "The article's photos were refused.", will_retry=False),
            SyncProblem(5, 1, "The site is not answering.", will_retry=True),
        ],
    )
    controller = SyncController(
        FakeDesk(report),  # type: ignore[arg-type]
        TaskRunner(),
        interval_seconds=60,
        offline=False,
        clock=lambda: datetime(2026, 12, 8, 17, 5, tzinfo=UTC),
    )
    assert controller.describe(report) == (
        "Synced at 00:05: 0 sent, 0 updated from the site, 1 waiting for the site, "
        "1 failed (see the list)"
    )
