"""A returned article waits for the person it was returned to, and no one else."""

from __future__ import annotations

from newsdesk.core.article import WorkflowStatus
from newsdesk.core.audit import AuditEntry
from newsdesk.core.returns import desk_actions, returned_to_desk
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action

S = WorkflowStatus


def entry(action: str, user: str) -> AuditEntry:
    return AuditEntry("u", action, "", "", user, user, "2026-11-28T01:00:00Z", "sha")


RECORD = [entry("submit", "pv"), entry("return", "bientap")]


def test_the_person_who_submitted_it_revises_it() -> None:
    assert returned_to_desk(RECORD, DeskRole.REPORTER, "PV")
    assert not returned_to_desk(RECORD, DeskRole.EDITOR, "bientap")
    assert not returned_to_desk(RECORD, DeskRole.EDITOR, "bientap2")
    assert Action.SUBMIT in desk_actions(S.CHANGES_REQUESTED, DeskRole.REPORTER, "pv", RECORD)
    assert desk_actions(S.CHANGES_REQUESTED, DeskRole.EDITOR, "bientap", RECORD) == []


def test_without_a_record_of_the_submission_the_reporter_revises() -> None:
    assert returned_to_desk([], DeskRole.REPORTER, "pv")
    assert not returned_to_desk([], DeskRole.EDITOR, "bientap")


def test_other_states_keep_the_workflows_moves() -> None:
    assert Action.SUBMIT in desk_actions(S.DRAFT, DeskRole.EDITOR, "bientap", RECORD)
    assert Action.APPROVE in desk_actions(S.SUBMITTED, DeskRole.EDITOR, "bientap", RECORD)
