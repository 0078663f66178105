"""The onset grid's quiet prints: few big marks in a wide flat field, the title's band
kept at the top (the style flips the picture for a low title), each returning the
focal box it drew in.

A row (one line of huge dots, a sixteenth of the song's typical bar each, as wide as
its hit, running off both sides of the frame low under a wide empty field), a strip
(a barcode: a band of upright bars, a sixteenth each, as thick as its hit, across a
wide flat field) and
steps (a step sequencer's 4 x 4 grid of big squares, the song's typical bar, each square
as big as its hit, rests an open square, only the downbeat filled in the accent)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of


def _bar(hits: np.ndarray, count: int, start: int) -> np.ndarray:
    """`count` sixteenths of the busiest bars, read from step `start` of a bar."""
    return steps_of(np.roll(hits, -start, axis=1), count, busiest(hits, count // 16 + 1))


def groove(hits: np.ndarray, count: int, start: int) -> np.ndarray:
    """The song's typical bar (each sixteenth's median strength over the bars, so one
    stray hard hit does not stand for the song), `count` steps read from `start`."""
    return np.resize(np.roll(np.median(hits, axis=0), -start), count)


def row(sheet: Sheet, hits: np.ndarray) -> Box:
    """One row of huge dots low in the frame, a sixteenth each, as wide as its hit (a
    rest a small dot, so the row stays a line), the first and last cut in half by the
    sides; the downbeats' dots in the accent, the rest in one ink; everything above
    is empty field."""
    rng = sheet.rng
    n = int(rng.choice((4, 5, 6)))
    pitch = 1.0 / (n - 1.4)
    start = int(rng.integers(1, 3))  # the downbeat a dot or so in from the edge
    v = groove(hits, n, (16 - start) % 16)
    cy = float(rng.uniform(0.68, 0.76))
    colour = sheet.ink if rng.random() < 0.6 else sheet.mass
    big = 0.0
    for k in range(n):
        s = float(v[k])
        r = pitch * (0.16 + 0.32 * s**0.8) if s >= REST else pitch * 0.06
        big = max(big, r)
        sheet.disc((k - 0.3) * pitch, cy, r, sheet.colour(k - start, s, colour))
    return (0.0, max(KEEP_OUT, cy - big), 1.0, min(1.0, cy + big))


def strip(sheet: Sheet, hits: np.ndarray) -> Box:
    """A barcode: upright bars across the frame in one band low under a wide empty
    field, a sixteenth a slot, each bar as thick as its hit (rests empty slots), the
    downbeats' bars in the accent."""
    rng = sheet.rng
    n = int(rng.choice((16, 20, 24)))  # 32 bars blur to grey at 64 px
    margin = float(rng.choice((0.0, 0.08)))  # bled off both sides, or set in a margin
    pitch = (1.0 - 2 * margin) / n
    start = int(rng.integers(2, 6))
    v = _bar(hits, n, (16 - start) % 16)
    tall = float(rng.uniform(0.14, 0.24))
    y1 = float(rng.uniform(0.86, 0.92))
    y0 = y1 - tall
    colour = sheet.ink if rng.random() < 0.6 else sheet.mass
    for k in range(n):
        s = float(v[k])
        if s < REST:
            continue
        w = pitch * (0.2 + 0.7 * s**1.2)
        x = margin + (k + 0.5) * pitch
        sheet.box(x - w / 2, y0, x + w / 2, y1, sheet.colour(k - start, s, colour))
    return (0.0, y0, 1.0, y1)


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
