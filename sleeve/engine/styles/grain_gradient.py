"""Grain gradient: a soft, grainy colour field and one small shape in a lot of space.

valence and the palette -> the field's colours (dark or light, low chroma);
energy -> which composition (a low horizon, a glowing orb, a beam, an eclipse)
and how hard the field bends; density -> the shape's size (negative space is the
rest); seed -> where the shape sits on the thirds and what it is.
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="grain_gradient",
    family="image",
    fits=("ambient", "rnb"),
)

RES = 192
SCENES = ("horizon", "orb", "beam", "eclipse")
SHAPES = ("disc", "ring", "bar", "square", "half")


def _field(scene: str, rng: np.random.Generator, at: tuple[float, float]) -> np.ndarray:
    """The gradient's scalar field in 0..1 (0 = the field colour, 1 = the glow)."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    x, y = c[None, :], c[:, None]
    cx, cy = at
    if scene == "horizon":
        t = np.exp(-(((y - cy) / rng.uniform(0.2, 0.36)) ** 2)) + 0.0 * x
    elif scene == "orb":
        t = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / rng.uniform(0.06, 0.16))
    elif scene == "beam":
        t = np.exp(-(((x - cx) / rng.uniform(0.16, 0.3)) ** 2)) * (0.4 + 0.6 * y)
    else:
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        t = np.exp(-(((d - 0.16) / 0.12) ** 2))
    warp = raster.fractal_noise(rng, cells=2, octaves=2, res=RES)
    t = t * (0.7 + 0.6 * warp) + 0.35 * raster.linear_field(rng.uniform(0, 360), RES)
    return np.clip(t / max(float(t.max()), 1e-6), 0.0, 1.0)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the grain-gradient cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "grain-gradient")
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    scene = compose.pick(rng, SCENES, direction.energy)
    at = compose.thirds(rng, 0.05)
    if scene == "horizon":
        at = (at[0], float(rng.uniform(0.55, 0.72)))
    lo, hi = (0.12, 0.58) if dark else (0.95, 0.64)
    chroma = 0.06 + 0.1 * direction.energy
    stops = [
        raster.tone(pal.background, lo, chroma * 0.6),
        raster.tone(pal.colors[0], (lo + hi) / 2, chroma),
        raster.tone(pal.colors[1 % len(pal.colors)], hi, chroma * 1.2),
    ]
    field = _field(scene, rng, at)
    img = raster.map_field(field, raster.color_lut(stops), size)
    # one small shape: the whole subject
    shape = compose.pick(rng, SHAPES)
    r = 0.05 + 0.08 * direction.density
    ink = raster.tone(pal.accent, 0.9 if dark else 0.3, 0.04 + 0.07 * direction.energy)
    draw = aggdraw.Draw(img)
    cx, cy, rp = at[0] * size, at[1] * size, r * size
    if shape == "disc":
        draw.ellipse((cx - rp, cy - rp, cx + rp, cy + rp), aggdraw.Brush(ink))
    elif shape == "ring":
        draw.ellipse((cx - rp, cy - rp, cx + rp, cy + rp), aggdraw.Pen(ink, rp * 0.2))
    elif shape == "bar":
        draw.rectangle(
            (cx - rp * 0.22, cy - rp * 1.6, cx + rp * 0.22, cy + rp * 1.6), aggdraw.Brush(ink)
        )
    elif shape == "square":
        draw.rectangle(
            (cx - rp * 0.7, cy - rp * 0.7, cx + rp * 0.7, cy + rp * 0.7), aggdraw.Brush(ink)
        )
    else:
        draw.pieslice((cx - rp, cy - rp, cx + rp, cy + rp), 180, 360, aggdraw.Brush(ink))
    draw.flush()
    img = raster.glow(img, size * 0.03, 0.25)
    img = finish(img, direction, "grain-gradient", 0.045 + 0.03 * direction.turbulence)
    return Artwork(img, compose.around(at[0], at[1], r * 2.8))
