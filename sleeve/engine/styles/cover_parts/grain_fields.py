"""The grain gradient's colour-field composition: two gradients meeting at one hard
seam running down the frame along the song's energy curve, the way the best
grainy-gradient sleeves are built (restraint, deep colour, heavy grain). It takes the
Plane and the seed's generator and returns a Scene; the title's band (v < 0.34)
stays a quiet stretch of field.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def seam(pl: Plane, rng: np.random.Generator) -> Scene:
    """Two gradients meeting at one hard edge: a seam runs down the frame from the
    title's band to the far edge, off the middle; on one side the field brightens
    towards it, on the other the second colour starts in the deep and brightens
    again to the frame's side. The seam is the song's energy curve drawn large and
    smooth (the loud passages push it over), hottest where it bulges furthest; its
    light thins into grain on both sides, and the title's band is a quiet field."""
    base = _u(rng, 0.34, 0.46)
    tilt = _u(rng, -0.12, 0.12)
    swing = _u(rng, 0.1, 0.16) * (0.6 + 0.8 * pl.energy)
    fall = _u(rng, 0.18, 0.3)
    bend = _u(rng, 0.7, 1.1)
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    grid = np.linspace(0, 1, 65, dtype=F32)  # the curve's level and swing on a fixed grid
    sample = pl.along(grid, max(21, len(pl.curve) // 4))
    for _ in range(3):  # a few long swells, not a torn edge (a rock face)
        sample = signals.smooth(sample, 6)
    mean, span = float(sample.mean()), float(sample.max() - sample.min()) or 1.0
    # the song runs down the frame from the title's band: t 0..1 over v BAND..1
    t = np.clip((v[:, 0] - BAND) / (1 - BAND), 0, 1)
    line = (base + tilt * (t - 0.5) + swing * (np.interp(t, grid, sample) - mean) / span)[:, None]
    gap = line - u  # > 0 on the near side
    crest_t = float(grid[int(np.argmax(sample))])
    cv = BAND + crest_t * (1 - BAND)
    hot = 0.7 + 0.3 * np.exp(-(((v - cv) / 0.22) ** 2))  # hottest where the seam bulges
    near = pl.grainy(np.exp(-np.maximum(gap, 0) / fall) * hot, dots, 0.45)
    rise = np.clip(-gap / np.maximum(1.0 - line, 0.05), 0, 1) ** bend
    far = pl.grainy(rise, dots, 0.45)
    past = pl.edge(-gap)
    light = (0.17 + 0.74 * near) * (1 - past) + (0.1 + 0.46 * far) * past
    calm = pl.calm(BAND - 0.16, BAND + 0.12)  # the title's band: a quiet field, no seam
    light = 0.2 + (light - 0.2) * calm
    mix = past * calm
    cu = float(base + tilt * (crest_t - 0.5) + swing * (float(sample.max()) - mean) / span)
    cv = max(cv, BAND + 0.15)
    x0, y0 = min(max(cu - 0.3, 0.0), 0.58), min(cv - 0.18, 0.62)  # kept whole in the frame
    box = (x0, y0, x0 + 0.42, y0 + 0.38)
    return Scene(light.astype(F32), mix.astype(F32), box)
