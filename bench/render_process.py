"""What running each render in its own process costs: the same covers rendered in this
process and through `covers.render_process` (forked from the warm fork server).

Run: .venv/bin/python bench/render_process.py [--size 1024] [--runs 5]
(prints the medians and their ratio, asserts nothing)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from sleeve.covers.render_process import render_with_limit  # noqa: E402
from sleeve.engine.music import MusicInput  # noqa: E402
from sleeve.engine.pipeline import render_covers  # noqa: E402


def median_s(render, runs: int, size: int) -> float:  # type: ignore[no-untyped-def]
    """Median seconds of `runs` renders of different tracks (after one warm-up)."""
    render(MusicInput(task_id="warm-up", title="Warm Up", tags="pop"), size)
    times = []
    for number in range(runs):
        track = MusicInput(task_id=f"bench-{number}", title=f"Night {number}", tags="synthwave")
        started = time.perf_counter()
        render(track, size)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    inline = median_s(lambda m, s: render_covers(m, size=s), args.runs, args.size)
    child = median_s(lambda m, s: render_with_limit(m, size=s, limit_s=600), args.runs, args.size)
    print(f"{args.size} px, median of {args.runs}: in process {inline:.3f} s, "
          f"in a render process {child:.3f} s, ratio {child / inline:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
