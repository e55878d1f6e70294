"""Whose move a returned article waits for.

An editor returns an article to the person who submitted it; only that person's desk is asked
to revise and resubmit it. Every other desk (the editor who returned it, other editors) sees
that it went back, and cannot send it on in the reporter's place.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.core.article import WorkflowStatus
from newsdesk.core.audit import AuditEntry, same_user
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action, allowed_actions


def last_of(entries: Sequence[AuditEntry], action: Action) -> AuditEntry | None:
    """The newest record of ``action``."""
    found = [e for e in entries if e.action == action.value]
    return found[-1] if found else None


def returned_to_desk(entries: Sequence[AuditEntry], role: DeskRole, username: str) -> bool:
    """Whether a returned article waits for this desk (``username`` on a site where the user's
    role is ``role``): it went back to whoever last submitted it. Without a record of the
    submission, a reporter's desk is the one that revises."""
    submitted = last_of(entries, Action.SUBMIT)
    if submitted is None:
        return role is DeskRole.REPORTER
    return same_user(submitted.user, username)


def desk_actions(
    status: WorkflowStatus, role: DeskRole, username: str, entries: Sequence[AuditEntry]
) -> list[Action]:
    """The moves this desk may make: the workflow's for its role, except that a returned
    article is resubmitted only by the person it was returned to."""
    actions = allowed_actions(status, role)
    if status is WorkflowStatus.CHANGES_REQUESTED and not returned_to_desk(entries, role, username):
        actions = [a for a in actions if a is not Action.SUBMIT]
    return actions
