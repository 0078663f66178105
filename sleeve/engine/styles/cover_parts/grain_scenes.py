"""The grain-gradient stage: a float canvas (painted at 512 px at most) whose
gradients are dithered with grain, the cover's colour roles, its light, the
horizon's height where a composition draws one, and the title's band it keeps out of.

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
    (the 30), a small accent (the 10) and the cast shadow; `friendly` for a
    children's song (light tones only, a band in three palette stripes)."""

    far: RGB
    near: RGB
    floor: RGB
    floor_low: RGB
    dark: RGB
    lit: RGB
    accent: RGB
    shadow: RGB
    light_field: bool
    friendly: bool = False


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


def stage_for(rng: np.random.Generator, side: str, ground: str) -> Stage:
    """The seed's light and horizon for what the object stands on: light from the left
    or right, high or low; `ground` "floor" (a horizon high, middling or low, or a flat
    field alone; the base on the horizon or the floor before it), "low" (a low horizon
    under a wide sky) or "sky" (a plain gradient, no horizon: the object floats). A
    horizon never crosses the title's band."""
    lx = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.45, 1.0))
    ly = -float(rng.uniform(0.25, 0.9))
    top, bottom = REGION[side]
    if ground == "low":
        hz = float(rng.uniform(0.8, 0.9) if side == "top" else rng.uniform(0.5, 0.6))
        return Stage(lx, ly, hz, hz, side)
    if ground == "sky" or rng.random() < 0.35:  # floating, or a standing object alone
        low = top + (0.3 if ground == "sky" else 0.34)
        return Stage(lx, ly, None, float(rng.uniform(low, max(low, bottom))), side)
    horizon = float(rng.uniform(0.6, 0.84) if side == "top" else rng.uniform(0.3, 0.6))
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
        """Paint colour (a colour or a res x res x 3 field) over the canvas through alpha
        (only across the rows alpha touches: most shapes are a band of the frame)."""
        col = raster.rgbf(colour).astype(F32) if isinstance(colour, tuple) else colour
        a = np.broadcast_to(alpha, (self.res, self.res)).astype(F32, copy=False)
        hit = np.flatnonzero(a.max(axis=1) > 0)
        if hit.size == 0:
            return
        rows = slice(int(hit[0]), int(hit[-1]) + 1)
        part = self.rgb[rows]
        part += ((col if col.ndim == 1 else col[rows]) - part) * a[rows, :, None]

    def disc(self, cx: float, cy: float, r: float) -> np.ndarray:
        """A disc's signed distance."""
        return r - np.sqrt((self.x - cx) ** 2 + (self.y - cy) ** 2)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
        """An axis-aligned ellipse's signed distance (scaled by its gradient, so the
        edge stays crisp along both axes)."""
        u, v = (self.x - cx) / rx, (self.y - cy) / ry
        e = np.sqrt(u * u + v * v) + F32(1e-6)
        grad = np.sqrt((u / rx) ** 2 + (v / ry) ** 2) / e + F32(1e-6)
        return (1 - e) / grad

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """An axis-aligned rectangle's signed distance (exact inside, near enough out)."""
        return np.minimum(
            (x1 - x0) / 2 - np.abs(self.x - (x0 + x1) / 2),
            (y1 - y0) / 2 - np.abs(self.y - (y0 + y1) / 2),
        )
