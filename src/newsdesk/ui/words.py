"""The window's words for the domain's values (statuses, sync states, site roles, workflow
moves) and for the sentences the layers below write (errors, notices, checklist items)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.core.article import SyncState, WorkflowStatus
from newsdesk.core.audit import ChainBreak
from newsdesk.core.messages import in_language
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
            n=broken.position, reason=message_word(broken.reason)
        )
    return text.format(n=broken.position)


def message_word(text: str) -> str:
    """A sentence from the desk or a site (a Message, or one read back from the database) in
    the window's language. Other text, and what the site itself said, stays as it is."""
    return in_language(text, _translate_message)


def _translate_message(template: str) -> str:
    return QCoreApplication.translate("Messages", template)
