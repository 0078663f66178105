"""The night the chrome stands in: deep black or a dark gradient in the metal's
light (another hue than the metal's), one hard light (a street lamp's cone from
above, a horizon's glow, or a soft bloom behind the letters), computed small and scaled up
(the grain, added at the cover's size, hides any banding)."""

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
    top = np.array(mix(BLACK, metal.light, 0.02 + 0.08 * lift), np.float32)
    foot = np.array(BLACK, np.float32)
    t = np.linspace(0, 1, RES, dtype=np.float32)[:, None, None] ** 0.8
    return np.broadcast_to(top + (foot - top) * t, (RES, RES, 3)).copy()


def cone(field: np.ndarray, apex: tuple[float, float], target: tuple[float, float],
         spread: float, tint) -> None:  # fmt: skip
    """A lamp's cone of light from `apex` toward `target` (shares of the side), `spread`
    wide there; hard-edged, brightest near the lamp, with the lamp's own small head."""
    x, y = pixel_grid(RES)
    ax, ay = target[0] - apex[0], target[1] - apex[1]
    reach = max(1e-3, float(np.hypot(ax, ay)))
    ax, ay = ax / reach, ay / reach
    along = (x - apex[0]) * ax + (y - apex[1]) * ay
    across = np.abs((x - apex[0]) * ay - (y - apex[1]) * ax)
    half = np.maximum(0.004, along * spread / 2 / reach)
    edge = np.clip((half - across) / (0.012 + 0.02 * np.abs(along)), 0, 1)
    fall = np.where(along > 0, np.exp(-along / (reach * 0.9)), 0.0)
    near = (x - apex[0]) ** 2 + (y - apex[1]) ** 2
    head = np.exp(-near / 0.00012) + np.exp(-near / 0.004) * 0.45
    _screen(field, np.clip(edge * fall * 0.55 + head, 0, 1), tint)


def horizon(field: np.ndarray, at: float, strength: float, tint) -> None:
    """A distant glow along a line at height `at`: a hard bright core fading up into
    the night and down into the ground."""
    x, y = pixel_grid(RES)
    d = y - at
    core = np.exp(-((d / 0.004) ** 2))
    haze = np.where(d < 0, np.exp(d / 0.09), np.exp(-d / 0.035)) * 0.5
    across = 1 - 0.55 * ((x - 0.5) * 2) ** 2
    _screen(field, np.clip((core + haze) * across * strength, 0, 1), tint)


def bloom(field: np.ndarray, centre: tuple[float, float], radius: float, strength: float, tint):
    """A soft round glow (behind the letters)."""
    x, y = pixel_grid(RES)
    d2 = (x - centre[0]) ** 2 + ((y - centre[1]) * 1.4) ** 2
    _screen(field, np.exp(-d2 / (radius**2)) * strength, tint)


def _screen(field: np.ndarray, light: np.ndarray, tint) -> None:
    colour = np.array(tint, np.float32)
    field[:] = 255 - (255 - field) * (1 - light[..., None] * colour / 255)


def to_image(field: np.ndarray, size: int) -> Image.Image:
    """The field at the cover's side."""
    small = Image.fromarray(np.clip(field, 0, 255).astype(np.uint8), "RGB")
    return small.resize((size, size), Image.Resampling.BILINEAR)
