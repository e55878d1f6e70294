"""Every cell of the transition table: each action from each state for each role."""

from __future__ import annotations

import itertools

import pytest

from newsdesk.core.article import WorkflowStatus as S
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action, WorkflowError, allowed_actions, transition

R, E, N = DeskRole.REPORTER, DeskRole.EDITOR, DeskRole.NONE

# (action, from) -> (to, roles allowed). Written out by hand from the desk's rules, not derived
# from the code, so that a change to either shows up here.
EXPECTED = {
    (Action.SUBMIT, S.DRAFT): (S.SUBMITTED, {R, E}),
    (Action.SUBMIT, S.CHANGES_REQUESTED): (S.SUBMITTED, {R, E}),
    (Action.SUBMIT, S.UNPUBLISHED): (S.SUBMITTED, {R, E}),
    (Action.RETURN, S.SUBMITTED): (S.CHANGES_REQUESTED, {E}),
    (Action.RETURN, S.APPROVED): (S.CHANGES_REQUESTED, {E}),
    (Action.RETURN, S.SCHEDULED): (S.CHANGES_REQUESTED, {E}),
    (Action.APPROVE, S.SUBMITTED): (S.APPROVED, {E}),
    (Action.SCHEDULE, S.SUBMITTED): (S.SCHEDULED, {E}),
    (Action.SCHEDULE, S.APPROVED): (S.SCHEDULED, {E}),
    (Action.SCHEDULE, S.SCHEDULED): (S.SCHEDULED, {E}),
    (Action.PUBLISH, S.DRAFT): (S.PUBLISHED, {E}),
    (Action.PUBLISH, S.SUBMITTED): (S.PUBLISHED, {E}),
    (Action.PUBLISH, S.APPROVED): (S.PUBLISHED, {E}),
    (Action.PUBLISH, S.SCHEDULED): (S.PUBLISHED, {E}),
    (Action.PUBLISH, S.UNPUBLISHED): (S.PUBLISHED, {E}),
    (Action.UNPUBLISH, S.PUBLISHED): (S.UNPUBLISHED, {E}),
    (Action.UNPUBLISH, S.CORRECTED): (S.UNPUBLISHED, {E}),
    (Action.CORRECT, S.PUBLISHED): (S.CORRECTED, {E}),
    (Action.CORRECT, S.CORRECTED): (S.CORRECTED, {E}),
}

CELLS = list(itertools.product(Action, S, DeskRole))


@pytest.mark.parametrize(("action", "source", "role"), CELLS)
def test_every_move_for_every_role(action: Action, source: S, role: DeskRole) -> None:
    expected = EXPECTED.get((action, source))
    if expected is not None and role in expected[1]:
        assert transition(source, action, role) is expected[0]
        assert action in allowed_actions(source, role)
    else:
        with pytest.raises(WorkflowError) as refused:
            transition(source, action, role)
        assert refused.value.action
        assert action not in allowed_actions(source, role)


def test_refusals_say_why() -> None:
    with pytest.raises(WorkflowError, match="Only editors may approve"):
        transition(S.SUBMITTED, Action.APPROVE, R)
    with pytest.raises(WorkflowError, match="published cannot be approved"):
        transition(S.PUBLISHED, Action.APPROVE, E)


def test_a_reporter_can_only_submit() -> None:
    for status in S:
        assert set(allowed_actions(status, R)) <= {Action.SUBMIT}
        assert allowed_actions(status, N) == []
