"""A small HTTP-aware TCP proxy that breaks connections on purpose, for sync tests.

It sits between the client and a web server on loopback. Every accepted connection carries
exactly one request: the proxy reads the whole request from the client (head plus
``Content-Length`` bytes of body; chunked uploads are not supported), forwards it on a fresh
upstream connection with ``Connection: close``, reads the whole reply and then, as the plan
says for that request, passes the reply on or breaks the exchange at one of the places a
real network breaks it:

- ``DROP_BEFORE_REQUEST``: the request never reaches the server; the client sees the
  connection closed without a reply.
- ``DROP_AFTER_REQUEST``: the server handles the request (a write happens), the client never
  hears the reply.
- ``DROP_MID_REPLY``: the client gets part of the reply (cut in the head or the body), then
  the connection is closed (FIN) or reset (RST).
- ``DELAY``: the proxy waits before forwarding. If the client has hung up meanwhile (its read
  timeout was shorter than the delay) the request is not forwarded at all, so a write never
  lands after the client has moved on; otherwise it goes through normally. A ``late`` delay
  forwards it all the same: the write lands after the client gave up on it.

A plan picks the action once the request has been read. :class:`RandomFaults` draws from
``random.Random(seed)`` once per request, so a client that sends one request at a time meets
the same faults on every run; :class:`TargetedFaults` faults the requests that match a pattern;
:class:`ScriptedFaults` takes actions in order.
"""

from __future__ import annotations

import contextlib
import random
import re
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 64 * 1024
_CHUNK = 64 * 1024


class Fault(StrEnum):
    PASS = "pass"
    DROP_BEFORE_REQUEST = "drop_before_request"
    DROP_AFTER_REQUEST = "drop_after_request"
    DROP_MID_REPLY = "drop_mid_reply"
    DELAY = "delay"


class CutIn(StrEnum):
    HEAD = "head"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Action:
    """What to do with one request.

    ``delay``: seconds to wait before forwarding (``DELAY``); with ``late`` the request is
    forwarded even if the client has hung up meanwhile (a request that reaches the server
    after the client gave up on it). ``cut_in``/``cut_fraction``: where ``DROP_MID_REPLY``
    stops sending (at least one byte is sent, never all of them). ``reset``: close with RST
    instead of FIN (``DROP_MID_REPLY``).
    """

    fault: Fault = Fault.PASS
    delay: float = 0.0
    late: bool = False
    cut_in: CutIn = CutIn.BODY
    cut_fraction: float = 0.5
    reset: bool = False

    def describe(self) -> str:
        if self.fault is Fault.DELAY:
            return f"delay {self.delay:.2f}s" + (" (forwarded however late)" if self.late else "")
        if self.fault is Fault.DROP_MID_REPLY:
            how = "RST" if self.reset else "FIN"
            return f"cut {self.cut_in} at {self.cut_fraction:.2f} ({how})"
        return str(self.fault)


PASS = Action()


class FaultPlan(Protocol):
    def action_for(self, request: str) -> Action:
        """The action for the next request read, given as "METHOD target"."""
        ...


class ScriptedFaults:
    """These actions for the first requests, in order; then every request passes."""

    def __init__(self, actions: Iterable[Action] = ()) -> None:
        self._actions = list(actions)
        self._lock = threading.Lock()

    def action_for(self, request: str) -> Action:
        with self._lock:
            return self._actions.pop(0) if self._actions else PASS


class TargetedFaults:
    """Each rule (a regular expression over "METHOD target", and an action) fires on the
    first request it matches and is then used up; every other request passes. Give a rule
    twice to fault two matching requests."""

    def __init__(self, rules: Iterable[tuple[str, Action]]) -> None:
        self._rules = [(re.compile(pattern), action) for pattern, action in rules]
        self._lock = threading.Lock()

    def action_for(self, request: str) -> Action:
        with self._lock:
            for i, (pattern, action) in enumerate(self._rules):
                if pattern.search(request):
                    del self._rules[i]
                    return action
        return PASS

    def unused(self) -> list[str]:
        """Patterns that have not fired yet."""
        with self._lock:
            return [pattern.pattern for pattern, _action in self._rules]


