"""The application layer: every use case a person starts, once, with its rules once. Each
operation is one unit of work on the store and returns what it changed (:class:`Changes`);
the window and the command line call the same operations."""

from __future__ import annotations

from newsdesk.core.changes import NOTHING, Changes
from newsdesk.desk.desk import Desk, SiteAccess

__all__ = ["NOTHING", "Changes", "Desk", "SiteAccess"]
