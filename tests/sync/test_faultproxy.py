"""The fault-injection proxy itself, against a tiny local HTTP server."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.sync.faultproxy import (
    PASS,
    Action,
    CutIn,
    Fault,
    FaultProxy,
    RandomFaults,
    ScriptedFaults,
    TargetedFaults,
)

DROP_BEFORE = Action(Fault.DROP_BEFORE_REQUEST)

BIG = bytes(range(256)) * 80  # 20 KB, several TCP segments


@dataclass
class Received:
    method: str
    path: str
    body: bytes
    connection: str


@dataclass
class Upstream:
    port: int
    received: list[Received] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.0: one request per connection, like PHP's built-in server."""

    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _record(self, body: bytes = b"") -> None:
        self.server.upstream.received.append(
            Received(self.command, self.path, body, self.headers.get("Connection", ""))
        )

    def do_GET(self) -> None:
        self._record()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if self.path == "/big":
            self.send_header("Content-Length", str(len(BIG)))
        self.end_headers()  # /unframed: the body ends when the connection closes
        self.wfile.write(BIG)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self._record(body)
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    upstream: Upstream


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.upstream = Upstream(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.upstream
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def proxy(upstream: Upstream) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", upstream.port) as running:
        yield running
    assert running.threads() == []


def _raw_exchange(port: int, path: str) -> tuple[bytes, BaseException | None]:
    """Send a GET by hand; everything received until EOF, and the error that ended it."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
        data = b""
        try:
            while chunk := sock.recv(4096):
                data += chunk
        except OSError as exc:
            return data, exc
    return data, None


def test_pass_forwards_a_large_request_and_the_reply(upstream: Upstream, proxy: FaultProxy) -> None:
    payload = BIG * 15  # 300 KB: arrives in many pieces

    response = requests.post(f"{proxy.url}/echo", data=payload, timeout=5)

    assert response.status_code == 201
    assert response.content == payload
    assert [(r.method, r.path, r.body) for r in upstream.received] == [("POST", "/echo", payload)]
    assert upstream.received[0].connection == "close"
    proxy.wait_idle()
    [event] = proxy.events()
    assert (event.action, event.request, event.forwarded) == (PASS, "POST /echo", True)
    assert event.upstream_status == 201
    assert event.sent_bytes == event.reply_bytes > len(payload)


def test_drop_before_request_never_reaches_the_server(
    upstream: Upstream, proxy: FaultProxy
) -> None:
    proxy.set_plan(ScriptedFaults([Action(Fault.DROP_BEFORE_REQUEST)]))

    with pytest.raises(requests.ConnectionError):
        requests.post(f"{proxy.url}/echo", data=b"hello", timeout=5)

    proxy.wait_idle()
    assert upstream.received == []
    [event] = proxy.events()
    assert event.request == "POST /echo"
    assert not event.forwarded
    # The plan is used up: the next connection passes.
    assert requests.post(f"{proxy.url}/echo", data=b"again", timeout=5).content == b"again"


def test_drop_after_request_lets_the_server_act_but_the_client_hears_nothing(
    upstream: Upstream, proxy: FaultProxy
) -> None:
    proxy.set_plan(ScriptedFaults([Action(Fault.DROP_AFTER_REQUEST)]))

    with pytest.raises(requests.ConnectionError):
        requests.post(f"{proxy.url}/echo", data=b"written", timeout=5)

    proxy.wait_idle()
    assert [(r.method, r.body) for r in upstream.received] == [("POST", b"written")]
    [event] = proxy.events()
    assert event.forwarded
    assert event.upstream_status == 201
    assert event.sent_bytes == 0


def _full_reply(proxy: FaultProxy, path: str) -> bytes:
    proxy.set_plan(ScriptedFaults())
    data, error = _raw_exchange(proxy.port, path)
    assert error is None
    return data


@pytest.mark.parametrize("path", ["/big", "/unframed"])
@pytest.mark.parametrize("cut_in", list(CutIn))
def test_drop_mid_reply_sends_a_prefix_then_closes(
    proxy: FaultProxy, path: str, cut_in: CutIn
) -> None:
    full = _full_reply(proxy, path)
    head_len = full.index(b"\r\n\r\n") + 4
    proxy.set_plan(ScriptedFaults([Action(Fault.DROP_MID_REPLY, cut_in=cut_in, cut_fraction=0.5)]))

    data, error = _raw_exchange(proxy.port, path)

    assert error is None  # a plain close: the client just sees the end of the stream
    assert 0 < len(data) < len(full)
    assert full.startswith(data)
    if cut_in is CutIn.HEAD:
        assert len(data) < head_len
    else:
        assert head_len < len(data) < len(full) - 1000
    proxy.wait_idle()
    assert proxy.events()[-1].sent_bytes == len(data)


def test_drop_mid_reply_with_reset_gives_the_client_an_error(proxy: FaultProxy) -> None:
    full = _full_reply(proxy, "/unframed")
    proxy.set_plan(ScriptedFaults([Action(Fault.DROP_MID_REPLY, cut_fraction=0.3, reset=True)]))

    data, error = _raw_exchange(proxy.port, "/unframed")

    assert isinstance(error, ConnectionResetError)
    assert full.startswith(data)
    assert len(data) < len(full)


def test_a_framed_reply_cut_short_is_an_error_for_requests(proxy: FaultProxy) -> None:
    proxy.set_plan(ScriptedFaults([Action(Fault.DROP_MID_REPLY, cut_fraction=0.5)]))

    with pytest.raises(requests.RequestException):
        requests.get(f"{proxy.url}/big", timeout=5)


def test_short_delay_only_slows_the_exchange(upstream: Upstream, proxy: FaultProxy) -> None:
    proxy.set_plan(ScriptedFaults([Action(Fault.DELAY, delay=0.3)]))

    started = time.monotonic()
    response = requests.get(f"{proxy.url}/big", timeout=(1, 2))

    assert time.monotonic() - started >= 0.3
    assert response.content == BIG
    assert len(upstream.received) == 1


def test_delay_longer_than_the_client_waits_is_not_forwarded(
    upstream: Upstream, proxy: FaultProxy
) -> None:
    proxy.set_plan(ScriptedFaults([Action(Fault.DELAY, delay=0.8)]))

    with pytest.raises(requests.Timeout):
        requests.post(f"{proxy.url}/echo", data=b"late", timeout=(1, 0.3))

    assert proxy.wait_idle(5)
    assert upstream.received == []
    [event] = proxy.events()
    assert not event.forwarded
    assert "hung up" in event.note


def test_a_late_delay_forwards_after_the_client_gave_up(
    upstream: Upstream, proxy: FaultProxy
) -> None:
    proxy.set_plan(ScriptedFaults([Action(Fault.DELAY, delay=0.6, late=True)]))

    with pytest.raises(requests.Timeout):
        requests.post(f"{proxy.url}/echo", data=b"late", timeout=(1, 0.2))
    assert upstream.received == []

    assert proxy.wait_idle(5)
    assert [r.body for r in upstream.received] == [b"late"]
    assert proxy.events()[0].forwarded


def test_close_interrupts_a_delay_and_joins_every_thread(upstream: Upstream) -> None:
    proxy = FaultProxy("127.0.0.1", upstream.port, ScriptedFaults([Action(Fault.DELAY, 30.0)]))
    proxy.start()
    client = socket.create_connection(("127.0.0.1", proxy.port))
    client.sendall(b"GET /big HTTP/1.1\r\nHost: test\r\n\r\n")
    deadline = time.monotonic() + 5
    while not proxy.events() or not proxy.events()[0].request:
        assert time.monotonic() < deadline
        time.sleep(0.01)

    started = time.monotonic()
    proxy.close()

    assert time.monotonic() - started < 2
    assert proxy.threads() == []
    assert not [t for t in threading.enumerate() if t.name.startswith(f"faultproxy-{proxy.port}")]
    assert upstream.received == []
    assert client.recv(10) == b""
    client.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", proxy.port), timeout=1)


def test_counts_follow_the_plan(proxy: FaultProxy) -> None:
    proxy.set_plan(
        ScriptedFaults(
            [Action(Fault.DROP_BEFORE_REQUEST), PASS, Action(Fault.DROP_AFTER_REQUEST), PASS]
        )
    )
    for _ in range(5):
        with contextlib.suppress(requests.ConnectionError):
            requests.get(f"{proxy.url}/big", timeout=5)
    proxy.wait_idle()

    assert proxy.counts() == Counter(
        {Fault.PASS: 3, Fault.DROP_BEFORE_REQUEST: 1, Fault.DROP_AFTER_REQUEST: 1}
    )
    assert [e.index for e in proxy.events()] == list(range(5))
    assert "#0 GET /big: drop_before_request, not forwarded" in proxy.log()


def _draw(plan: RandomFaults, n: int) -> list[Action]:
    return [plan.action_for("GET /") for _ in range(n)]


def test_random_faults_are_reproducible_from_the_seed() -> None:
    assert _draw(RandomFaults(7), 300) == _draw(RandomFaults(7), 300)
    assert _draw(RandomFaults(7), 300) != _draw(RandomFaults(8), 300)


def test_random_faults_rate_and_variety() -> None:
    assert set(_draw(RandomFaults(1, rate=0.0), 200)) == {PASS}

    every = _draw(RandomFaults(1, rate=1.0), 2000)
    assert PASS not in every
    assert {a.fault for a in every} == set(Fault) - {Fault.PASS}
    delays = [a.delay for a in every if a.fault is Fault.DELAY]
    assert min(delays) < 0.5
    assert max(delays) >= 2.0
    cuts = [a for a in every if a.fault is Fault.DROP_MID_REPLY]
    assert {(a.cut_in, a.reset) for a in cuts} == {
        (cut_in, reset) for cut_in in CutIn for reset in (False, True)
    }

    half = _draw(RandomFaults(1, rate=0.5), 2000)
    assert 850 < sum(a is not PASS for a in half) < 1150


def test_targeted_faults_hit_the_matching_requests_once_each(
    upstream: Upstream, proxy: FaultProxy
) -> None:
    plan = TargetedFaults(
        [(r"^POST /echo$", Action(Fault.DROP_AFTER_REQUEST)), (r"^GET /big", DROP_BEFORE)]
    )
    proxy.set_plan(plan)

    assert requests.get(f"{proxy.url}/unframed", timeout=5).content == BIG
    with pytest.raises(requests.ConnectionError):
        requests.post(f"{proxy.url}/echo", data=b"one", timeout=5)
    assert requests.post(f"{proxy.url}/echo", data=b"two", timeout=5).content == b"two"
    assert plan.unused() == [r"^GET /big"]
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{proxy.url}/big", timeout=5)
    assert requests.get(f"{proxy.url}/big", timeout=5).content == BIG

    proxy.wait_idle()
    assert plan.unused() == []
    assert [r.body for r in upstream.received if r.method == "POST"] == [b"one", b"two"]
    assert [e.action.fault for e in proxy.events()] == [
        Fault.PASS,
        Fault.DROP_AFTER_REQUEST,
        Fault.PASS,
        Fault.DROP_BEFORE_REQUEST,
        Fault.PASS,
    ]
