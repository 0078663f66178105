"""Flow field's fireworks, for a title naming them: two or three willow bursts on a
night sky.

Each burst a ring of trails radiating from its heart and drooping as they fall,
thinning to nothing at their tips; the biggest in the accent. The song sets them: the
energy how many bursts and how far they droop, the tempo how many trails, the seed
where they bloom.

It draws on `img` and returns the focal box, in fractions of the side, y down; `calm`
is the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines, flow_room, flow_weather

Box = tuple[float, float, float, float]


def _bursts(direction: ArtDirection, rng: np.random.Generator, top: float, bottom: float) -> list:
    """The bursts (x, y, radius), biggest first, spread over the free room."""
    room = bottom - top
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    big = min(room * float(rng.uniform(0.36, 0.44)), 0.34)
    side = float(rng.choice((0.36, 0.64)))
    out = [
        (side + float(rng.uniform(-0.05, 0.05)), top + room * float(rng.uniform(0.38, 0.5)), big)
    ]
    for k in range(1 + int(energy > 0.45)):
        r = big * float(rng.uniform(0.4, 0.6))
        x = 1.0 - side + (0.12 if side < 0.5 else -0.12) * k + float(rng.uniform(-0.06, 0.06))
        y = top + room * float(rng.uniform(0.25, 0.6)) + 0.1 * k
        out.append((x, float(np.clip(y, top + r * 0.8, bottom - r)), r))
    return out


def fireworks(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """Willow bursts of drooping trails on the night sky (the fields computed at half
    the side, then scaled up)."""
    size = img.size[0]
    x, y = raster.pixel_grid(max(size // 2, 16))
    top, bottom = flow_room.room(calm)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    rays = 2 * int(11 + 8 * signals.pace(direction))
    side = x.shape[1]
    psi = np.full((side, side), -1e3, dtype=np.float32)
    width = np.zeros_like(psi)
    code = np.zeros(psi.shape, dtype=np.uint8)
    nearest = np.full_like(psi, np.inf)
    bursts = _bursts(direction, rng, top, bottom)
    for k, (cx, cy, r) in enumerate(bursts):
        dx, dy = x - cx, y - cy
        dist = np.hypot(dx, dy)
        fall = (0.35 + 0.5 * energy) * dist * dist / r  # the trails droop as they fall
        turn = np.arctan2(dy - fall, dx) / np.float32(2 * np.pi) + 0.5
        near = dist / r
        mine = (near < 1.0) & (near < nearest)
        nearest = np.where(mine, near, nearest)
        trail = np.clip((1.0 - near) / 0.35, 0.0, 1.0) * np.clip((near - 0.08) / 0.12, 0.0, 1.0)
        psi = np.where(mine, turn * np.float32(rays) + np.float32(rays * (k + 1)), psi)
        width = np.where(mine, trail * (0.35 + 0.65 * near), width)
        code = np.where(mine, 2 if k == 0 else k % 2, code).astype(np.uint8)
    width = width * flow_room.band(side, calm)
    weight = max(1.5, size * 0.5 * np.pi * bursts[0][2] / rays)
    flow_lines.draw(
        img, flow_weather._up(psi, size), 1.0, weight, inks, calm, rng,
        width=flow_weather._up(width, size), inks_at=flow_weather._doubled(code, size),
        period=rays,
    )  # fmt: skip
    cx, cy, r = bursts[0]
    return compose.clip_box(flow_room.focal((cx - r, cy - r, cx + r, cy + r), calm, 0.04, 0.02))
