"""The onset grid's halftone poster: a coarse dot screen turned 45 degrees under the
title's band (kept at the top; the style flips the picture for a low title) whose
dots' sizes draw one big sun, like a 1960s Swiss concert poster: full dots inside,
shrinking to nothing outside, a ray per sixteenth of the busiest bar pushed out as far
as its hit, so the rhythm is the sun's outline; its core in the accent when the
downbeat is played. Dots below a sliver are left out, so the sun stands on clean
field."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of

GAP = 0.03  # field between the title's band and the first dots
LEAST = 0.12  # a dot smaller than this share of the pitch is left out
FALL = 0.3  # the dots shrink from full to nothing over this share of the frame


def _screen(sheet: Sheet, cols: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Dot centres (x, y fractions) of a screen turned 45 degrees as in print, `cols`
    dots across, cropped by a seeded offset, from under the title's band to the foot,
    and its pitch (the distance between neighbouring dots)."""
    half = 1.0 / (2 * cols)  # a row's and a column's step; neighbours lie diagonal
    pitch = half * np.sqrt(2)
    top = KEEP_OUT + GAP + pitch / 2
    rows = int(np.ceil((1.0 - top) / half)) + 1
    shift = float(sheet.rng.uniform(0, 2 * half))
    r, c = np.mgrid[0:rows, -2 : 2 * cols + 2]
    keep = (r + c) % 2 == 0
    return (c * half + shift)[keep], (top + r * half)[keep], pitch


def _print(sheet: Sheet, x: np.ndarray, y: np.ndarray, r: np.ndarray, hot: np.ndarray) -> None:
    """The dots big enough to read, in the ink, the `hot` ones in the accent."""
    for k in np.flatnonzero(r > 0):
        sheet.disc(float(x[k]), float(y[k]), float(r[k]), sheet.hot if hot[k] else sheet.ink)


def halftone(sheet: Sheet, hits: np.ndarray, cols: int, size: float) -> Box:
    """A dot screen `cols` across whose dot sizes draw a sun of radius `size` (a
    fraction of the side) in the art's middle, a ray per sixteenth of the busiest bar
    pushed out as far as its hit, its core in the accent when the bar's downbeat is
    played."""
    rng = sheet.rng
    x, y, pitch = _screen(sheet, cols)
    bar = steps_of(hits, 16, busiest(hits, 2))
    cx = float(rng.uniform(0.3, 0.7))
    cy = float(rng.uniform(0.74, 0.8))  # low, the rays bled off the foot
    turn = float(rng.uniform(0, 2 * np.pi))  # where the downbeat's ray points
    angle = np.mod(np.arctan2(y - cy, x - cx) + turn, 2 * np.pi)
    step = np.clip((angle / (2 * np.pi) * 16).astype(int), 0, 15)
    dist = np.hypot(x - cx, y - cy)
    rim = size * (1.0 + 0.6 * bar[step])
    depth = (rim - dist) / FALL
    share = np.clip(0.3 + depth, 0.0, 1.0)
    r = 0.5 * pitch * np.sqrt(share)
    r = np.where(r < LEAST * pitch, 0.0, r)
    _print(sheet, x, y, r, (bar[0] >= REST) & (dist < 0.4 * size))
    shown = r > 0
    if not shown.any():
        return (0.0, KEEP_OUT, 1.0, 1.0)
    reach = r[shown]
    return (
        float((x[shown] - reach).min()),
        float((y[shown] - reach).min()),
        float((x[shown] + reach).max()),
        float((y[shown] + reach).max()),
    )
