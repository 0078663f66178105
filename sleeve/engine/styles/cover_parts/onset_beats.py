"""The onset grid's step grid: a drum machine seen from above, 16 steps x 4-8 tracks
(a track a bar), a played pad a solid block as big as its hit, a rest a short dash
(no outlined pads: rows of outlined squares read as an app's UI).

The downbeats are in the accent, the step lights over the grid; cropped (close or
wide) so a bar runs off the frame, kept out of the title's band. Returns the focal
box it drew in."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def _clip(sheet: Sheet, lo: float, hi: float) -> tuple[float, float]:
    y0, y1 = sheet.band
    return max(lo, y0), min(hi, y1)


def sequencer(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The step grid of a drum machine, huge: lit pads filled as big as their hit, a
    rest a dash, a row of step lights along the title's side of the grid."""
    rng = sheet.rng
    y0, y1 = sheet.band
    tracks = int(rng.integers(4, 9))
    shown = float(
        rng.choice((6.5, 8.5, 10.5)) + rng.uniform(0, 1)
    )  # steps across: the bar runs off
    pitch = 1.0 / shown
    left = float(rng.uniform(0.03, 0.06))
    rows = np.roll(hits, -busiest(hits, tracks), axis=0)
    lights = 0.35 * pitch
    room = (y1 - y0) - 0.06 - lights
    row_h = max(room / min(tracks, 5.5), pitch * 0.75)
    gap = 0.14 * min(pitch, row_h)
    if sheet.top:
        start, way = y0 + 0.04 + lights, 1
    else:
        start, way = y1 - 0.04 - lights - row_h, -1
    # the step lights: a small bar over each column, every fourth in the mass colour
    ly = start - lights if way == 1 else y1 - 0.04 - lights * 0.6
    for c in range(16):
        x = left + c * pitch
        colour = sheet.mass if c % 4 == 0 else sheet.ink
        sheet.box(x + gap, ly, x + gap + 0.35 * pitch, ly + 0.14 * pitch, colour)
    for t in range(tracks):
        bar = rows[t % len(rows)]
        y = start + way * t * row_h
        for c in range(16):
            x = left + c * pitch
            a, b = x + gap / 2, x + pitch - gap / 2
            top, bot = _clip(sheet, y + gap / 2, y + row_h - gap / 2)
            if bot <= top or a > 1.0:
                continue
            v = float(bar[c])
            if v < REST:  # a rest: a short dash at the pad's foot, no outlined pad
                dash = top + 0.8 * (bot - top) if way == 1 else top + 0.1 * (bot - top)
                sheet.box(a, dash, b, dash + 0.1 * (bot - top), sheet.ink)
                continue
            inset = 0.5 * (1.0 - (0.35 + 0.65 * v)) * min(b - a, row_h - gap)
            top, bot = _clip(sheet, y + gap / 2 + inset, y + row_h - gap / 2 - inset)
            if bot > top:
                sheet.box(a + inset, top, b - inset, bot, sheet.colour(c, v))
    return (0.0, y0, 1.0, y1)
