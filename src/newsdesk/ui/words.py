"""The window's words for the domain's values (statuses, sync states, site roles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.core.article import SyncState, WorkflowStatus
from newsdesk.core.site import DeskRole


def status_word(status: WorkflowStatus) -> str:
    words = {
        WorkflowStatus.DRAFT: QCoreApplication.translate("Words", "Draft"),
        WorkflowStatus.SUBMITTED: QCoreApplication.translate("Words", "Submitted"),
        WorkflowStatus.PUBLISHED: QCoreApplication.translate("Words", "Published"),
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
