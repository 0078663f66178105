"""The grain gradient's composition where the gradient is the picture: one huge form
of light cut by the frame, its colour turning across it.

A dome of light rising from the frame's far edge, wider than the frame, its crest
crisp and its body a two-colour gradient sinking into grain. It takes the Plane and
the seed's generator and returns a Scene; the light keeps out of the title's band
(v < 0.34). (The light trail is grain_trails.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, smooth

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def dome(pl: Plane, rng: np.random.Generator) -> Scene:
    """A disc far wider than the frame rising from its far edge, only its crest in
    view: a crisp rim of white-hot light, the body a gradient from the glow at the
    crest to the second colour deep in it, thinning into grain; the field above
    brightens towards the rim. A lively song's dome rises higher."""
    r = _u(rng, 0.7, 1.1)
    uc = float(rng.choice((0.3, 0.7))) + _u(rng, -0.08, 0.06)  # its crest off the middle
    crest = _u(rng, 0.5, 0.6) - 0.1 * pl.energy  # the crest's v: higher for a loud song
    crest = max(crest, BAND + 0.1)
    vc = crest + r
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    d = np.hypot(u - uc, v - vc)
    inside = pl.edge(r - d, 1.5)
    depth = np.clip((r - d) / _u(rng, 0.3, 0.5), 0, 1)  # 0 at the rim, 1 deep in
    body = pl.grainy(np.clip(0.95 - 0.45 * depth**0.7, 0, 1), dots, 0.35)
    rim = np.exp(-(((d - r) / 0.008) ** 2))
    halo = np.exp(-np.maximum(d - r, 0) / _u(rng, 0.08, 0.14))
    sky = 0.16 + 0.05 * v + 0.3 * pl.grainy(halo, dots, 0.5)
    light = np.clip(sky * (1 - inside) + body * inside + 0.35 * rim, 0, 1)
    mix = 0.9 * inside * smooth(0.05, 0.7, depth)
    half = float(np.sqrt(max(r * r - (vc - 1.0) ** 2, 0.0)))  # the dome's width at the edge
    return Scene(light.astype(F32), mix.astype(F32), (uc - half, crest - 0.06, uc + half, 1.0))
