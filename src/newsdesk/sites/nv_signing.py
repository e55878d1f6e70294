"""Signing NukeViet ``api.php`` requests, by the site's own clock.

``api.php`` accepts a request whose ``timestamp`` is within 5 seconds of the server's clock and
whose ``hashsecret`` passes PHP's ``password_verify(secret . '_' . timestamp)``. A desktop's
clock is often further off than that, so the site's clock is measured from its answers (the
HTTP ``Date`` header, and the ``time`` the Newsdesk API's whoami reports) and every timestamp
is corrected by it.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
from datetime import UTC, datetime

import bcrypt

# bcrypt's cost 4 (its lowest) takes about a millisecond; the secret and the timestamp travel
# together and the hash is good for 10 seconds, so a higher cost buys nothing.
BCRYPT_COST = 4
BCRYPT_MAX_BYTES = 72  # bcrypt reads no further (PHP's password_verify neither)
# api.php's refusal shows both times in the site's time zone, to the second:
# "Incorrect API time: 08:00:00 07/12/2026, Server time: 08:10:02 07/12/2026".
_REFUSAL = re.compile(
    r"API time:\s*(?P<ours>\d\d:\d\d:\d\d \d\d/\d\d/\d{4}).*?"
    r"Server time:\s*(?P<theirs>\d\d:\d\d:\d\d \d\d/\d\d/\d{4})",
    re.DOTALL,
)
_REFUSAL_FORMAT = "%H:%M:%S %d/%m/%Y"


def local_time() -> float:
    """This computer's clock (Unix seconds); the one place the connector reads it."""
    return time.time()


class ApiCredential:
    """A NukeViet API key and secret. The secret shows in no repr, log or message."""

    __slots__ = ("_secret", "key")

    def __init__(self, key: str, secret: str) -> None:
        self.key = key
        self._secret = secret

    def __repr__(self) -> str:
        return f"ApiCredential(key={self.key!r}, secret=<hidden>)"

    def hashsecret(self, timestamp: int) -> str:
        """What ``api.php`` checks: a bcrypt hash of ``secret_timestamp``."""
        text = f"{self._secret}_{timestamp}".encode()[:BCRYPT_MAX_BYTES]
        return bcrypt.hashpw(text, bcrypt.gensalt(BCRYPT_COST)).decode("ascii")

    def signed_fields(self, timestamp: int) -> dict[str, str]:
        """The authentication fields of one request."""
        return {
            "apikey": self.key,
            "timestamp": str(timestamp),
            "hashsecret": self.hashsecret(timestamp),
        }


_SITE_CLOCKS: dict[str, ServerClock] = {}
_SITE_CLOCKS_LOCK = threading.Lock()


class ServerClock:
    """The site's clock as this computer's plus a measured offset.

    The site's ``Date`` header has whole seconds and is written while the request is served:
    the site's time is taken as the middle of that second at the middle of the exchange.
    """

    def __init__(self) -> None:
        self._offset = 0.0
        self._measured = False
        self._lock = threading.Lock()

    @classmethod
    def of_site(cls, site_url: str) -> ServerClock:
        """The one clock of the site at ``site_url`` in this process: a connector made for
        another worker starts with what the first one measured."""
        with _SITE_CLOCKS_LOCK:
            return _SITE_CLOCKS.setdefault(site_url, cls())

    @property
    def offset(self) -> float:
        """Seconds the site's clock is ahead of this computer's."""
        return self._offset

    @property
    def measured(self) -> bool:
        return self._measured

    @staticmethod
    def local() -> float:
        """This computer's clock, as the clock reads it (:func:`local_time`)."""
        return local_time()

    def timestamp(self) -> int:
        """Now, by the site's clock, as ``api.php`` wants it."""
        return round(local_time() + self._offset)

    def observe(self, server_time: float, sent: float, received: float) -> None:
        """The site said it was ``server_time`` during an exchange that this computer's clock
        saw from ``sent`` to ``received``."""
        with self._lock:
            self._offset = server_time - (sent + received) / 2
            self._measured = True

    def observe_date(self, date_header: str, sent: float, received: float) -> bool:
        """:meth:`observe` from an HTTP ``Date`` header; False when there is none to read."""
        try:
            when = email.utils.parsedate_to_datetime(date_header)
        except (TypeError, ValueError, IndexError):
            return False
        if when.tzinfo is None:
            return False
        self.observe(when.timestamp() + 0.5, sent, received)
        return True

    def observe_refusal(self, message: str) -> bool:
        """Correct the clock by the two times of ``api.php``'s refusal (code 0020), for a site
        that sends no ``Date``; False when the message does not carry them."""
        found = _REFUSAL.search(message)
        if found is None:
            return False
        try:
            # Both in the site's zone, whichever it is: only their difference counts.
            ours = datetime.strptime(found["ours"], _REFUSAL_FORMAT).replace(tzinfo=UTC)
            theirs = datetime.strptime(found["theirs"], _REFUSAL_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            return False
        with self._lock:
            self._offset += (theirs - ours).total_seconds()
            self._measured = True
        return True
