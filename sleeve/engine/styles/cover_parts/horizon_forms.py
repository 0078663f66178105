"""The loudness horizon's measures, shared by its compositions: the song's loudness
curve at landscape scale (curve, calm, ridge), never a plot; a stretch of the song
(stretch); and where the song puts the picture (Frame). Edges are heights over XS,
POINTS fractions of the side from left to right."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection

POINTS = 320  # vertices along an edge
XS = np.linspace(0.0, 1.0, POINTS)

CALM_TOP = 0.36  # the title's band ends here (or starts at 1 - CALM_TOP)


@dataclass(frozen=True)
class Frame:
    """Where the song puts the picture, so two songs of one genre are not one template:
    `high` (0..1) how high the horizon or land stands in its range (a loud, dense song's
    land stands tall, a quiet one's lies low under a big sky), `scale` (0..1) the
    landmark's size (a turbulent song's ridges, headland and waves are bigger),
    `left` whether the loudest stretch (the landmark) is on the left, `pace` (0..1)
    the tempo (the rhythm of bands and ranges)."""

    high: float
    scale: float
    left: bool
    pace: float


def frame_of(d: ArtDirection, rng: np.random.Generator) -> Frame:
    """The song's frame, the seed adding a little play (a quarter) to each measure."""
    jitter = rng.random(3)
    high = 0.65 * d.energy + 0.35 * d.density
    high = float(np.clip(0.75 * (high - 0.2) / 0.6 + 0.25 * jitter[0], 0.0, 1.0))
    scale = float(np.clip(0.75 * (d.turbulence - 0.2) / 0.5 + 0.25 * jitter[1], 0.0, 1.0))
    pace = float(np.clip((d.tempo_bpm - 65.0) / 110.0, 0.0, 1.0))
    return Frame(high, scale, loudest(d) < 0.5 if jitter[2] < 0.8 else jitter[2] < 0.9, pace)


def curve(
    d: ArtDirection, window: tuple[float, float], smoothing: int, least: int = 12
) -> np.ndarray:
    """The song's loudness between window[0] and [1] (fractions of its length) along
    the cover, smoothed over `smoothing` points, 0 at its quiet end to 1 at its loud
    end. A compressed master whose loudness barely moves shows its beat instead (the
    onsets' envelope), never invented hills; a silent intro or one spike does not
    flatten the rest. `least`: the least smoothing (of 1024 points over the song), so
    a zoomed stretch does not show every beat as a tooth."""
    song = signals.energy(d, 1024, stretch=False)
    hits = signals.resample(signals.onsets(d, 256), 1024)
    a, b = (int(np.clip(v, 0.0, 1.0) * 1023) for v in window)
    a, b = max(a, 40), min(b, 1000)  # the fade-in and fade-out say nothing
    a = min(a, b - 8)
    k = max(least, round(smoothing * (b - a) / POINTS))
    line = signals.resample(signals.smooth(song, k, "reflect")[a:b], POINTS)
    reach = max(8, k)  # smoothed twice: no ripple at the beat
    beats = signals.smooth(signals.smooth(hits, reach, "reflect"), reach, "reflect")
    pulse = signals.resample(beats[a:b], POINTS)
    low, high = np.percentile(line, (8, 98))
    relief = float(high - low)
    line = np.clip((line - low) / max(relief, 0.06), 0.0, 1.0)
    beat = (pulse - pulse.min()) / max(float(np.ptp(pulse)), 0.1)  # an even beat stays even
    heights = line + max(0.0, 1.0 - relief / 0.06) * beat
    return heights / max(float(heights.max()), 1e-6)


def calm(heights: np.ndarray, k: int) -> np.ndarray:
    """`heights` smoothed again over 2k+1 of the cover's points and stretched back to
    0..1: a beat-by-beat master still gives one clean edge, not teeth."""
    out = signals.smooth(signals.smooth(heights, k, "reflect"), k, "reflect")
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def ridge(
    d: ArtDirection, window: tuple[float, float], smoothing: int, least: int, peak: float
) -> np.ndarray:
    """A mountain line from the song's loudness in `window`: never a flat line with a
    bump (a broad swell under the loudest stretch lifts the song's shape, the more
    the fewer of its points stand high), peaks sharpened by `peak` (1 hills .. 1.8 alps)."""
    h = calm(curve(d, window, smoothing, least), 7)
    at = float(XS[int(np.argmax(signals.smooth(h, 40, "reflect")))])
    swell = np.exp(-(((XS - at) / 0.42) ** 2))
    lift = float(np.clip(0.28 + 0.45 - (h > 0.25).mean(), 0.28, 0.62))  # one blip: more swell
    h = (1.0 - lift) * h + lift * swell
    h = (h - h.min()) / max(float(np.ptp(h)), 1e-6)
    return h**peak


def stretch(d: ArtDirection, rng: np.random.Generator, lo: float, hi: float) -> tuple[float, float]:
    """A stretch of the song `lo`..`hi` long, round a seed-chosen place."""
    span = rng.uniform(lo, hi)
    start = rng.uniform(0.04, max(0.05, 0.96 - span))
    return start, start + span


def loudest(direction: ArtDirection) -> float:
    """Where the song is loudest, as a fraction of its length (smoothed)."""
    song = signals.smooth(signals.energy(direction, 256), 6)
    return float(np.argmax(song)) / 255.0
