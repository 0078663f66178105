"""Flat cut shapes that hold a Chladni figure as a screenprint holds an image: a
rectangle, an arch (a window with a round top) and a half-plane under a slanted line,
each an anti-aliased 0..1 mask over an area (a pixel box) of the working image; sizes
are fractions of the cover, so a shape looks the same at any size."""

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


def arch(work: int, area: Area, left: float, right: float, top: float) -> np.ndarray:
    """A window with a round top: straight sides from below the cover up to a
    half-circle whose highest point is `top`."""
    x, y = _axes(work, area)
    r = (right - left) / 2
    cx, cy = left + r, top + r
    body = np.minimum(np.minimum(x - left, right - x), 1.1 - y)
    dome = r - np.sqrt((x - cx) ** 2 + np.minimum(y - cy, 0.0) ** 2)
    return np.clip(np.minimum(body, dome) * work + 0.5, 0.0, 1.0)


def below(work: int, area: Area, y_left: float, y_right: float) -> np.ndarray:
    """Everything under the line from (0, y_left) to (1, y_right)."""
    x, y = _axes(work, area)
    rise = y_right - y_left
    gap = (y - (y_left + rise * x)) / np.float32(np.hypot(1.0, rise))
    return np.clip(gap * work + 0.5, 0.0, 1.0)


def shifted(mask: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """`mask` moved by whole pixels (a misregistered second print), empty where it
    moved in from outside."""
    out = np.zeros_like(mask)
    h, w = mask.shape
    out[max(0, dy) : h + min(0, dy), max(0, dx) : w + min(0, dx)] = mask[
        max(0, -dy) : h + min(0, -dy), max(0, -dx) : w + min(0, -dx)
    ]
    return out