DEFAULT_WEIGHTS: Mapping[Fault, float] = {
    Fault.DROP_BEFORE_REQUEST: 1.0,
    Fault.DROP_AFTER_REQUEST: 1.5,
    Fault.DROP_MID_REPLY: 1.5,
    Fault.DELAY: 1.0,
}


class RandomFaults:
    """Each request is faulted with probability ``rate``; the kind is drawn by ``weights``.

    A ``DELAY`` is long (drawn from ``long_delay``, meant to exceed the client's read timeout)
    with probability ``long_delay_share``, else short (``short_delay``). The same number of
    random draws is made for every request, so a plan is reproducible from its seed (requests
    are not looked at: the n-th request read gets the n-th draw).
    """

    def __init__(
        self,
        seed: int,
        *,
        rate: float = 0.5,
        weights: Mapping[Fault, float] = DEFAULT_WEIGHTS,
        short_delay: tuple[float, float] = (0.05, 0.4),
        long_delay: tuple[float, float] = (2.0, 2.4),
        long_delay_share: float = 0.3,
        head_cut_share: float = 0.3,
        reset_share: float = 0.5,
    ) -> None:
        if Fault.PASS in weights or not weights or min(weights.values()) < 0:
            raise ValueError("weights: non-negative weights for fault kinds other than PASS")
        self._rng = random.Random(seed)  # noqa: S311 - reproducible, not secret
        self._lock = threading.Lock()
        self.rate = rate
        self._kinds = list(weights)
        self._weights = [weights[kind] for kind in self._kinds]
        self._short_delay = short_delay
        self._long_delay = long_delay
        self._long_delay_share = long_delay_share
        self._head_cut_share = head_cut_share
        self._reset_share = reset_share

    def action_for(self, request: str) -> Action:
        with self._lock:
            rng = self._rng
            faulted = rng.random() < self.rate
            kind = rng.choices(self._kinds, self._weights)[0]
            long = rng.random() < self._long_delay_share
            delay = rng.uniform(*(self._long_delay if long else self._short_delay))
            cut_in = CutIn.HEAD if rng.random() < self._head_cut_share else CutIn.BODY
            cut_fraction = rng.uniform(0.05, 0.95)
            reset = rng.random() < self._reset_share
        if not faulted:
            return PASS
        if kind is Fault.DELAY:
            return Action(Fault.DELAY, delay=round(delay, 3))
        if kind is Fault.DROP_MID_REPLY:
            return Action(
                Fault.DROP_MID_REPLY,
                cut_in=cut_in,
                cut_fraction=round(cut_fraction, 3),
                reset=reset,
            )
        return Action(kind)


@dataclass(slots=True)
class Event:
    """What happened to one connection (one request)."""

    index: int
    action: Action
    request: str = ""  # "METHOD target"
    forwarded: bool = False  # the server got the request
    upstream_status: int = 0
    reply_bytes: int = 0
    sent_bytes: int = 0
    note: str = ""

    def __str__(self) -> str:
        target = self.request if len(self.request) <= 110 else self.request[:107] + "..."
        parts = [f"#{self.index} {target or '(no request)'}: {self.action.describe()}"]
        if self.forwarded:
            parts.append(f"server {self.upstream_status}")
        else:
            parts.append("not forwarded")
        if self.action.fault is Fault.DROP_MID_REPLY and self.forwarded:
            parts.append(f"sent {self.sent_bytes}/{self.reply_bytes} bytes")
        if self.note:
            parts.append(self.note)
        return ", ".join(parts)


def format_events(events: Iterable[Event]) -> str:
    return "\n".join(str(event) for event in events)


class _BadRequest(Exception):
    pass


