"""Work waiting to go to a site. Persisted by the store, drained by the sync engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class OutboxAction(StrEnum):
    """What to do on the site; the names match :class:`newsdesk.core.workflow.Action`."""

    SUBMIT = "submit"  # create or update the post as pending review
    RETURN = "return"
    APPROVE = "approve"
    SCHEDULE = "schedule"
    PUBLISH = "publish"  # an editor makes the post public
    UNPUBLISH = "unpublish"
    CORRECT = "correct"
    NOTE = "note"  # only notes to send; the article itself is unchanged


class OutboxState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"  # needs a person: wrong password, refused by the site ...


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    article_id: int
    site_id: int
    action: OutboxAction
    state: OutboxState
    created_at: datetime
    attempts: int = 0
    last_error: str = ""
