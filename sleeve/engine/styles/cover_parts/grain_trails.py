"""The grain gradient's light trails: a long exposure of lights streaming out of one
white-hot source on a far horizon and fanning towards the viewer in perspective, the
lanes widening, softening and turning the second colour as they near the frame's
edge (depth), the sky above the horizon lit round the source.

The song sets the picture, not only its colour: the source stands where the song
peaks (its loudest stretch read across the frame), the horizon higher for a lively
song, the number of lanes from its sections, their pulses' spacing from its tempo,
their brightness along their length from its energy curve (the far end the start of
the song, the near end its close), and the road's bend and the fan's width from the
seed and the energy. The light keeps out of the title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, smooth
from sleeve.engine.styles.cover_parts.swiss_grid import sections

F32 = np.float32
NEAR = 0.05  # the depth (0 at the source, 1 at the near edge) where a lane is drawn from
PULSE_FROM = 0.22  # nearer than this depth a lane's pulses are far enough apart to show


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def peak(curve: np.ndarray) -> float:
    """Where the song's loudest stretch is (0 its start, 1 its end), on the curve
    smoothed over about an eighth of the song."""
    soft = signals.smooth(signals.resample(np.asarray(curve, float), 48), 3)
    return float(np.argmax(soft)) / 47.0


def lanes(pl: Plane) -> int:
    """Three to seven lanes: two more than the song has sections, one more for a
    lively song."""
    return int(np.clip(len(sections(pl.curve)) + 2 + (pl.energy > 0.6), 3, 7))


def _lanes(
    pl: Plane,
    z: np.ndarray,
    offsets: np.ndarray,
    burn: np.ndarray,
    road: tuple[float, float, float],
    dots: np.ndarray,
) -> np.ndarray:
    """The lanes' light on the ground's rows at depths z (a column): each lane straight
    in perspective from the source at u `road[0]`, bent by `road[1]`, wider nearer,
    as bright as the song at that moment and beaded `road[2]` pulses along the road."""
    us, bend, beats = road
    zs = np.maximum(z, NEAR)
    across = (pl.u - us - bend * zs * zs) / zs  # where a point stands on the road, lane units
    pulse = 0.55 + 0.45 * np.cos(2 * np.pi * beats / (1.0 + 3.0 * zs)) ** 2
    pulse = 1.0 + (pulse - 1.0) * smooth(PULSE_FROM, 0.5, z)
    strength = (0.45 + 0.55 * pl.along(z[:, 0])[:, None]) * pulse * smooth(0.0, NEAR * 2, z)
    core = np.zeros(across.shape, F32)
    glow = np.zeros(across.shape, F32)
    for k in range(len(offsets)):
        d = np.abs(across - offsets[k]) * zs  # the screen distance to the lane
        width = 0.0025 + 0.012 * z * (0.6 + 0.6 * burn[k])
        core = np.maximum(core, burn[k] * np.exp(-((d / width) ** 2)))
        glow = np.maximum(glow, burn[k] * np.exp(-d / (0.01 + 0.05 * z)))
    return strength * (0.5 * pl.grainy(glow, dots, 0.5) + 0.65 * core)


def trail(pl: Plane, rng: np.random.Generator) -> Scene:
    """Lanes of light streaming from a source on the horizon towards the near edge,
    each straight in perspective but bent by the road's curve, its width growing with
    nearness, its brightness the song's energy at that moment, beaded with pulses a
    beat apart (closer together for a faster song); one lane white-hot."""
    count = lanes(pl)
    us = 0.18 + 0.64 * peak(pl.curve) + _u(rng, -0.05, 0.05)  # the source: the song's peak
    vs = BAND + 0.3 + _u(rng, 0.0, 0.06) + 0.08 * (1 - pl.energy)  # a calm song's lies deeper
    fan = 0.7 + 0.9 * pl.energy + _u(rng, 0.0, 0.3)  # the fan's width at the near edge
    centre = _u(rng, -0.25, 0.25) - 0.5 * (us - 0.5)  # the fan leans back across the frame
    bend = float(rng.choice((-1.0, 1.0))) * _u(rng, 0.1, 0.35)  # the road's curve
    offsets = centre + fan * (np.arange(count) / max(count - 1, 1) - 0.5)
    burn = rng.uniform(0.5, 0.82, count)
    burn[int(np.argmin(np.abs(offsets - centre + _u(rng, -0.1, 0.1))))] = 1.0
    beats = float(np.clip(pl.tempo, 60.0, 180.0)) / 12.0  # pulses over the road's length
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    z = np.clip((v - vs) / (1 - vs), 0, 1)  # depth: 0 on the horizon, 1 at the near edge
    ground = (v > vs).astype(F32)
    rows = np.flatnonzero(v[:, 0] > vs)  # the lanes are drawn on the ground's rows only
    lit = _lanes(pl, z[rows], offsets, burn, (us, bend, beats), dots[rows])
    d_src = np.hypot(u - us, (v - vs) * 1.4)
    bloom = np.exp(-d_src / (0.1 + 0.08 * pl.energy))
    horizon = np.exp(-np.abs(v - vs) / 0.012) * np.exp(-np.abs(u - us) / 0.45)
    sky = (0.2 + 0.16 * np.exp(-np.maximum(vs - v, 0) / 0.12)) * (1 - ground)
    earth = (0.16 + 0.1 * np.exp(-(v - vs) / 0.06) - 0.1 * z) * ground  # darker near
    light = sky + earth + 0.3 * horizon + 0.8 * pl.grainy(bloom, dots, 0.5)
    light[rows] += lit
    light = light + 0.9 * np.exp(-((d_src / 0.012) ** 2))  # the white-hot source
    mix = 0.85 * smooth(0.15, 0.9, z) * ground
    left = us + (offsets.min() + bend) if offsets.min() + bend < 0 else us + offsets.min()
    right = us + max(offsets.max(), offsets.max() + bend)
    box = (max(0.0, min(left, us - 0.12)), vs - 0.1, min(1.0, max(right, us + 0.12)), 1.0)
    return Scene(np.clip(light, 0, 1).astype(F32), mix.astype(F32), box)
