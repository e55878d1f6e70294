"""The sync engine: outbox to sites, sites back to the store."""

from __future__ import annotations

from newsdesk.sync.engine import SyncEngine
from newsdesk.sync.errors import DecisionNeeded
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.sync.retry import RetryPolicy
from newsdesk.sync.validation import check_ready_to_send

__all__ = [
    "DecisionNeeded",
    "RetryPolicy",
    "SyncEngine",
    "SyncProblem",
    "SyncReport",
    "check_ready_to_send",
]
