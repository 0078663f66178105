"""The onset grid's step grid: the song's onsets (bars x 16 sixteenths, 0..1) set huge,
label-art style, a row per bar and a column per sixteenth, each cell's square as big
as the strongest onset in it, the downbeats in the accent; the grid runs off the
frame, so a bar's last steps and the last bars are cropped, and it keeps out of the
title's band. It returns the focal box it drew in (fractions)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def _rows_from(sheet: Sheet, pitch: float, margin: float) -> tuple[float, int, int]:
    """(first row's top y, rows drawn, step of rows: +1 down or -1 up): the grid starts
    at the title's side of the art band (at least `margin` from it) and runs off the
    frame's far edge, which cuts its last row through the middle."""
    y0, y1 = sheet.band
    room = y1 - y0 - margin
    margin += room - (np.floor(room / pitch - 0.5) + 0.5) * pitch
    rows = int(np.ceil((y1 - y0 - margin) / pitch)) + 1
    if sheet.top:
        return y0 + margin, rows, 1
    return y1 - margin - pitch, rows, -1


def sequence(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The step grid, huge and cropped: squares sized by the hit, rests a small dot."""
    rng = sheet.rng
    pitch = float(rng.uniform(0.1, 0.15))
    gap = float(rng.uniform(0.06, 0.12))  # the gutter at full size
    left = float(rng.uniform(0.04, 0.07))
    left = 1.0 - (np.floor((1.0 - left) / pitch - 0.5) + 0.5) * pitch  # the edge cuts a column
    top, rows, way = _rows_from(sheet, pitch, 0.04)
    cols = int(np.ceil((1.0 - left) / pitch)) + 1
    first = busiest(hits, rows)
    y0, y1 = sheet.band
    for r in range(rows):
        bar = hits[(first + r) % hits.shape[0]]
        y = top + way * r * pitch
        for c in range(min(cols, 16)):
            v = float(bar[c])
            cx, cy = left + (c + 0.5) * pitch, y + 0.5 * pitch
            if v < REST:
                sheet.disc(cx, cy, 0.05 * pitch, sheet.ink)
                continue
            half = 0.5 * pitch * (1.0 - gap) * (0.3 + 0.7 * v)
            lo, hi = max(cy - half, y0), min(cy + half, y1)
            if hi > lo:
                sheet.box(cx - half, lo, cx + half, hi, sheet.colour(c, v))
    return (0.0, y0, 1.0, y1)
