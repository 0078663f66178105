"""Rate-limit windows are aligned to the clock: start a burst well inside one."""

from __future__ import annotations

import time


def start_inside_one_window(window_s: float, burst_s: float) -> None:
    """Sleep until at least `burst_s` of the current `window_s` window remain, so a
    short burst is counted in one window (a sliding-window counter lets the previous
    window fade out from the boundary on, which would let one more request in)."""
    left = window_s - time.time() % window_s
    if left < burst_s:
        time.sleep(left + 0.05)
