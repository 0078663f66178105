"""The risograph compositions: each returns three plates (tone fields for inks A, B
and C, 0 paper .. 1 solid) and the focal box of what they draw.

The music sets the figure's measures: the energy curve draws the hill line, the wave
heights, the arch widths, the lit windows and the leaf lengths; the tempo is the big
number and the road's dash rhythm; density counts shapes; the seed places them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_bold import botanical, stack, stars
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    blank,
    disc,
    fill,
    grid,
    numeral,
    polygons,
    ramp,
    rect,
    wobble,
)


def _level(d: ArtDirection, n: int) -> np.ndarray:
    """The energy curve at n points, stretched to 0..1."""
    return signals.energy(d, n).astype(np.float32)


def sun(d: ArtDirection, rng: Rng) -> Plates:
    """A striped sun setting behind hills drawn by the energy curve, its reflection
    printed over the ground."""
    x, y = grid()
    hy = rng.uniform(0.58, 0.7)
    cx = float(rng.choice((0.33, 0.5, 0.67))) + rng.uniform(-0.04, 0.04)
    r = 0.15 + 0.1 * d.energy + rng.uniform(0, 0.05)
    cy = hy - r * rng.uniform(0.15, 0.6)
    ridge = hy - 0.02 - 0.12 * signals.smooth(_level(d, RES), 9)[None, :]
    body = fill(disc(cx, cy, r) + wobble(rng, 0.003))
    period = 0.1 / (1 + 2 * d.density)
    cut = (y > cy) & (((y - cy) / period) % 1 < 0.15 + 0.5 * (y - cy) / r)
    a = body * ~cut
    depth = np.clip((y - hy) / (1 - hy), 0, 1)
    wave = np.abs(x - cx) < r * (1 - 0.6 * depth) * (0.6 + 0.4 * np.sin(y * 90) ** 2)
    a = np.maximum(a, (y > ridge + 0.02) * wave * ((y * 60 % 1) < 0.45) * 0.9)
    if rng.random() < 0.5:  # a sunburst instead of a graded sky
        rays = 9 + 2 * int(rng.integers(4))
        angle = np.arctan2(y - cy, x - cx) * rays / np.pi + rng.uniform(0, 1)
        sky = (angle % 1 < 0.5) * (y < hy) * rng.uniform(0.4, 0.6)
    else:
        sky = ramp(90, 0.5, -0.2) * (y < hy)
    b = np.maximum(fill(y - ridge), sky)
    c = fill(y - (ridge + 0.05 + 0.04 * np.sin(x * 7 + rng.uniform(0, 6)))) * 0.55
    return [a, b, c], compose.around(cx, cy, r * 1.1)


def number(d: ArtDirection, rng: Rng) -> Plates:
    """The song's tempo as one huge numeral: whole, with a screened shadow print off
    register and a flat disc behind; or so big the sheet's edges crop it."""
    text = str(round(d.tempo_bpm))
    if rng.random() < 0.4:  # cropped: two digits fill the sheet and run off its edges
        a, box = numeral(text[-2:], rng.uniform(0.45, 0.62), rng.uniform(0.6, 0.72), 0.85)
        b = ramp(rng.uniform(0, 360), 0.45, -0.3)
        c = fill(disc(rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.5), rng.uniform(0.15, 0.22)))
        return [a, b, c], (max(0.0, box[0]), max(0.0, box[1]), min(1.0, box[2]), 1.0)
    height = rng.uniform(0.5, 0.72)
    cx = rng.uniform(0.38, 0.62)
    cy = float(rng.choice((0.42, 0.58, 0.68)))
    a, box = numeral(text, cx, cy, height)
    if box[2] - box[0] > 0.92:  # three digits: shrink to fit the sheet
        a, box = numeral(text, 0.5, cy, height * 0.9 / (box[2] - box[0]))
    off = rng.uniform(0.02, 0.04) * np.array(rng.choice((-1, 1), 2))
    b = shift(a, int(off[0] * RES), int(off[1] * RES)) * rng.uniform(0.4, 0.6)
    dx = (box[0] + box[2]) / 2 + rng.uniform(-0.15, 0.15)
    c = fill(disc(dx, (box[1] + box[3]) / 2, rng.uniform(0.2, 0.3)))
    return [a, b, c], box


def arches(d: ArtDirection, rng: Rng) -> Plates:
    """Concentric arches rising from the bottom edge, or nested tall gates, each band
    as wide as its part of the song, inks alternating and overprinting at the seams."""
    x, y = grid()
    n = 4 + int(rng.integers(2)) + round(3 * d.density)
    cx = float(rng.choice((0.28, 0.5, 0.72)))
    base = rng.uniform(0.86, 1.0)
    gate = rng.random() < 0.5  # nested tall gates instead of a rainbow
    outer = rng.uniform(0.3, 0.45) if gate else rng.uniform(0.5, 0.85)  # big, cropped
    widths = 0.5 + _level(d, n)
    radii = outer * np.concatenate(([0.0], np.cumsum(widths[::-1]) / widths.sum()))
    top = base - (rng.uniform(0.2, 0.32) if gate else 0.0)
    round_ = np.sqrt((x - cx) ** 2 + (y - top) ** 2)
    dist = np.where(y < top, round_, np.abs(x - cx)) + wobble(rng, 0.002)
    plates = [blank(), blank(), blank()]
    for k in range(n):
        lo, hi = radii[k] + (0.18 * outer if k == 0 else 0.0), radii[k + 1] + 0.008
        band = fill(np.minimum(dist - lo, hi - dist)) * (y < base)
        ink = k % 3 if n > 5 else k % 2
        plates[ink] = np.maximum(plates[ink], band)
    plates[1] = np.maximum(plates[1], ramp(rng.uniform(-30, 30), 0.25, 0.0) * (y < base))
    return plates, (max(0.0, cx - outer), max(0.0, top - outer), min(1.0, cx + outer), base)


