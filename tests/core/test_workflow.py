"""Every cell of the transition table: each action from each state for each role."""

from __future__ import annotations

import itertools

import pytest

from newsdesk.core.article import WorkflowStatus as S
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import (
    ACTION_NAMES,
    MOVE_NAMES,
    Action,
    Transition,
    WorkflowError,
    _t,
    allowed_actions,
    transition,
)

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


# The words of each refusal, as the desk shows them (and translates them from).
PAST_PARTICIPLES = {
    Action.SUBMIT: "submitted",
    Action.RETURN: "returned",
    Action.APPROVE: "approved",
    Action.SCHEDULE: "scheduled",
    Action.PUBLISH: "published",
    Action.UNPUBLISH: "unpublished",
    Action.CORRECT: "corrected",
}
STATE_PHRASES = {
    S.DRAFT: "a draft",
    S.SUBMITTED: "submitted for review",
    S.CHANGES_REQUESTED: "returned for changes",
    S.APPROVED: "approved",
    S.SCHEDULED: "scheduled",
    S.PUBLISHED: "published",
    S.CORRECTED: "corrected",
    S.UNPUBLISHED: "unpublished",
}
ACTION_WORDS = {
    Action.SUBMIT: "submit",
    Action.RETURN: "return to the reporter",
    Action.APPROVE: "approve",
    Action.SCHEDULE: "schedule",
    Action.PUBLISH: "publish",
    Action.UNPUBLISH: "unpublish",
    Action.CORRECT: "publish a correction of",
}
ROLE_WORDS = {R: "reporter", E: "editor", N: "none"}


@pytest.mark.parametrize(
    ("action", "source"),
    [(a, s) for a, s in itertools.product(Action, S) if (a, s) not in EXPECTED],
)
def test_a_move_from_the_wrong_state_says_which_state(action: Action, source: S) -> None:
    with pytest.raises(WorkflowError) as refused:
        transition(source, action, E)
    cause = refused.value.cause
    assert cause == (
        f"An article that is {STATE_PHRASES[source]} cannot be {PAST_PARTICIPLES[action]}."
    )
    assert cause.params == {"state": STATE_PHRASES[source]}
    assert cause.params["state"].template == STATE_PHRASES[source]
    assert refused.value.action == "Refresh the article: someone may have moved it on."


@pytest.mark.parametrize(
    ("action", "source", "role"),
    [(a, s, r) for (a, s), (_, roles) in EXPECTED.items() for r in DeskRole if r not in roles],
)
def test_a_move_for_editors_only_names_it_and_the_role(
    action: Action, source: S, role: DeskRole
) -> None:
    with pytest.raises(WorkflowError) as refused:
        transition(source, action, role)
    cause = refused.value.cause
    assert cause == (
        f"Only editors may {ACTION_WORDS[action]} an article;"
        f" your role on the site is {ROLE_WORDS[role]}."
    )
    assert cause.params == {"action": ACTION_WORDS[action], "role": ROLE_WORDS[role]}
    assert refused.value.action == "Ask an editor to do it."


def test_names_of_the_moves() -> None:
    assert ACTION_NAMES == ACTION_WORDS
    assert MOVE_NAMES == {
        Action.SUBMIT: "the submission",
        Action.RETURN: "returning it to the reporter",
        Action.APPROVE: "the approval",
        Action.SCHEDULE: "scheduling it",
        Action.PUBLISH: "publishing it",
        Action.UNPUBLISH: "unpublishing it",
        Action.CORRECT: "the correction",
    }


def test_a_row_of_the_table() -> None:
    assert _t(Action.SUBMIT, S.DRAFT, S.SUBMITTED, R, E) == Transition(
        Action.SUBMIT, S.DRAFT, S.SUBMITTED, frozenset({R, E})
    )
    assert _t(Action.APPROVE, S.SUBMITTED, S.APPROVED, E).roles == frozenset({E})
