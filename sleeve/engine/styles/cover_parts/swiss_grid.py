"""The song read as a Swiss poster grid, for the lamella, the rhythm and the meter:
its sections (where the smoothed loudness crosses its mean), its meter (three or four
beats a bar, from the onsets' period), the grid's module count (from the meter and
the tempo), where the song peaks, and the title's side. Two reviews (3.5 of 10) had
read these compositions as one picture recoloured across the bench: these values
move their scale, crop, grid line and variant with the music, not only their colour.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals

# a section shorter than this share of the song folds into its neighbour
SHORTEST = 0.1
MOST_SECTIONS = 4
# a song whose smoothed loudness moves less than this is steady: one section, and its
# peak is no place (the title's letters set it)
STEADY = 0.08


def sections(curve: np.ndarray) -> list[tuple[float, float, float]]:
    """The song's sections in order, each (start, end, level): start and end shares
    of the song, level its mean loudness as 0.3..1 of the loudest section's (one
    section, level 1, for a steady song: its ripples are no sections)."""
    c = np.asarray(curve, float)
    if c.size < 4 or dynamics(c) < STEADY:
        return [(0.0, 1.0, 1.0)]
    level = signals.smooth(signals.resample(c, 48), 3)
    above = level > level.mean()
    cuts = [0, *(int(k) + 1 for k in np.flatnonzero(above[1:] != above[:-1])), 48]
    spans = [[a, b] for a, b in zip(cuts[:-1], cuts[1:], strict=True) if b > a]
    while len(spans) > 1 and (
        len(spans) > MOST_SECTIONS or min(b - a for a, b in spans) < SHORTEST * 48
    ):
        k = min(range(len(spans)), key=lambda i: spans[i][1] - spans[i][0])
        # into its shorter neighbour
        sides = [j for j in (k - 1, k + 1) if 0 <= j < len(spans)]
        j = min(sides, key=lambda i: spans[i][1] - spans[i][0])
        lo, hi = min(k, j), max(k, j)
        spans[lo : hi + 1] = [[spans[lo][0], spans[hi][1]]]
    means = np.array([level[a:b].mean() for a, b in spans])
    span = float(np.ptp(means))
    levels = np.ones(len(spans)) if span < 1e-6 else 0.3 + 0.7 * (means - means.min()) / span
    return [(a / 48.0, b / 48.0, float(v)) for (a, b), v in zip(spans, levels, strict=True)]


def loudest(parts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The loudest section (the first of equals)."""
    return max(parts, key=lambda p: (p[2], -p[0]))


def beats_per_bar(onsets: np.ndarray) -> int:
    """Three for a song whose onsets (one a sixteenth) repeat every twelve steps more
    than every sixteen (a waltz, a 6/8 ballad), else four."""
    o = np.asarray(onsets, float)
    if o.size < 64 or float(np.ptp(o)) < 1e-6:
        return 4
    o = o - o.mean()

    def lag(k: int) -> float:
        return float(np.dot(o[:-k], o[k:])) / (o.size - k)

    return 3 if lag(12) > 0.0 and lag(12) > 1.15 * lag(16) else 4


def modules(tempo: float, beats: int) -> int:
    """The grid's columns: three or six for a triple meter, four or eight for a
    duple one, the finer grid for a quick song."""
    fine = tempo >= 118.0
    if beats == 3:
        return 6 if fine else 3
    return 8 if fine else 4


def snap(t: float, count: int) -> float:
    """A share 0..1 moved to the nearest of a grid's `count` module lines."""
    return round(float(np.clip(t, 0.0, 1.0)) * count) / count


def peak(curve: np.ndarray, title: str = "") -> float:
    """Where the song peaks (share of the song), read from the smoothed curve; a
    steady song's place comes from its title's letters (one of seven grid steps)."""
    c = np.asarray(curve, float)
    if c.size < 2 or dynamics(c) < STEADY:
        return (sum(ord(ch) for ch in title) % 7) / 6.0
    level = signals.smooth(signals.resample(c, 48), 2)
    return float(np.argmax(level)) / 47.0


def column(curve: np.ndarray, onsets: np.ndarray, tempo: float, title: str = "") -> float:
    """The song's grid line (share of the art's width) under its peak: one of the
    meter's module lines (modules), kept to the art's middle half so that a figure
    standing on it has room (a figure placed at any share had read as arbitrary)."""
    cols = modules(tempo, beats_per_bar(onsets))
    return snap(0.25 + 0.5 * peak(curve, title), cols)


def dynamics(curve: np.ndarray) -> float:
    """How far the smoothed loudness moves, 0 (steady) .. 1."""
    c = np.asarray(curve, float)
    if c.size < 2:
        return 0.0
    level = signals.smooth(signals.resample(c, 48), 3)
    return float(np.clip(np.ptp(level), 0.0, 1.0))


def trend(curve: np.ndarray) -> float:
    """How far the song's second half is louder or quieter than its first (0..1): a
    build or a fade, where a song of verses and choruses comes back to its level."""
    c = np.asarray(curve, float)
    if c.size < 4:
        return 0.0
    half = c.size // 2
    return float(np.clip(abs(c[half:].mean() - c[:half].mean()), 0.0, 1.0))


def pick(options: tuple[str, ...], weights: list[float], rng: np.random.Generator) -> str:
    """One of `options` by `weights` (the music's lean) and one draw of the seed."""
    w = np.maximum(np.asarray(weights, float), 0.0)
    cum = np.cumsum(w / w.sum())
    return options[min(int(np.searchsorted(cum, rng.random())), len(options) - 1)]


class Axes:
    """A frame's two directions: `along` the title's edge and `depth` in from the far
    canvas edge (0 there) towards the title; `xy` turns (along, depth) into pixels."""

    def __init__(self, size: int, art: tuple[float, float, float, float], edge: str) -> None:
        x0, y0, x1, y1 = art
        s = float(size)
        self.edge, self.size = edge, s
        if edge == "right":  # an upright title on the right: the far edge is the left
            self.along, self.depth = (y0, y1), (0.0, x1)
        elif edge == "bottom":
            self.along, self.depth = (x0, x1), (0.0, y1)
        else:
            self.along, self.depth = (x0, x1), (0.0, s - y0)
        self.margin = x0 if edge != "right" else y0

    def xy(self, a: float, d: float) -> tuple[float, float]:
        """The pixel at `a` along the title's edge, `d` in from the far edge."""
        if self.edge == "right":
            return d, a
        if self.edge == "bottom":
            return a, d
        return a, self.size - d

    def across(self, t: float) -> float:
        """The pixel `t` (0..1) of the way along the art."""
        lo, hi = self.along
        return lo + (hi - lo) * t
