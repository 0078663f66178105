"""Marbled ink: bands of ink dragged through a domain-warped noise field.

turbulence -> how far the field is warped (calm tracks get long lazy bands, wild
ones tight swirls); density -> the number of bands; the palette -> the inks
(field, two colours, the accent as a thin vein); the energy curve -> the bands'
drift; energy and seed -> the composition: a full bleed, a drop of marble on bare
paper, a pour rising from the bottom, or a swirl around one point.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="marbled_ink",
    family="image",
    fits=("psychedelic", "rock", "electronic", "pop", "jazz", "world", "synthwave"),
)

RES = 384
LAYOUTS = ("full", "drop", "pour", "swirl")


def _warped(direction: ArtDirection, rng: np.random.Generator, layout: str, at) -> np.ndarray:
    """The marble's scalar field (RES x RES), domain-warped twice."""
    base = raster.fractal_noise(rng, cells=2, octaves=3, res=RES)
    wx = raster.fractal_noise(rng, cells=2, octaves=3, res=RES) - 0.5
    wy = raster.fractal_noise(rng, cells=2, octaves=3, res=RES) - 0.5
    strength = RES * (0.08 + 0.22 * direction.turbulence)
    yy, xx = np.mgrid[0:RES, 0:RES].astype(np.float32)
    if layout == "swirl":
        cx, cy = at[0] * RES, at[1] * RES
        ang = np.arctan2(yy - cy, xx - cx)
        dist = np.hypot(xx - cx, yy - cy)
        turn = (2.5 + 3 * direction.energy) * np.exp(-dist / (RES * 0.35))
        xx, yy = cx + dist * np.cos(ang + turn), cy + dist * np.sin(ang + turn)
    px, py = xx + strength * wx, yy + strength * wy
    w2x = ndimage.map_coordinates(wy, [py, px], order=1, mode="mirror")
    w2y = ndimage.map_coordinates(wx, [px, py], order=1, mode="mirror")
    field = ndimage.map_coordinates(
        base, [py + strength * w2y, px + strength * w2x], order=1, mode="mirror"
    )
    song = signals.energy(direction, RES)[None, :]
    field = field + 0.6 * (py / RES) + 0.25 * song  # the song's arc drifts the bands
    return field.astype(np.float32)


def _mask(layout: str, rng: np.random.Generator, at) -> tuple[np.ndarray, compose.Box | None]:
    """Where the marble is (1) and bare paper (0), and the focal box."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    x, y = c[None, :], c[:, None]
    if layout == "drop":
        r = rng.uniform(0.2, 0.3)
        d = np.sqrt((x - at[0]) ** 2 + (y - at[1]) ** 2)
        return np.clip((r - d) * RES / 1.5, 0, 1), compose.around(at[0], at[1], r)
    if layout == "pour":
        top = rng.uniform(0.4, 0.55) + 0.05 * np.sin(x * rng.uniform(4, 9) + rng.uniform(0, 6))
        return np.clip((y - top) * RES / 1.5, 0, 1), (0.0, float(top.min()), 1.0, 1.0)
    return np.ones((RES, RES), np.float32), None


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the marbled-ink cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "marbled")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS, direction.energy)
    at = compose.thirds(rng, 0.06)
    field = _warped(direction, rng, layout, at)
    bands = 2 + 4 * direction.density
    phase = (field - field.min()) / max(float(np.ptp(field)), 1e-6) * bands
    frac = phase - np.floor(phase)
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    chroma = 0.08 + 0.1 * direction.energy
    inks = [
        raster.ground(pal.background, 0.2 if dark else 0.9, chroma * 0.5),
        raster.tone(pal.colors[0], 0.55, chroma),
        raster.tone(pal.colors[1 % len(pal.colors)], 0.78 if dark else 0.4, chroma),
        raster.ground(pal.background, 0.2 if dark else 0.9, chroma * 0.5),
    ]
    lut = raster.color_lut(inks, (0.0, 0.35, 0.7, 1.0))
    colour = raster.apply_lut(frac, lut).astype(np.float32)
    vein = np.exp(-(((frac - 0.5) / 0.018) ** 2))[..., None]  # a thin accent vein per band
    accent = np.asarray(raster.vivid(pal.accent, 0.8 if dark else 0.5, 0.16), np.float32)
    colour = colour * (1 - 0.85 * vein) + accent * 0.85 * vein
    mask, focal = _mask(layout, rng, at)
    paper = np.asarray(raster.ground(pal.background, 0.93 if not dark else 0.12, 0.02), np.float32)
    colour = colour * mask[..., None] + paper * (1 - mask[..., None])
    img = Image.fromarray(np.clip(colour + 0.5, 0, 255).astype(np.uint8), "RGB")
    img = img.resize((size, size), Image.Resampling.BICUBIC)
    return Artwork(finish(img, direction, "marbled", 0.025), focal)
