"""Where a request goes, as far as trust is concerned: the origin (scheme, host and port).

A password or an article goes only to the origin the person typed or explicitly confirmed.
Two addresses on one host but on different ports are different origins: another program may
listen there. The one move allowed without asking is up from ``http`` to ``https`` on the same
host (the default ports of the two schemes count as the same place).
"""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import ip_address
from urllib.parse import urlsplit

from newsdesk.core.messages import Message

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Origin:
    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        try:
            port = parts.port
        except ValueError:  # a port that is not a number: no origin matches it
            port = -1
        return cls(scheme, (parts.hostname or "").lower(), port or _DEFAULT_PORTS.get(scheme, 0))

    def __str__(self) -> str:
        default = _DEFAULT_PORTS.get(self.scheme)
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + ("" if self.port == default else f":{self.port}")

    @property
    def encrypted(self) -> bool:
        return self.scheme == "https"

    def is_upgrade_to(self, other: Origin) -> bool:
        """``other`` is this same host reached over HTTPS instead of plain HTTP."""
        return (
            self.scheme == "http"
            and other.scheme == "https"
            and self.host == other.host
            and (self.port, other.port) in ((80, 443), (other.port, other.port))
        )

    def is_downgrade_to(self, other: Origin) -> bool:
        return self.encrypted and not other.encrypted


def same_origin(first: str, second: str) -> bool:
    return Origin.of(first) == Origin.of(second)


def host_of(url: str) -> str:
    """The host and port a person recognises in an address: ``example.org:8080``."""
    origin = Origin.of(url)
    return str(origin).split("://", 1)[1] if origin.host else url


def is_loopback(url: str) -> bool:
    host = Origin.of(url).host
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def is_plain_http(url: str) -> bool:
    """Whatever is sent to ``url`` (the password included) travels unencrypted."""
    return Origin.of(url).scheme == "http"


def plain_http_warning(url: str) -> Message | None:
    """What to tell a person about a site at ``url`` reached without encryption, if it is."""
    if not is_plain_http(url):
        return None
    if is_loopback(url):
        return Message(
            "The site {url} is not encrypted (http://). It is on this computer, so the "
            "password does not cross the network; use https:// for any other site.",
            url=str(Origin.of(url)),
        )
    return Message(
        "The site {url} is not encrypted (http://): your password and unpublished articles "
        "can be read by anyone on the network between you and the site. Use its https:// "
        "address if it has one.",
        url=str(Origin.of(url)),
    )
