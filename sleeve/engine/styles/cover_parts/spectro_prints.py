"""The spectrogram style's polar print: the song's spectrum as a papercut rose.

- polar: layers of petals round an off-centre heart, cropped boldly (a rose rising
  over the frame's edge, filling a corner, or whole in the free part). Each layer is
  one stretch of the song, the first at the rim and the last at the heart; its outline
  round the angle is that stretch's spectrum (mirrored, repeated a few times: the
  petals), smoothed at the display scale. Each layer is one flat ink, the next in
  another (deep spot, light spot, spot: a papercut print with crisp edges; its lit and
  shaded layers read as "a grey smudge"), a loud stretch a shade brighter, the heart
  a crisp disc of the tip colour. (The groove rings it replaced read as camouflage.)
"""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    lit,
)

LAYERS = (5, 8)  # how many petal layers (stretches of the song) the rose stands
PLACES = ("rising", "corner", "whole")  # where the heart sits: calm to loud
HEART = 0.1  # the heart's radius (a share of the reach)
INKS = (0.38, 0.8, 0.58)  # flat inks layer by layer (deep spot, light spot, spot)
LIFT = 0.08  # how much brighter the loudest stretch's layer prints


def _room(c: Canvas) -> Canvas:
    """The canvas with its free part kept MARGIN clear of the title's edges."""
    fx0, fy0, fx1, fy1 = c.free
    inset = (
        fx0 + MARGIN if fx0 > 0.0 else 0.0,
        fy0 + MARGIN if fy0 > 0.0 else 0.0,
        fx1 - MARGIN if fx1 < 1.0 else 1.0,
        fy1 - MARGIN if fy1 < 1.0 else 1.0,
    )
    return dataclasses.replace(c, free=inset)


def _heart(c: Canvas, rng: np.random.Generator) -> tuple[float, float, float]:
    """The rose's heart and reach: rising over the frame's edge away from the title, in
    a frame corner, or whole in the free part (louder songs sit whole and large); its
    rim runs off the frame's own edges, never into the title's band."""
    fx0, fy0, fx1, fy1 = c.free
    w, h = fx1 - fx0, fy1 - fy0
    weights = np.array([1.0 - 0.5 * c.energy, 1.0, 0.6 + 0.8 * c.energy])
    place = PLACES[int(rng.choice(3, p=weights / weights.sum()))]
    side = float(rng.choice((0.3, 0.7))) + float(rng.uniform(-0.06, 0.06))
    edge_y = fy1 if fy1 >= 1.0 else (fy0 if fy0 <= 0.0 else None)
    if place == "corner" and h > 0.7:
        place = "whole"  # a shallow title leaves room for the whole rose, large
    if place == "whole" or edge_y is None:
        reach = min(0.92 * h, 0.7 * w) * float(rng.uniform(0.96, 1.0))
        cx = fx0 + w * side if w > h + 0.1 else fx0 + w / 2
        if edge_y is None:
            return cx, fy0 + h / 2, 0.5 * min(w, h)
        cy = fy0 + 0.88 * reach if edge_y >= 1.0 else fy1 - 0.88 * reach  # off the frame's edge
        return cx, cy, reach
    if place == "rising":  # half a rose over the frame's edge
        return fx0 + w * side, edge_y, h * float(rng.uniform(1.0, 1.08))
    cx = fx0 if side < 0.5 else fx1
    return cx, edge_y, min(h, w) * float(rng.uniform(0.9, 0.98))


