"""The onset grid's Truchet figure: quarter-arc tiles over the art's band that together
draw one big shape, a heart when the title names one, a wave when it names the sea,
else a rayed sun: the tiles inside the shape a flat mass cut by arcs in the field
colour (as thick as their sixteenth's hit, the downbeats in the accent), a halo of
hairline tiles in the ink round it, so the figure stands out of a faint maze; the
seed turns the tiles and places the shape."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

Box = tuple[float, float, float, float]


def _inside(shape: str, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Whether points (in the shape's own unit frame, centre 0, radius about 1) lie in
    the shape."""
    if shape == "heart":
        y = -y * 1.15 + 0.25
        x = x * 1.2
        return (x**2 + y**2 - 1) ** 3 - x**2 * y**3 <= 0
    if shape == "wave":
        return np.abs(y - 0.45 * np.sin(2.2 * x)) < 0.42
    r = np.hypot(x, y)  # the sun: a disc and a crown of eight rays
    rays = (r > 1.3) & (r < 1.75) & (np.cos(8 * np.arctan2(y, x)) > 0.2)
    return (r <= 1.0) | rays


def mosaic(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The tiles: thick arcs inside the figure, hairlines around it."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    shape = {"heart": "heart", "sea": "wave"}.get(sheet.motif, "sun")
    cols = int(rng.integers(16, 21))
    side = 1.0 / cols
    rows = int(np.ceil(depth / side))
    reach = {"heart": 0.42 * depth, "wave": 0.6}.get(shape, 0.27 * depth)
    cx = float(rng.uniform(0.42, 0.58)) if shape != "wave" else 0.5
    cy = (y0 + y1) / 2 - (0.1 * reach if shape == "heart" else 0.0)  # the whole figure shows
    top = y1 - rows * side if sheet.top else y0
    xs = (np.arange(cols) + 0.5) * side
    ys = top + (np.arange(rows) + 0.5) * side
    gx, gy = np.meshgrid(xs, ys)
    inside = _inside(shape, (gx - cx) / reach, (gy - cy) / reach)
    # the faint maze a halo round the figure, not wallpaper (the wave's runs wall to wall)
    halo = np.hypot(gx - cx, gy - cy) < 2.3 * reach if shape != "wave" else np.ones_like(inside)
    flat = steps_of(hits, int(inside.sum()), busiest(hits, max(1, int(inside.sum()) // 16)))
    turns = rng.integers(0, 2, inside.shape)
    s = sheet.size
    k = 0
    hair = aggdraw.Pen(sheet.ink, max(1.0, 0.005 * s))
    for r, c in zip(*np.nonzero(inside), strict=True):  # the figure: tiles of the mass
        x, y = c * side, top + r * side
        sheet.box(x - 0.002, y - 0.002, x + side + 0.002, y + side + 0.002, sheet.mass)
    for r in range(rows):
        for c in range(cols):
            x, y = c * side, top + r * side
            if inside[r, c]:
                v = float(flat[k])
                k += 1
                width = side * (0.12 + 0.3 * v) if v >= REST else side * 0.05
                pen = aggdraw.Pen(sheet.colour(k - 1, v, sheet.field), width * s)
                turn = (turns[r, c] + (v >= 0.5)) % 2
            elif halo[r, c]:
                pen, turn = hair, turns[r, c]
            else:
                continue
            corners = ((x, y, 270, 360), (x + side, y + side, 90, 180))
            if turn:
                corners = ((x + side, y, 180, 270), (x, y + side, 0, 90))
            h = side / 2
            for ax, ay, a0, a1 in corners:
                box = (s * (ax - h), s * (ay - h), s * (ax + h), s * (ay + h))
                sheet.draw.arc(box, a0, a1, pen)
    return (0.0, y0, 1.0, y1)
