"""The desk's workflow: which role may move an article from which state to which.

One table, :data:`TRANSITIONS`, is the whole rule book; the UI, the command line and the
sync engine ask it, and a test walks every cell of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdesk.core.article import WorkflowStatus as S
from newsdesk.core.errors import ValidationError
from newsdesk.core.site import DeskRole

REPORTER, EDITOR = DeskRole.REPORTER, DeskRole.EDITOR


class Action(StrEnum):
    SUBMIT = "submit"
    RETURN = "return"  # send back to the reporter with a note
    APPROVE = "approve"
    SCHEDULE = "schedule"
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"
    CORRECT = "correct"  # publish a corrected version of a published article


@dataclass(frozen=True, slots=True)
class Transition:
    action: Action
    source: S
    target: S
    roles: frozenset[DeskRole]


def _t(action: Action, source: S, target: S, *roles: DeskRole) -> Transition:
    return Transition(action, source, target, frozenset(roles))


TRANSITIONS: tuple[Transition, ...] = (
    _t(Action.SUBMIT, S.DRAFT, S.SUBMITTED, REPORTER, EDITOR),
    _t(Action.SUBMIT, S.CHANGES_REQUESTED, S.SUBMITTED, REPORTER, EDITOR),
    _t(Action.SUBMIT, S.UNPUBLISHED, S.SUBMITTED, REPORTER, EDITOR),
    _t(Action.RETURN, S.SUBMITTED, S.CHANGES_REQUESTED, EDITOR),
    _t(Action.RETURN, S.APPROVED, S.CHANGES_REQUESTED, EDITOR),
    _t(Action.RETURN, S.SCHEDULED, S.CHANGES_REQUESTED, EDITOR),
    _t(Action.APPROVE, S.SUBMITTED, S.APPROVED, EDITOR),
    _t(Action.SCHEDULE, S.SUBMITTED, S.SCHEDULED, EDITOR),
    _t(Action.SCHEDULE, S.APPROVED, S.SCHEDULED, EDITOR),
    _t(Action.SCHEDULE, S.SCHEDULED, S.SCHEDULED, EDITOR),
    _t(Action.PUBLISH, S.DRAFT, S.PUBLISHED, EDITOR),
    _t(Action.PUBLISH, S.SUBMITTED, S.PUBLISHED, EDITOR),
    _t(Action.PUBLISH, S.APPROVED, S.PUBLISHED, EDITOR),
    _t(Action.PUBLISH, S.SCHEDULED, S.PUBLISHED, EDITOR),
    _t(Action.PUBLISH, S.UNPUBLISHED, S.PUBLISHED, EDITOR),
    _t(Action.UNPUBLISH, S.PUBLISHED, S.UNPUBLISHED, EDITOR),
    _t(Action.UNPUBLISH, S.CORRECTED, S.UNPUBLISHED, EDITOR),
    _t(Action.CORRECT, S.PUBLISHED, S.CORRECTED, EDITOR),
    _t(Action.CORRECT, S.CORRECTED, S.CORRECTED, EDITOR),
)

_BY_KEY = {(t.action, t.source): t for t in TRANSITIONS}

ACTION_NAMES = {
    Action.SUBMIT: "submit",
    Action.RETURN: "return to the reporter",
    Action.APPROVE: "approve",
    Action.SCHEDULE: "schedule",
    Action.PUBLISH: "publish",
    Action.UNPUBLISH: "unpublish",
    Action.CORRECT: "publish a correction of",
}


def allowed_actions(status: S, role: DeskRole) -> list[Action]:
    return [t.action for t in TRANSITIONS if t.source is status and role in t.roles]


def transition(status: S, action: Action, role: DeskRole) -> S:
    """The state after ``action``; :class:`WorkflowError` saying why when it is not allowed."""
    found = _BY_KEY.get((action, status))
    if found is None:
        raise WorkflowError(
            f"An article that is {status.value.replace('_', ' ')} cannot be {_past(action)}.",
            "Refresh the article: someone may have moved it on.",
        )
    if role not in found.roles:
        raise WorkflowError(
            f"Only editors may {ACTION_NAMES[action]} an article; your role on the site is "
            f"{role.value}.",
            "Ask an editor to do it.",
        )
    return found.target


def _past(action: Action) -> str:
    return {
        Action.SUBMIT: "submitted",
        Action.RETURN: "returned",
        Action.APPROVE: "approved",
        Action.SCHEDULE: "scheduled",
        Action.PUBLISH: "published",
        Action.UNPUBLISH: "unpublished",
        Action.CORRECT: "corrected",
    }[action]


class WorkflowError(ValidationError):
    """A move the workflow does not allow."""
