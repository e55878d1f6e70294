"""The window's words for the domain's values (statuses, sync states, site roles, workflow
moves, what the checklist misses)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from newsdesk.core.article import SyncState, WorkflowStatus
from newsdesk.core.audit import ChainBreak
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action


def status_word(status: WorkflowStatus) -> str:
    words = {
        WorkflowStatus.DRAFT: QCoreApplication.translate("Words", "Draft"),
        WorkflowStatus.SUBMITTED: QCoreApplication.translate("Words", "Submitted"),
        WorkflowStatus.CHANGES_REQUESTED: QCoreApplication.translate("Words", "Changes requested"),
        WorkflowStatus.APPROVED: QCoreApplication.translate("Words", "Approved"),
        WorkflowStatus.SCHEDULED: QCoreApplication.translate("Words", "Scheduled"),
        WorkflowStatus.PUBLISHED: QCoreApplication.translate("Words", "Published"),
        WorkflowStatus.CORRECTED: QCoreApplication.translate("Words", "Corrected"),
        WorkflowStatus.UNPUBLISHED: QCoreApplication.translate("Words", "Unpublished"),
    }
    return words[status]


def sync_word(state: SyncState) -> str:
    words = {
        SyncState.LOCAL: QCoreApplication.translate("Words", "Local only"),
        SyncState.QUEUED: QCoreApplication.translate("Words", "Queued"),
        SyncState.SENT: QCoreApplication.translate("Words", "Sent"),
        SyncState.FAILED: QCoreApplication.translate("Words", "Failed"),
    }
    return words[state]


def desk_role_word(role: DeskRole) -> str:
    words = {
        DeskRole.EDITOR: QCoreApplication.translate("Words", "editor (can publish)"),
        DeskRole.REPORTER: QCoreApplication.translate("Words", "reporter (submits for review)"),
        DeskRole.NONE: QCoreApplication.translate("Words", "no writing rights"),
    }
    return words[role]


def field_word(name: str) -> str:
    """An article field's name, as a heading over its versions."""
    words = {
        "title": QCoreApplication.translate("Words", "Title"),
        "sapo": QCoreApplication.translate("Words", "Sapo"),
        "body": QCoreApplication.translate("Words", "Body"),
        "category": QCoreApplication.translate("Words", "Category"),
        "slug": QCoreApplication.translate("Words", "Slug"),
        "source": QCoreApplication.translate("Words", "Source"),
        "publish_at": QCoreApplication.translate("Words", "Publish time"),
        "bylines": QCoreApplication.translate("Words", "Bylines"),
        "featured_image": QCoreApplication.translate("Words", "Featured image"),
        "tags": QCoreApplication.translate("Words", "Tags"),
    }
    return words.get(name, name)


def action_word(action: str) -> str:
    """A workflow move as the audit record names it ("submit" → "Submitted for review")."""
    words = {
        Action.SUBMIT: QCoreApplication.translate("Words", "Submitted for review"),
        Action.RETURN: QCoreApplication.translate("Words", "Returned to the reporter"),
        Action.APPROVE: QCoreApplication.translate("Words", "Approved"),
        Action.SCHEDULE: QCoreApplication.translate("Words", "Scheduled"),
        Action.PUBLISH: QCoreApplication.translate("Words", "Published"),
        Action.UNPUBLISH: QCoreApplication.translate("Words", "Unpublished"),
        Action.CORRECT: QCoreApplication.translate("Words", "Correction published"),
    }
    try:
        return words[Action(action)]
    except ValueError:
        return action


def status_value_word(value: str) -> str:
    """A status as stored in a record (a plain string); unknown values stay as they are."""
    try:
        return status_word(WorkflowStatus(value))
    except ValueError:
        return value


def chain_break_word(broken: ChainBreak) -> str:
    """Where and how the audit record stopped holding together."""
    reasons = {
        "does not follow the entry before it": QCoreApplication.translate(
            "Words", "Entry {n} does not follow the entry before it: an entry was removed or moved."
        ),
        "was changed after it was recorded": QCoreApplication.translate(
            "Words", "Entry {n} was changed after it was recorded."
        ),
    }
    text = reasons.get(broken.reason)
    if text is None:
        return QCoreApplication.translate("Words", "Entry {n} {reason}.").format(
            n=broken.position, reason=broken.reason
        )
    return text.format(n=broken.position)


# What the checklist says is missing, as core words it, and the window's words for it.
_CHECKLIST_FIXED = {
    "Choose a category.": QT_TRANSLATE_NOOP("Checklist", "Choose a category."),
    "Add a featured photo.": QT_TRANSLATE_NOOP("Checklist", "Add a featured photo."),
    "Write a caption for the featured photo.": QT_TRANSLATE_NOOP(
        "Checklist", "Write a caption for the featured photo."
    ),
    "Credit the featured photo (who took it).": QT_TRANSLATE_NOOP(
        "Checklist", "Credit the featured photo (who took it)."
    ),
    "Write a sapo (the lead).": QT_TRANSLATE_NOOP("Checklist", "Write a sapo (the lead)."),
    "Add a byline.": QT_TRANSLATE_NOOP("Checklist", "Add a byline."),
}
_CHECKLIST_COUNTED = (
    (
        re.compile(r"Shorten the sapo to (\d+) words \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP("Checklist", "Shorten the sapo to {limit} words (now {now})."),
    ),
    (
        re.compile(r"Shorten the title to (\d+) words \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP("Checklist", "Shorten the title to {limit} words (now {now})."),
    ),
)


def checklist_item_word(item: str) -> str:
    """One thing the checklist says is missing, in the window's language."""
    if item in _CHECKLIST_FIXED:
        return QCoreApplication.translate("Checklist", str(_CHECKLIST_FIXED[item]))
    for pattern, text in _CHECKLIST_COUNTED:
        found = pattern.fullmatch(item)
        if found:
            limit, now = found.groups()
            return QCoreApplication.translate("Checklist", str(text)).format(limit=limit, now=now)
    return item
