"""The onset grid's terrazzo: the song's hits as chips of stone set in the field, a
hit a chip, read in playing order along a serpentine over the art so each section of
the song fills its own stretch of the floor; a rest leaves the field bare, a chip is
as big as it hits (the hard ones in the ink, the soft ones in the second colour, the
played downbeats in the accent). The chips grow toward one focal point the seed
places in the art, so the cover has one bold, crowded corner and fine grit elsewhere;
a loud section's chips are bigger still. The tempo and the energy set how many chips,
the seed their shapes, turns and jitter. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet

Box = tuple[float, float, float, float]
SOLID = 0.55  # a hit this hard is an ink chip, a softer one a chip of the second colour


def _chip(sheet: Sheet, x: float, y: float, r: float, colour) -> None:
    """A stone chip: an irregular polygon of 4 to 7 corners round (x, y)."""
    rng = sheet.rng
    n = int(rng.integers(4, 8))
    a = np.sort(rng.uniform(0, 2 * np.pi, n))
    radii = r * rng.uniform(0.65, 1.0, n)
    sheet.poly(np.stack([x + radii * np.cos(a), y + radii * np.sin(a)], 1), colour)


def terrazzo(sheet: Sheet, hits: np.ndarray, swell: np.ndarray) -> Box:
    """Chips on a serpentine of cells over the art, a step a cell in playing order,
    growing toward the focal point."""
    rng = sheet.rng
    y0, y1 = sheet.band
    cols = int(np.clip(round(10 + 6 * sheet.drive + sheet.tempo / 40), 11, 18))
    pitch = 1.0 / cols
    rows = int(np.ceil((y1 - y0) / pitch))
    steps = np.resize(hits.reshape(-1), rows * cols)  # the song from its start, looped
    loud = signals.resample(swell, rows * cols)
    fx = float(rng.uniform(0.15, 0.85))
    fy = y0 + float(rng.uniform(0.35, 0.75)) * (y1 - y0)
    order = np.arange(rows * cols)
    for k in rng.permutation(order):  # drawn in a seeded order: chips overlap at random
        r, c = divmod(int(k), cols)
        c = c if r % 2 == 0 else cols - 1 - c  # the serpentine
        v = float(steps[k])
        if v < REST:
            continue
        x = (c + 0.5 + rng.uniform(-0.35, 0.35)) * pitch
        y = y0 + (r + 0.5 + rng.uniform(-0.35, 0.35)) * pitch
        near = np.exp(-((x - fx) ** 2 + (y - fy) ** 2) / 0.09)
        size = pitch * (0.28 + 0.62 * v) * (0.7 + 2.0 * near) * (0.8 + 0.5 * loud[k])
        colour = sheet.colour(int(k) % 16, v, sheet.ink if v >= SOLID else sheet.mass)
        _chip(sheet, x, y, size, colour)
    return (0.0, y0, 1.0, y1)
