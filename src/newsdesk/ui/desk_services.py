"""What the window's command objects act through, handed to each of them at once."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.store import Store
from newsdesk.ui.article_session import ArticleSession
from newsdesk.ui.errors import ErrorReporter
from newsdesk.ui.operations import Operations
from newsdesk.ui.sync_controller import SyncController
from newsdesk.ui.workflow import Workflow


@dataclass(frozen=True, slots=True)
class DeskServices:
    store: Store
    session: ArticleSession
    workflow: Workflow
    sync: SyncController
    errors: ErrorReporter
    operations: Operations
