"""The wait before the next attempt: the schedule, raised (boundedly) by Retry-After."""

from __future__ import annotations

import pytest

from sleeve.delivery.sender import MAX_RETRY_AFTER_S, retry_delays_after

DEFAULT = [60.0, 300.0, 900.0]


@pytest.mark.parametrize(("attempt", "wait"), [(1, 60.0), (2, 300.0), (3, 900.0), (4, None)])
def test_default_schedule_is_three_retries_after_1_5_15_minutes(
    attempt: int, wait: float | None
) -> None:
    assert retry_delays_after(attempt, DEFAULT, None) == wait


def test_retry_after_lengthens_the_wait() -> None:
    assert retry_delays_after(1, DEFAULT, 120.0) == 120.0


def test_retry_after_never_shortens_the_wait() -> None:
    assert retry_delays_after(2, DEFAULT, 7.0) == 300.0


def test_retry_after_is_bounded_at_one_hour() -> None:
    assert MAX_RETRY_AFTER_S == 3600.0
    assert retry_delays_after(1, DEFAULT, 86_400.0) == 3600.0


def test_a_configured_delay_over_an_hour_is_kept() -> None:
    assert retry_delays_after(1, [7200.0], 86_400.0) == 7200.0


def test_retry_after_adds_no_attempts() -> None:
    assert retry_delays_after(4, DEFAULT, 5.0) is None


def test_no_retries_configured_means_give_up() -> None:
    assert retry_delays_after(1, [], None) is None


def test_attempts_count_from_one() -> None:
    with pytest.raises(ValueError, match="starts at 1"):
        retry_delays_after(0, DEFAULT, None)
