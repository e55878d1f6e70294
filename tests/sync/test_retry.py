"""Retrying a step: how long it waits, when it gives up, and that Cancel stops it."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.sites.errors import NotFound, RateLimited, ServerError, SiteError, Unreachable
from newsdesk.sync.retry import Cancelled, Retrier, RetryPolicy

POLICIES = st.builds(
    RetryPolicy,
    attempts=st.integers(min_value=1, max_value=8),
    base_delay=st.floats(min_value=0.01, max_value=4.0),
    max_delay=st.floats(min_value=0.01, max_value=30.0),
    max_retry_after=st.floats(min_value=1.0, max_value=120.0),
)


class Clock:
    """Records the waits instead of sleeping."""

    def __init__(self) -> None:
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)

    @property
    def total(self) -> float:
        return math.fsum(self.slept)


class FailingStep:
    """A step that raises ``errors`` in turn, then returns "done"."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "done"


def _never() -> bool:
    return False


def _retrier(policy: RetryPolicy, clock: Clock, cancel: Callable[[], bool] = _never) -> Retrier:
    return Retrier(policy, cancel, clock.sleep, rng=lambda: 1.0)


def test_the_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.attempts, policy.base_delay, policy.max_delay) == (3, 0.5, 8.0)
    assert policy.max_retry_after == 60.0


@given(POLICIES, st.integers(min_value=1, max_value=10), st.floats(min_value=0.0, max_value=1.0))
def test_backoff_doubles_from_the_base_up_to_the_cap(
    policy: RetryPolicy, attempt: int, roll: float
) -> None:
    wait = policy.delay(attempt, Unreachable("down"), lambda: roll)
    if attempt >= policy.attempts:
        assert wait is None
    else:
        ceiling = min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1))
        assert wait == pytest.approx(roll * ceiling)


def test_backoff_examples() -> None:
    policy = RetryPolicy(attempts=10, base_delay=0.5, max_delay=8.0)
    waits = [policy.delay(attempt, ServerError("500"), lambda: 1.0) for attempt in range(1, 10)]
    assert waits == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0, 8.0]
    assert policy.delay(3, ServerError("500"), lambda: 0.25) == 0.5  # full jitter


@given(POLICIES)
def test_the_last_attempt_is_not_retried(policy: RetryPolicy) -> None:
    assert policy.delay(policy.attempts, Unreachable("down"), lambda: 1.0) is None
    if policy.attempts > 1:
        assert policy.delay(policy.attempts - 1, Unreachable("down"), lambda: 1.0) is not None


@pytest.mark.parametrize("error", [NotFound("gone"), SiteError("refused")])
def test_an_error_that_will_not_heal_is_not_retried(error: SiteError) -> None:
    assert RetryPolicy(attempts=5).delay(1, error, lambda: 1.0) is None


@given(POLICIES, st.floats(min_value=0.001, max_value=200.0))
def test_retry_after_is_honoured_up_to_its_limit(policy: RetryPolicy, seconds: float) -> None:
    wait = policy.delay(1, RateLimited("busy", retry_after=seconds), lambda: 1.0)
    if policy.attempts == 1:
        assert wait is None
    elif seconds <= policy.max_retry_after:
        assert wait == seconds
    else:
        assert wait is None


def test_retry_after_at_its_limit_waits_and_above_it_waits_for_the_next_run() -> None:
    policy = RetryPolicy(attempts=3, max_retry_after=60.0)
    assert policy.delay(1, RateLimited("busy", retry_after=60.0), lambda: 1.0) == 60.0
    assert policy.delay(1, RateLimited("busy", retry_after=60.5), lambda: 1.0) is None
    # Without a Retry-After a rate limit backs off like any other error.
    assert policy.delay(2, RateLimited("busy"), lambda: 1.0) == 1.0


def test_a_step_that_succeeds_is_called_once_without_waiting() -> None:
    clock = Clock()
    step = FailingStep()
    assert _retrier(RetryPolicy(), clock)(step) == "done"
    assert step.calls == 1
    assert clock.slept == []


@given(POLICIES, st.integers(min_value=0, max_value=10))
def test_a_failing_step_is_tried_at_most_attempts_times(policy: RetryPolicy, failures: int) -> None:
    clock = Clock()
    step = FailingStep(*(Unreachable(f"down {n}") for n in range(failures)))
    retrier = _retrier(policy, clock)
    if failures < policy.attempts:
        assert retrier(step) == "done"
        assert step.calls == failures + 1
    else:
        with pytest.raises(Unreachable, match=f"down {policy.attempts - 1}"):
            retrier(step)
        assert step.calls == policy.attempts
    tries = min(failures, policy.attempts - 1)
    expected = [
        min(policy.max_delay, policy.base_delay * 2 ** (n - 1)) for n in range(1, tries + 1)
    ]
    assert clock.total == pytest.approx(math.fsum(expected))


def test_waits_are_slept_in_short_slices() -> None:
    clock = Clock()
    step = FailingStep(RateLimited("busy", retry_after=0.5), RateLimited("busy", retry_after=0.2))
    assert _retrier(RetryPolicy(), clock)(step) == "done"
    assert clock.slept == pytest.approx([0.2, 0.2, 0.1, 0.2])


def test_an_error_that_will_not_heal_is_raised_at_once() -> None:
    clock = Clock()
    step = FailingStep(NotFound("gone"))
    with pytest.raises(NotFound):
        _retrier(RetryPolicy(attempts=5), clock)(step)
    assert step.calls == 1
    assert clock.slept == []


def test_other_exceptions_are_not_retried() -> None:
    clock = Clock()
    step = FailingStep(ValueError("bug"))
    with pytest.raises(ValueError, match="bug"):
        _retrier(RetryPolicy(attempts=5), clock)(step)
    assert step.calls == 1


def test_cancel_before_the_first_try_calls_nothing() -> None:
    clock = Clock()
    step = FailingStep()
    with pytest.raises(Cancelled):
        _retrier(RetryPolicy(), clock, cancel=lambda: True)(step)
    assert step.calls == 0


@given(st.integers(min_value=0, max_value=30))
def test_cancel_stops_the_wait_within_one_slice(checks_before_cancel: int) -> None:
    """Cancel pressed while waiting a long Retry-After: no more than one slice is slept after
    it, and the step is not tried again."""
    checks = 0

    def cancel() -> bool:
        nonlocal checks
        checks += 1
        return checks > checks_before_cancel

    clock = Clock()
    step = FailingStep(RateLimited("busy", retry_after=50.0))
    with pytest.raises(Cancelled):
        Retrier(RetryPolicy(), cancel, clock.sleep)(step)
    assert step.calls == (1 if checks_before_cancel >= 1 else 0)
    # One check before the try, then one before each slice of at most 0.2 s.
    assert len(clock.slept) == max(0, checks_before_cancel - 1)
    assert all(0 < seconds <= 0.2 for seconds in clock.slept)


def test_cancel_after_a_wait_stops_before_the_next_try() -> None:
    answers = iter([False, False, False, True])  # before try 1, before each slice, before try 2
    clock = Clock()
    step = FailingStep(RateLimited("busy", retry_after=0.4))
    with pytest.raises(Cancelled):
        Retrier(RetryPolicy(), lambda: next(answers), clock.sleep)(step)
    assert step.calls == 1
    assert clock.slept == pytest.approx([0.2, 0.2])
