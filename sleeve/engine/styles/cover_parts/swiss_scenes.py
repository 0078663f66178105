"""What a title names, drawn in Swiss flats (after Herbert Matter's tourism posters and
Müller-Brockmann's concert posters), each into a `swiss_layouts.Frame`, returning the
focal box: peaks, a mountain as one huge leaning triangle sliced level into strata.
The energy curve sets the strata and the summit, the onsets the gaps, the tempo the
count.
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices


def _ground(f: Frame) -> tuple[float, float, float, float]:
    """Left, right, top and base of a scene standing on the bottom: the canvas foot, or
    the title zone's grid line when the title sits under the art."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    right = x1 if f.edge == "right" else s
    return 0.0, right, y0, (y1 if f.edge == "bottom" else s)


def peaks(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A mountain as one huge triangle standing on the base, its summit across the
    cover where the song peaks, its flanks cropped by the canvas, sliced level into
    strata: one a beat (the tempo counts them), each as deep as the energy curve
    there from the foot up, with paper between them as heavy as the onsets; black,
    the summit in the flat colour and one stratum in the second (three ranks of
    clip-art triangles had read as a sticker); one flank steep, one long."""
    left, right, top, base = _ground(f)
    width, tall = right - left, base - top
    main, second = inks(f)
    place = float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)
    ax = left + width * (0.25 + 0.5 * place + float(rng.uniform(-0.08, 0.08)))
    h = tall * float(rng.uniform(0.86, 1.0))
    # one flank steep, the other long (an even pyramid had read as a monument)
    steep, long = h * float(rng.uniform(0.45, 0.7)), h * float(rng.uniform(1.2, 1.9))
    west, east = (steep, long) if rng.random() < 0.5 else (long, steep)
    n = int(np.clip(f.steps + 4 + int(rng.integers(-1, 2)), 6, 11))
    depth = 0.5 + slices(f.curve, n)
    depth = depth / depth.sum() * h
    hits = signals.resample(np.asarray(f.onsets, float), n)
    hits = (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))
    band = int(rng.integers(1, max(2, n - 2)))
    y = base + 2.0
    for k in range(n):
        gap = float(depth[k]) * (0.08 + 0.22 * float(hits[k])) if k else 0.0
        low, high = y - gap, y - float(depth[k])
        if k == n - 1:
            high = base - h
        lo, hi = (low - base + h) / h, (high - base + h) / h  # 0 at the summit, 1 at the foot
        colour = main if k == n - 1 else second if k == band else f.ink
        pts = (ax - west * lo, low, ax - west * hi, high, ax + east * hi, high, ax + east * lo, low)
        draw.polygon(pts, brush(colour))
        y = high
    return f.fraction((ax - west, base - h, ax + east, base))
