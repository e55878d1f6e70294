"""A site the desk publishes to, as the newsroom sees it (no secrets here)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from newsdesk.core.checklist import Checklist


class SiteKind(StrEnum):
    WORDPRESS = "wordpress"  # the WordPress REST API
    METAWEBLOG = "metaweblog"  # MetaWeblog / XML-RPC (older portals, WordPress's xmlrpc.php)
    NUKEVIET = "nukeviet"  # NukeViet 4.5's api.php with the Newsdesk API actions


class DeskRole(StrEnum):
    """What a site's role means at the desk."""

    REPORTER = "reporter"
    EDITOR = "editor"
    NONE = "none"


EDITOR_ROLES = frozenset({"editor", "administrator"})
REPORTER_ROLES = frozenset({"contributor", "author"})


def desk_role(site_roles: tuple[str, ...]) -> DeskRole:
    """Map WordPress roles to the desk: contributor/author report, editor/administrator edit."""
    if EDITOR_ROLES.intersection(site_roles):
        return DeskRole.EDITOR
    if REPORTER_ROLES.intersection(site_roles):
        return DeskRole.REPORTER
    return DeskRole.NONE


@dataclass(frozen=True, slots=True)
class RemoteMedia:
    """A file in a site's media library: its id, and the address the site serves it at."""

    id: int
    url: str


@dataclass(frozen=True, slots=True)
class Term:
    """A category or tag on a site."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Site:
    """A configured site. The password lives in the OS keyring, keyed by :attr:`key`."""

    name: str
    url: str
    username: str
    kind: SiteKind = SiteKind.WORDPRESS
    display_name: str = ""
    roles: tuple[str, ...] = ()
    categories: tuple[Term, ...] = ()
    tags: tuple[Term, ...] = ()
    api_url: str = ""  # the XML-RPC endpoint; the REST API is found from ``url``
    blog_id: str = "1"
    checklist: Checklist = field(default_factory=Checklist)
    # The user's name in the site's own records where ``username`` is not it (NukeViet: the
    # admin's user name; ``username`` holds the API key).
    login: str = ""
    id: int | None = None

    @property
    def key(self) -> str:
        """The keyring account name for this site's password."""
        return f"{self.username}@{self.url}"

    @property
    def user_login(self) -> str:
        """The name the site's records (audit entries, notes) carry for this desk's user."""
        return self.login or self.username

    @property
    def desk_role(self) -> DeskRole:
        return desk_role(self.roles)

    @property
    def pk(self) -> int:
        """The database id; only stored sites have one."""
        if self.id is None:
            raise ValueError(f"{self!r} has not been stored yet")
        return self.id

    def edited(self, **changes: object) -> Site:
        return replace(self, **changes)  # type: ignore[arg-type]
