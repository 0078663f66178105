"""The grain-gradient scenes: one defined focal shape each, painted as soft float
layers whose transitions are dithered with grain (the grainy-gradient look).

The scenes on a horizon or in light (arch, sunset, sphere, beam) are in
grain_horizons. Every scene takes a Canvas, the scene's Colours, the seed's generator and the side
the title prefers ('top' or 'bottom'), paints itself and returns its focal box.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.calm_zone import subject_y

F32 = np.float32


@dataclass(frozen=True)
class Colours:
    """A scene's colours: the field (top and bottom of its gradient), the ground, two
    shape colours and a light; `light_field` says whether the field is light."""

    sky: RGB
    low: RGB
    ground: RGB
    shape: RGB
    second: RGB
    light: RGB
    light_field: bool


class Canvas:
    """A float RGB painting at res x res, coordinates in 0..1, with grain dithering."""

    def __init__(self, res: int, rng: np.random.Generator, grain: float) -> None:
        axis = (np.arange(res, dtype=F32) + 0.5) / res
        self.res, self.x, self.y = res, axis[None, :], axis[:, None]
        self.rgb = np.zeros((res, res, 3), F32)
        self.rng, self.grain = rng, grain

    def noisy(self, t: np.ndarray, amount: float = 1.0) -> np.ndarray:
        """t (0..1) with grain where it is in transition (flat parts stay flat)."""
        n = self.rng.standard_normal((self.res, self.res), dtype=F32)
        return np.clip(t + F32(self.grain * amount) * n * (0.15 + 3.0 * t * (1 - t)), 0, 1)

    def ramp(self, a: RGB, b: RGB, t: np.ndarray) -> np.ndarray:
        """The colours a..b along t (res x res x 3)."""
        a_, b_ = raster.rgbf(a), raster.rgbf(b)
        return a_ + (b_ - a_) * t[..., None]

    def lay(self, alpha: np.ndarray, colour: RGB | np.ndarray) -> None:
        """Paint colour (a colour or a res x res x 3 field) over the canvas through alpha."""
        col = raster.rgbf(colour) if isinstance(colour, tuple) else colour
        self.rgb += (col - self.rgb) * alpha[..., None]

    def disc(self, cx: float, cy: float, r: float, soft: float = 0.0) -> np.ndarray:
        """A disc's alpha, its edge `soft` wide (0: anti-aliased hard edge)."""
        d = np.sqrt((self.x - cx) ** 2 + (self.y - cy) ** 2)
        return np.clip((r - d) / max(soft, 1.0 / self.res) + 0.5, 0.0, 1.0)

    def sky(self, c: Colours, horizon: float = 1.0) -> None:
        """The field: a vertical gradient from sky to low (at the horizon), grained."""
        t = np.clip(self.y / horizon, 0, 1) + 0 * self.x
        self.rgb = self.ramp(c.sky, c.low, self.noisy(t, 0.5))

    def ground(self, c: Colours, horizon: float) -> None:
        """A hard horizon: the ground below it, darkening (or lightening) downwards."""
        below = (self.y >= horizon).astype(F32) + 0 * self.x
        fade = np.clip((self.y - horizon) / (1 - horizon), 0, 1) + 0 * self.x
        self.lay(below, self.ramp(c.ground, c.low, self.noisy(fade * 0.4, 0.5)))


