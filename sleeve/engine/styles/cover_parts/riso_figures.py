"""The risograph's city skyline as a riso print (one ink a halftone tone, a second
printing a solid or an echo off register, the paper left bare for lit windows). (The
moon shaded like a halftone photograph is retired.)

It keeps out of the title's zone (Sheet.area), cut cleanly at its edge. The music
sets the measures: the energy curve raises the towers, density counts them; the
seed places, crops, scales and lights everything.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    grid,
    hush,
)


def city(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A skyline against a screened sky, seen from one of three distances: a long low
    waterfront across the middle mirrored in the water below, the usual skyline, or
    three to six towers so near they run off the top; the towers as tall as the song is
    loud, set back, spired, whole windows lit on the
    onsets, solid in the lead ink in front of a
    big flat sun or moon in the second (the screened sky and the inverted print on
    black stock read as grey mud at 64 px; the sky is now a pale tint), the disc
    whole under the title's zone, overprinting the towers where they leave it no
    sky. With the title below, the city stands on water and its reflection."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    shore = y1 if sheet.zone != "bottom" else y1 - 0.06
    view = int(rng.choice(3, p=(0.15, 0.45, 0.4)))  # far (a thin strip: rarer), skyline, near
    if view == 0:  # far: a waterfront across the middle, the lower half its reflection
        shore = y0 + (y1 - y0) * rng.uniform(0.5, 0.65)
    # near: three to six towers (three alone printed as one flat block, "an empty
    # pink block" on Sunny Days and 🌙✨💔)
    count = (10 + round(8 * d.density), 6 + round(6 * d.density), 3 + round(3 * d.density))[view]
    count += int(rng.integers(3))
    height = (0.45, 1.0, 1.6)[view]  # how much of the sky the towers take
    level = signals.energy(d, count).astype(np.float32)
    edges = np.sort(rng.uniform(0, 1, count - 1))
    edges = np.concatenate(([-0.02], edges, [1.02]))
    towers = blank()
    windows = blank()
    hits = signals.onsets(d, 64).astype(np.float32)
    chance = 0.3 + 0.25 * d.energy  # how many windows burn: the louder, the more
    low = shore
    for k in range(count):
        left, right = float(edges[k]), float(edges[k + 1]) + 0.004
        rise = (0.25 + 0.6 * float(level[k])) * rng.uniform(0.75, 1.05) * height
        top = shore - (shore - y0) * rise
        # drawn in the tower's own columns: a tenth of the work of the whole plate
        c0, c1 = max(int(left * RES) - 1, 0), min(int(right * RES) + 2, RES)
        xs = x[:, c0:c1]

        def slab(x0: float, y_top: float, x1: float, xs: np.ndarray = xs) -> np.ndarray:
            return fill(np.minimum(np.minimum(xs - x0, x1 - xs), np.minimum(y - y_top, shore - y)))

        body = slab(left, top, right)
        if rng.random() < 0.35:  # a set-back crown
            inset = (right - left) * 0.22
            body = np.maximum(body, slab(left + inset, top - 0.05, right - inset))
            top -= 0.05
        if rng.random() < 0.2:  # a spire
            mid = (left + right) / 2
            body = np.maximum(body, slab(mid - 0.004, top - 0.08, mid + 0.004))
        np.maximum(towers[:, c0:c1], body, out=towers[:, c0:c1])
        # whole panes on a grid fitted to the tower's width, each lit or dark as one
        # (a noise field cut panes into broken fragments that read as render errors)
        pane = (1.6, 1.0, 2.4)[view]  # nearer towers show bigger windows
        cols = max(int((right - left) / (0.03 * pane)), 1)
        gx, gy = (xs - left) / (right - left) * cols, (y - top) / (0.036 * pane)
        cell = ((gx % 1) > 0.3) & ((gx % 1) < 0.75) & ((gy % 1) < 0.5) & (gy > 1)
        step = (np.floor(gy) * 7 + np.floor(gx) * 3 + k * 11).astype(np.int64)
        on = hits[step % 64] * (0.6 + 0.8 * ((step * 0.618) % 1)) > 1 - chance
        pane_lit = (cell & on & (y < shore - 0.02) & (cols > 1)) * body
        np.maximum(windows[:, c0:c1], pane_lit, out=windows[:, c0:c1])
        low = min(low, top)
    low = max(low, y0)
    sx = rng.uniform(0.25, 0.75)
    sy = low + rng.uniform(-0.02, 0.1)
    sr = rng.uniform(0.16, 0.26) * (1.0 if view else 0.75)
    # the whole disc under the title's zone (cut flat by it, it read as a bowl); with
    # no sky above the towers it overprints them instead of hiding behind them
    front = sy - y0 - 0.02 < 0.12
    sr = min(sr, max(sy - y0 - 0.02, 0.12))
    sy = max(sy, y0 + sr + 0.02)
    sun = fill(disc(sx, sy, sr))  # a big flat sun or moon: the bold shape behind the towers
    # the sky a pale tint rising from the street (a full screen read as grey mud at 64 px)
    sky = np.clip((y - y0) / max(shore - y0, 1e-3), 0, 1) ** 2 * 0.4 * (y < shore)
    a = towers * (1 - windows)  # the towers solid in the lead ink, lit windows cut out
    b = np.maximum(sky * (1 - towers), sun if front else sun * (1 - towers))
    if sheet.dark:  # light inks on black stock: the lit windows print in the second ink
        b = np.maximum(b, windows * towers)
    c = blank()
    if shore < 1.0:  # the view mirrored in the water below, in screened lines
        depth = (y - shore) / 0.06
        rows = np.clip(2 * int(shore * RES) - np.arange(RES), 0, RES - 1)
        mirror = np.maximum(a, b)[rows, :]
        c = mirror * ((depth * 5 % 1) < 0.5) * (y > shore) * 0.6
        a, b = a * (y < shore), b * (y < shore)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, compose.clip_box((0.0, low - 0.05, 1.0, shore if view else y1))
