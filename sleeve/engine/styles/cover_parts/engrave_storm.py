"""The storm: a heaving sea under a moon, engraved in level rules. The rules crowd
toward the horizon; the swells grow toward the viewer, as high as the song is loud
where they run, sharp-crested, their troughs in heavier rules; the moon's light lies
on the water as a broken path."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.styles.cover_parts.engrave_hatch import COARSE, Plate, rules, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import moon, spacing, storm, vignette

Box = tuple[float, float, float, float]


def draw(plate: Plate) -> Box:
    """The sky, the moon and the sea; returns the box of the moon over the swells."""
    rng = plate.rng
    d = plate.direction
    side = plate.side
    dark = plate.inks.dark
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    horizon = y0 + h * float(rng.uniform(0.42, 0.52))
    radius = 0.065 + 0.03 * float(rng.random())
    mx, my = float(rng.uniform(0.25, 0.75)), y0 + radius + 0.05 + h * float(rng.uniform(0, 0.1))
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    storm(plate, (mx, my), radius)
    moon(plate, mx, my, radius)
    plate.focus((0.0, horizon - 0.005, 1.0, y1))  # the sea's rows only
    x, y = plate.grid()
    sea = np.clip((y - horizon) * side + 0.5, 0.0, 1.0)
    plate.erase(sea)
    near = np.clip((y - horizon) / (y1 - horizon), 0.0, 1.0)
    span = max(y1 - horizon, 1e-3)
    # perspective: the rules crowd near the horizon, and stay fine toward the viewer
    depth = 0.55 * near * span + 0.03 * np.log1p(near * 8.0)
    k = np.floor(depth / s + 0.5)
    loud = np.interp(x, np.linspace(0.0, 1.0, 64), signals.smooth(signals.energy(d, 64), 2))
    loud = loud.astype(np.float32)
    length = 0.04 + 0.34 * near**1.3  # the swells' wavelength grows toward the viewer
    warp = plate.up(raster.fractal_noise(rng, cells=3, octaves=2, res=COARSE))
    swell = plate.up(raster.value_noise(rng, cells=5, res=COARSE))
    glint = plate.up(raster.value_noise(rng, cells=16, res=COARSE))
    phase = 2.0 * np.pi * x / length + 0.7 * np.sin(k * 0.9) + 9.0 * warp
    height = (1.0 - np.abs(np.sin(phase / 2.0))) * (0.4 + 0.9 * swell)  # sharp crests
    lift = (0.001 + 0.009 * near**1.5) * (0.35 + loud) * (0.6 + 0.8 * d.energy)
    path = np.exp(-(((x - mx) / (0.04 + 0.2 * near)) ** 2)) * np.clip(2.0 * glint - 0.3, 0, 1)
    if dark:
        tone = 0.05 + 0.25 * height * (0.3 + near) + path * np.clip(height + 0.4, 0.0, 1.0)
    else:
        tone = (0.1 + 0.3 * near + 0.3 * np.clip(1.0 - height, 0.0, 1.0)) * (1.0 - 0.9 * path)
    grad = 0.55 + 0.24 / (1.0 + 8.0 * near) / span
    plate.ink(rules(plate, tone * sea, s, 0.0, depth - y + lift * height, grad))
    plate.ink(stroke(y - horizon, side, max(1.2 / side, 0.002)))
    plate.focus((0.0, y0, 1.0, y1))
    vignette(plate)
    plate.focus(None)
    return (max(0.0, mx - 0.35), max(y0, my - radius - 0.03), min(1.0, mx + 0.35), y1)
