"""The surface finish every style ends with: the direction's texture (grain, halftone
or none), applied once here so all styles treat it alike. Even 'none' keeps a faint
dither so gradients never band."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection

DITHER = 0.008  # noise that stops 8-bit gradients from banding, invisible as grain


def halftone(img: Image.Image, strength: float = 0.18, cells: float = 110.0) -> Image.Image:
    """A 45-degree dot screen printed into the image: darker tones show bigger dots.

    The rotated dot grid is cos(a(x+y))cos(a(x-y)) = (cos 2ax + cos 2ay) / 2, a sum of
    two 1-D waves, so it costs one broadcast add at any size."""
    size = img.size[0]
    a = np.float32(np.pi * cells / size / np.sqrt(2.0))
    wave = np.cos(2 * a * np.arange(size, dtype=np.float32)) * np.float32(0.25)
    screen = wave[None, :] + wave[:, None] + np.float32(0.5)  # 0..1, dot centres at 1
    lum = np.asarray(img.convert("L").resize((256, 256), Image.Resampling.BOX), np.float32)
    dark = raster.upscale(1.0 - lum / 255.0, size)
    factor = 1.0 - strength * np.clip(screen + dark - 0.75, 0.0, 1.0)
    return raster.multiply(img, factor)


def finish(
    img: Image.Image, direction: ArtDirection, salt: str, amount: float = 0.03
) -> Image.Image:
    """Apply the direction's texture; amount is the grain strength (std dev in 0..1)."""
    rng = raster.rng_for(direction, f"{salt}-finish")
    if direction.texture == "halftone":
        img = halftone(img, 0.1 + 1.6 * amount)
        return raster.grain(img, rng, DITHER * 1.5)
    if direction.texture == "none":
        return raster.grain(img, rng, DITHER)
    return raster.grain(img, rng, amount)
