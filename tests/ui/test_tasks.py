from __future__ import annotations

import threading

from newsdesk.core.errors import NewsdeskError
from newsdesk.ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot):
    runner = TaskRunner()
    results: list[tuple[str, str]] = []

    def work() -> str:
        return threading.current_thread().name

    runner.run(work, lambda name: results.append((name, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(results))
    worker, receiver = results[0]
    assert worker != threading.main_thread().name
    assert receiver == threading.main_thread().name
    assert not runner.busy


def test_errors_go_to_on_error_or_else_to_the_failed_signal(qtbot):
    runner = TaskRunner()
    caught: list[BaseException] = []

    def fail() -> None:
        raise NewsdeskError("The site did not answer.", "Try again later.")

    runner.run(fail, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], NewsdeskError)

    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(fail)
    assert blocker.args[0].action == "Try again later."


def test_a_callback_that_raises_reaches_the_failed_signal(qtbot):
    runner = TaskRunner()

    def broken(_result: object) -> None:
        raise ValueError("bug in a callback")

    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(lambda: 1, broken)
    assert isinstance(blocker.args[0], ValueError)


def test_writes_run_one_at_a_time_in_the_order_they_were_started(qtbot):
    runner = TaskRunner()
    started: list[int] = []
    running = threading.Semaphore(1)  # a second write running at once could not take it
    overlaps: list[int] = []
    first_may_end = threading.Event()
    done: list[int] = []

    def write(number: int) -> int:
        if not running.acquire(blocking=False):
            overlaps.append(number)
            return number
        try:
            started.append(number)
            if number == 0:
                first_may_end.wait(5)
            return number
        finally:
            running.release()

    for number in range(4):
        runner.write(lambda n=number: write(n), done.append)
    qtbot.waitUntil(lambda: started == [0])
    first_may_end.set()
    qtbot.waitUntil(lambda: len(done) == 4)
    assert started == [0, 1, 2, 3]
    assert done == [0, 1, 2, 3]
    assert overlaps == []
