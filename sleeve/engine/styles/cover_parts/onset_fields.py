"""The onset grid's full-width fields: the rhythm as a pattern that fills the frame
under the title's band (kept at the top; the style flips the picture for a low title).

A riley (horizontal bands swelling where the song hits, bending in a slow wave, after
Bridget Riley), a chevron (square tiles, a sixteenth each, every hit a triangle as big as
it, so a steady beat knits into zigzags) and a floor (the bars as dots on a floor in
perspective, huge in front and shrinking to a horizon under the title)."""

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


def _edge_ok(points: np.ndarray) -> bool:
    """Whether a mark's outline is wholly inside the frame or cut by an edge near its
    middle and is long along it (a long cut, never a sliver)."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    if ((lo < 0.01) | (hi > 0.99)).sum() > 1:  # a corner's quarter, or wider than the frame
        return False
    for axis in (0, 1):
        for edge in (0.0, 1.0):
            if lo[axis] - 0.01 < edge < hi[axis] + 0.01 and (
                abs(mid[axis] - edge) > 0.35 * half[axis] or half[1 - axis] < 0.015
            ):
                return False
    return True


def _inside(points: np.ndarray) -> bool:
    """Whether an outline lies wholly inside the frame."""
    return bool(points.min() > 0.004 and points.max() < 0.996)


def floor(sheet: Sheet, hits: np.ndarray) -> Box:
    """The bars as a floor in perspective: a row of sixteen marks per bar, the grid
    turned so rows and columns run to vanishing points off the frame, the near marks
    huge and falling off the frame, the far ones shrinking to a horizon under the
    title's band; rests small marks in the faint ink, so the floor stays whole."""
    rng = sheet.rng
    horizon = KEEP_OUT + 0.02
    near = 4.0  # the camera's height above the floor, in cells
    focus = 0.12 * near * float(rng.uniform(1.0, 1.3))
    lift = (1.0 - horizon) * near / focus
    turn = np.deg2rad(float(rng.uniform(22, 40)) * float(rng.choice((-1, 1))))
    ct, st = float(np.cos(turn)), float(np.sin(turn))
    vx = float(rng.uniform(0.35, 0.65))
    t = np.linspace(0, 2 * np.pi, 20, endpoint=False)
    unit = (
        np.stack([np.cos(t), np.sin(t)], 1)
        if sheet.shape == "dot"
        else np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float)
    )
    row, col = (g.ravel() for g in np.mgrid[-2:30, -8:24])
    strength = hits[row % hits.shape[0], col % 16]
    played = strength >= REST
    size = np.where(played, 0.46 * (0.3 + 0.7 * strength**1.2), 0.18)
    local = np.stack([col - 7.5, row - 3.0], 1)[:, None, :] + size[:, None, None] * unit
    wx = local[..., 0] * ct - local[..., 1] * st
    wz = near + local[..., 0] * st + local[..., 1] * ct
    pts = np.stack([vx + focus * wx / wz, horizon + focus * lift / wz], 2)
    lo, hi = pts.min(axis=1), pts.max(axis=1)
    seen = (wz.min(axis=1) >= 0.55 * near) & (hi[:, 0] > 0) & (lo[:, 0] < 1) & (lo[:, 1] < 1)
    seen &= (hi - lo).max(axis=1) >= 0.03  # no specks crowding the horizon
    for m in sorted(np.flatnonzero(seen), key=lambda m: -wz[m].mean()):  # far to near
        if not played[m] or not _edge_ok(pts[m]):
            continue
        i, s = int(col[m] % 16), float(strength[m])
        sheet.poly(pts[m], sheet.colour(i, s))
    return (0.0, horizon, 1.0, 1.0)