def windows(d: ArtDirection, rng: Rng) -> Plates:
    """Tower blocks at night: windows lit where the song is loud, a moon in the sky."""
    x, y = grid()
    towers = 2 + int(rng.integers(2))
    plates = [blank(), blank(), blank()]
    left = rng.uniform(0.04, 0.22)
    bound = 1.0
    for t in range(towers):
        w = rng.uniform(0.2, 0.3)
        top = rng.uniform(0.22, 0.5)
        x0, x1 = left, min(left + w, 1.02)
        body = fill(rect(x0, top, x1, 1.05))
        cols, rows = int(rng.integers(3, 6)), int((1 - top) / 0.055)
        lit = _level(d, cols * rows).reshape(rows, cols) > rng.uniform(0.45, 0.7)
        gx, gy = (x - x0) / (x1 - x0) * cols, (y - top - 0.03) / 0.055
        inside = (
            (gx % 1 > 0.3) & (gx % 1 < 0.8) & (gy % 1 < 0.55) & (gy >= 0) & (gx >= 0) & (gx < cols)
        )
        ci, ri = np.clip(gx.astype(int), 0, cols - 1), np.clip(gy.astype(int), 0, rows - 1)
        on = inside & lit[ri, ci]
        plates[1] = np.maximum(plates[1], body * ~inside * (0.92 if t % 2 else 0.62))
        plates[0] = np.maximum(plates[0], on.astype(np.float32))
        bound = min(bound, top)
        left = x1 - rng.uniform(0.0, 0.05)
        if left > 0.9:
            break
    mx, my = rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.2)
    sky = ramp(90, 0.3, -0.15) if rng.random() < 0.5 else blank()
    plates[2] = np.maximum(fill(disc(mx, my, rng.uniform(0.06, 0.1))), sky)
    return plates, (0.0, bound, 1.0, 1.0)


def waves(d: ArtDirection, rng: Rng) -> Plates:
    """Stacked waves, each as high as its part of the song: a sea under a disc, or
    waves filling the whole sheet over a screened gradient (the sea seen through a
    round window read as a fishbowl)."""
    x, y = grid()
    full = d.energy > 0.6 and rng.random() < 0.6  # a loud sea fills the sheet
    n = 5 + int(rng.integers(3)) + round(3 * d.density) + (2 if full else 0)
    top = rng.uniform(-0.02, 0.1) if full else rng.uniform(0.38, 0.55)
    gap = (1.02 - top) / n
    level = _level(d, n)
    freq = rng.uniform(1.5, 3.5) * 2 * np.pi * (1.4 if full else 1.0)
    plates = [blank(), blank(), blank()]
    for k in range(n):
        line = (
            top + k * gap - (0.01 + 0.05 * level[k]) * np.sin(freq * x + k * rng.uniform(0.4, 1.2))
        )
        band = fill(y - line) * fill(line + gap * 1.35 - y)
        plates[k % 2] = np.maximum(plates[k % 2], band * (1.0 if k % 3 else 0.7))
    if full:
        plates[2] = ramp(rng.uniform(0, 360), rng.uniform(0.4, 0.65), 0.0)
        return plates, (0.0, max(0.0, top), 1.0, 1.0)
    cx, r = float(rng.choice((0.3, 0.7))), rng.uniform(0.1, 0.16)
    plates[2] = fill(disc(cx, top - r - 0.04, r))
    return plates, (0.0, top - 2 * r - 0.04, 1.0, 1.0)


def road(d: ArtDirection, rng: Rng) -> Plates:
    """A road running to a vanishing point on the horizon, dashed to the tempo, with
    ploughed furrows beside it and a low sun."""
    x, y = grid()
    hy = rng.uniform(0.42, 0.55)
    vx = rng.uniform(0.35, 0.65)
    half = rng.uniform(0.3, 0.55)
    b = polygons([[(vx - 0.004, hy), (vx + 0.004, hy), (0.5 + half, 1.0), (0.5 - half, 1.0)]])
    t = np.clip((y - hy) / (1 - hy), 1e-3, 1)
    mid = vx + (0.5 - vx) * t
    dashes = (np.abs(x - mid) < 0.012 * t) & ((1 / t * d.tempo_bpm / 60) % 1 < 0.5)
    b = b * ~dashes
    angle = np.arctan2(x - vx, np.maximum(y - hy, 1e-3))
    rows = 14 + round(14 * d.density)
    furrow = ((angle * rows / np.pi) % 1 < 0.5) & (y > hy)
    a = furrow * (1 - b) * 0.8 + ramp(90, 0.45, 0.0) * (y < hy)
    sx = vx + float(rng.choice((-1, 1))) * rng.uniform(0.18, 0.3)
    sr = rng.uniform(0.09, 0.14)
    c = fill(disc(sx, hy, sr)) * (y < hy)
    return [a.astype(np.float32), b, c], (0.0, hy - sr, 1.0, 1.0)


MOTIFS: dict[str, Callable[[ArtDirection, Rng], Plates]] = {
    "botanical": botanical,
    "arches": arches,
    "sun": sun,
    "waves": waves,
    "windows": windows,
    "stack": stack,
    "road": road,
    "stars": stars,
    "number": number,
}
