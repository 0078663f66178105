"""How long feature extraction takes: a 3-minute synthetic track as MP3 and WAV.

Run: .venv/bin/python bench/audio_speed.py   (prints numbers, asserts nothing)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from sleeve.engine.features.audio import audio_features  # noqa: E402
from sleeve.engine.features.text import text_features  # noqa: E402
from tests.engine.synth_audio import write_track  # noqa: E402

RUNS = 5
LYRICS = (
    "[Verse]\nЯ плачу одна, слёзы и тоска\nLloro sola, lágrimas y dolor\n"
    "涙が止まらない 寂しい夜\n[Chorus]\nwe dance in the summer sun tonight\n"
) * 8


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall time of ``fn`` in milliseconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("mp3", "wav"):
            path = write_track(
                os.path.join(tmp, f"track.{ext}"),
                bpm=124,
                key=9,
                mode="minor",
                loudness=0.8,
                duration_s=180.0,
                arc=True,
            )
            ms = median_ms(lambda p=path: audio_features(p))
            tempo = audio_features(path).tempo_bpm
            print(f"audio_features 3-min {ext}: {ms:.1f} ms (tempo {tempo} for 124 BPM)")
    ms = median_ms(
        lambda: text_features("Ночной город", "dark synthwave, 80s, neon", LYRICS), runs=50
    )
    print(f"text_features (tags + {len(LYRICS)} chars of lyrics): {ms:.2f} ms")


if __name__ == "__main__":
    main()