class FaultProxy:
    """Listens on 127.0.0.1 (a free port) and forwards to ``upstream_host:upstream_port``.

    Use as a context manager, or call :meth:`start` and :meth:`close`. :meth:`close` stops
    accepting, interrupts delays and open sockets, and joins every thread it started.
    """

    def __init__(
        self,
        upstream_host: str,
        upstream_port: int,
        plan: FaultPlan | None = None,
        *,
        upstream_timeout: float = 30.0,
        client_timeout: float = 30.0,
        describe: Callable[[bytes, bytes], str] | None = None,
    ) -> None:
        self._upstream = (upstream_host, upstream_port)
        # How a request is named for the plan and the log: "METHOD target" by default; an API
        # with one address for every call (api.php) may add the call's name from the body.
        self._describe = describe or (lambda head, _body: _request_line(head))
        self._plan: FaultPlan = plan or ScriptedFaults()
        self._upstream_timeout = upstream_timeout
        self._client_timeout = client_timeout
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._idle = threading.Condition(self._lock)
        self._events: list[Event] = []
        self._handlers: set[threading.Thread] = set()
        self._open: set[socket.socket] = set()
        self._next_index = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"faultproxy-{self.port}-accept", daemon=True
        )

    # lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._acceptor.start()
        return self

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self, timeout: float = 5.0) -> None:
        """Stop and join every thread; raises RuntimeError if one does not finish in time."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes a blocked accept() on Linux
        with contextlib.suppress(OSError):
            self._listener.close()
        if self._acceptor.is_alive():
            self._acceptor.join(timeout)
        with self._lock:
            for sock in list(self._open):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            handlers = list(self._handlers)
        for thread in handlers:
            thread.join(timeout)
        alive = [t.name for t in [self._acceptor, *handlers] if t.is_alive()]
        if alive:
            raise RuntimeError(f"fault proxy threads did not stop: {alive}")

    def threads(self) -> list[threading.Thread]:
        """The proxy's threads still running."""
        with self._lock:
            running = [t for t in self._handlers if t.is_alive()]
        return [self._acceptor, *running] if self._acceptor.is_alive() else running

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until no connection is being handled; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._handlers, timeout)

    # plan and record ---------------------------------------------------------------------

    def set_plan(self, plan: FaultPlan) -> None:
        """Use ``plan`` for requests read from now on."""
        with self._lock:
            self._plan = plan

    def events(self) -> list[Event]:
        with self._lock:
            return list(self._events)

    def counts(self) -> Counter[Fault]:
        """How many requests got each fault (PASS included)."""
        with self._lock:
            return Counter(event.action.fault for event in self._events)

    def log(self) -> str:
        return format_events(self.events())

    # work --------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                if self._stopping.is_set():
                    client.close()
                    return
                event = Event(self._next_index, PASS)
                self._next_index += 1
                self._events.append(event)
                thread = threading.Thread(
                    target=self._handle,
                    args=(client, event),
                    name=f"faultproxy-{self.port}-conn{event.index}",
                    daemon=True,
                )
                self._handlers.add(thread)
                self._open.add(client)
            thread.start()

    def _handle(self, client: socket.socket, event: Event) -> None:
        opened: list[socket.socket] = []
        try:
            client.settimeout(self._client_timeout)
            head, body = _read_request(client)
            event.request = self._describe(head, body)
            with self._lock:
                plan = self._plan
            event.action = plan.action_for(event.request)
            self._exchange(client, event, head, body, opened)
        except _BadRequest as exc:
            event.note = f"bad request: {exc}"
        except OSError as exc:
            event.note = f"{type(exc).__name__}: {exc}"
        finally:
            with self._lock:
                self._open.difference_update([client, *opened])
            for sock in [*opened, client]:
                sock.close()
            with self._idle:
                self._handlers.discard(threading.current_thread())
                self._idle.notify_all()

    def _exchange(
        self,
        client: socket.socket,
        event: Event,
        head: bytes,
        body: bytes,
        opened: list[socket.socket],
    ) -> None:
        """Carry out the event's action; sockets it opens go into ``opened``."""
        action = event.action
        if action.fault is Fault.DROP_BEFORE_REQUEST:
            return
        if action.fault is Fault.DELAY:
            if self._stopping.wait(action.delay):
                event.note = "proxy closed during the delay"
                return
            if not action.late and _hung_up(client, self._client_timeout):
                event.note = "client hung up during the delay"
                return
        upstream = socket.create_connection(self._upstream, timeout=self._upstream_timeout)
        opened.append(upstream)
        with self._lock:
            if self._stopping.is_set():
                event.note = "proxy closed before forwarding"
                return
            self._open.add(upstream)
        upstream.sendall(_with_connection_close(head) + body)
        event.forwarded = True
        reply = _read_reply(upstream)
        event.reply_bytes = len(reply)
        event.upstream_status = _status_code(reply)
        if action.fault is Fault.DROP_AFTER_REQUEST:
            return
        if action.fault is Fault.DROP_MID_REPLY:
            cut = _cut_offset(reply, action)
            client.sendall(reply[:cut])
            event.sent_bytes = cut
            if action.reset:
                # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        client.sendall(reply)
        event.sent_bytes = len(reply)


