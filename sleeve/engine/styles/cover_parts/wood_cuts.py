"""The printer's cuts: carved pictograms (star, heart, sun, moon, horseshoe),
thick-and-thin rules and rows of printer's diamonds (the title's letters are cut in
wood_title)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.raster import RGB

PROBE = 320  # glyphs are cut at this pixel size, then stretched into their slot


def picto(kind: str, width: int, height: int) -> Image.Image:
    """A carved block's mask (width x height): a five-pointed star, a heart, a sun
    (a disc in a ring of rays), a crescent moon or a horseshoe (open to the top, for
    luck, its nail holes cut out)."""
    w, h = max(1, width), max(1, height)
    mask = Image.new("L", (w, h), 0)
    draw = aggdraw.Draw(mask)
    on, off = aggdraw.Brush(255), aggdraw.Brush(0)
    if kind == "star":
        t = np.linspace(0, 2 * np.pi, 10, endpoint=False) - np.pi / 2
        r = np.where(np.arange(10) % 2 == 0, 0.5, 0.2)
        _poly(draw, 0.5 + np.cos(t) * r, 0.54 + np.sin(t) * r, w, h, on)
    elif kind == "heart":
        t = np.linspace(0, 2 * np.pi, 90, endpoint=False)
        x = 16 * np.sin(t) ** 3
        y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
        _poly(draw, 0.5 + x / 34, 0.46 + y / 34, w, h, on)
    elif kind == "sun":
        t = np.linspace(0, 2 * np.pi, 32, endpoint=False) - np.pi / 2
        r = np.where(np.arange(32) % 2 == 0, 0.5, 0.36)
        _poly(draw, 0.5 + np.cos(t) * r, 0.5 + np.sin(t) * r, w, h, on)
        draw.ellipse((0.15 * w, 0.15 * h, 0.85 * w, 0.85 * h), off)
        draw.ellipse((0.2 * w, 0.2 * h, 0.8 * w, 0.8 * h), on)
    elif kind == "moon":
        draw.ellipse((0, 0, w, h), on)
        draw.ellipse((0.3 * w, -0.08 * h, 1.22 * w, 0.84 * h), off)
    else:  # a horseshoe: a thick ring open at the top, calkins flared, nail holes cut
        t = np.linspace(-0.36 * np.pi, 1.36 * np.pi, 60)
        outer = [(0.5 + 0.5 * np.cos(a), 0.55 + 0.45 * np.sin(a)) for a in t]
        inner = [(0.5 + 0.27 * np.cos(a), 0.55 + 0.25 * np.sin(a)) for a in t[::-1]]
        xs, ys = zip(*(outer + inner), strict=True)
        _poly(draw, np.array(xs), np.array(ys), w, h, on)
        for a in np.linspace(-0.1 * np.pi, 1.1 * np.pi, 8):
            cx, cy = (0.5 + 0.385 * np.cos(a)) * w, (0.55 + 0.35 * np.sin(a)) * h
            draw.ellipse((cx - 0.022 * w, cy - 0.022 * h, cx + 0.022 * w, cy + 0.022 * h), off)
    draw.flush()
    return mask


def _poly(draw: aggdraw.Draw, xs: np.ndarray, ys: np.ndarray, w: int, h: int, brush) -> None:
    """A polygon from unit coordinates scaled to w x h."""
    draw.polygon([float(v) for p in zip(xs * w, ys * h, strict=True) for v in p], brush)


def rules(
    draw: aggdraw.Draw, y: float, x0: float, x1: float, weight: float, ink: RGB, down: bool
) -> None:
    """A thick-and-thin double rule at y (the thin one below when `down`)."""
    sign = 1 if down else -1
    brush = aggdraw.Brush(ink)
    draw.rectangle((x0, y, x1, y + sign * weight), brush)
    thin = y + sign * weight * 1.8
    draw.rectangle((x0, thin, x1, thin + sign * weight * 0.45), brush)


def ornaments(
    draw: aggdraw.Draw, y: float, x0: float, x1: float, n: int, r: float, ink: RGB
) -> None:
    """A row of printer's diamonds between x0 and x1."""
    brush = aggdraw.Brush(ink)
    for k in range(n):
        x = x0 + (k + 0.5) * (x1 - x0) / n
        draw.polygon((x, y - r, x + r * 0.7, y, x, y + r, x - r * 0.7, y), brush)
