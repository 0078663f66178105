"""Chladni's material: sand heaped on a dark plate under a raking light, as a plate is
photographed. Given a standing wave per pixel, the sand gathers on its nodal lines as
grains with height; a low light from one side lights each ridge's near flank, darkens
its far one and throws a short shadow across the plate, and a pool of light falls off
across the plate into darkness, so the lit figure is one bold shape at 64 px.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.direction import RGB

F32 = np.float32
ELEVATION = np.radians(24.0)  # the raking light's height above the plate


@dataclass(frozen=True)
class Light:
    """Where the light comes from (azimuth, radians on the cover, 0 from the right),
    and its pool on the plate: 0..1 per pixel."""

    azimuth: float
    pool: np.ndarray
    contrast: float = 1.0  # how hard the flanks and shadows fall (less on a light cover)
    floor: float = 0.22  # how much light the sand keeps outside the pool


def pool(res: int, cx: float, cy: float, reach: float) -> np.ndarray:
    """A soft pool of light centred at (cx, cy), falling to dark past `reach`
    (fractions of the side)."""
    axis = (np.arange(res, dtype=F32) + F32(0.5)) / F32(res)
    d2 = ((axis - F32(cx)) ** 2)[None, :] + ((axis - F32(cy)) ** 2)[:, None]
    return np.exp(-d2 / F32(2 * reach * reach)).astype(F32)


def shift(a: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """`a` moved dy rows down and dx columns right, zero where it moved away."""
    out = np.zeros_like(a)
    h, w = a.shape
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = a[
        max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def ridges(w: np.ndarray, width: np.ndarray | float) -> np.ndarray:
    """How much sand lies at each pixel: crisp bands `width` pixels wide (half width)
    along the wave's nodal lines (the wave over its slope)."""
    gy, gx = np.gradient(w)
    slope2 = gx * gx + gy * gy
    floor = 0.05 * float(np.median(np.sqrt(slope2[::4, ::4]))) + 1e-6
    width = np.maximum(np.asarray(width, F32), F32(1.1))
    near = w * w / ((slope2 + F32(floor * floor)) * width * width)
    return np.exp(-(near * near)).astype(F32)


def heap(density: np.ndarray, seed: int, sparse: float = 0.6) -> np.ndarray:
    """The sand's height: grains scattered by `density` (never a solid rule), each
    a little mound, on a low ridge of the finer dust."""
    rng = np.random.default_rng(seed)
    noise = rng.random(density.shape, dtype=F32)
    grains = np.where(noise < density * F32(sparse) + F32(0.002), F32(1.0) - F32(0.4) * noise, 0)
    return (F32(1.3) * grains + F32(0.2) * density).astype(F32)


def shade(height: np.ndarray, azimuth: float, relief: float = 2.2) -> tuple[np.ndarray, np.ndarray]:
    """The raking light on the sand: how lit each pixel is (1 on the flat plate,
    brighter on flanks facing the light, darker on those turned away) and the shadow
    the heaps throw away from the light (0..1)."""
    gy, gx = np.gradient(height * F32(relief))
    lx, ly = np.cos(azimuth) * np.cos(ELEVATION), np.sin(azimuth) * np.cos(ELEVATION)
    lz = np.sin(ELEVATION)
    lit = (gx * F32(-lx) + gy * F32(-ly) + F32(lz)) / np.sqrt(gx * gx + gy * gy + 1)
    lit = np.clip(lit / F32(lz), 0.0, 2.4)
    step = max(1, round(height.shape[0] / 300))  # the shadow's reach: a few grains
    dx, dy = -round(2 * step * np.cos(azimuth)), -round(2 * step * np.sin(azimuth))
    cast = shift(height, dy, dx)
    shadow = np.clip((cast - height) * F32(1.4), 0.0, 1.0)
    return lit.astype(F32), ndimage.gaussian_filter(shadow, 0.8 * step).astype(F32)


def _fallen(on: np.ndarray, light: Light, length: float = 1.0) -> np.ndarray:
    """The plate's soft shadow on its ground, thrown away from the light (`length`
    times the usual reach and softness)."""
    res = on.shape[0]
    reach = round(res * 0.025 * length)
    dx, dy = round(-reach * np.cos(light.azimuth)), round(-reach * np.sin(light.azimuth))
    moved = Image.fromarray((shift(on, dy, dx) * 255).astype(np.uint8), "L")
    soft = raster.fast_blur(moved, res * 0.03 * length)
    return np.asarray(soft, F32) / F32(255)


def photograph(
    height: np.ndarray,
    on: np.ndarray,
    light: Light,
    colours: tuple[RGB, ...],
    sheen: tuple[float, ...] = (0.25, 0.55),
) -> Image.Image:
    """The lit plate (`on`, 0..1) on its ground with the sand heaped on it, RGB.
    colours: the ground, the plate and the sand, or the ground, the plate where the
    light falls, the plate in the shade (a coloured light) and the sand. sheen: how lit
    the plate is off the light's pool and how much it gains in it (and how solid the
    sand's lines are, 1.4 grains). Each pixel is a mix of the three
    colours, so the light is worked out once per pixel (not per channel) and the mix
    is one small matrix product."""
    lit, shadow = shade(height, light.azimuth)
    glow = light.pool
    shadow *= F32(light.contrast)
    lit_plate = F32(sheen[0]) + F32(sheen[1]) * glow + F32(0.3) * glow**4  # hottest in the pool
    plate = lit_plate * (F32(1.0) - F32(0.55) * shadow)
    if sheen[0] > 0.5:  # a pale or evenly lit plate: paper-white at most
        plate = np.minimum(plate, F32(1.06))
    flank = F32(0.6 * light.contrast)
    sand = (F32(light.floor) + F32(0.9) * glow) * (F32(1.0) - flank + flank * lit)
    sand *= F32(1.0) - F32(0.5) * shadow
    if sheen[0] > 0.5:  # evenly lit: the sand as lit as the plate, all over it
        sand = np.maximum(sand, F32(sheen[0] + 0.25))
    solid = F32(sheen[2] if len(sheen) > 2 else 1.4)  # a blueprint's sand is drawn lines
    cover = np.clip(height * solid, 0.0, 1.0) * on
    # paper stays paper under the lamp, and the plate's shadow on it is a short one
    light_ground = float(np.mean(colours[0])) > 128
    falloff = F32(0.03 if light_ground else 0.15)
    base = F32(1.0) - falloff + falloff * glow
    if float(on.min()) < 1.0:  # a plate on its ground: its shadow falls there
        base = base * (F32(1.0) - F32(0.6) * _fallen(on, light, 0.4 if light_ground else 1.0))
    bare = F32(1.0) - cover
    ground = base * (F32(1.0) - on) * bare
    if len(colours) == 4:  # the plate under two lights: the lead hue in the pool
        hot = glow * glow * (F32(3.0) - F32(2.0) * glow)
        plates: tuple[np.ndarray, ...] = (plate * on * bare * hot, plate * on * bare * (1 - hot))
    else:
        plates = (plate * on * bare,)
    weights = np.stack((ground, *plates, sand * cover), axis=-1)
    rgb = weights @ np.asarray(colours, F32)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
