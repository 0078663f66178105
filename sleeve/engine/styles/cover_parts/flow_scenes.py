"""Flow field's pictures with a subject, drawn in flow_lines' level lines (art
directors read the subject-less prints as "stripes with no subject"):

- the grass: tall blades bent by the wind before a low sun, the blades' heights the
  song's energy curve, the wind as strong as the song is loud;
- the stone: a stream's lines parting round a stone (a pebble or two beside it), the
  stone one solid shape long with the flow, the water's lines crowding past it;
- the whirlpool: a whirlpool seen from above, spiral lines wound into a dark throat,
  wound tighter when loud, a small boat caught at its rim.

The music moves the layout: the seed where the subject sits and which way the flow
runs, the energy its scale and the wind or the twist, the tempo how many lines.
Each draws on `img` and returns the focal box, in fractions of the side, y down;
`calm` is the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines, flow_room

Box = tuple[float, float, float, float]


def _curve(direction: ArtDirection, n: int) -> np.ndarray:
    """The energy curve at n points, smoothed and stretched to 0..1."""
    curve = np.asarray(signals.resample(signals.energy(direction, 64), n), dtype=float)
    window = max(3, n // 10) | 1
    curve = signals.smooth(signals.smooth(curve, window), window)
    return (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)


def _fill(img: Image.Image, inside: np.ndarray, ink: RGB) -> None:
    """Paint `ink` where `inside` (size x size, 0..1 coverage)."""
    mask = Image.fromarray((np.clip(inside, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), "L")
    img.paste(Image.new("RGB", img.size, ink), (0, 0), mask)


def _soft(sdf: np.ndarray, size: int) -> np.ndarray:
    """Anti-aliased coverage of a signed distance in sides (negative inside)."""
    return np.clip(0.5 - sdf * np.float32(size), 0.0, 1.0)


def grass(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """Tall grass bent by the wind before a low sun (the accent), the blades' tips
    tracing the song's energy curve."""
    size = img.size[0]
    x, y = raster.pixel_grid(size)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    ground = bottom if calm[1] < 0.1 else bottom - 0.02
    sun_r = room * (0.13 + 0.1 * (1.0 - energy)) * float(rng.uniform(0.85, 1.2))
    sx = float(rng.choice((0.28, 0.72)) + rng.uniform(-0.08, 0.08))
    tall = room * float(rng.uniform(0.55, 0.85))  # how high the grass stands
    sy = float(np.clip(ground - tall + rng.uniform(-0.05, 0.1), top + sun_r + 0.04, 0.9))
    sun = _soft(np.hypot(x - sx, y - sy) - np.float32(sun_r), size)
    _fill(img, sun, inks[2])
    blades = min(26.0 + 30.0 * signals.pace(direction) + float(rng.uniform(-4, 4)), size / 4.0)
    wind = float(rng.choice((-1.0, 1.0))) * (0.05 + 0.2 * energy)
    h = np.clip((ground - y) / max(tall, 0.1), 0.0, 1.5)
    warp = flow_lines.upscale(flow_lines.noise(rng, max(size // 4, 16), 3), size)
    psi = x - wind * h * h + (0.05 + 0.05 * energy) * warp * h  # gusts bend some more
    index = np.floor(psi * np.float32(blades) + np.float32(0.5)).astype(np.int32)
    low = int(index.min())
    count = int(index.max()) - low + 1
    curve = _curve(direction, count)
    if rng.random() < 0.5:
        curve = curve[::-1]
    # each blade's tip: the song's energy (taller where loud) with a ragged spread
    reach = 0.2 + 0.5 * curve + 0.35 * rng.random(count)
    tip = (ground - tall * reach).astype(np.float32)[index - low]
    length = np.maximum(np.float32(ground) - tip, np.float32(0.05))
    taper = np.clip((y - tip) / (0.5 * length), 0.0, 1.0) ** 0.7  # pointed tips
    width = taper * flow_room.band(size, calm)
    shade = rng.random(count) < 0.35
    ink = np.where(shade[index - low], 1, 0).astype(np.uint8)
    weight = max(2.0, size / blades * 0.5)
    flow_lines.draw(img, psi, blades, weight, inks, calm, rng, width=width, inks_at=ink)
    return flow_room.focal((sx - sun_r - 0.1, sy - sun_r - 0.05, sx + sun_r + 0.1, ground), calm)


def _stones(rng: np.random.Generator, top: float, bottom: float, energy: float) -> list[tuple]:
    """The stone (x, y, radius) off-centre, on a third, and up to two pebbles."""
    room = bottom - top
    r = room * (0.14 + 0.1 * energy) * float(rng.uniform(0.8, 1.25))
    cx = float(rng.choice((0.36, 0.64)) + rng.uniform(-0.06, 0.06))
    cy = float(np.clip(top + room * rng.uniform(0.4, 0.62), top + r + 0.08, bottom - r - 0.08))
    stones = [(cx, cy, r)]
    for _ in range(int(rng.integers(0, 3))):
        side = float(rng.choice((-1.0, 1.0)))
        px = float(np.clip(cx + side * rng.uniform(0.22, 0.32), 0.12, 0.88))
        py = float(np.clip(cy + rng.uniform(-0.2, 0.2), top + 0.08, bottom - 0.08))
        stones.append((px, py, r * float(rng.uniform(0.2, 0.35))))
    return stones


def stone(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """A stream's lines parting round a stone: the flow past each stone (a doublet in
    a uniform stream, the stone's outline a little irregular), the stone solid."""
    size = img.size[0]
    half = max(size // 2, 16)
    x, y = raster.pixel_grid(half)
    top, bottom = flow_room.room(calm)
    energy = flow_room.energy(direction)
    stones = _stones(rng, top, bottom, energy)
    turn = float(rng.uniform(-0.5, 0.5))  # the stream's slant
    cos, sin = np.cos(turn), np.sin(turn)
    warp = flow_lines.noise(rng, half, 3)
    psi = (y - 0.5) * cos - (x - 0.5) * sin + (0.01 + 0.03 * energy) * warp
    solid = np.full((half, half), 1.0, dtype=np.float32)
    for sx, sy, r in stones:
        dx, dy = x - sx, y - sy
        u, v = dx * cos + dy * sin, dy * cos - dx * sin  # along and across the stream
        angle = np.arctan2(v, u)
        lump = 1.0 + 0.06 * np.sin(3 * angle + float(rng.uniform(0, 6))) + 0.04 * np.cos(5 * angle)
        rho2 = ((u / 1.15) ** 2 + v * v) / (r * lump) ** 2  # a river stone, long with the flow
        psi = psi - v / np.maximum(rho2, 1.0)  # the lines part round it
        solid = np.minimum(solid, np.sqrt(rho2) - 1.0)
    psi_full = flow_lines.upscale(psi.astype(np.float32), size)
    edge = flow_lines.upscale(solid, size)  # < 0 inside a stone
    count = min(flow_lines.spacing(direction) * 1.15, size / 6.0)
    weight = max(2.0, size / count * (0.4 + 0.16 * direction.density))
    big = stones[0][2]
    near = np.clip(edge * big / 0.15, 0.0, 1.0)  # full by the stone, thinner far off
    width = (1.0 - 0.45 * near) * np.clip(edge * 6.0, 0.0, 1.0) * flow_room.band(size, calm)
    ink = np.where(near < 0.35, 0, 1).astype(np.uint8)  # the water by the stone the lead
    flow_lines.draw(img, psi_full, count, weight, inks, calm, rng, width=width, inks_at=ink)
    _fill(img, _soft(edge * np.float32(big), size), inks[2])
    sx, sy, r = stones[0]
    return flow_room.focal((sx - r - 0.1, sy - r - 0.08, sx + r + 0.1, sy + r + 0.08), calm)


def whirlpool(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """A whirlpool from above: log-spiral lines wound into a dark throat, tighter when
    loud, the throat where the song peaks (the seed moving it about)."""
    size = img.size[0]
    x, y = raster.pixel_grid(size)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    peak = float(np.argmax(_curve(direction, 32))) / 31.0
    cx = float(0.6 * rng.uniform(0.25, 0.75) + 0.4 * (0.3 + 0.4 * peak))
    cy = float(top + room * rng.uniform(0.4, 0.6))
    arms = int(round(6 + 7 * signals.pace(direction) + rng.uniform(-1, 1)))
    twist = (0.3 + 0.5 * energy) * float(rng.choice((-1.0, 1.0)))  # wound tighter when loud
    dx, dy = x - cx, y - cy
    r = np.sqrt(dx * dx + dy * dy) + np.float32(1e-4)
    theta = np.arctan2(dy, dx) / np.float32(2 * np.pi)
    swirl = flow_lines.upscale(flow_lines.noise(rng, max(size // 4, 16), 2), size)
    psi = (theta + np.float32(twist) * np.log(r) + 0.04 * swirl) * np.float32(arms)
    throat = room * (0.06 + 0.04 * energy) * float(rng.uniform(0.8, 1.3))
    reach = room * float(rng.uniform(0.55, 0.8))
    fall = np.exp(-((r / reach) ** 2)).astype(np.float32)
    width = (
        (0.22 + 0.78 * fall) * np.clip((r - throat) / throat, 0.0, 1.0) * flow_room.band(size, calm)
    )
    ink = np.where(r < reach * 0.45, 0, 1).astype(np.uint8)
    weight = max(2.0, size * (0.019 + 0.01 * direction.density))  # lighter: it read heavy
    flow_lines.draw(img, psi, 1.0, weight, inks, calm, rng, width=width, inks_at=ink, period=arms)
    field = img.getpixel((0, size - 1))
    hole = mix(field, (0, 0, 0), 0.6) if sum(field) < 380 else mix(field, inks[0], 0.85)
    _fill(img, _soft(r - np.float32(throat), size), hole)
    ring = np.abs(r - np.float32(throat * 1.05)) - np.float32(max(1.5 / size, throat * 0.12))
    _fill(img, _soft(ring, size), inks[2])
    bx, by = _boat(img, (cx, cy), reach * float(rng.uniform(0.38, 0.5)), twist, rng, inks, calm)
    span = min(reach * 0.6, 0.3)
    box = (min(cx - span, bx - 0.06), min(cy - span, by - 0.06), max(cx + span, bx + 0.06),
           max(cy + span, by + 0.06))  # fmt: skip
    return flow_room.focal(box, calm)


def _boat(
    img: Image.Image,
    centre: tuple[float, float],
    radius: float,
    twist: float,
    rng: np.random.Generator,
    inks: list[RGB],
    calm: Box,
) -> tuple[float, float]:
    """A small boat seen from above, caught at the whirlpool's rim (a pointed hull in
    the accent, its deck the field's colour): the whirlpool's story. Returns its place."""
    size = img.size[0]
    top, bottom = flow_room.room(calm)
    cx, cy = centre
    for _ in range(8):  # a place on the rim clear of the title's band
        angle = float(rng.uniform(0, 2 * np.pi))
        bx, by = cx + radius * np.cos(angle), cy + radius * np.sin(angle)
        if top + 0.08 < by < bottom - 0.08 and 0.08 < bx < 0.92:
            break
    heading = angle + np.pi / 2 + np.arctan(twist) * np.sign(twist)  # along the arms
    length = max(0.07, radius * 0.42)
    left, upper = int((bx - length) * size) - 1, int((by - length) * size) - 1
    side = int(2 * length * size) + 3  # drawn in its own window, not the whole frame
    steps = np.arange(side, dtype=np.float32) + np.float32(0.5)
    dx, dy = ((left + steps) / size - bx)[None, :], ((upper + steps) / size - by)[:, None]
    u = dx * np.cos(heading) + dy * np.sin(heading)
    v = dy * np.cos(heading) - dx * np.sin(heading)
    hull = np.hypot(u / length, v / (length * 0.27)) - 1.0  # a pointed-ish oval
    hull = np.maximum(
        hull, np.abs(v) / (length * 0.27) - np.sqrt(np.clip(1.0 - (u / length) ** 2, 0.0, None))
    )
    deck = np.hypot(u / (length * 0.45), v / (length * 0.08)) - 1.0
    field = img.getpixel((0, size - 1))
    window = img.crop((left, upper, left + side, upper + side))
    _fill(window, _soft(hull * np.float32(length * 0.3), size), inks[2])
    _fill(window, _soft(deck * np.float32(length * 0.1), size), field)
    img.paste(window, (left, upper))
    return bx, by
