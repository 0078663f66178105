"""The night the chrome stands in: deep black or a dark gradient in the metal's
light (another hue than the metal's) and a soft bloom behind the chrome, computed
small and scaled up (the grain, added at the cover's size, hides any banding)."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.color import mix
from sleeve.engine.raster import pixel_grid
from sleeve.engine.styles.cover_parts.chrome_metal import Metal

RES = 256  # the field's side before it is scaled to the cover
BLACK = (5, 5, 7)


def night(metal: Metal, lift: float) -> np.ndarray:
    """The ground: black at the foot, rising to a night of the metal's light at the
    top (`lift` 0: all but black, 1: a deep night sky). (RES, RES, 3) floats."""
    top = np.array(mix(BLACK, metal.light, 0.005 + 0.025 * lift), np.float32)
    foot = np.array(BLACK, np.float32)
    t = np.linspace(0, 1, RES, dtype=np.float32)[:, None, None] ** 0.8
    return np.broadcast_to(top + (foot - top) * t, (RES, RES, 3)).copy()


def bloom(field: np.ndarray, centre: tuple[float, float], radius: float, strength: float, tint):
    """A soft round glow (behind the letters), half grey: a haze more than a colour."""
    tint = mix(tint, (150, 150, 150), 0.5)
    x, y = pixel_grid(RES)
    d2 = (x - centre[0]) ** 2 + ((y - centre[1]) * 1.4) ** 2
    screen(field, np.exp(-d2 / (radius**2)) * strength, tint)


def screen(field: np.ndarray, light: np.ndarray, tint) -> None:
    """Light (0..1 per pixel) of colour `tint` screened onto the field, in place."""
    colour = np.array(tint, np.float32)
    field[:] = 255 - (255 - field) * (1 - light[..., None] * colour / 255)


def to_image(field: np.ndarray, size: int) -> Image.Image:
    """The field at the cover's side."""
    small = Image.fromarray(np.clip(field, 0, 255).astype(np.uint8), "RGB")
    return small.resize((size, size), Image.Resampling.BILINEAR)
