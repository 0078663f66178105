"""Topographic: contour lines of a terrain, one peak where the eye should go.

density -> how many contour levels (negative space is the flat land between);
turbulence -> how rough the terrain is; the energy curve -> the ridge of the
terrain (it runs across the map as a range of the song's loud passages); seed ->
the composition: ink lines on paper, light lines at night, tinted bands, an island
in still water; every fifth line is an index line in the accent.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "folk", "electronic", "world", "rock"),
)

RES = 256
LOOKS = ("paper", "night", "bands", "island")


def _terrain(direction: ArtDirection, rng: np.random.Generator, at) -> np.ndarray:
    """Heights in 0..1 at RES x RES: noise, a peak at `at`, the song as a ridge."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    x, y = c[None, :], c[:, None]
    rough = raster.fractal_noise(rng, cells=2 + round(2 * direction.turbulence), octaves=3)
    peak = np.exp(-((x - at[0]) ** 2 + (y - at[1]) ** 2) / rng.uniform(0.03, 0.08))
    song = signals.energy(direction, RES)[None, :]
    angle = rng.uniform(-0.4, 0.4)
    ridge_y = 0.5 + angle * (x - 0.5) + 0.18 * (song - 0.5)
    ridge = np.exp(-(((y - ridge_y) / 0.12) ** 2)) * (0.3 + 0.7 * song)
    h = 0.3 * rough + 0.55 * peak + 0.3 * ridge
    return (h - h.min()) / max(float(np.ptp(h)), 1e-6)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    pal = direction.palette
    at = compose.thirds(rng, 0.05)
    look = compose.pick(rng, LOOKS)
    if look == "paper" and compose.dark_field(rgb_to_oklch(pal.background)[0]):
        look = "night"
    h_small = _terrain(direction, rng, at)
    levels = 8 + round(16 * direction.density)
    if look == "island":
        h_small = np.clip((h_small - 0.35) / 0.65, 0, 1)
    work = raster.work_size(size, 1280)
    gy, gx = np.gradient(h_small * levels * (RES / work))
    slope = raster.upscale(np.maximum(np.hypot(gx, gy), 1e-4).astype(np.float32), work)
    h = raster.upscale((h_small * levels).astype(np.float32), work)
    step = np.floor(h)
    index = (np.floor(h + 0.5).astype(np.int16) % 5) == 0  # every fifth line is bold
    frac = h - step
    np.minimum(frac, 1.0 - frac, out=frac)
    frac /= slope  # pixels to the nearest contour line
    width = np.float32(work * 0.0017)  # half the line's width; thinner than a pixel at
    line = np.clip(width + 0.5 - frac, 0, 1) * np.float32(min(1.0, 2 * width + 0.1))  # small sizes
    night = look in ("night", "island") and compose.dark_field(rgb_to_oklch(pal.background)[0])
    paper = raster.ground(pal.background, 0.14 if night else 0.94, 0.03)
    ink = raster.tone(pal.colors[0], 0.88 if night else 0.22, 0.07)
    hot = raster.vivid(pal.accent, 0.75 if night else 0.55, 0.15)
    if look == "bands":  # hypsometric tints: the band edges lie under the lines
        tints = [
            paper,
            raster.tone(pal.colors[0], 0.35 if night else 0.8, 0.07),
            raster.tone(pal.colors[1 % len(pal.colors)], 0.5 if night else 0.62, 0.1),
        ]
        steps = np.floor(h_small * levels) / levels
        base = raster.map_field(steps.astype(np.float32), raster.color_lut(tints), work)
    else:  # the summit (the top levels) tinted in the accent: one mass to see at 64 px
        base = Image.new("RGB", (work, work), paper)
        summit = raster.upscale(np.clip((h_small - 0.78) * 40, 0, 1).astype(np.float32), work)
        tint = raster.tone(pal.accent, 0.45 if night else 0.8, 0.09)
        base = raster.blend(base, Image.new("RGB", base.size, tint), summit * 0.85)
    if look == "island":
        line *= h > 0.5
    plain = Image.fromarray((line * ~index * 255).astype(np.uint8), "L")
    bold = Image.fromarray((np.minimum(line * 1.6, 1) * index * 255).astype(np.uint8), "L")
    img = Image.composite(Image.new("RGB", base.size, ink), base, plain)
    img = Image.composite(Image.new("RGB", base.size, hot), img, bold)
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "topo", 0.02), compose.around(at[0], at[1], 0.16))
