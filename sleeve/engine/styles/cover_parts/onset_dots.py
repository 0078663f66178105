"""The onset grid's halftone poster: a coarse dot screen filling the frame under the
title's band (kept at the top; the style flips the picture for a low title), the dots'
sizes drawing one big shape, like a 1960s Swiss concert poster.

'hills': the song's energy as a landscape across the width, each column lifted by its
sixteenth's hit, dots full under the ridge and shrinking to nothing above it; 'sun': a
big disc bled off a lower corner, its rim pushed out where the bar hits. Dots below a
sliver are left out, so the shape stands on clean field; the downbeats' columns (hills)
or rays (sun) are printed in the accent."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of

GAP = 0.03  # field between the title's band and the first dots
LEAST = 0.12  # a dot smaller than this share of the pitch is left out
FALL = 0.2  # the dots shrink from full to nothing over this share of the frame


def _screen(sheet: Sheet, cols: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Dot centres (x, y fractions) of a hexagonal screen `cols` across, cropped by a
    seeded offset, from under the title's band to the foot, and its pitch."""
    pitch = 1.0 / (cols - 0.5)
    rise = pitch * np.sqrt(3) / 2
    top = KEEP_OUT + GAP + pitch / 2
    rows = int(np.ceil((1.0 - top) / rise)) + 1
    shift = float(sheet.rng.uniform(0, pitch))
    r, c = np.mgrid[0:rows, -1 : cols + 1]
    x = (c + 0.5 * (r % 2)) * pitch + shift - pitch / 2
    y = top + r * rise
    return x.ravel(), y.ravel(), pitch


def _print(sheet: Sheet, x: np.ndarray, y: np.ndarray, r: np.ndarray, hot: np.ndarray) -> None:
    """The dots big enough to read, in the ink, the `hot` ones in the accent."""
    for k in np.flatnonzero(r > 0):
        sheet.disc(float(x[k]), float(y[k]), float(r[k]), sheet.hot if hot[k] else sheet.ink)


def halftone(sheet: Sheet, hits: np.ndarray, shape: str, cols: int, curve: np.ndarray) -> Box:
    """A dot screen `cols` across whose dot sizes draw the 'hills' (the energy
    `curve` lifted by the onsets) or the 'sun' (module docstring)."""
    rng = sheet.rng
    x, y, pitch = _screen(sheet, cols)
    first = busiest(hits, 2)
    if shape == "hills":
        beat = signals.smooth(steps_of(hits, 24, first), 2, "wrap")
        beat = (beat - beat.min()) / max(float(np.ptp(beat)), 1e-6)
        t = np.linspace(0, 1, 24)
        level = 0.45 * np.interp(t, np.linspace(0, 1, len(curve)), curve) + 0.55 * beat
        ridge = 0.93 - (0.2 + 0.62 * np.interp(x, t, level)) * (1.0 - KEEP_OUT - GAP)
        depth = (y - ridge) / FALL
        peak = int(np.argmin(np.where(np.abs(x - 0.5) < 0.38, ridge, np.inf)))
        hot = np.hypot(x - x[peak], y - ridge[peak] - pitch) < float(rng.uniform(1.6, 2.4)) * pitch
    else:
        bar = steps_of(hits, 16, first)
        cx = float(rng.uniform(0.32, 0.68))
        cy = 0.5 * (1.0 + KEEP_OUT + GAP) + 0.05
        size = float(rng.uniform(0.17, 0.21))
        angle = np.arctan2(y - cy, x - cx)
        step = np.clip(((angle + np.pi) / (2 * np.pi) * 16).astype(int), 0, 15)
        dist = np.hypot(x - cx, y - cy)
        depth = (size * (1.0 + 0.5 * bar[step]) - dist) / FALL
        hot = dist < 0.45 * size
    share = np.clip(0.35 + depth, 0.0, 1.0)
    r = 0.52 * pitch * np.sqrt(share)
    r = np.where(r < LEAST * pitch, 0.0, r)
    _print(sheet, x, y, r, hot)
    shown = r > 0
    return (0.0, float((y[shown] - r[shown]).min()) if shown.any() else KEEP_OUT, 1.0, 1.0)
