"""Spectrogram: the track's log-spectrogram as a groove disc (angle is time, radius is
frequency), tinted with the genre's spot colour, with fine grooves and grain.

the spectrum -> every pixel of the disc (or strip); brightness -> how far the tint
runs towards white; density -> groove count; seed -> the composition: a centred
disc, a giant disc cropped by an edge, a half disc rising like a sun, or a flat
band bleeding off the top or bottom edge. Without audio the spectrum is synthesized from the energy
curve and the seed (see signals).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="spectrogram",
    family="image",
    fits=("electronic", "ambient", "rock", "metal", "classical", "hiphop"),
    music=True,
)

FRAMES, BANDS = 180, 48
LAYOUTS = ("disc", "giant", "rise", "strip")
RES = 640  # the polar lookup is built at this size (or the cover's, if smaller)


def _place(layout: str, rng: np.random.Generator) -> tuple[float, float, float, float, float]:
    """Centre x, y, inner and outer radius and start angle of the disc."""
    if layout == "giant":
        return (
            float(rng.choice((0.05, 0.95))),
            rng.uniform(0.55, 0.95),
            0.08,
            0.95,
            rng.uniform(0, 6.3),
        )
    if layout == "rise":
        return rng.uniform(0.4, 0.6), rng.uniform(0.9, 1.0), 0.12, 0.62, np.pi
    cx, cy = (0.5, 0.52) if rng.random() < 0.5 else compose.thirds(rng, 0.02)
    return cx, cy, rng.uniform(0.04, 0.1), rng.uniform(0.3, 0.38), rng.uniform(0, 6.3)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the spectrogram cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "spectrogram")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS)
    spec = signals.spectrum(direction, FRAMES, BANDS) ** (1.4 - 0.6 * direction.loudness)
    res = min(size, RES)
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    x, y = c[None, :], c[:, None]
    grooves = 40 + 80 * direction.density
    if layout == "strip":
        # a band bleeding off the top or the bottom edge: the title takes the rest
        if rng.random() < 0.5:
            top, bottom = rng.uniform(0.4, 0.52), 1.0
        else:
            top, bottom = 0.0, rng.uniform(0.48, 0.6)
        u = np.broadcast_to(x, (res, res))
        v = np.clip((bottom - y) / (bottom - top), -1, 2) + 0 * x
        inside = (v >= 0) & (v <= 1)
        focal = (0.0, top, 1.0, bottom)
        groove_pos = v * grooves * 0.25
    else:
        cx, cy, r0, r1, start = _place(layout, rng)
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        angle = (np.arctan2(y - cy, x - cx) - start) % (2 * np.pi)
        u = angle / (2 * np.pi)
        v = (d - r0) / (r1 - r0)
        inside = (v >= 0) & (v <= 1)
        focal = compose.around(cx, cy, r1)
        groove_pos = v * grooves
    fi = np.clip((u * (FRAMES - 1)).astype(np.intp), 0, FRAMES - 1)
    bi = np.clip((v * (BANDS - 1)).astype(np.intp), 0, BANDS - 1)
    value = np.where(inside, spec[fi, bi], 0.0).astype(np.float32)
    groove = 0.5 + 0.5 * np.cos(2 * np.pi * groove_pos)
    if res / grooves > 4:  # fine grooves only where they can be drawn without aliasing
        value = value * (0.78 + 0.22 * groove)
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.valence < 0.55
    field = raster.ground(pal.background, 0.1 if dark else 0.93, 0.02)
    spot = raster.vivid(pal.accent if rng.random() < 0.5 else pal.colors[0], 0.6, 0.17)
    top_tone = raster.tone(spot, 0.93 if dark else 0.25, 0.06 + 0.06 * direction.brightness)
    base = raster.tone(pal.background, 0.16 if dark else 0.86, 0.03)
    lut = raster.color_lut([base, spot, top_tone], (0.0, 0.55, 1.0))
    colour = raster.apply_lut(value, lut)
    colour[~inside] = field
    img = raster.upscale_rgb(raster.to_image(colour), size)
    return Artwork(finish(img, direction, "spectrogram", 0.03), focal)
