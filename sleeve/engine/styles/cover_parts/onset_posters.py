"""The onset grid's two poster prints: the song's onsets (bars x 16 sixteenths, 0..1)
set as graphic design, not hardware, big and cropped by the frame. Each returns the
focal box it drew in (fractions).

- chart: a Swiss rhythm chart, a flat column per sixteenth as tall as the groove hits
  there (one bar's average, or two real bars for a fast song), rising from the frame's
  far edge toward the title, the downbeat's column in the accent;
- swell: a dot-matrix poster, the song's sixteenths read row by row into a lattice
  whose width is not 16 (so the groove runs in diagonals), the dots big inside one
  slanted band as thick as the song is loud at each moment, small outside it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def _stream(hits: np.ndarray, first: int) -> np.ndarray:
    """The song's sixteenths in playing order from bar `first` (a flat array)."""
    return np.roll(hits, -first, axis=0).ravel()


def chart(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Flat columns from the frame's far edge, a sixteenth each, as tall as the groove
    hits there; a rest a short stub in the ink, the downbeat's column in the accent."""
    rng = sheet.rng
    y0, y1 = sheet.band
    if sheet.tempo >= 118 and len(hits) >= 2:  # a fast song: two real bars, 32 columns
        at = busiest(hits, 2)
        heights = hits[at : at + 2].ravel()
        shown = float(rng.uniform(14.0, 18.0))
    else:  # the groove: the song's average bar, its hardest sixteenth full height
        heights = hits.mean(axis=0) / max(float(hits.mean(axis=0).max()), 0.5)
        shown = float(rng.uniform(9.0, 13.0))
    pitch = 1.0 / shown
    gap = float(rng.uniform(0.08, 0.22)) * pitch
    left = float(rng.uniform(0.0, 0.5)) * pitch
    tall = (y1 - y0) - 0.04
    for step, v in enumerate(heights):
        x = left + step * pitch
        if x > 1.0:
            break
        v = float(v)
        h = 0.05 * tall if v < REST else tall * (0.12 + 0.88 * v)
        colour = sheet.ink if v < REST else sheet.colour(step, v, sheet.mass)
        if sheet.top:  # the title on top: the columns rise from the frame's foot
            sheet.box(x + gap / 2, 1.01 - h, x + pitch - gap / 2, 1.01, colour)
        else:
            sheet.box(x + gap / 2, -0.01, x + pitch - gap / 2, h - 0.01, colour)
    return (0.0, y0, 1.0, y1)


def swath(sheet: Sheet, energy: np.ndarray) -> Callable[[float, float], bool]:
    """Whether a point (x, y fractions) lies in the poster's figure: a band across the
    art on a slant, as thick at each x as the song is loud at that moment (time runs
    left to right, before the seed's mirror)."""
    y0, y1 = sheet.band
    depth = y1 - y0
    slope = float(sheet.rng.choice((-1.0, 1.0)) * sheet.rng.uniform(0.3, 0.8)) * depth
    mid = (y0 + y1) / 2
    times = np.linspace(0.0, 1.0, len(energy))

    def inside(x: float, y: float) -> bool:
        half = depth * (0.2 + 0.32 * float(np.interp(x, times, energy)))
        return abs(y - (mid + slope * (x - 0.5))) < half

    return inside


def swell(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A dot lattice, the song's sixteenths read row by row: a hit a dot as big as it,
    a rest a smaller one, in the mass colour inside the figure; outside it only the
    hard hits, pin dots in the ink."""
    rng = sheet.rng
    y0, y1 = sheet.band
    cols = int(rng.choice((10, 11, 12, 13, 14, 15)))
    pitch = 1.0 / cols
    inside = swath(sheet, energy)
    stream = _stream(hits, busiest(hits, 4))
    rows = int(np.ceil((y1 - y0) / pitch))
    for r in range(rows):
        y = (1.0 - (r + 0.5) * pitch) if sheet.top else (r + 0.5) * pitch
        for c in range(cols):
            x = (c + 0.5) * pitch
            k = r * cols + c
            v, step = float(stream[k % len(stream)]), k % 16
            if inside(x, y):  # the figure: every place a dot, a hit as big as it
                grow = 0.3 + 0.18 * v if v >= REST else 0.3
                sheet.disc(x, y, grow * pitch, sheet.colour(step, v, sheet.mass))
            elif v >= 0.5:  # outside it, the hard hits as pin dots
                sheet.disc(x, y, 0.14 * pitch * v, sheet.colour(step, v))
    return (0.0, y0, 1.0, y1)
