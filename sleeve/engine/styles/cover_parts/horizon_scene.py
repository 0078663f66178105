"""The loudness horizon's canvas: one cover being drawn (its direction, sky, image
and pen, the sun or moon, the stars) and the still water that mirrors it.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import horizon_sky as skies


class Scene:
    """One cover being drawn: the direction, its sky, the image and a pen on it, and
    the motif when it is not the scene's usual one (a ridge drawn as a city skyline)."""

    def __init__(self, direction: ArtDirection, size: int, horizon: float) -> None:
        self.direction = direction
        self.size = size
        self.horizon = horizon
        self.rng = raster.rng_for(direction, "horizon")
        self.sky = skies.sky_for(direction, self.rng)
        self.img: Image.Image = Image.new("RGB", (1, 1))  # paint_sky makes the real one
        self.draw = aggdraw.Draw(self.img)
        self.motif = ""

    def paint_sky(self, sun: tuple[float, float, float] | None = None) -> None:
        """The sky gradient (with the sun's halo), then a fresh pen on it."""
        self.img = skies.paint_sky(self.sky, self.size, self.horizon, sun)
        self.draw = aggdraw.Draw(self.img)

    def body(self, x: float, y: float, r: float) -> None:
        """The sun or moon (its colour is the time of day's); at night the moon is a
        crescent or a half as often as it is full."""
        phase = self.rng.uniform(-1.0, 1.0) if self.sky.time == "night" else 0.0
        px = int(np.clip(x + phase * r * 0.9, 0.0, 0.999) * self.size)
        night = self.img.getpixel((px, int(np.clip(y, 0.0, 0.999) * self.size)))
        skies.disc(self.draw, self.size, x, y, r, self.sky.body)
        if abs(phase) > 0.35:  # the earth's shadow, in the sky's own colour
            skies.disc(self.draw, self.size, x + phase * r * 0.9, y, r * 0.98, night)

    def stars(self, below: float) -> None:
        """Stars from the onsets above `below`, at night only."""
        if self.sky.time == "night":
            skies.stars(self.draw, self.direction, self.rng, self.size, below)

    def done(self) -> Image.Image:
        """The image with every pending stroke drawn."""
        self.draw.flush()
        return self.img


def mirror(img: Image.Image, d: ArtDirection, water: float, sky: skies.Sky) -> Image.Image:
    """Below `water` the picture above it, mirrored and darkened towards deep water,
    each row shifted sideways a little more where the song has onsets."""
    arr = np.asarray(img)
    size = arr.shape[0]
    w = int(water * size)
    rows = np.arange(w, size)
    src = np.clip(2 * w - rows - 1, 0, size - 1)
    hits = signals.resample(signals.onsets(d, 64), len(rows))
    depth = (rows - w) / max(1, size - w)
    shift = (np.sin(rows * (60.0 / size) * 9.0) * size * 0.006 * (0.2 + hits + depth)).astype(
        np.intp
    )
    cols = np.clip(np.arange(size)[None, :] + shift[:, None], 0, size - 1)
    mirrored = Image.fromarray(np.ascontiguousarray(arr[src[:, None], cols]), "RGB")
    mix = np.repeat(((0.25 + 0.45 * depth) * 255).astype(np.uint8)[:, None], size, axis=1)
    deep = Image.new("RGB", mirrored.size, sky.water)
    out = img.copy()
    out.paste(Image.composite(deep, mirrored, Image.fromarray(mix, "L")), (0, w))
    return out
