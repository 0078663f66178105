"""The grain gradient's aurora: a curtain of light hanging across a night sky over a
dark land. Its lower hem is a crisp bright edge that swings with the song's energy
curve (loud stretches hang lower and burn brighter), its rays rise from the hem and
thin upward into grain, its colour turning from the glow at the hem to the second
ramp at its top. It takes the Plane and the seed's generator and returns a Scene;
the hem keeps out of the title's band (the land under it is where a bottom title
sits).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import Plane, Scene, smooth

F32 = np.float32
SAMPLES = 256  # where the hem is read for its level and the focal box, at any size


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def aurora(pl: Plane, rng: np.random.Generator) -> Scene:
    """One curtain of light: its hem a long fold (one to two swings across the frame,
    tilted by the seed) dipping where the song is loud, bright rays rising from it and
    fading upward through grain, over a hard dark skyline of low hills. A lively song's
    curtain is taller and its folds deeper."""
    hem = _u(rng, 0.6, 0.66) if pl.top else _u(rng, 0.42, 0.5)  # the hem's mean height
    land = _u(rng, 0.84, 0.9) if pl.top else _u(rng, 0.68, 0.74)
    tilt = float(rng.choice((-1.0, 1.0))) * _u(rng, 0.12, 0.26)  # a diagonal across the sky
    swings, phase = _u(rng, 0.9, 1.8), _u(rng, 0, 2 * np.pi)
    fold = _u(rng, 0.015, 0.03) + 0.02 * pl.energy
    # where the curtain fades out: one end inside the frame, off the middle
    start, end = _u(rng, -0.3, -0.1), _u(rng, 0.6, 0.85)
    tall = _u(rng, 0.2, 0.28) + 0.12 * pl.energy
    rays = pl.noise(rng, 48)[:1, :]  # one row: the rays' strength across the frame
    hills = pl.noise(rng, 6)[:1, :]  # the skyline's low hills
    dots = pl.dots(rng)
    u, y = pl.u, pl.y
    grid = np.linspace(0, 1, SAMPLES, dtype=F32)  # the curve's level, the same at any size
    mean, low = float(pl.along(grid).mean()), float(pl.along(grid).min())

    def hem_at(t: np.ndarray) -> np.ndarray:
        wave = np.sin(2 * np.pi * swings * t + phase)
        return hem + tilt * (t - 0.5) + fold * wave + 0.06 * (pl.along(t) - mean)

    loud = pl.along(u[0])[None, :]
    edge = hem_at(u)
    bend = np.abs(np.cos(2 * np.pi * swings * u + phase))  # a fold seen edge-on burns
    burn = 0.55 + 0.3 * (1 - bend) + 0.3 * (loud - low)
    burn = burn * smooth(start, start + 0.35, u) * (1 - smooth(end - 0.35, end, u))
    up = np.maximum(edge - y, 0)  # height above the hem
    above = pl.edge(edge - y, 1.5)
    streak = 0.45 + 0.55 * np.clip((rays - 0.35) * 2.2, 0, 1)
    # the rays fade out before the title's band
    curtain = np.exp(-up / (tall * streak)) * above * streak**1.5 * burn * pl.calm()
    under = 0.5 * np.exp(-np.maximum(y - edge, 0) / 0.015)  # the hem's glow beneath
    # the sky lit above the hem only: lit below it too, it read as a pale hill
    down = np.maximum(y - edge, 0)  # depth under the hem: the glow falls off fast there
    sky = 0.15 + 0.04 * smooth(0.0, 1.0, y) + 0.12 * burn * np.exp(-(up + 4 * down) / 0.3)
    hemline = 0.5 * np.exp(-up / 0.012) * above * streak * burn  # the hem's bright edge
    glow = np.clip(curtain + hemline + under * burn * 0.3, 0, 1)
    light = sky + 0.95 * pl.grainy(glow, dots, 0.45)
    ground = land - 0.05 * hills
    below = pl.edge(y - ground, 1.5)
    light = light * (1 - below) + 0.06 * below
    # the curtain's upper rays turn the second colour; the sky stays in the first, so
    # the hem is no seam between two skies
    mix = smooth(0.0, tall, up) * smooth(0.25, 0.6, curtain) * (1 - below)
    u0, u1 = max(0.0, start + 0.2), min(1.0, end - 0.2)  # where the curtain burns
    line = hem_at(grid)
    box = pl.ybox(u0, max(0.0, float(line.min()) - tall), u1, float(line.max()) + 0.04)
    return Scene(np.clip(light, 0, 1).astype(F32), mix.astype(F32), box)
