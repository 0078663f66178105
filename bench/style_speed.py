"""Style speed as a ratio to the shared reference cover, measured in the same run on
the same core: per style at 1024 and 3000 px (art only), a track's two 1024 px covers
(direction excluded; pair choice on previews, titles and PNG included), one 3000 px
export with its title and PNG, and PNG encoding levels (time against size).

Targets (issue 15): a track's pair < 2x the reference; a 3000 px export < 2.5 s.
The pair is timed again for an account that remembers twenty earlier tracks of the
same genre, whose layouts the pair avoids (more previews).
The pair is also timed by CPU time against the reference's CPU time, which holds still
when other processes share the core.
Run: .venv/bin/python -m bench.style_speed [--reference PATH] [--runs N]
     [--cpu-styles [STYLE ...]]  (only each style's art by CPU time: median, worst)
"""

from __future__ import annotations

import argparse
import io
import os
import runpy
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sleeve.engine.direction import direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import choose_pair, encode_png, render_pair, render_with_layout
from sleeve.engine.styles.registry import all_styles, get_style

ROOT = Path(__file__).resolve().parents[1]
# the shared reference sits beside the main checkout (../shared) or beside a worktree's
REFERENCES = [up / "shared" / "bench" / "reference_cover.py" for up in ROOT.parents[:2]]
TRACKS = (
    MusicInput("bench-1", "Neon Nights", "synthwave, 80s, driving"),
    MusicInput("bench-2", "Slow Tide", "ambient, calm, ocean"),
    MusicInput("bench-3", "Riot Tape", "punk, loud, fast"),
    MusicInput("bench-4", "Blue Hour", "jazz, smooth, night"),
    MusicInput("bench-5", "Concrete", "dark techno, warehouse"),
    MusicInput("bench-6", "Porch Light", "americana folk, acoustic"),
)
EMOJI_TRACK = MusicInput("bench-emoji", "🌙✨💔", "bedroom pop, sad")
ALBUM = 20  # earlier tracks of one genre whose layouts a timed pair avoids


def album_memory(track: MusicInput) -> list[str]:
    """The layout keys of ALBUM earlier tracks with the track's tags, chosen in order
    by an account that remembers them all (newest first): the hardest memory a track
    meets, since one genre draws from the fewest styles."""
    recent: list[str] = []
    for index in range(ALBUM):
        earlier = MusicInput(f"{track.task_id}-album-{index}", f"Song {index}", track.tags)
        looks = choose_pair(direct_from_music(earlier)[0], recent)
        recent[:0] = [look.layout for look in reversed(looks)]
    return recent


