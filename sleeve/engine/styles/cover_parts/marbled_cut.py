"""Shared steps of the marbled pictures drawn whole at the shading size (the vortex,
the torn sheet, the horizon): a pattern shaded from its coordinate, an anti-aliased
cover from a signed distance, and the side of the cover away from the title as one
coordinate."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_drops as drops

F = np.float32


def colours(ground: RGB, inks: list[RGB]) -> np.ndarray:
    """The shading table's rows: the inks, then the paper (clear water)."""
    return np.array([*inks, ground], F)


def dark_led(d: ArtDirection, colours: tuple[RGB, list[RGB]]) -> tuple[RGB, list[RGB]]:
    """The inks of a sheet that fills most of the cover: on a dark ground (post-punk,
    metal) a soot a shade off the ground leads, the pale inks its veins (a bone-led sheet
    read light, not dark)."""
    ground, inks = colours
    if not drops.dark_ground(d):
        return colours
    soot = raster.tone(ground, rgb_to_oklch(ground)[0] + 0.09, None)
    return ground, [soot, *inks]


def pattern(u: np.ndarray, bands: mf.Bands, size: int, ground: RGB, inks: list[RGB]) -> np.ndarray:
    """The pattern `bands` at coordinate `u` (worked out coarse) shaded at `size`, as
    float RGB."""
    return mf.shade(mf.upscale(u, size), bands, colours(ground, inks), 1.0 / size).astype(F)


def cover(sd: np.ndarray) -> np.ndarray:
    """Per pixel how much lies inside a shape whose signed distance is `sd` (under 0
    inside, any unit): over one pixel at its edge, from the distance's slope."""
    gy, gx = np.gradient(sd)
    step = np.sqrt(gx * gx + gy * gy) + F(1e-9)
    return np.clip(F(0.5) - sd / step, 0, 1).astype(F)


def lay(base: np.ndarray, top: np.ndarray | RGB, alpha: np.ndarray) -> np.ndarray:
    """`top` (an image or one colour) laid over `base` with coverage `alpha`."""
    top_arr = np.asarray(top, F)
    return base + (top_arr - base) * alpha[..., None]


def away(side: str, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """How far from the title's edge of the cover each point stands (0 at that edge, 1
    at the far one): down from a title at the top, up from one at the bottom, left
    from a column down the right."""
    if side == "right":
        return F(1) - x
    if side.startswith("bottom"):
        return F(1) - y
    return y


def depth_of(box: tuple[float, float, float, float], side: str) -> float:
    """Where the art's box begins, as `away` reads it."""
    x0, y0, x1, y1 = box
    if side == "right":
        return 1.0 - x1
    if side.startswith("bottom"):
        return 1.0 - y1
    return y0
