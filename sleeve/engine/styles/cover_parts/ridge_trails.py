"""Ridgeline's road for a road title (round 18: the old road ran to a sun on the
horizon, another style's picture): a night highway in a long exposure, the cars gone
and only their light left. It draws onto the canvas and returns its focal box:

trails: the road climbs and dips over hills that are the song's energy (its start
near, its end far: the far road stands as high on the screen as the song is loud
there), so its light trails rise over each crest and vanish behind it; the
headlights pale on one side, the tail lights red on the other, flaring where the song
hits hardest; a far range of the song in haze on the horizon; no sun, no moon. How
many lanes by the song's density and tempo, how far the road bends and how hard it
climbs by its energy and the seed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import POINTS, Canvas, U, at, busy, region, rows
from sleeve.engine.styles.cover_parts.ridge_town import night, sky

TAIL = (228, 44, 36)
DEPTH = 120  # samples along the road
FOCAL = 0.5  # the lens: screen offset per unit over depth


def _visible(ys: np.ndarray) -> np.ndarray:
    """Which of a road's points (near first) are not hidden behind a nearer crest: a
    point shows while it stands higher on the screen than every nearer one."""
    lowest = np.minimum.accumulate(ys)
    return ys <= lowest + 1e-4


def trails(c: Canvas) -> Box:
    """A night road's light trails over the song's hills (see the module)."""
    rng, d, s = c.rng, c.direction, c.size
    ink = night(c)
    top, low = region(c, 0.03)
    vy = top + (low - top) * float(rng.uniform(0.3, 0.5))
    vx = float(rng.uniform(0.35, 0.65))
    eye = float(rng.uniform(0.2, 0.32))
    sky(c, ink, vy)
    # a far range of the song in haze on the horizon
    h, _ = rows(c, 1, float(rng.uniform(2.4, 3.4)))
    far = vy - (0.03 + 0.07 * d.loudness) * signals.smooth(h[0], 3)
    x = U * 1.04 - 0.02
    crest = np.stack([x, far], axis=1)
    foot = np.stack([x[::-1], np.full(POINTS, 1.03)], axis=1)
    c.draw.polygon((np.concatenate([crest, foot]) * s).ravel().tolist(), raster.brush(ink.haze))
    ground = np.array([[-0.02, vy], [1.02, vy], [1.02, 1.03], [-0.02, 1.03]])
    c.draw.polygon((ground * s).ravel().tolist(), raster.brush(ink.black))
    # the road's hills: the song's energy along it, steeper for a louder song
    near = eye * FOCAL / max((low if not c.calm_top else 1.0) - vy, 0.05)
    z = np.geomspace(near, 30.0, DEPTH)
    song = signals.smooth(signals.energy(d, DEPTH), 2)
    # how high the road's far stretches stand on the screen: the song's energy there
    climb = (0.12 + 0.14 * d.energy) * float(rng.uniform(0.8, 1.2))
    rise = climb * (song - song.min()) / max(float(np.ptp(song)), 1e-6) * (1.0 - near / z)
    bend = float(rng.uniform(-1.0, 1.0)) * (0.5 + 1.5 * d.energy)
    centre = bend * (np.log(z / near) / np.log(30.0 / near)) ** 2 * z * 0.12
    flare = signals.onsets(d, DEPTH)
    tops = [vy]
    lanes = 1 + int(round(2 * busy(c)))
    # the hill the road climbs, dark against the sky: the road's profile, widened
    mid_x = vx + centre / z * FOCAL
    mid_y = vy + eye / z * FOCAL - rise
    seen = _visible(mid_y)
    wide = 5.0 / z[seen] * FOCAL + 0.05
    hill = np.concatenate(
        [
            np.stack([mid_x[seen] - wide, mid_y[seen]], 1),
            np.stack([mid_x[seen] + wide, mid_y[seen]], 1)[::-1],
        ]
    )
    c.draw.polygon((hill * s).ravel().tolist(), raster.brush(ink.black))
    # the asphalt up to the first crest, a shade over the ground
    edge = 0.1 + 0.2 * lanes
    run = int(np.argmin(seen)) if not seen.all() else DEPTH
    side = [vx + (centre[:run] + k * edge) / z[:run] * FOCAL for k in (-1.0, 1.0)]
    road = np.concatenate(
        [np.stack([side[0], mid_y[:run]], 1), np.stack([side[1], mid_y[:run]], 1)[::-1]]
    )
    c.draw.polygon((road * s).ravel().tolist(), raster.brush(raster.tone(ink.black, 0.27)))
    # two strands of light in each lane: the cars' paths a little apart
    strands = [
        (colour, side * (0.1 + 0.2 * k) + float(rng.normal(0.0, 0.02)))
        for side, colour in ((-1.0, ink.lamp), (1.0, TAIL))
        for k in range(lanes)
        for _ in range(2)
    ]
    for colour, lane in strands:
        xs = vx + (lane + centre) / z * FOCAL
        ys = vy + eye / z * FOCAL - rise
        seen = _visible(ys)
        tops.append(float(ys[seen].min()))
        pts = np.stack([xs, ys], axis=1)
        for i in range(DEPTH - 1):
            if not (seen[i] and seen[i + 1]):
                continue
            width = max(c.pen * 2.4 * near / z[i], 0.7)
            hit = 0.5 + 0.5 * float(flare[i])
            fade = 1.0 if c.calm_top else float(np.clip((i - 2) / 10.0, 0.0, 1.0))
            seg = (pts[i : i + 2] * s).ravel().tolist()
            glow = at((colour, (255, 250, 240)), 0.35 * hit)
            c.draw.line(seg, raster.pen(colour, width * 4.0, int(40 * fade * hit)))
            c.draw.line(seg, raster.pen(glow, width, int(235 * fade)))
    high = min(tops)
    return (0.0, max(0.0, high - 0.02), 1.0, low)


TRAILS: dict[str, Callable[[Canvas], Box]] = {"trails": trails}
