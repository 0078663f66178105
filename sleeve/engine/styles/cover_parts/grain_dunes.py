"""The grain gradient's dunes: the grain is the sand. A great dune under a low light,
its razor crest a sinuous line running from its summit on the skyline down to the
frame's near edge, splitting it into a sunlit face (a gradient from the glow at the
crest sinking into grain) and a slip face in one deep flat shadow; a far dune's
skyline behind it follows the song's energy curve. It takes the Plane and the seed's
generator and returns a Scene; the summit keeps out of the title's band.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import Plane, Scene, smooth

F32 = np.float32
SAMPLES = 256  # where the energy curve is read for its level, at any size


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def dunes(pl: Plane, rng: np.random.Generator) -> Scene:
    """A great dune: its summit off the middle (at times a huge dune whose summit
    stands near the frame's side, its crest sweeping across the whole frame), the
    crest an S-curve running down to the near edge, the lit face on one side and the
    slip face's shadow on the other; a lively song's dune is taller and its crest
    sways more. Behind it a
    far dune whose skyline is the song's energy curve, under a sky brightening to the
    glow just above the horizon."""
    huge = bool(rng.random() < 0.35)
    peak = _u(rng, 0.08, 0.18) if huge else _u(rng, 0.3, 0.44)  # the summit across
    top = (_u(rng, 0.4, 0.48) if pl.top else _u(rng, 0.2, 0.3)) - 0.06 * pl.energy
    horizon = top + _u(rng, 0.12, 0.2)  # the far dunes' skyline, lower than the summit
    run = _u(rng, 0.35, 0.6) if huge else _u(rng, -0.15, 0.3)  # where the crest reaches
    sway = _u(rng, 0.04, 0.08) + 0.05 * pl.energy
    turns = _u(rng, 0.6, 1.1)
    slope = _u(rng, 0.5, 0.8)  # how steeply the skyline falls from the summit
    dots = pl.dots(rng)
    u, y = pl.u, pl.y
    level = pl.along(np.linspace(0, 1, SAMPLES, dtype=F32))  # the same at any size
    loud = pl.along(u[0])[None, :]
    far = horizon - 0.07 * (loud - float(level.mean())) / max(float(np.ptp(level)), 0.2)
    glow = np.exp(-np.maximum(far - y, 0) / 0.3)
    sky = 0.18 + 0.44 * pl.grainy(glow, dots, 0.4)
    # the far dunes darker than the glowing sky behind them
    far_sand = pl.grainy(0.28 + 0.1 * np.exp(-(y - far) / 0.05), dots, 0.35)
    light = np.where(y < far, sky, far_sand)
    skyline = top + slope * np.abs(u - peak) ** 1.3  # the dune's outline on the sky
    inside = pl.edge(y - skyline, 1.5)
    below = np.clip((y - top) / max(1.0 - top, 0.1), 0, 1)  # 0 at the summit, 1 at the foot
    crest = peak + run * below + sway * np.sin(np.pi * turns * below) * below
    lit = pl.edge(crest - u, 1.2)  # the sunlit face on the summit's far side
    if not pl.top:  # the title's band under the dune: the face sinks into the trough
        lit = lit * (1 - smooth(0.5, 0.74, y))
    light = _sand(pl, light, inside, lit, u - crest, dots)
    rim = np.exp(-(((u - crest) / 0.004) ** 2)) * inside * 0.35 * lit.max(1, keepdims=True)
    light = light + rim
    mix = inside * (1 - lit)
    reach = peak + 0.2 + 0.5 * max(run, 0.0)
    box = pl.ybox(max(0.0, peak - 0.2), top - 0.06, min(1.0, reach), 1.0)
    return Scene(np.clip(light, 0, 1).astype(F32), np.clip(mix, 0, 1).astype(F32), box)


def _sand(
    pl: Plane,
    light: np.ndarray,
    inside: np.ndarray,
    lit: np.ndarray,
    off: np.ndarray,
    dots: np.ndarray,
) -> np.ndarray:
    """light with a dune laid over it where `inside`: its lit face (where `lit`) a
    gradient from the glow at the crest sinking into grain away from it (`off`, the
    distance across from the crest), its slip face a deep flat shadow."""
    away = np.clip(np.abs(off) / 0.5, 0, 1)
    face = pl.grainy(np.clip(0.92 - 0.5 * away**0.7, 0, 1), dots, 0.4)
    shade = pl.grainy(0.1 + 0.1 * smooth(0.0, 1.0, away), dots, 0.3)
    dune = face * lit + shade * (1 - lit)
    return light * (1 - inside) + dune * inside
