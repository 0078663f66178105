"""Printer's ornaments for the wood-type bill: rows of five-pointed stars and arrows
pointing in."""

from __future__ import annotations

import aggdraw
import numpy as np


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
