"""The retro sun's mountain range: a huge striped sun cropped by the top edge over a
wall of wireframe mountains that fills the lower frame, their ridge edged in chrome
(a bright line over a dark one, as on an airbrushed 1980s sleeve)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import retro_kit
from sleeve.engine.styles.cover_parts.retro_plan import Plan

Box = tuple[float, float, float, float]
COLUMNS = 15  # the mesh's columns across the frame
ROWS = 7  # its rows from the ridge down to the frame's foot


def ridge(p: Plan, curve: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The ridge's (x, y) nodes: three to five sharp peaks (the highest where the song
    is loudest) over a saddle, their tops between 0.34 and 0.6 of the frame."""
    peaks = np.sort(rng.uniform(0.05, 0.95, int(rng.integers(3, 6))))
    xs = np.linspace(-0.04, 1.04, COLUMNS - peaks.size)
    xs = np.sort(np.concatenate([xs, peaks]))  # a node on every summit: sharp peaks
    loud = np.interp(xs, np.linspace(0, 1, curve.size), curve)
    height = np.zeros_like(xs)
    for x in peaks:
        top = rng.uniform(0.55, 1.0) * (0.7 + 0.3 * float(np.interp(x, xs, loud)))
        height = np.maximum(height, top - np.abs(xs - x) * rng.uniform(2.0, 3.2))
    height = np.clip(height, 0.0, 1.0) + rng.uniform(-0.03, 0.03, xs.size)
    return xs, 0.64 - 0.3 * np.clip(height, 0.0, 1.0)


def range_(
    d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator
) -> tuple[Image.Image, Box]:
    """The scene (picture, focal box): sky, the sun cropped by the top edge, the
    mountains' mass, their mesh fading towards the foot and the chrome ridge."""
    img = retro_kit.vertical(size, [*col["sky"]], [0.0, 1.0])
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.2 + d.density)), 0.5)
    draw.flush()
    mask = retro_kit.sun_mask(size, (p.cx, p.cy, p.r), p.sun, p.stripes, p.even, p.horizon)
    span = (max(0.0, p.cy - p.r), p.horizon)
    img = retro_kit.paint_sun(img, mask, col, span, 0.4 + 0.5 * d.brightness)
    curve = np.asarray(d.energy_curve or (0.5,), dtype=np.float64)
    xs, ys = ridge(p, curve, rng)
    draw = aggdraw.Draw(img)
    outline = [v * size for q in zip(xs, ys, strict=True) for v in q]
    draw.polygon(
        outline + [1.04 * size, 1.02 * size, -0.04 * size, 1.02 * size],
        aggdraw.Brush(col["ground"]),
    )
    rows = [ys + (1.02 - ys) * (k / ROWS) ** 1.4 for k in range(ROWS + 1)]
    for k in range(1, ROWS + 1):  # the mesh: rows, uprights and one diagonal a cell
        fade = int(200 * (1 - k / (ROWS + 1)) + 30)
        pen = raster.pen(col["neon"], size * 0.0022, fade)
        line = [v * size for q in zip(xs, rows[k], strict=True) for v in q]
        draw.line(line, pen)
        for i in range(COLUMNS - 1):
            up, low = rows[k - 1], rows[k]
            draw.line((xs[i] * size, up[i] * size, xs[i] * size, low[i] * size), pen)
            draw.line((xs[i] * size, up[i] * size, xs[i + 1] * size, low[i + 1] * size), pen)
    shade = [v + 0.006 * size * (j % 2) for j, v in enumerate(outline)]  # the dark under-line
    draw.line(shade, raster.pen(col["ridge"], size * 0.009))
    draw.line(outline, raster.pen(col["sun_top"], size * 0.006))
    draw.line(
        [v - 0.002 * size * (j % 2) for j, v in enumerate(outline)],
        raster.pen((255, 255, 255), size * 0.002, 220),
    )
    draw.flush()
    low = max(float(ys.max()) + 0.02, min(p.cy, p.horizon))  # a sunk sun's centre too
    box = (max(0.0, p.cx - p.r), 0.0, min(1.0, p.cx + p.r), low)
    return img, box
