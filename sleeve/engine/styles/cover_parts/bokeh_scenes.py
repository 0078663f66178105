"""A neon sign's tube blurred to a shape of coloured light (the neon scene behind
wet glass): its lights are rows as in bokeh_lights (x, y, radius, colour index,
opacity)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.bokeh_lights import light_rows

Box = compose.Box


def _ring(t: np.ndarray) -> np.ndarray:
    return np.stack([0.5 + 0.5 * np.cos(2 * np.pi * t), 0.5 + 0.5 * np.sin(2 * np.pi * t)], 1)


def _polyline(points: list[tuple[float, float]], t: np.ndarray) -> np.ndarray:
    """Points at parameters t (0..1) along a polyline (in a unit box), by length."""
    p = np.asarray(points, np.float64)
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    at = np.concatenate([[0.0], np.cumsum(seg)]) / seg.sum()
    return np.stack([np.interp(t, at, p[:, 0]), np.interp(t, at, p[:, 1])], 1)


def _heart(count: int = 64) -> list[tuple[float, float]]:
    """A heart's outline in a unit box (a bar's neon heart)."""
    t = np.linspace(0, 2 * np.pi, count)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    x, y = (x - x.min()) / np.ptp(x), (y - y.min()) / np.ptp(y)
    return [(float(a), float(b) * 0.9) for a, b in zip(x, y, strict=True)]


NEON_SHAPES = {
    "heart": _heart(),
    # a cocktail glass in one tube: the foot, the stem, the bowl
    "cocktail": [
        (0.25, 1.0),
        (0.75, 1.0),
        (0.5, 1.0),
        (0.5, 0.5),
        (0.0, 0.0),
        (1.0, 0.0),
        (0.5, 0.5),
    ],
    "ring": None,
    "triangle": [(0.5, 0.0), (1.0, 0.87), (0.0, 0.87), (0.5, 0.0)],
    "arrow": [(0.0, 0.0), (0.7, 0.5), (0.0, 1.0)],
    "wave": [(0.0, 0.5), (0.2, 0.15), (0.4, 0.85), (0.6, 0.15), (0.8, 0.85), (1.0, 0.5)],
    "frame": [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)],
}


def neon(
    rng: np.random.Generator, energy: float, band: str
) -> tuple[np.ndarray, list[tuple[np.ndarray, int, float]], Box]:
    """A neon sign out of focus: one tube bent into a ring, a triangle, an arrow, a
    zigzag or an open frame, in the song's colour, sometimes a second smaller tube in
    the second colour inside it; its light pooled on the wet floor below. Placed off
    centre away from the title's band; energy sharpens the tube. Returns the floor's
    light rows, the tubes (points, colour index, half-width) and the focal box."""
    kind = list(NEON_SHAPES)[int(rng.integers(len(NEON_SHAPES)))]
    scale = rng.uniform(0.36, 0.55)
    cx = float(rng.choice((0.36, 0.5, 0.64)) + rng.uniform(-0.04, 0.04))
    cy = 0.62 if band == "top" else 0.4
    count = 120
    t = np.linspace(0, 1, count, endpoint=kind != "ring")
    pts = _ring(t) if kind == "ring" else _polyline(NEON_SHAPES[kind], t)
    turn = rng.uniform(-0.35, 0.35)
    spin = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    xy = np.array([cx, cy]) + ((pts - 0.5) * scale) @ spin.T
    tube = 0.012 + 0.01 * (1 - energy)
    paths = [(xy, 0, tube)]
    if rng.random() < 0.5:  # a second tube inside, in the far colour
        inner = np.array([cx, cy]) + ((pts - 0.5) * scale * 0.55) @ spin.T
        paths.append((inner, 1, tube * 0.9))
    rows = []
    floor = min(0.98, cy + 0.5 * scale + 0.1)  # pooled on the wet floor
    m = 14
    rows.append(
        light_rows(
            cx + rng.normal(0, 0.12 * scale, m),
            floor + rng.uniform(0, 0.08, m),
            rng.uniform(0.02, 0.05, m),
            0,
            rng.uniform(0.05, 0.12, m),
        )
    )
    half = 0.5 * scale + 0.04
    return np.concatenate(rows), paths, compose.around(cx, cy, half)