# HTTP framing, just enough for one request and one reply --------------------------------


def _recv_until_head_end(sock: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while _HEAD_END not in data:
        if len(data) > _MAX_HEAD:
            raise _BadRequest("head too long")
        chunk = sock.recv(_CHUNK)
        if not chunk:
            raise _BadRequest("connection closed before the end of the head")
        data += chunk
    end = data.index(_HEAD_END) + len(_HEAD_END)
    return data[:end], data[end:]


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    pairs = (line.split(":", 1) for line in lines if ":" in line)
    return {name.strip().lower(): value.strip() for name, value in pairs}


def _content_length(headers: Mapping[str, str]) -> int | None:
    value = headers.get("content-length")
    if value is None:
        return None
    if not value.isdigit():
        raise _BadRequest(f"bad Content-Length {value!r}")
    return int(value)


def _read_request(sock: socket.socket) -> tuple[bytes, bytes]:
    head, body = _recv_until_head_end(sock)
    headers = _headers(head)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise _BadRequest("chunked request bodies are not supported")
    length = _content_length(headers) or 0
    while len(body) < length:
        chunk = sock.recv(_CHUNK)
        if not chunk:
            raise _BadRequest(f"body ended after {len(body)} of {length} bytes")
        body += chunk
    return head, body[:length]


def _read_reply(sock: socket.socket) -> bytes:
    """The whole reply: until the server closes, or Content-Length bytes after the head."""
    data = b""
    expected: int | None = None
    while expected is None or len(data) < expected:
        chunk = sock.recv(_CHUNK)
        if not chunk:
            break
        data += chunk
        if expected is None and _HEAD_END in data:
            end = data.index(_HEAD_END) + len(_HEAD_END)
            length = _content_length(_headers(data[:end]))
            if length is not None:
                expected = end + length
    return data


def _request_line(head: bytes) -> str:
    line = head.split(b"\r\n", 1)[0].decode("latin-1")
    method, _, rest = line.partition(" ")
    target = rest.rsplit(" ", 1)[0]
    return f"{method} {target}"


def _status_code(reply: bytes) -> int:
    parts = reply.split(b"\r\n", 1)[0].split(b" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _with_connection_close(head: bytes) -> bytes:
    """The head with any Connection header replaced by ``Connection: close``, so the server
    closes after its reply and one connection carries exactly one exchange."""
    lines = head[: -len(_HEAD_END)].split(b"\r\n")
    kept = [lines[0]] + [line for line in lines[1:] if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*kept, b"Connection: close"]) + _HEAD_END


def _cut_offset(reply: bytes, action: Action) -> int:
    """Where to stop sending: inside the head or the body, never 0 and never the whole."""
    end = reply.find(_HEAD_END)
    head_len = len(reply) if end < 0 else end + len(_HEAD_END)
    if action.cut_in is CutIn.HEAD or head_len >= len(reply):
        start, stop = 0, head_len
    else:
        start, stop = head_len, len(reply)
    offset = start + int((stop - start) * action.cut_fraction)
    return max(1, min(offset, len(reply) - 1))


def _hung_up(sock: socket.socket, timeout: float) -> bool:
    """Whether the peer has closed its side (nothing more will come, nothing will be read)."""
    sock.settimeout(0.0)
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.settimeout(timeout)
