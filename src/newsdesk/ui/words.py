"""The window's words for the domain's values (statuses, sync states, site roles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.core.article import SyncState, WorkflowStatus
from newsdesk.core.site import DeskRole


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
