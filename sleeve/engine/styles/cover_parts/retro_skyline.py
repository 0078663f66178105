"""The retro sun's horizon line: mountains from the song's energy curve (open or
mirrored), palm silhouettes at the sides, a city skyline with lit windows, chrome
wireframe pyramids, or nothing but the bare line."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import raster


def draw(
    canvas: aggdraw.Draw,
    size: int,
    kind: str,
    horizon: float,
    curve: np.ndarray,
    col: dict,
    rng: np.random.Generator,
    density: float,
) -> tuple[float, float, float, float] | None:
    """Draw the skyline `kind` on the horizon; returns the box (fractions) of its
    shapes that stand out as subject, or None when none do."""
    if kind == "mountains":
        _mountains(canvas, size, horizon, curve, col, rng)
        return None
    if kind == "palms":
        return _palms(canvas, size, horizon, col, rng)
    if kind == "city":
        _city(canvas, size, horizon, col, rng, density)
        return None
    if kind == "pyramids":
        return _pyramids(canvas, size, horizon, col, rng)
    canvas.line((0, horizon * size, size, horizon * size), raster.pen(col["neon"], size * 0.003))
    return None


def _mountains(canvas, size, horizon, curve, col, rng) -> None:
    """A ridge drawn from the energy curve, open or mirrored about the middle."""
    xs = np.linspace(-0.02, 1.02, len(curve))
    if rng.random() < 0.4:  # symmetric ranges left and right, open in the middle
        curve = np.maximum(curve, curve[::-1]) * np.clip(np.abs(xs - 0.5) * 3.2, 0, 1)
    height = rng.uniform(0.06, 0.2)
    ys = horizon - height * curve
    pts = [(-0.02, horizon)] + list(zip(xs, ys, strict=True)) + [(1.02, horizon)]
    flat = [v * size for p in pts for v in p]
    canvas.polygon(flat, aggdraw.Brush(col["ridge"]))
    canvas.line(flat[2:-2], raster.pen(col["neon"], size * 0.0025, 220))


def _palm(canvas, size, x, base, height, lean, brush) -> None:
    """One palm: a curved trunk and a crown of drooping fronds."""
    t = np.linspace(0, 1, 12)
    tx = x + lean * height * t**2
    ty = base - height * t
    w = height * (0.035 - 0.015 * t)
    trunk = list(zip(tx - w, ty, strict=True)) + list(zip(tx + w, ty, strict=True))[::-1]
    canvas.polygon([v * size for p in trunk for v in p], brush)
    hx, hy = tx[-1], ty[-1]
    for angle in np.linspace(-3.1, -0.04, 8):
        a = np.linspace(0, 1, 9)
        reach = height * (0.32 + 0.14 * abs(np.cos(angle)))  # side fronds reach further
        fx = hx + np.cos(angle) * reach * a
        droop = 0.2 + 0.9 * abs(np.cos(angle))  # upright fronds stand, side ones arch down
        fy = hy + np.sin(angle) * reach * a + reach * droop * a**2
        fw = height * 0.035 * np.sin(np.pi * a)
        leaf = list(zip(fx, fy - fw, strict=True)) + list(zip(fx, fy + fw, strict=True))[::-1]
        canvas.polygon([v * size for p in leaf for v in p], brush)


def _palms(canvas, size, horizon, col, rng) -> tuple[float, float, float, float]:
    """Palm silhouettes: a tall group on one side, perhaps a small one far off."""
    brush = aggdraw.Brush(col["ground"])
    canvas.line((0, horizon * size, size, horizon * size), raster.pen(col["neon"], size * 0.003))
    side = rng.choice((-1, 1))
    box = [1.0, horizon, 0.0, horizon]
    for k in range(int(rng.integers(1, 4))):
        h = rng.uniform(0.3, 0.52) * (0.8**k)
        x = 0.5 + side * rng.uniform(0.3, 0.45) - side * 0.08 * k
        base = min(1.02, horizon + rng.uniform(0.1, 0.35))
        lean = -side * rng.uniform(0.1, 0.35)
        _palm(canvas, size, x, base, h, lean, brush)
        tip = x + lean * h
        box = [
            min(box[0], x, tip - 0.4 * h),
            min(box[1], base - h),
            max(box[2], x, tip + 0.4 * h),
            max(box[3], base),
        ]
    if rng.random() < 0.5:  # a small far palm on the other side
        h = rng.uniform(0.08, 0.14)
        _palm(canvas, size, 0.5 - side * rng.uniform(0.25, 0.4), horizon, h, 0.1 * side, brush)
    return (max(0.0, box[0]), box[1], min(1.0, box[2]), min(1.0, box[3]))


def _city(canvas, size, horizon, col, rng, density) -> None:
    """A skyline of towers standing on the horizon, their windows lit in neon."""
    ridge = aggdraw.Brush(col["ridge"])
    lit = aggdraw.Brush(col["neon"], 200)
    x = -0.02
    tall = rng.uniform(0.1, 0.22)
    while x < 1.02:
        w = rng.uniform(0.03, 0.08)
        h = tall * rng.uniform(0.2, 1.0) * (1.0 if rng.random() < 0.8 else 1.4)
        canvas.rectangle((x * size, (horizon - h) * size, (x + w) * size, horizon * size), ridge)
        if rng.random() < 0.3:  # a spire
            canvas.rectangle(
                (
                    (x + w / 2 - 0.002) * size,
                    (horizon - h - 0.03) * size,
                    (x + w / 2 + 0.002) * size,
                    (horizon - h) * size,
                ),
                ridge,
            )
        for wy in np.arange(horizon - h + 0.012, horizon - 0.01, 0.018):
            for wx in np.arange(x + 0.008, x + w - 0.008, 0.014):
                if rng.random() < 0.15 + 0.4 * density:
                    canvas.rectangle(
                        (wx * size, wy * size, (wx + 0.005) * size, (wy + 0.006) * size), lit
                    )
        x += w + rng.uniform(0.0, 0.01)
    canvas.line((0, horizon * size, size, horizon * size), raster.pen(col["neon"], size * 0.003))


def _pyramids(canvas, size, horizon, col, rng) -> tuple[float, float, float, float]:
    """Chrome wireframe pyramids on the horizon, a big one and smaller ones."""
    box = [1.0, horizon, 0.0, horizon]
    for k in range(int(rng.integers(1, 4))):
        w = rng.uniform(0.18, 0.34) * 0.7**k
        x = rng.uniform(0.12, 0.88)
        h = w * rng.uniform(0.6, 0.85)
        apex = (x + rng.uniform(-0.05, 0.05), horizon - h)
        face = [x - w / 2, horizon, apex[0], apex[1], x + w / 2, horizon]
        canvas.polygon([v * size for v in face], aggdraw.Brush(col["ridge"]))
        side = [apex[0], apex[1], x + w * rng.uniform(-0.15, 0.15), horizon]
        canvas.polygon(
            [v * size for v in (*side, x + w / 2, horizon)], aggdraw.Brush(col["ground_far"])
        )
        pen = raster.pen(col["neon"], size * 0.0025, 230)
        canvas.line([v * size for v in face], pen)
        canvas.line([v * size for v in side], pen)
        box = [min(box[0], x - w / 2), min(box[1], apex[1]), max(box[2], x + w / 2), horizon]
    canvas.line((0, horizon * size, size, horizon * size), raster.pen(col["neon"], size * 0.003))
    return (max(0.0, box[0]), box[1], min(1.0, box[2]), box[3])
