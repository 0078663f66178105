"""Paper cut's umbrella: one huge open umbrella seen from above, cut at large scale and
cropped by the frame, its panels two papers in turn, standing high off a field of
cut rain whose slivers are as many as the song is fast (a rain title's third picture).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    disc,
    flip_box,
    light_angle,
    mirror,
)


def _panel(cx: float, cy: float, r: float, a0: float, a1: float, sag: float) -> Points:
    """One panel of the canopy: from the centre out to two rib tips, its hem sagging
    inward between them by `sag` (a fraction of r)."""
    t = np.linspace(0.0, 1.0, 14)
    ang = a0 + (a1 - a0) * t
    rad = r * (1.0 - sag * np.sin(np.pi * t))
    hem = list(
        zip((cx + rad * np.cos(ang)).tolist(), (cy + rad * np.sin(ang)).tolist(), strict=True)
    )
    return [(cx, cy), *hem]


def _drop(x: float, y: float, length: float, slant: float) -> Points:
    """A sliver of rain falling at `slant` (x per y)."""
    w = 0.005
    return [
        (x - w, y),
        (x + w, y),
        (x + w + slant * length, y + length),
        (x - w + slant * length, y + length),
    ]


def umbrella(rng: np.random.Generator, energy: float, tempo: float) -> Scene:
    """A huge umbrella from above, low and off centre, cropped by the frame; eight or
    ten panels in two papers in turn; rain slivers over the field, more for a faster
    song, slanted more for a louder one, the top band kept clear for the title."""
    r = rng.uniform(0.42, 0.5)
    # its crown stays under the top band: "en la lluvia" ran over the canopy (review J)
    cx, cy = rng.uniform(0.56, 0.66), r + rng.uniform(0.4, 0.45)
    ribs = int(rng.choice((8, 10)))
    turn = rng.uniform(0.0, 2 * np.pi / ribs)
    slant = 0.12 + 0.25 * energy
    count = int(np.clip(tempo / 2.2, 24, 80))
    drops = []
    for _ in range(count):
        x, y = rng.uniform(-0.1, 1.0), rng.uniform(0.36, 1.0)
        drops.append((_drop(x, y, rng.uniform(0.03, 0.06), slant), True))
    layers = [Layer(tuple(drops), "rain")]
    step = 2 * np.pi / ribs
    canopy = [_panel(cx, cy, r, turn + k * step, turn + (k + 1) * step, 0.15) for k in range(ribs)]
    layers.append(Layer(tuple((p, True) for p in canopy), "motif"))
    layers.append(Layer(tuple((p, True) for p in canopy[1::2]), "canopy"))
    layers.append(Layer(((disc(cx, cy, 0.018, n=24), True),), "light"))
    flip = bool(rng.random() < 0.5)
    focal = (max(0.0, cx - r), cy - r - 0.02, min(1.0, cx + r), 1.0)
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape="umbrella",
        light=light_angle(flip),
        lift=2.4,
    )
