"""The grain gradient's lens flare across a dark field: a white-hot star with an
anamorphic streak and a chain of tinted ghosts. It takes the Plane and the seed's
generator and returns a Scene; the light keeps out of the title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import Plane, Scene, smooth

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def flare(pl: Plane, rng: np.random.Generator) -> Scene:
    """A lens flare: a small white-hot source off the middle, high in the art's part
    of the frame, with a six-point star, a long thin anamorphic streak across the
    frame, and three to five ghosts (soft-rimmed discs in the second colour) strung
    along the line from the source through the frame's centre. A lively song's
    streak is longer and its ghosts more."""
    us, vs = _u(rng, 0.2, 0.32), _u(rng, 0.7, 0.8)
    spin = _u(rng, 0, np.pi / 3)
    ghosts = 3 + int(rng.integers(2)) + int(pl.energy > 0.6)
    reach = _u(rng, 0.35, 0.5) + 0.3 * pl.energy
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    du, dv = u - us, v - vs
    d = np.hypot(du, dv)
    star = np.abs(np.cos(3 * (np.arctan2(dv, du) + spin))) ** 60 * np.exp(-d / 0.12)
    streak = np.exp(-((dv / 0.0045) ** 2)) * np.exp(-np.abs(du) / reach)
    glow = np.exp(-d / 0.08) + 0.5 * np.exp(-d / 0.25)
    field = 0.13 + 0.08 * v + 0.1 * np.exp(-d / 0.45)
    light = field + 0.55 * pl.grainy(np.clip(glow, 0, 1), dots, 0.4)
    light = light + 0.5 * star + 0.6 * streak + pl.edge(0.012 - d, 1.5)
    mix = np.zeros_like(light)
    cu, cv = 0.8, _u(rng, 0.46, 0.54)  # the ghosts' axis runs towards here
    spots = np.sort(rng.uniform(0.4, 1.3, ghosts))
    sizes = rng.permutation((0.012, 0.022, 0.035, 0.05, 0.085)[: ghosts - 1] + (0.11,))
    for t, gr in zip(spots, sizes, strict=True):
        gu, gv = us + t * (cu - us), vs + t * (cv - vs)
        dg = np.hypot(u - gu, v - gv)
        disc = pl.edge(gr - dg, 2.5)
        rim = np.exp(-(((dg - gr) / 0.006) ** 2))
        faint = 0.12 / (0.12 + gr)  # the large ghosts are faint
        ghost = faint * ((0.12 + 0.22 * (dg / gr) ** 2) * disc + 0.3 * rim)
        far = smooth(0.2, 0.42, gv)  # a ghost in the title's band stays faint
        light = light + ghost * far
        mix = np.maximum(mix, np.clip(disc + rim, 0, 1) * far)
    box = (max(0.0, us - 0.18), max(0.36, vs - 0.18), min(1.0, us + 0.22), min(1.0, vs + 0.2))
    return Scene(np.clip(light, 0, 1).astype(F32), mix.astype(F32), box)
