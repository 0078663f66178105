"""The onset grid's riley: the rhythm as horizontal bands that fill the frame under
the title's band (kept at the top; the style flips the picture for a low title),
swelling where the song hits and bending in a slow wave, after Bridget Riley."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of


def envelope(v: np.ndarray, x: np.ndarray, width: float) -> np.ndarray:
    """Each sixteenth's hit as a raised-cosine bump centred in its slot along x
    (0..1), `width` slots wide: the rhythm as a smooth curve over the width."""
    n = len(v)
    pos = x * n - 0.5
    out = np.zeros_like(x)
    for k in np.flatnonzero(v >= REST):
        d = np.abs(pos - k) / width
        out = np.maximum(out, v[k] * np.where(d < 1, 0.5 + 0.5 * np.cos(np.pi * d), 0.0))
    return out


def riley(sheet: Sheet, hits: np.ndarray) -> Box:
    """Bands across the full width, one colour on the field, a bar each (time left to
    right, from a step the seed picks, so the downbeat stands off-centre), each
    swelling where its bar hits and bending in a slow wave that grows down the frame,
    so the beats stand as bent columns of swells; the downbeats' swells in the
    accent."""
    rng = sheet.rng
    n = int(rng.choice((6, 7, 8)))
    first = busiest(hits, n)
    x = np.linspace(-0.01, 1.01, 200)
    pitch = (1.0 - KEEP_OUT) / (n + 0.3)
    waves = float(rng.uniform(0.6, 1.2))
    phase = float(rng.uniform(0, 2 * np.pi))
    width = float(rng.uniform(1.0, 1.5))
    colour = sheet.ink if rng.random() < 0.6 else sheet.mass
    start = int(rng.integers(4, 11))  # the bar read from this step: the downbeat off-centre
    down = (16 - start) % 16
    seg = np.flatnonzero(np.abs(x * 16 - 0.5 - down) < 0.75)
    for i in range(n):
        bar = np.roll(steps_of(hits, 16, first + i), -start)
        env = envelope(bar, np.clip(x, 0, 1), width)
        depth = i / max(n - 1, 1)
        y0 = KEEP_OUT + (i + 0.65) * pitch
        bend = pitch * 1.2 * (0.3 + depth) * np.sin(2 * np.pi * waves * x + phase + 1.6 * depth)
        t = pitch * (0.1 + 0.82 * env**1.2)
        top, low = y0 + bend - t / 2, y0 + bend + t / 2
        sheet.poly(np.concatenate([np.stack([x, top], 1), np.stack([x, low], 1)[::-1]]), colour)
        if bar[down] >= REST:
            upper = np.stack([x[seg], top[seg]], 1)
            lower = np.stack([x[seg], low[seg]], 1)[::-1]
            sheet.poly(np.concatenate([upper, lower]), sheet.hot)
    return (0.0, KEEP_OUT, 1.0, 1.0)
