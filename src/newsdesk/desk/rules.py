"""The desk's rules for a move, in one place: who may start it, what it needs first (the
site's checklist, a note, a publication time far enough ahead). The window, the command line
and :mod:`newsdesk.desk.moves` all ask here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from newsdesk.core.article import Article, WorkflowStatus
from newsdesk.core.audit import AuditEntry
from newsdesk.core.checklist import ChecklistError
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.returns import desk_actions, last_of, returned_to_desk
from newsdesk.core.site import DeskRole, Site
from newsdesk.core.workflow import ACTION_NAMES, SCHEDULE_LEAD, Action, transition
from newsdesk.sites.errors import PermissionDenied
from newsdesk.sync.validation import check_ready_to_send

CHECKED_ACTIONS = frozenset({Action.APPROVE, Action.SCHEDULE, Action.PUBLISH})
# A submitted article sent again carries the reporter's new edits; no new move is made.
UNDER_REVIEW = frozenset({WorkflowStatus.SUBMITTED})


def offered(
    action: Action, status: WorkflowStatus, site: Site | None, allowed: list[Action]
) -> bool:
    """Whether the desk offers ``action`` on an article in ``status`` whose moves on its site
    are ``allowed``. Submit stays offered without a site, so the person learns why not.

    A reporter submits an article under review again to send their new edits. An editor is not
    offered that: it is no submission of theirs, and their edits are saved here and go to the
    site with their next move (return, approve, schedule, publish)."""
    if action is Action.SUBMIT:
        if site is None:
            return True
        if status in UNDER_REVIEW:
            return site.desk_role is not DeskRole.EDITOR
        return action in allowed
    return action in allowed


def check_role(site: Site, action: Action) -> None:
    """:class:`PermissionDenied`, naming the role, when the user's role on ``site`` may not
    start ``action`` at all."""
    if action is Action.SUBMIT:
        if site.desk_role is DeskRole.NONE:
            raise PermissionDenied(
                Message("Your account on “{site}” may not write articles.", site=site.name),
                Message("Ask the site administrator to make you a contributor or author."),
            )
        return
    if site.desk_role is not DeskRole.EDITOR:
        roles = ", ".join(site.roles) or Message("none")
        raise PermissionDenied(
            Message(
                "Only editors can {action} articles on “{site}”; your role there is {roles}.",
                action=ACTION_NAMES[action],
                site=site.name,
                roles=roles,
            ),
            Message("Submit the article for review instead; an editor will take it from there."),
        )


def desk_moves(site: Site, article: Article, entries: Sequence[AuditEntry]) -> list[Action]:
    """The moves this desk may make on ``article`` (whose audit record is ``entries``): the
    workflow's for the user's role on ``site``, and a returned article only by the desk it was
    returned to."""
    return desk_actions(article.status, site.desk_role, site.user_login, entries)


def check_turn(site: Site, article: Article, action: Action, entries: Sequence[AuditEntry]) -> None:
    """:class:`PermissionDenied` when ``action`` is the workflow's for this role but not this
    desk's turn: a returned article waits for the person it was returned to."""
    if action is not Action.SUBMIT or article.status is not WorkflowStatus.CHANGES_REQUESTED:
        return
    if returned_to_desk(entries, site.desk_role, site.user_login):
        return
    submitted = last_of(entries, Action.SUBMIT)
    person = (submitted.user_name or submitted.user) if submitted else Message("the reporter")
    raise PermissionDenied(
        Message(
            "“{title}” was returned to {person} to revise; only their desk can submit it again.",
            title=article.title,
            person=person,
        ),
        Message("Leave it to them: once they resubmit it, it comes back for review."),
    )


def missing_for(site: Site, article: Article, action: Action) -> list[Message]:
    """What the site's checklist still asks of ``article`` before ``action``."""
    return list(site.checklist.missing(article)) if action in CHECKED_ACTIONS else []


def schedule_too_soon(at: datetime | None, now: datetime | None = None) -> bool:
    """Whether ``at`` is missing, without a time zone, or less than the lead time away."""
    now = now or datetime.now(UTC)
    return at is None or at.tzinfo is None or at < now + SCHEDULE_LEAD


def check_move(
    site: Site,
    article: Article,
    action: Action,
    *,
    entries: Sequence[AuditEntry],
    note: str = "",
    at: datetime | None = None,
) -> WorkflowStatus:
    """The state ``action`` takes ``article`` (whose audit record is ``entries``) to; the
    error saying what is missing first."""
    check_ready_to_send(article)
    target = transition(article.status, action, site.desk_role)
    check_turn(site, article, action, entries)
    missing = missing_for(site, article, action)
    if missing:
        raise ChecklistError(missing)
    if action is Action.RETURN and not note.strip():
        raise ValidationError(
            Message("Returning an article needs a note saying what to change."),
            Message("Write the note for the reporter, then return the article."),
        )
    if action is Action.SCHEDULE and schedule_too_soon(at):
        raise ValidationError(
            Message("The publication time is missing or already past."),
            Message("Choose a time at least two minutes from now (Vietnam time)."),
        )
    return target
