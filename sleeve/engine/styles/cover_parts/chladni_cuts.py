"""The plates a Chladni figure lies on: a square or oblong plate and a round one, each
an anti-aliased 0..1 mask over an area (a pixel box) of the working image; sizes are
fractions of the cover, so a plate looks the same at any size."""

from __future__ import annotations

import numpy as np

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1: fractions of the cover
Area = tuple[int, int, int, int]  # x0, y0, x1, y1: working pixels


def _axes(work: int, area: Area) -> tuple[np.ndarray, np.ndarray]:
    """The area's pixel centres as fractions of the cover: a row of x, a column of y."""
    x = (np.arange(area[0], area[2], dtype=np.float32) + 0.5) / work
    y = (np.arange(area[1], area[3], dtype=np.float32) + 0.5) / work
    return x[None, :], y[:, None]


def rect(work: int, area: Area, box: Rect) -> np.ndarray:
    """A rectangle."""
    x, y = _axes(work, area)
    x0, y0, x1, y1 = box
    inside = np.minimum(np.minimum(x - x0, x1 - x), np.minimum(y - y0, y1 - y))
    return np.clip(inside * work + 0.5, 0.0, 1.0)


def disc(work: int, area: Area, cx: float, cy: float, r: float) -> np.ndarray:
    """A round plate."""
    x, y = _axes(work, area)
    return np.clip((r - np.sqrt((x - cx) ** 2 + (y - cy) ** 2)) * work + 0.5, 0.0, 1.0)
