"""The onset grid's quiet print: a step sequencer's 4 x 4 grid of big squares in a
wide flat field, the song's typical bar, each square as big as its hit, rests an open
square, only the downbeat filled in the accent; the title's band kept at the top (the
style flips the picture for a low title). The row of dots and the barcode strip that
lived here are retired (onset_grid's docstring)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet


def groove(hits: np.ndarray, count: int, start: int) -> np.ndarray:
    """The song's typical bar (each sixteenth's median strength over the bars, so one
    stray hard hit does not stand for the song), `count` steps read from `start`."""
    return np.resize(np.roll(np.median(hits, axis=0), -start), count)


def steps(sheet: Sheet, hits: np.ndarray) -> Box:
    """A 4 x 4 grid of big squares in a lower corner, a bar of sixteenths read in
    rows: each played step a filled square as big as its hit, each rest an open
    square of the cell's size, only the downbeat in the accent; the rest of the frame
    is empty field."""
    rng = sheet.rng
    edge = float(rng.uniform(0.06, 0.09))
    side = min(float(rng.uniform(0.5, 0.56)), 1.0 - edge - KEEP_OUT - 0.02)
    x0, y0 = 1.0 - edge - side, 1.0 - edge - side
    cell = side / 4
    gap = cell * 0.16
    line = cell * 0.11  # an open square still reads at 64 px
    v = groove(hits, 16, 0)
    colour = sheet.ink if rng.random() < 0.6 else sheet.mass
    for k in range(16):
        s = float(v[k])
        cx = x0 + (k % 4 + 0.5) * cell
        cy = y0 + (k // 4 + 0.5) * cell
        half = (cell - gap) / 2
        if s < REST:
            half *= 0.6
            sheet.box(cx - half, cy - half, cx + half, cy + half, colour)
            inner = half - line
            sheet.box(cx - inner, cy - inner, cx + inner, cy + inner, sheet.field)
            continue
        h = half * (0.62 + 0.38 * s**0.8)
        sheet.box(cx - h, cy - h, cx + h, cy + h, sheet.colour(k, s, colour))
    return (x0, y0, x0 + side, y0 + side)
