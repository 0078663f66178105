"""Flat cut shapes that hold a Chladni figure as a screenprint holds an image: a
rectangle, an arch (a window with a round top) and a half-plane under a slanted line,
each an anti-aliased 0..1 mask over the whole working image; sizes are fractions of
the cover, so a shape looks the same at any size."""

from __future__ import annotations

import numpy as np

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1: fractions of the cover


def _axes(work: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel centres as fractions of the cover: a row of x and a column of y."""
    t = (np.arange(work, dtype=np.float32) + 0.5) / work
    return t[None, :], t[:, None]


def rect(work: int, box: Rect) -> np.ndarray:
    """A rectangle."""
    x, y = _axes(work)
    x0, y0, x1, y1 = box
    inside = np.minimum(np.minimum(x - x0, x1 - x), np.minimum(y - y0, y1 - y))
    return np.clip(inside * work + 0.5, 0.0, 1.0)


def arch(work: int, left: float, right: float, top: float, bottom: float = 1.1) -> np.ndarray:
    """A window with a round top: straight sides from `bottom` up to a half-circle whose
    highest point is `top`."""
    x, y = _axes(work)
    r = (right - left) / 2
    cx, cy = left + r, top + r
    body = np.minimum(np.minimum(x - left, right - x), bottom - y)
    dome = r - np.sqrt((x - cx) ** 2 + np.minimum(y - cy, 0.0) ** 2)
    return np.clip(np.minimum(body, dome) * work + 0.5, 0.0, 1.0)


def below(work: int, y_left: float, y_right: float) -> np.ndarray:
    """Everything under the line from (0, y_left) to (1, y_right)."""
    x, y = _axes(work)
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