def _outlines(spec: np.ndarray, layers: int, lobes: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(layers, n) each layer's radius round the angle (0..1 of its own reach): its
    stretch's spectrum, mirrored and repeated `lobes` times, smoothed to soft petals;
    and (layers,) each stretch's loudness (0..1)."""
    parts = np.array_split(spec, layers, axis=0)
    level = np.stack([p.mean(axis=0) for p in parts])  # (layers, bands)
    loud = level.mean(axis=1)
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    level = ndimage.gaussian_filter1d(level, 2.5, axis=1, mode="nearest")
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    bands = level.shape[1]
    turn = np.linspace(0.0, 1.0, n, endpoint=False)
    f = np.abs(((turn * lobes) % 1.0) * 2.0 - 1.0)  # 0..1..0 per petal: no seam
    prof = np.stack([np.interp(f, np.linspace(0, 1, bands), row) for row in level])
    prof = ndimage.gaussian_filter1d(prof, n * 0.012 / lobes, axis=1, mode="wrap")
    outline = 0.62 + 0.38 * prof
    # the outer layer's widest petal reaches the rose's full reach (a quiet start had
    # left a small rose in a corner of empty field)
    return np.minimum(outline / outline[0].max(), 1.0).astype(np.float32), loud


def polar(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrum as a glowing rose of petal layers (see the module)."""
    c = _room(c)
    cx, cy, reach = _heart(c, rng)
    layers = int(rng.integers(*LAYERS))
    mean = c.spec.mean(axis=0)
    centroid = float((mean * np.linspace(0, 1, len(mean))).sum() / max(float(mean.sum()), 1e-6))
    # bright, fast songs open more, finer petals; dark, slow ones a few broad ones
    lobes = round(1.5 + 4.0 * centroid + c.tempo / 90.0 + rng.uniform(-0.5, 0.5))
    lobes = int(np.clip(lobes, 2, 7))
    n = 720
    outline, loud = _outlines(c.spec, layers, lobes, n)
    # drawn only inside the rose's square (a corner rose is a quarter of it)
    i0, i1 = (int(np.clip(np.floor(v * c.res), 0, c.res)) for v in (cy - reach, cy + reach + 1))
    j0, j1 = (int(np.clip(np.floor(v * c.res), 0, c.res)) for v in (cx - reach, cx + reach + 1))
    dx, dy = c.x[:, j0:j1] - cx, c.y[i0:i1] - cy
    r = np.sqrt(dx * dx + dy * dy) / reach
    turn = rng.uniform(0.0, 1.0)
    # each pixel's place round the rose, between two of the n samples: the rim is read
    # between them (read at the nearer, a petal's steep side stepped in 3 px stairs)
    at = ((np.arctan2(dy, dx) / (2 * np.pi) + turn) % 1.0) * n
    below = at.astype(np.int32) % n
    after = (below + 1) % n
    frac = (at - np.floor(at)).astype(np.float32)
    px = 1.0 / (c.res * reach)
    start = int(rng.integers(len(INKS)))
    twist = rng.uniform(-0.5, 0.5) / lobes  # each layer turned a little: petals overlap
    rims = []  # each layer's rim at each pixel, outer (the song's start) to inner (its end)
    for k in range(layers):
        rim = np.roll(outline[k] * (1.0 - k / layers), -int(round(k * twist * n)))
        rims.append(rim[below] * (1.0 - frac) + rim[after] * frac)
    part = np.zeros_like(r)
    mask = np.zeros_like(r)
    for k in range(layers):
        shape = np.clip((rims[k] - r) / px + 0.5, 0.0, 1.0)
        tone = INKS[(k + start) % len(INKS)] + LIFT * loud[k]  # a loud stretch: brighter
        part = part * (1.0 - shape) + tone * shape
        mask = np.maximum(mask, shape)
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    # a crisp disc of the tip, a touch domed (its brightest point is its centre)
    heart = np.clip((HEART - r) / px + 0.5, 0.0, 1.0) * (0.97 + 0.03 * (1 - r / HEART)) * mask
    value[i0:i1, j0:j1] = np.maximum(part, heart)
    cover[i0:i1, j0:j1] = mask
    box = (cx - reach, cy - reach, cx + reach, cy + reach)
    return lit(c, cover, value, box, floor=0.0)
