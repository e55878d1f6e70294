"""The local database: articles, revisions, sites, remote refs, the outbox, full-text search.

The only package that opens the database. It hands out core values (and
:class:`ArticleSummary` for lists); its tables stay inside.
"""

from __future__ import annotations

from newsdesk.store.photos import PhotoFolder, file_sha256
from newsdesk.store.store import Store
from newsdesk.store.summaries import CHANGED_SINCE_SENT, ArticleSummary
from newsdesk.store.sync_records import SendStart

__all__ = [
    "CHANGED_SINCE_SENT",
    "ArticleSummary",
    "PhotoFolder",
    "SendStart",
    "Store",
    "file_sha256",
]
