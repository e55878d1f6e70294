"""The desk's workflow: which role may move an article from which state to which.

One table, :data:`TRANSITIONS`, is the whole rule book; the UI, the command line and the
sync engine ask it, and a test walks every cell of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from newsdesk.core.article import WorkflowStatus as S
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.site import DeskRole

REPORTER, EDITOR = DeskRole.REPORTER, DeskRole.EDITOR

# How far ahead a publication time must be, when it is chosen and again when it is sent:
# WordPress publishes at once a post due within a minute, and the move may wait a little in
# the outbox before it goes. The one lead time of the desk, the dialog and the sync.
SCHEDULE_LEAD = timedelta(minutes=2)


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
    Action.SUBMIT: Message("submit"),
    Action.RETURN: Message("return to the reporter"),
    Action.APPROVE: Message("approve"),
    Action.SCHEDULE: Message("schedule"),
    Action.PUBLISH: Message("publish"),
    Action.UNPUBLISH: Message("unpublish"),
    Action.CORRECT: Message("publish a correction of"),
}

# A move as a thing that happened ("the approval was refused").
MOVE_NAMES = {
    Action.SUBMIT: Message("the submission"),
    Action.RETURN: Message("returning it to the reporter"),
    Action.APPROVE: Message("the approval"),
    Action.SCHEDULE: Message("scheduling it"),
    Action.PUBLISH: Message("publishing it"),
    Action.UNPUBLISH: Message("unpublishing it"),
    Action.CORRECT: Message("the correction"),
}

# What an article is, as the words after "an article that is".
_STATE_PHRASES = {
    S.DRAFT: Message("a draft"),
    S.SUBMITTED: Message("submitted for review"),
    S.CHANGES_REQUESTED: Message("returned for changes"),
    S.APPROVED: Message("approved"),
    S.SCHEDULED: Message("scheduled"),
    S.PUBLISHED: Message("published"),
    S.CORRECTED: Message("corrected"),
    S.UNPUBLISHED: Message("unpublished"),
}

_ROLE_NAMES = {
    DeskRole.REPORTER: Message("reporter"),
    DeskRole.EDITOR: Message("editor"),
    DeskRole.NONE: Message("none"),
}


def allowed_actions(status: S, role: DeskRole) -> list[Action]:
    return [t.action for t in TRANSITIONS if t.source is status and role in t.roles]


def transition(status: S, action: Action, role: DeskRole) -> S:
    """The state after ``action``; :class:`WorkflowError` saying why when it is not allowed."""
    found = _BY_KEY.get((action, status))
    if found is None:
        raise WorkflowError(
            _not_allowed_from(action, _STATE_PHRASES[status]),
            Message("Refresh the article: someone may have moved it on."),
        )
    if role not in found.roles:
        raise WorkflowError(
            Message(
                "Only editors may {action} an article; your role on the site is {role}.",
                action=ACTION_NAMES[action],
                role=_ROLE_NAMES[role],
            ),
            Message("Ask an editor to do it."),
        )
    return found.target


def _not_allowed_from(action: Action, state: Message) -> Message:
    """One sentence per move: a translation may need to word each differently."""
    sentences = {
        Action.SUBMIT: Message("An article that is {state} cannot be submitted.", state=state),
        Action.RETURN: Message("An article that is {state} cannot be returned.", state=state),
        Action.APPROVE: Message("An article that is {state} cannot be approved.", state=state),
        Action.SCHEDULE: Message("An article that is {state} cannot be scheduled.", state=state),
        Action.PUBLISH: Message("An article that is {state} cannot be published.", state=state),
        Action.UNPUBLISH: Message("An article that is {state} cannot be unpublished.", state=state),
        Action.CORRECT: Message("An article that is {state} cannot be corrected.", state=state),
    }
    return sentences[action]


class WorkflowError(ValidationError):
    """A move the workflow does not allow."""
