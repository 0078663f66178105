"""The grain gradient's hard-edged composition: a soft grainy field given one crisp
geometric form, so the cover is a shape at 64 px and not an empty wash.

Two soft spheres, one in each colour, overlapping, the front one throwing a
hard-edged shadow across the other and the ground. It takes the Plane and the seed's
generator and returns a Scene; the form keeps out of the title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def spheres(pl: Plane, rng: np.random.Generator) -> Scene:
    """Two soft spheres overlapping, the larger in front in the second colour and the
    other in the field's, both lit from the same side with a white-hot glint;
    the front one throws a hard-edged shadow across its neighbour and the grainy
    ground, away from the light. A lively song's spheres are larger."""
    big = _u(rng, 0.2, 0.24) + 0.05 * pl.energy
    small = big * _u(rng, 0.62, 0.8)
    ang = _u(rng, -0.5, 0.5) + (0.0 if rng.random() < 0.5 else np.pi)
    gap = (big + small) * _u(rng, 0.62, 0.78)
    mid = float(rng.choice((0.36, 0.64))) + _u(rng, -0.04, 0.04)  # off the middle
    u1 = mid - 0.5 * gap * np.cos(ang)
    v1 = max(BAND + 0.08 + big, _u(rng, 0.6, 0.68))
    u2, v2 = u1 + gap * np.cos(ang), v1 - gap * np.sin(ang) * 0.5
    v2 = max(v2, BAND + 0.06 + small)
    lx, ly = (-0.55 if np.cos(ang) > 0 else 0.55), -0.6  # from the back one's side
    throw = _u(rng, 0.06, 0.1)
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    ground = pl.grainy(np.clip(0.16 + 0.28 * v**1.5, 0, 1), dots, 0.4)
    front, s_front = _ball(pl, u1, v1, big, lx, ly, dots)
    back, s_back = _ball(pl, u2, v2, small, lx, ly, dots)
    shade = pl.edge(big - np.hypot(u - u1 + lx * throw, v - v1 + ly * throw))
    light = ground * (1 - back) + s_back * back
    light = light * (1 - 0.7 * shade * (1 - front))
    light = light * (1 - front) + s_front * front
    mix = front.astype(F32)
    x0, x1 = min(u1 - big, u2 - small), max(u1 + big, u2 + small)
    y0, y1 = min(v1 - big, v2 - small), max(v1 + big, v2 + small)
    return Scene(light.astype(F32), mix, (x0, y0, x1, y1))


def _ball(
    pl: Plane, uc: float, vc: float, r: float, lx: float, ly: float, dots: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(coverage, light) of a sphere at (uc, vc) lit from the (lx, ly) side: a crisp
    rim, a grainy shading from the glow to the deep, a small white-hot glint."""
    du, dv = (pl.u - uc) / r, (pl.v - vc) / r
    rr = du * du + dv * dv
    nz = np.sqrt(np.clip(1 - rr, 0, 1))
    norm = float(np.sqrt(lx * lx + ly * ly + 0.64))
    lit = np.clip((du * lx + dv * ly + nz * 0.8) / norm, 0, 1)
    shade = pl.grainy(0.03 + 0.95 * lit**1.1, dots, 0.35) + 0.4 * lit**24
    return pl.edge(r * (1 - np.sqrt(rr))), np.clip(shade, 0, 1)
