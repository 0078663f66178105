"""Energy rings: the song as rings or a radial waveform, coloured by its key.

the energy curve -> ring weights (radius is time, from the centre out) or the
waveform's reach; the key -> the hue (its place on the circle of fifths; minor
keys darker) and the spectrum's frames -> each ring's tint; density -> ring
count; seed -> the composition: centred rings, a giant off-centre crop, a radial
waveform, or a spiral.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="energy_rings",
    family="graphic",
    fits=("electronic", "pop", "rnb", "hiphop", "ambient", "jazz"),
    music=True,
)

LAYOUTS = ("rings", "giant", "waveform", "spiral")


def _key_hue(direction: ArtDirection) -> float:
    """Hue from the strongest pitch class on the circle of fifths."""
    tonic = int(np.argmax(signals.chroma(direction)))
    return (30.0 + 30.0 * ((tonic * 7) % 12)) % 360.0


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the energy-rings cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "rings")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS, direction.energy)
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    minor = direction.mode == "minor" or (direction.mode is None and direction.valence < 0.45)
    hue = _key_hue(direction)
    paper = raster.ground(pal.background, 0.12 if dark else 0.95, 0.02)
    count = 14 + round(40 * direction.density)
    level = signals.energy(direction, count)
    spec = signals.spectrum(direction, count, 8)
    centroid = (spec * np.arange(8)).sum(axis=1) / np.maximum(spec.sum(axis=1), 1e-6) / 7
    light = (0.7 if dark else 0.5) - (0.08 if minor else 0.0)
    lut = raster.color_lut(
        [oklch_to_rgb(light - 0.1, 0.12, hue - 30), oklch_to_rgb(light + 0.1, 0.16, hue + 40)]
    )
    hot = raster.vivid(pal.accent, 0.8 if dark else 0.55, 0.17)
    img = Image.new("RGB", (size, size), paper)
    draw = aggdraw.Draw(img)
    if layout == "giant":
        cx, cy = float(rng.choice((0.0, 1.0))) + rng.uniform(-0.1, 0.1), rng.uniform(0.6, 1.0)
        reach = rng.uniform(0.75, 0.95)
    else:
        cx, cy = compose.thirds(rng, 0.03) if layout != "rings" else (0.5, rng.uniform(0.45, 0.58))
        reach = rng.uniform(0.26, 0.36)
    peak = int(np.argmax(level))
    if layout in ("rings", "giant"):
        step = reach / count
        for i in range(count):
            r = (i + 1) * step * size
            width = step * size * (0.15 + 0.75 * level[i])
            color = hot if i == peak else tuple(int(v) for v in lut[int(centroid[i] * 255)])
            box = (cx * size - r, cy * size - r, cx * size + r, cy * size + r)
            draw.ellipse(box, aggdraw.Pen(color, width))
    else:
        points = 720
        theta = np.linspace(0, 2 * np.pi, points, endpoint=True) - np.pi / 2
        wave = signals.energy(direction, points)
        copies = 3 + round(5 * direction.density)
        for j in range(copies):
            base = reach * (0.35 + 0.65 * j / copies) if layout == "waveform" else 0.0
            if layout == "spiral":
                base = reach * (0.1 + 0.9 * (j + theta / (2 * np.pi) + 0.25) / copies)
            r = (base + reach * 0.35 * wave * (j + 1) / copies) * size
            xs, ys = cx * size + r * np.cos(theta), cy * size + r * np.sin(theta)
            color = hot if j == copies - 1 else tuple(int(v) for v in lut[int(255 * j / copies)])
            pen = aggdraw.Pen(color, size * (0.007 + 0.008 * direction.energy))
            draw.line(np.stack([xs, ys], 1).ravel().tolist(), pen)
    draw.flush()
    img = raster.glow(img, size * 0.01, 0.3)
    return Artwork(finish(img, direction, "rings", 0.025), compose.around(cx, cy, reach))