def reference_seconds(path: Path, runs: int) -> float:
    """Median seconds of the reference cover, pinned to core 0 like this process."""
    out = subprocess.run(
        ["taskset", "-c", "0", sys.executable, str(path), str(runs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def cpu_reference(reference: Path, runs: int) -> float:
    """The reference cover's CPU seconds (process time, this core), the median of
    `runs` after one warm-up."""
    draw = runpy.run_path(str(reference))["reference_cover"]
    draw(0)
    ref = []
    for seed in range(1, runs + 1):
        started = time.process_time()
        draw(seed)
        ref.append(time.process_time() - started)
    return statistics.median(ref)


def cpu_pair_ratios(reference: Path, directions: list, runs: int) -> tuple[float, list[float]]:
    """The reference cover's and each track's pair's CPU seconds (process time, this
    core), each the median of several runs: another process on the core slows the
    wall clock of both, but not their CPU time."""
    ref = cpu_reference(reference, runs)
    pairs = []
    for direction in directions:
        times = []
        for _ in range(3):
            started = time.process_time()
            for drawn in render_pair(direction, 1024):
                encode_png(drawn.image)
            times.append(time.process_time() - started)
        pairs.append(statistics.median(times))
    return ref, pairs


def cpu_style_ratios(reference: Path, names: list[str], runs: int) -> None:
    """Print each named style's 1024 px art by CPU time against the reference's: the
    median and the worst (with its composition) over the bench tracks at four turns
    of their seeds, so that a style's slow compositions show, not only its first."""
    ref = cpu_reference(reference, runs)
    print(f"reference cover: {ref * 1000:.0f} ms of CPU (median of {runs}, core 0)")
    directions = [direct_from_music(track)[0] for track in TRACKS]
    for name in names:
        module = get_style(name)
        module.render(directions[0], 128)  # imports, caches
        times = []
        for direction in directions:
            for turn in range(4):
                seeded = turned(direction, turn, columns=module.STYLE.columns)
                started = time.process_time()
                art = module.render(seeded, 1024)
                times.append((time.process_time() - started, art.layout))
        worst, layout = max(times)
        median = statistics.median(t for t, _ in times)
        print(f"{name:<20} CPU median {median / ref:.2f}x, worst {worst / ref:.2f}x ({layout})")


def timed(fn, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    found = [path for path in REFERENCES if path.exists()]
    parser.add_argument("--reference", type=Path, default=found[0] if found else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-3000", action="store_true", help="skip the per-style 3000 px column")
    parser.add_argument(
        "--cpu-styles",
        nargs="*",
        metavar="STYLE",
        help="only each named style's art by CPU time (all styles when none is named)",
    )
    args = parser.parse_args()
    if args.reference is None:
        parser.error("no reference_cover.py found beside the checkout; pass --reference")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    if args.cpu_styles is not None:
        cpu_style_ratios(args.reference, args.cpu_styles or list(all_styles()), args.runs)
        return
    ref = reference_seconds(args.reference, args.runs)
    print(f"reference cover: {ref * 1000:.0f} ms (median of {args.runs}, core 0)")
    directions = [direct_from_music(track)[0] for track in TRACKS]
    print(f"{'style':<20}{'1024 ms':>9}{'x ref':>7}{'3000 ms':>9}{'x ref':>7}")
    slowest = ("topographic", 0.0)
    for name, module in all_styles().items():
        module.render(directions[0], 128)  # imports, caches
        small = statistics.median(
            timed(lambda d=d, m=module: m.render(d, 1024)) for d in directions[:3]
        )
        row = f"{name:<20}{small * 1000:>9.0f}{small / ref:>7.2f}"
        if not args.no_3000:
            big = timed(lambda m=module: m.render(directions[1], 3000))
            row += f"{big * 1000:>9.0f}{big / ref:>7.2f}"
            slowest = max(slowest, (name, big), key=lambda item: item[1])
        print(row)
    pair_times = []
    for direction in directions:
        pair_times.append(
            timed(lambda d=direction: [encode_png(c.image) for c in render_pair(d, 1024)], 3)
        )
    pair = statistics.median(pair_times)
    print(
        f"a track's two 1024 px covers (previews, titles, PNG): median {pair * 1000:.0f} ms"
        f" = {pair / ref:.2f}x the reference (target < 2), worst {max(pair_times) / ref:.2f}x"
    )
    remembered = [album_memory(track) for track in TRACKS]
    full_times = [
        timed(lambda d=d, r=r: [encode_png(c.image) for c in render_pair(d, 1024, recent=r)], 3)
        for d, r in zip(directions, remembered, strict=True)
    ]
    print(
        f"the same pairs for an account whose last {ALBUM * 2} covers share the genre "
        f"(fresh layouts sought): median {statistics.median(full_times) / ref:.2f}x, "
        f"worst {max(full_times) / ref:.2f}x"
    )
    cpu_ref, cpu_pairs = cpu_pair_ratios(args.reference, directions, args.runs)
    print(
        f"the same pairs by CPU time (steadier on a shared machine): median "
        f"{statistics.median(cpu_pairs) / cpu_ref:.2f}x, worst {max(cpu_pairs) / cpu_ref:.2f}x "
        f"(reference {cpu_ref * 1000:.0f} ms of CPU)"
    )
    export = max(
        timed(lambda d=d: encode_png(render_with_layout(d, slowest[0], 3000)[0]))
        for d in directions[:2]
    )
    print(
        f"one 3000 px export of the slowest style ({slowest[0]}, title, PNG): "
        f"{export:.2f} s = {export / ref:.1f}x the reference (target < 2.5 s)"
    )
    # a title of emoji alone is set as die-cut stickers whose rim grows with the size
    emoji = direct_from_music(EMOJI_TRACK)[0]
    worst, style = max(
        (timed(lambda s=name: encode_png(render_with_layout(emoji, s, 3000)[0])), name)
        for name in all_styles()
    )
    print(
        f"the slowest 3000 px export of an emoji title ({style}): {worst:.2f} s = "
        f"{worst / ref:.1f}x the reference (target < 2.5 s)"
    )
    image = render_with_layout(directions[2], "flow_field", 1024)[0]
    encoders = {f"Pillow level {level}": level for level in (0, 1, 6)}
    for label, level in encoders.items():
        seconds = timed(lambda lv=level: _pillow_png(image, lv), 3)
        megabytes = len(_pillow_png(image, level)) / 1e6
        print(f"PNG {label}: {seconds * 1000:.0f} ms, {megabytes:.2f} MB")
    seconds = timed(lambda: encode_png(image), 3)
    print(
        f"PNG as served (libpng level 1, Sub filter): {seconds * 1000:.0f} ms, "
        f"{len(encode_png(image)) / 1e6:.2f} MB"
    )


def _pillow_png(image, level: int) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=level)
    return buffer.getvalue()


if __name__ == "__main__":
    main()