def venn(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """Two translucent discs overlapping; the overlap mixes them (multiply on a light
    field, screen on a dark one)."""
    cv.sky(c)
    r = float(rng.uniform(0.19, 0.25))
    cx, cy = 0.5 + float(rng.uniform(-0.06, 0.06)), subject_y(side, 0.11)
    tilt = float(rng.uniform(-0.5, 0.5))
    gap = r * float(rng.uniform(0.55, 0.85))
    dx, dy = gap * np.cos(tilt), gap * np.sin(tilt)
    soft = float(rng.uniform(0.01, 0.05))
    a = cv.noisy(cv.disc(cx - dx, cy - dy, r, soft), 1.4)
    b = cv.noisy(cv.disc(cx + dx, cy + dy, r, soft), 1.4)
    s, t = raster.rgbf(c.shape), raster.rgbf(c.second)
    both = s * t if c.light_field else 1 - (1 - s) * (1 - t)
    cv.lay(a * 0.92, c.shape)
    cv.lay(b * 0.92, c.second)
    cv.lay(a * b, both)
    return compose.around(cx, cy, gap + r, abs(dy) + r)


def blob(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """A big soft blob, hard-edged on one side and melting into grain on the other."""
    cv.sky(c)
    r = float(rng.uniform(0.24, 0.3))
    cx, cy = float(rng.choice((0.42, 0.58))), subject_y(side, 0.1)
    dx, dy = cv.x - cx, cv.y - cy
    theta = np.arctan2(dy, dx)
    p1, p2, hard = (float(v) for v in rng.uniform(0, 2 * np.pi, 3))
    edge = r * (1 + 0.1 * np.sin(2 * theta + p1) + 0.06 * np.sin(3 * theta + p2))
    soft = 0.004 + 0.16 * (0.5 - 0.5 * np.cos(theta - hard)) ** 2
    alpha = np.clip((edge - np.sqrt(dx * dx + dy * dy)) / soft + 0.5, 0, 1)
    tint = np.clip(0.5 + (dx * np.cos(hard) + dy * np.sin(hard)) / (2 * r), 0, 1)
    cv.lay(cv.noisy(alpha, 1.8), cv.ramp(c.second, c.shape, cv.noisy(tint, 0.8)))
    return compose.around(cx, cy, r * 1.25)


def mesh(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """A mesh gradient of four colours in one hard-edged shape (a big disc or a tall
    panel; a full-width band read as an empty strip); the title band stays plain."""
    cv.sky(c)
    shape = ("disc", "panel")[int(rng.integers(2))]
    if shape == "disc":
        r = float(rng.uniform(0.3, 0.38))
        cx, cy = float(rng.uniform(0.38, 0.62)), subject_y(side, 0.12)
        box = (cx - r, cy - r, cx + r, cy + r)
    else:
        w = float(rng.uniform(0.42, 0.6))
        x0 = float(rng.choice((0.1, 0.9 - w)))
        box = (x0, 0.3, x0 + w, 0.92) if side == "top" else (x0, 0.08, x0 + w, 0.7)
    x0, y0, x1, y1 = box
    points = rng.uniform((x0, y0), (x1, y1), (4, 2))
    colours = [c.shape, c.second, c.light, c.low if c.light_field else c.shape]
    warp = raster.fractal_noise(rng, cells=2, octaves=2, res=cv.res) * 0.2
    total = np.zeros((cv.res, cv.res), F32)
    paint = np.zeros((cv.res, cv.res, 3), F32)
    for (px, py), col in zip(points, colours, strict=True):
        w = 1.0 / ((cv.x + warp - px) ** 2 + (cv.y - warp - py) ** 2 + 0.004) ** 1.3
        total += w
        paint += w[..., None] * raster.rgbf(col)
    paint /= total[..., None]
    paint += cv.rng.standard_normal(paint.shape[:2], dtype=F32)[..., None] * F32(cv.grain * 0.15)
    if shape == "disc":
        cv.lay(cv.disc((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2), paint)
    else:
        corner = 0.05
        rx = np.clip(np.abs(cv.x - (x0 + x1) / 2) - (x1 - x0) / 2 + corner, 0, None)
        ry = np.clip(np.abs(cv.y - (y0 + y1) / 2) - (y1 - y0) / 2 + corner, 0, None)
        cv.lay(np.clip((corner - np.sqrt(rx * rx + ry * ry)) * cv.res + 0.5, 0, 1), paint)
    return box


SCENES = {"venn": venn, "blob": blob, "mesh": mesh}
