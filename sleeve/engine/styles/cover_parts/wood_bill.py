"""Printer's ornaments for the wood-type bill: cut blocks (a disc, a starburst, an
arrow, a shield), rows of five-pointed stars, arrows pointing in, and the spot ink that
prints furthest off the stock."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB

SHAPES = ("disc", "burst", "arrow", "shield")


def _shape(kind: str, w: int, h: int, points: int, right: bool) -> Image.Image:
    """A cut block's mask (w x h): a disc, a starburst, an arrow or a shield."""
    mask = Image.new("L", (max(1, w), max(1, h)), 0)
    draw = aggdraw.Draw(mask)
    brush = aggdraw.Brush(255)
    if kind == "disc":
        draw.ellipse((0, 0, w, h), brush)
    elif kind == "burst":
        angles = np.linspace(0, 2 * np.pi, 2 * points, endpoint=False) - np.pi / 2
        radii = np.where(np.arange(2 * points) % 2 == 0, 0.5, 0.39)
        xs, ys = w / 2 + np.cos(angles) * radii * w, h / 2 + np.sin(angles) * radii * h
        draw.polygon([float(v) for p in zip(xs, ys, strict=True) for v in p], brush)
    elif kind == "arrow":
        body = (0.0, 0.22, 0.68, 0.22, 0.68, 0.0, 1.0, 0.5, 0.68, 1.0, 0.68, 0.78, 0.0, 0.78)
        pts = [(x if right else 1 - x) * w if i % 2 == 0 else x * h for i, x in enumerate(body)]
        draw.polygon(pts, brush)
    else:  # a shield: square shoulders, a pointed foot
        pts = (0, 0, w, 0, w, h * 0.62, w / 2, h, 0, h * 0.62)
        draw.polygon(pts, brush)
    draw.flush()
    return mask


def loudest(inks: list[RGB], paper: RGB, dark: bool) -> RGB:
    """The spot ink (inks[1:]) that prints furthest off the paper, or the key ink when
    neither does (yellow multiplied on red stock prints red, and the block is lost):
    lightness apart, hue apart weighing less."""
    base = rgb_to_oklch(paper)

    def apart(ink: RGB) -> float:
        printed = ink if dark else tuple(a * b // 255 for a, b in zip(ink, paper, strict=True))
        lch = rgb_to_oklch(printed)
        hue = min(abs(lch[2] - base[2]), 360 - abs(lch[2] - base[2])) / 180
        return abs(lch[0] - base[0]) + 2.0 * hue * min(lch[1], base[1])

    best = max(inks[1:], key=apart)
    return best if apart(best) > 0.22 else inks[0]


def stars(draw: aggdraw.Draw, y: float, x0: float, x1: float, n: int, r: float, ink) -> None:
    """A row of five-pointed stars."""
    brush = aggdraw.Brush(ink)
    angles = np.linspace(0, 2 * np.pi, 10, endpoint=False) - np.pi / 2
    radii = np.where(np.arange(10) % 2 == 0, r, r * 0.42)
    for k in range(n):
        cx = x0 + (k + 0.5) * (x1 - x0) / n
        pts = zip(cx + np.cos(angles) * radii, y + np.sin(angles) * radii, strict=True)
        draw.polygon([float(v) for p in pts for v in p], brush)


def arrows(draw: aggdraw.Draw, y: float, x0: float, x1: float, h: float, ink) -> None:
    """Two arrows pointing in to the middle of the row."""
    brush = aggdraw.Brush(ink)
    mid = (x0 + x1) / 2
    for tail, sign in ((x0, 1), (x1, -1)):
        tip = mid - sign * h * 0.8
        head = tip - sign * h * 1.2
        draw.rectangle((min(tail, head), y - h * 0.18, max(tail, head), y + h * 0.18), brush)
        draw.polygon((head, y - h * 0.55, tip, y, head, y + h * 0.55), brush)
