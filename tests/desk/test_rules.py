"""The desk's rules at their boundaries: who may start which move, what a move needs first,
and the lead time of a schedule to the second."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.core import Byline, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.core.audit import AuditEntry
from newsdesk.core.checklist import Checklist, ChecklistError
from newsdesk.core.errors import ValidationError
from newsdesk.core.workflow import SCHEDULE_LEAD, Action, WorkflowError
from newsdesk.desk.rules import (
    check_move,
    check_role,
    check_turn,
    desk_moves,
    missing_for,
    offered,
    schedule_too_soon,
)
from newsdesk.sites.errors import PermissionDenied

EDITOR = Site("portal", "https://example.org", "bientap", roles=("editor",))
REPORTER = Site("cong", "https://example.net", "pv", display_name="Thủy Phương", roles=("author",))
NOBODY = Site("khach", "https://example.com", "khach", roles=("subscriber",))
NO_ROLE = Site("trong", "https://example.com", "trong", roles=())
NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def _article(status: WorkflowStatus, **fields: object) -> Article:
    values: dict[str, object] = {
        "title": "Hội nghị tổng kết công tác Mặt trận năm 2020",
        "sapo": "Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết.",
        "body": "Hội nghị đánh giá kết quả công tác năm 2020.",
        "category": "Tin tức",
        "bylines": (Byline("Thủy Phương"),),
        "status": status,
    }
    values.update(fields)
    return new_article(**values)  # type: ignore[arg-type]


def _entry(action: Action, user: str, name: str = "") -> AuditEntry:
    return AuditEntry(
        article_uuid="u",
        action=action.value,
        from_status="",
        to_status="",
        user=user,
        user_name=name,
        at="2026-12-07T01:00:00Z",
        content_sha="sha",
    )


def test_submit_is_offered_without_a_site_and_again_only_to_a_reporter() -> None:
    submitted, draft = WorkflowStatus.SUBMITTED, WorkflowStatus.DRAFT
    assert offered(Action.SUBMIT, draft, None, [])
    assert offered(Action.SUBMIT, submitted, None, [])
    assert offered(Action.SUBMIT, submitted, REPORTER, [])
    assert not offered(Action.SUBMIT, submitted, EDITOR, [Action.SUBMIT])
    assert offered(Action.SUBMIT, draft, EDITOR, [Action.SUBMIT])
    assert not offered(Action.SUBMIT, draft, REPORTER, [])
    assert offered(Action.APPROVE, submitted, EDITOR, [Action.APPROVE])
    assert not offered(Action.APPROVE, submitted, EDITOR, [Action.RETURN])
    assert not offered(Action.APPROVE, submitted, None, [])


def test_who_may_start_which_move() -> None:
    for site in (EDITOR, REPORTER):
        check_role(site, Action.SUBMIT)
    check_role(EDITOR, Action.APPROVE)
    for site in (NOBODY, NO_ROLE):
        with pytest.raises(PermissionDenied) as refused:
            check_role(site, Action.SUBMIT)
        assert refused.value.cause == f"Your account on “{site.name}” may not write articles."
        assert refused.value.action == (
            "Ask the site administrator to make you a contributor or author."
        )
    with pytest.raises(PermissionDenied) as refused:
        check_role(REPORTER, Action.PUBLISH)
    assert refused.value.cause == (
        "Only editors can publish articles on “cong”; your role there is author."
    )
    assert refused.value.action.startswith("Submit the article for review instead")
    both = Site("cong", "https://example.net", "pv", roles=("author", "contributor"))
    with pytest.raises(PermissionDenied) as refused:
        check_role(both, Action.APPROVE)
    assert refused.value.cause.endswith("your role there is author, contributor.")
    with pytest.raises(PermissionDenied) as refused:
        check_role(NO_ROLE, Action.RETURN)
    assert refused.value.cause.endswith("your role there is none.")
    with pytest.raises(PermissionDenied):
        check_role(NOBODY, Action.APPROVE)


def test_a_returned_article_waits_for_the_desk_it_went_back_to() -> None:
    returned = _article(WorkflowStatus.CHANGES_REQUESTED)
    entries = [_entry(Action.SUBMIT, "pv", "Thủy Phương"), _entry(Action.RETURN, "bientap")]
    check_turn(REPORTER, returned, Action.SUBMIT, entries)
    assert Action.SUBMIT in desk_moves(REPORTER, returned, entries)
    assert Action.SUBMIT not in desk_moves(EDITOR, returned, entries)
    with pytest.raises(PermissionDenied) as refused:
        check_turn(EDITOR, returned, Action.SUBMIT, entries)
    assert refused.value.cause == (
        "“Hội nghị tổng kết công tác Mặt trận năm 2020” was returned to Thủy Phương to revise;"
        " only their desk can submit it again."
    )
    assert refused.value.action.startswith("Leave it to them")
    # Named by login when the record has no name, and as "the reporter" without a record.
    with pytest.raises(PermissionDenied, match="returned to pv to revise"):
        check_turn(EDITOR, returned, Action.SUBMIT, [_entry(Action.SUBMIT, "pv")])
    with pytest.raises(PermissionDenied, match="returned to the reporter to revise"):
        check_turn(EDITOR, returned, Action.SUBMIT, [])
    check_turn(REPORTER, returned, Action.SUBMIT, [])
    # Other moves, and a submit of an article not returned, are no question of turn.
    check_turn(EDITOR, returned, Action.RETURN, entries)
    check_turn(EDITOR, _article(WorkflowStatus.DRAFT), Action.SUBMIT, entries)


def test_the_checklist_is_asked_before_approve_schedule_and_publish_only() -> None:
    bare = _article(WorkflowStatus.SUBMITTED, category="")
    for action in (Action.APPROVE, Action.SCHEDULE, Action.PUBLISH):
        assert missing_for(EDITOR, bare, action) == ["Choose a category."]
    for action in (Action.SUBMIT, Action.RETURN):
        assert missing_for(EDITOR, bare, action) == []
    lax = Site("portal", "https://example.org", "bientap", roles=("editor",))
    object.__setattr__(lax, "checklist", Checklist(require_category=False))
    assert missing_for(lax, bare, Action.APPROVE) == []
    with pytest.raises(ChecklistError, match="Choose a category"):
        check_move(EDITOR, bare, Action.APPROVE, entries=[])


def test_the_schedule_lead_time_to_the_second() -> None:
    assert not schedule_too_soon(NOW + SCHEDULE_LEAD, NOW)
    assert schedule_too_soon(NOW + SCHEDULE_LEAD - timedelta(seconds=1), NOW)
    assert not schedule_too_soon(NOW + SCHEDULE_LEAD + timedelta(seconds=1), NOW)
    assert schedule_too_soon(None, NOW)
    naive = (NOW + timedelta(days=1)).replace(tzinfo=None)
    assert schedule_too_soon(naive, NOW)
    # Without ``now``, the clock's.
    assert schedule_too_soon(datetime.now(UTC) + SCHEDULE_LEAD - timedelta(seconds=5))
    assert not schedule_too_soon(datetime.now(UTC) + SCHEDULE_LEAD + timedelta(seconds=60))


def test_a_move_needs_what_it_needs_and_says_where_it_goes() -> None:
    submitted = _article(WorkflowStatus.SUBMITTED)
    approved = _article(WorkflowStatus.APPROVED)
    assert check_move(EDITOR, submitted, Action.APPROVE, entries=[]) is WorkflowStatus.APPROVED
    for note in ("", "  \n "):
        with pytest.raises(ValidationError) as refused:
            check_move(EDITOR, submitted, Action.RETURN, entries=[], note=note)
        assert refused.value.cause == "Returning an article needs a note saying what to change."
        assert refused.value.action.startswith("Write the note for the reporter")
    with pytest.raises(ValidationError, match="needs a note"):
        check_move(EDITOR, submitted, Action.RETURN, entries=[])  # no note given at all
    returned = check_move(EDITOR, submitted, Action.RETURN, entries=[], note="Thêm số liệu.")
    assert returned is WorkflowStatus.CHANGES_REQUESTED
    later = datetime.now(UTC) + SCHEDULE_LEAD + timedelta(minutes=5)
    assert check_move(EDITOR, approved, Action.SCHEDULE, entries=[], at=later) is (
        WorkflowStatus.SCHEDULED
    )
    for at in (None, datetime.now(UTC)):
        with pytest.raises(ValidationError) as refused:
            check_move(EDITOR, approved, Action.SCHEDULE, entries=[], at=at)
        assert refused.value.cause == "The publication time is missing or already past."
        assert refused.value.action == (
            "Choose a time at least two minutes from now (Vietnam time)."
        )
    # A publish needs no time.
    assert check_move(EDITOR, approved, Action.PUBLISH, entries=[]) is WorkflowStatus.PUBLISHED
    with pytest.raises(ValidationError, match="no title"):
        check_move(
            EDITOR, _article(WorkflowStatus.SUBMITTED, title=" "), Action.APPROVE, entries=[]
        )
    with pytest.raises(WorkflowError):
        check_move(REPORTER, submitted, Action.APPROVE, entries=[])
    with pytest.raises(PermissionDenied):
        check_move(
            EDITOR,
            _article(WorkflowStatus.CHANGES_REQUESTED),
            Action.SUBMIT,
            entries=[_entry(Action.SUBMIT, "pv")],
        )
