"""Rain on the glass in front of the bokeh: sharp drops with a lit edge and a shadow,
and streaks where drops ran down, drawn at the cover's size (they are in focus)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image


def _streaks(draw: aggdraw.Draw, rng: np.random.Generator, size: int, count: int) -> None:
    """Wandering trails, thin and faint, each ending in a drop."""
    for _ in range(count):
        x, y = rng.random(), rng.uniform(-0.1, 0.8)
        steps = int(rng.integers(4, 9))
        length = rng.uniform(0.08, 0.3)
        ys = y + np.linspace(0, length, steps)
        xs = x + np.cumsum(rng.normal(0, 0.004, steps))
        width = size * rng.uniform(0.002, 0.005)
        pts = np.stack([xs, ys], 1).ravel() * size
        draw.line(pts.tolist(), aggdraw.Pen((225, 230, 240), width, int(rng.uniform(30, 70))))
        _drop(draw, xs[-1] * size, ys[-1] * size, width * 1.4)


def _drop(draw: aggdraw.Draw, x: float, y: float, r: float) -> None:
    """One drop: a dark lower rim, a pale body, a bright glint top-left."""
    draw.ellipse((x - r, y - r * 0.8, x + r, y + r * 1.25), aggdraw.Brush((10, 12, 18), 70))
    draw.ellipse((x - r, y - r, x + r, y + r), aggdraw.Brush((210, 218, 232), 60))
    g = r * 0.35
    draw.ellipse(
        (x - r * 0.45 - g, y - r * 0.45 - g, x - r * 0.45 + g, y - r * 0.45 + g),
        aggdraw.Brush((255, 255, 255), 190),
    )


def rain(img: Image.Image, rng: np.random.Generator, turbulence: float) -> Image.Image:
    """Drops and streaks on a rainy window over `img` (a copy is drawn on)."""
    img = img.copy()
    size = img.size[0]
    draw = aggdraw.Draw(img)
    _streaks(draw, rng, size, 6 + round(14 * turbulence))
    count = 60 + round(80 * turbulence)
    radii = size * rng.uniform(0.002, 0.009, count) * rng.choice((1.0, 2.0), count, p=(0.85, 0.15))
    for x, y, r in zip(rng.random(count), rng.random(count), radii, strict=True):
        _drop(draw, x * size, y * size, float(r))
    draw.flush()
    return img
