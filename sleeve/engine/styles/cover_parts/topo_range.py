"""A stretch of hill country for the topographic line map, so it reads as terrain and
not as a fingerprint (one summit's concentric rings did): a main summit and two
lower ones on either side of a valley, saddles where their slopes meet, the valley
falling one way with a river down it, and each hill its own steepness so the line
spacing varies. Secondary summits keep off the title's side and off the main one's
top (two small rings above a figure read as eyes)."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.topo_terrain import RES, warp

Point = tuple[float, float]


class Range(NamedTuple):
    """The land (RES x RES, 0..1), its summits (main first) and the river's course."""

    h: np.ndarray
    summits: list[Point]
    river: list[Point]


def _grid() -> tuple[np.ndarray, np.ndarray]:
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    return c[None, :], c[:, None]


def _rise(title: tuple[float, float, float, float]) -> np.ndarray:
    """0 at the title's zone, rising to 1 some 0.7 of the frame away: the land climbs
    from the title's plain, so no summit stands beside the title."""
    x, y = _grid()
    dx = np.maximum(np.maximum(title[0] - x, x - title[2]), 0.0)
    dy = np.maximum(np.maximum(title[1] - y, y - title[3]), 0.0)
    return np.clip(np.hypot(dx, dy) / 0.7, 0.0, 1.0)


def _ridge(at: Point, long: float, wide: float, turn: float) -> np.ndarray:
    """A long ridge centred at `at`, `long` by `wide`, turned by `turn` radians."""
    x, y = _grid()
    u = (x - at[0]) * np.cos(turn) + (y - at[1]) * np.sin(turn)
    v = (y - at[1]) * np.cos(turn) - (x - at[0]) * np.sin(turn)
    return np.exp(-((u / long) ** 2) - (v / wide) ** 2)


def _summits(h: np.ndarray, main: Point) -> list[Point]:
    """The main summit, then the lower tops standing clear of it (spot heights)."""
    peaks = (ndimage.maximum_filter(h, size=RES // 6) == h) & (h > 0.45)
    ys, xs = np.nonzero(peaks)
    tops = [((x + 0.5) / RES, (y + 0.5) / RES) for y, x in zip(ys, xs, strict=True)]
    far = [p for p in tops if np.hypot(p[0] - main[0], p[1] - main[1]) > 0.15]
    return [main, *far[:3]]


def hills(
    direction: ArtDirection,
    rng: np.random.Generator,
    box: tuple[float, float, float, float],
    title: tuple[float, float, float, float],
) -> Range:
    """Hill country in `box` (the art's part of the frame), climbing away from the
    `title` box: a long main ridge at the far side, rolling ground of two or three
    lower tops and the saddles between them, and a winding valley with its river."""
    x0, y0, x1, y1 = box
    tx, ty = (title[0] + title[2]) / 2, (title[1] + title[3]) / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    away = np.array([cx - tx, cy - ty])
    away = away / max(float(np.hypot(*away)), 1e-6)
    if not away.any() or (x1 - x0 > 0.9 and y1 - y0 > 0.9):  # a title across the middle
        away = np.array([0.0, rng.choice([-1.0, 1.0])])
    w, h = x1 - x0, y1 - y0
    main = (
        float(np.clip(cx + away[0] * w * 0.25 + rng.uniform(-0.15, 0.15) * w, 0.15, 0.85)),
        float(np.clip(cy + away[1] * h * 0.25 + rng.uniform(-0.15, 0.15) * h, 0.15, 0.85)),
    )
    turn = float(np.arctan2(away[1], away[0]) + np.pi / 2 + rng.uniform(-0.6, 0.6))
    ridge = _ridge(main, rng.uniform(0.25, 0.4), rng.uniform(0.12, 0.18), turn)
    ground = raster.fractal_noise(rng, cells=3, octaves=1, res=RES)  # no pockmarks
    rise = _rise(title)
    land = 0.4 * rise + 0.45 * ridge * (0.7 + 0.3 * direction.energy) + 0.4 * ground
    land = land * (0.25 + 0.75 * np.sqrt(rise))  # no top beside the title's plain
    land = warp(land.astype(np.float32), rng, 0.12)
    x, y = _grid()
    along = np.array([np.cos(turn), np.sin(turn)])
    side = np.array([-along[1], along[0]])
    u = (x - main[0]) * side[0] + (y - main[1]) * side[1]
    v = (x - main[0]) * along[0] + (y - main[1]) * along[1]
    inward = -np.sign((main[0] - 0.5) * side[0] + (main[1] - 0.5) * side[1]) or 1.0
    offset = rng.uniform(0.14, 0.22) * inward  # the valley on the frame's side of the ridge
    wave, phase = rng.uniform(6.0, 9.0), rng.uniform(0, 6)
    gap = u - offset - 0.05 * np.sin(v * wave + phase)  # across the valley
    fall = np.clip(0.5 + v * rng.choice([-1.0, 1.0]) * 1.2, 0.0, 1.0)  # it runs downhill
    land = land - (0.12 + 0.14 * fall) * np.exp(-((gap / 0.06) ** 2))
    land = (land - land.min()) / max(float(np.ptp(land)), 1e-6)
    land = land ** rng.uniform(1.0, 1.5)  # the foot lines wide apart, the tops close
    t = np.linspace(-0.9, 0.9, 80)
    course = offset + 0.05 * np.sin(t * wave + phase)
    river = [
        (float(main[0] + along[0] * s + side[0] * c), float(main[1] + along[1] * s + side[1] * c))
        for s, c in zip(t, course, strict=True)
    ]
    top = np.unravel_index(int(np.argmax(land)), land.shape)
    peak = ((top[1] + 0.5) / RES, (top[0] + 0.5) / RES)
    return Range(land.astype(np.float32), _summits(land, peak), river)
