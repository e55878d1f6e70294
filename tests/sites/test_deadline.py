"""The overall deadline of a request: one watchdog thread cuts what runs past its time."""

from __future__ import annotations

import socket
import threading
import time

from newsdesk.sites.deadline import Deadline


def _wait_until(condition, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.005)
    return condition()


def test_a_request_past_its_deadline_has_its_socket_cut() -> None:
    ours, theirs = socket.socketpair()
    try:
        with Deadline(0.05) as deadline:
            deadline.watch(ours)
            ours.settimeout(5)
            assert ours.recv(1) == b""  # the read ends when the watchdog shuts the socket
            assert deadline.expired
    finally:
        ours.close()
        theirs.close()


def test_a_finished_request_is_never_cut_even_when_its_time_comes_later() -> None:
    ours, theirs = socket.socketpair()
    try:
        with Deadline(0.02) as finished:
            finished.watch(ours)
        with Deadline(0.06) as running:
            assert _wait_until(lambda: running.expired)
        # The watchdog handles deadlines in the order they fall due: the finished one first.
        assert not finished.expired
        theirs.sendall(b"x")
        ours.settimeout(5)
        assert ours.recv(1) == b"x"
    finally:
        ours.close()
        theirs.close()


def test_many_requests_share_one_watchdog_thread() -> None:
    with Deadline(30):
        pass
    before = threading.active_count()
    for _ in range(50):
        with Deadline(30):
            pass
    assert threading.active_count() == before
