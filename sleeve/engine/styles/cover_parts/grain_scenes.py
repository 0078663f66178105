"""The grain-gradient stage: a float canvas (painted at 512 px at most) whose
gradients are dithered with grain, the cover's colour roles and its light, and what
an object stands in: a field lit from one side, a hard horizon where a wall or sky
meets a floor, and the soft shadow an object casts on that floor.

Shapes are signed distances (positive inside, in cover fractions) turned into
anti-aliased alphas, so every object keeps a crisp edge while its shading is grainy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import raster
from sleeve.engine.direction import RGB

F32 = np.float32
REGION = {"top": (0.4, 0.96), "bottom": (0.04, 0.62)}  # where the object may stand


@dataclass(frozen=True)
class Colours:
    """The cover's tones: the field away from and towards the light (the 60), the
    floor near the horizon and at the bottom edge, the object's shadowed and lit side
    (the 30), a small accent (the 10) and the cast shadow."""

    far: RGB
    near: RGB
    floor: RGB
    floor_low: RGB
    dark: RGB
    lit: RGB
    accent: RGB
    shadow: RGB
    light_field: bool


@dataclass(frozen=True)
class Stage:
    """Where the light comes from (lx -1 left .. 1 right, ly below 0: from above), the
    horizon's height (None: a plain field, the object floats), the height the object
    stands at, and the title's band ('top' or 'bottom') it keeps out of."""

    lx: float
    ly: float
    horizon: float | None
    base: float
    side: str

    def light(self) -> tuple[float, float, float]:
        """The unit vector towards the light (x right, y down, z to the viewer)."""
        v = np.array((self.lx, self.ly, 0.7))
        return tuple(float(a) for a in v / np.linalg.norm(v))  # type: ignore[return-value]


def stage_for(rng: np.random.Generator, side: str, grounded: bool) -> Stage:
    """The seed's light and horizon: light from the left or right, high or low; the
    horizon high, middling or low (or none: a floating object, or a standing one alone
    on a flat field), never across the title's band; a standing object's base on the
    horizon or on the floor before it."""
    lx = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.45, 1.0))
    ly = -float(rng.uniform(0.25, 0.9))
    top, bottom = REGION[side]
    horizon: float | None = None
    flat = grounded and rng.random() < 0.35  # a standing object alone on a flat field
    if (grounded and not flat) or (not grounded and rng.random() < 0.6):
        horizon = float(rng.uniform(0.6, 0.84) if side == "top" else rng.uniform(0.3, 0.6))
    if horizon is None:
        low = top + (0.34 if flat else 0.3)
        return Stage(lx, ly, None, float(rng.uniform(low, max(low, bottom))), side)
    low = max(horizon, top + 0.26)  # room for an object between the band and its base
    base = low if rng.random() < 0.4 else float(rng.uniform(low, bottom))
    return Stage(lx, ly, horizon, base, side)


class Canvas:
    """A float RGB painting at res x res, coordinates in 0..1, with grain dithering."""

    def __init__(self, res: int, rng: np.random.Generator, grain: float) -> None:
        axis = (np.arange(res, dtype=F32) + 0.5) / res
        self.res, self.x, self.y = res, axis[None, :], axis[:, None]
        self.rgb = np.zeros((res, res, 3), F32)
        self.rng, self.grain = rng, grain

    def noisy(self, t: np.ndarray, amount: float = 1.0) -> np.ndarray:
        """t (0..1) dithered with grain, strongest mid-gradient (ends stay clean)."""
        t = np.broadcast_to(t, (self.res, self.res))
        n = self.rng.standard_normal((self.res, self.res), dtype=F32)
        return np.clip(t + F32(self.grain * amount) * n * (0.3 + 2.8 * t * (1 - t)), 0, 1)

    def ramp(self, a: RGB, b: RGB, t: np.ndarray) -> np.ndarray:
        """The colours a..b along t (res x res x 3)."""
        a_, b_ = raster.rgbf(a).astype(F32), raster.rgbf(b).astype(F32)
        return a_ + (b_ - a_) * t.astype(F32, copy=False)[..., None]

    def shade(self, c: Colours, t: np.ndarray, amount: float = 0.8) -> np.ndarray:
        """The object's colour along its lighting t (0 shadowed .. 1 lit), grained."""
        return self.ramp(c.dark, c.lit, self.noisy(t, amount))

    def alpha(self, sd: np.ndarray) -> np.ndarray:
        """A signed distance (positive inside) as a crisp, anti-aliased alpha."""
        return np.clip(sd * self.res + 0.5, 0.0, 1.0)

    def lay(self, alpha: np.ndarray, colour: RGB | np.ndarray) -> None:
        """Paint colour (a colour or a res x res x 3 field) over the canvas through alpha."""
        col = raster.rgbf(colour).astype(F32) if isinstance(colour, tuple) else colour
        a = np.broadcast_to(alpha, (self.res, self.res)).astype(F32, copy=False)
        self.rgb += (col - self.rgb) * a[..., None]

    def disc(self, cx: float, cy: float, r: float) -> np.ndarray:
        """A disc's signed distance."""
        return r - np.sqrt((self.x - cx) ** 2 + (self.y - cy) ** 2)

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """An axis-aligned rectangle's signed distance (exact inside, near enough out)."""
        return np.minimum(
            (x1 - x0) / 2 - np.abs(self.x - (x0 + x1) / 2),
            (y1 - y0) / 2 - np.abs(self.y - (y0 + y1) / 2),
        )


def paint_field(cv: Canvas, c: Colours, st: Stage) -> None:
    """The field lit from the stage's side (a grainy linear gradient, never a halo
    around the object) and, under a horizon, the floor darkening towards the viewer."""
    t = np.clip(0.5 + 0.8 * (st.lx * (cv.x - 0.5) + st.ly * (cv.y - 0.5)), 0, 1)
    cv.rgb = cv.ramp(c.far, c.near, cv.noisy(t, 0.7))
    if st.horizon is None:
        return
    depth = np.clip((cv.y - st.horizon) / (1.02 - st.horizon), 0, 1)
    across = np.clip(0.5 - 0.5 * st.lx * (cv.x - 0.5), 0, 1)
    floor = cv.ramp(c.floor, c.floor_low, cv.noisy(depth**0.8 * (0.6 + 0.4 * across), 0.7))
    cv.lay(cv.alpha(cv.y - st.horizon), floor)


def cast_shadow(cv: Canvas, c: Colours, st: Stage, cx: float, half: float, reach: float) -> None:
    """The soft shadow an object of half-width `half` standing at (cx, base) casts on
    the floor (or on the flat field when there is no horizon), stretched away from the
    light, with a darker contact line at its foot."""
    away = (cv.x - cx) * -np.sign(st.lx)
    length = half + reach * (1.1 - abs(st.ly))
    fall = np.clip(1 - (away + half) / (length + half), 0, 1) * (away > -half * 1.05)
    thick = 0.006 + 0.03 * np.clip((away + half) / length, 0, 1) * (1 - st.base) * 2
    lift = cv.y - (st.base + thick * 0.6)
    floor = cv.y >= (st.base - 0.01 if st.horizon is None else st.horizon)
    body = np.clip(1 - np.abs(lift) / thick, 0, 1) * fall * floor
    contact = np.exp(-(((cv.x - cx) / (half * 0.7)) ** 2) - ((cv.y - st.base) / 0.006) ** 2)
    cv.lay(np.maximum(cv.noisy(body * 0.75, 0.8), contact * 0.7), c.shadow)
