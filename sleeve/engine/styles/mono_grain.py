"""Mono grain: a monochrome, grainy photograph-like picture of noise: a long-exposure
sea, ridges in fog, a small moon, a wisp of smoke bent by the song, a pine
forest, or one mountain with its snow line cut hard.

loudness -> contrast (and a hard threshold for the loudest); turbulence -> how
rough the ridges are; the energy curve -> the front ridge; density -> how much
of the frame the land takes; the palette -> one hue, almost no chroma; seed ->
which scene and where the light is.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="mono_grain",
    family="image",
    fits=("metal", "ambient", "hiphop", "rock", "classical", "punk"),
)

RES = 512
SCENES = ("sea", "fog", "moon", "smoke", "ridges", "forest", "peak")  # quiet .. loud


def _ridge(
    direction: ArtDirection, rng: np.random.Generator, level: float, rough: float
) -> np.ndarray:
    song = signals.smooth(signals.energy(direction, RES), 12)
    noise = signals.smooth(rng.normal(0, 1, RES), 4) * rough
    return level - 0.12 * song + 0.03 * noise


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the mono-grain cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "mono")
    scene = compose.pick(rng, SCENES, direction.loudness)
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    y = c[:, None]
    fog = raster.fractal_noise(rng, cells=3, octaves=4, res=RES)
    light_y = rng.uniform(0.3, 0.6)
    sky = 0.55 + 0.3 * np.exp(-(((y - light_y) / 0.25) ** 2)) + 0.15 * (fog - 0.5)
    tone = np.broadcast_to(sky, (RES, RES)).astype(np.float32).copy()
    focal: compose.Box = (0.0, light_y - 0.15, 1.0, light_y + 0.15)
    reach = 0.25 + 0.35 * direction.density
    if scene in ("fog", "ridges"):
        layers = 1 if scene == "fog" else 3 + round(2 * direction.turbulence)
        for i in range(layers):
            t = (i + 1) / layers
            ridge = _ridge(
                direction, rng, 1 - reach * (1.1 - 0.5 * t), 0.5 + 2.5 * direction.turbulence
            )
            land = np.clip((y - ridge[None, :]) * RES / (1 + 6 * (1 - t)), 0, 1)
            tone = tone * (1 - land) + (0.5 - 0.42 * t) * land
        focal = (0.0, 1 - reach * 1.1, 1.0, 1.0)
    elif scene == "forest":
        img = Image.fromarray((np.clip(tone, 0, 1) * 255).astype(np.uint8), "L")
        draw = ImageDraw.Draw(img)
        ground = 1 - reach * 0.5
        for row, shade in ((0.0, 120), (0.05, 70), (0.1, 25)):
            for _ in range(18 + round(20 * direction.density)):
                x = rng.random() * RES
                h = rng.uniform(0.15, 0.45) * RES * (1 + row * 3)
                w = h * rng.uniform(0.16, 0.24)
                base = (ground + row) * RES
                draw.polygon([(x, base - h), (x - w, base), (x + w, base)], fill=shade)
            draw.rectangle((0, (ground + row) * RES, RES, RES), fill=shade)
        tone = np.asarray(img, np.float32) / 255.0
        focal = (0.0, ground - 0.35, 1.0, 1.0)
    elif scene == "sea":  # a long exposure: milky water under a bright horizon band
        horizon = float(
            np.clip(0.45 + 0.25 * (1 - direction.density) + rng.uniform(-0.08, 0.08), 0.4, 0.75)
        )
        song = signals.smooth(signals.energy(direction, RES), 20)[None, :]
        water = 0.35 + 0.25 * np.exp(-(((y - horizon) / 0.08) ** 2)) + 0.05 * (fog - 0.5)
        land = np.clip((y - horizon + 0.004 * song) * RES / 1.5, 0, 1)
        tone = tone * (1 - land) + water * land
        focal = (0.0, horizon - 0.1, 1.0, horizon + 0.1)
    elif scene == "moon":  # a small grainy moon in a dark sky, its craters from the noise
        cx, cy = compose.thirds(rng, 0.06)
        r = 0.06 + 0.08 * direction.density
        x = c[None, :]
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        disc = np.clip((r - d) * RES / 1.5, 0, 1)
        phase = rng.uniform(-1.6, 1.6) * r  # the shadow's offset: crescent .. gibbous
        shade = np.sqrt((x - cx - phase) ** 2 + (y - cy + 0.3 * phase) ** 2)
        disc = disc * (1 - 0.85 * np.clip((r - shade) * RES / 3, 0, 1))
        halo = np.exp(-((np.maximum(d - r, 0) / 0.05) ** 2)) * 0.15
        tone = tone * 0.35 + halo
        tone = tone * (1 - disc) + (0.62 + 0.35 * fog) * disc
        focal = compose.around(cx, cy, r * 1.6)
    elif scene == "smoke":  # one wisp of smoke rising, bent by the song
        x = c[None, :]
        song = signals.smooth(signals.energy(direction, RES), 16)[:, None]
        swirl = raster.fractal_noise(rng, cells=4, octaves=3, res=RES) - 0.5
        cx = rng.uniform(0.3, 0.7)
        path = cx + 0.18 * (song - 0.5) * (1 - y) + 0.12 * swirl
        width = 0.03 + 0.12 * (1 - y) * (0.5 + direction.density)
        wisp = np.exp(-(((x - path) / width) ** 2)) * (0.4 + 0.6 * fog)
        tone = tone * 0.3 + 0.7 * wisp
        focal = (max(0.0, cx - 0.3), 0.0, min(1.0, cx + 0.3), 1.0)
    else:  # one mountain, its snow line cut hard
        x = c[None, :]
        top = rng.uniform(0.3, 0.7)
        slope = signals.smooth(rng.normal(0, 1, RES), 3)[None, :] * 0.02
        ridge = 1 - reach * 1.4 + np.abs(x - top) * rng.uniform(0.7, 1.2) + slope
        land = np.clip((y - ridge) * RES / 2, 0, 1)
        snow = (fog > 0.5 + (y - ridge) * 2.5) * land
        tone = tone * (1 - land) + (0.12 + 0.75 * snow) * land
        focal = compose.around(top, float(ridge.min()) + 0.12, 0.2)
    contrast = 0.8 + 0.8 * direction.loudness
    tone = np.clip((tone - 0.5) * contrast + 0.5, 0, 1)
    if direction.loudness > 0.8:
        tone = np.clip((tone - 0.45) * 4 + 0.5, 0, 1)
    hue = direction.palette.background
    lut = raster.color_lut([raster.tone(hue, 0.08, 0.01), raster.tone(hue, 0.93, 0.012)])
    img = raster.map_field(tone, lut, size)
    return Artwork(finish(img, direction, "mono", 0.07), focal)
