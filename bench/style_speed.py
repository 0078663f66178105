"""Milliseconds per cover for every style module, at 1024 and 3000 (one core).

Run: .venv/bin/python -m bench.style_speed
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import time

import sleeve.engine.styles as styles_pkg
from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput

TRACKS = (
    MusicInput("bench-1", "Neon Nights", "synthwave, 80s, driving"),
    MusicInput("bench-2", "Slow Tide", "ambient, calm, ocean"),
    MusicInput("bench-3", "Riot Tape", "punk, loud, fast"),
    MusicInput("bench-4", "Blue Hour", "jazz, smooth, night"),
)


def style_modules() -> list:
    """Every module under sleeve.engine.styles that defines STYLE and render."""
    found = []
    for info in pkgutil.iter_modules(styles_pkg.__path__):
        mod = importlib.import_module(f"{styles_pkg.__name__}.{info.name}")
        if hasattr(mod, "STYLE") and callable(getattr(mod, "render", None)):
            found.append(mod)
    return found


def main() -> None:
    directions = [direct_from_music(t)[0] for t in TRACKS]
    print(f"{'style':<18}{'1024 ms':>10}{'3000 ms':>10}")
    for mod in style_modules():
        mod.render(directions[0], 256)  # warm up imports and caches
        row = []
        for size, dirs in ((1024, directions), (3000, directions[:2])):
            times = []
            for d in dirs:
                t0 = time.perf_counter()
                mod.render(d, size)
                times.append((time.perf_counter() - t0) * 1000)
            row.append(statistics.median(times))
        print(f"{mod.STYLE.name:<18}{row[0]:>10.0f}{row[1]:>10.0f}")


if __name__ == "__main__":
    main()
